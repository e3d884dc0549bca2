import { resolve } from "node:path";
import { runImport } from "../../batch/importer.js";
import { readOptionsFrom, positiveInt, timeoutFrom, defaultJobs } from "../../batch/cli-options.js";
import { createProgress } from "../../batch/progress.js";
import type { Command } from "../command.js";
import { UsageError } from "./parse-options.js";

export const importCommand: Command = {
  name: "import",
  usage: {
    zh: "jixiao import DIR|FILE… --out DIR [--jobs N] [--timeout 10m] [--retry-failed] [--input KIND] [--password PW] [--profile P]\n        批量导入：每个输入一个 Document JSON（以内容 sha256 命名）及 index.jsonl；可中断后续跑",
    en: "jixiao import DIR|FILE… --out DIR [--jobs N] [--timeout 10m] [--retry-failed] [--input KIND] [--password PW] [--profile P]\n        batch import: one Document JSON per input (named by content sha256) plus index.jsonl; resumable",
  },
  options: {
    out: { type: "string" },
    jobs: { type: "string" },
    timeout: { type: "string" },
    "retry-failed": { type: "boolean" },
    input: { type: "string" },
    password: { type: "string" },
    profile: { type: "string" },
  },
  async run(ctx) {
    const en = ctx.lang === "en";
    if (ctx.args.length === 0) throw new UsageError(en ? "give at least one file or folder" : "请给出至少一个文件或文件夹");
    if (typeof ctx.values.out !== "string") throw new UsageError(en ? "--out DIR is required" : "须用 --out DIR 指定输出文件夹");
    const outDir = resolve(ctx.values.out);
    const jobs = positiveInt(ctx.values.jobs, "jobs", ctx.lang, defaultJobs());
    const timeoutMs = timeoutFrom(ctx.values.timeout, ctx.lang);
    const read = readOptionsFrom(ctx.values, ctx.lang);

    // First Ctrl-C stops cleanly (no new input, running ones dropped, the folder consistent);
    // a second one is the default: exit at once.
    const stop = new AbortController();
    const onSigint = () => {
      ctx.io.err(en ? "\ninterrupted: stopping; run the same command again to resume\n" : "\n已中断：正在停止；再次运行同一命令即可续跑\n");
      stop.abort();
      process.off("SIGINT", onSigint);
    };
    process.on("SIGINT", onSigint);
    const progress = createProgress({ tty: ctx.io.isTTY && process.stderr.isTTY === true, lang: ctx.lang, write: ctx.io.err, stream: process.stderr });
    let summary;
    try {
      summary = await runImport({
        inputs: ctx.args,
        outDir,
        jobs,
        timeoutMs,
        ...read,
        retryFailed: ctx.values["retry-failed"] === true,
        signal: stop.signal,
        onProgress: (p) => progress.update(p),
        onProblem: (p) => ctx.io.err((en ? `cannot read ${p.path}: ${p.reason}` : `无法读取 ${p.path}：${p.reason}`) + "\n"),
      });
    } finally {
      process.off("SIGINT", onSigint);
    }
    progress.stop(summary);
    const s = summary.byStatus;
    ctx.io.out(
      en
        ? `${summary.done} inputs: ${s.ok} ok, ${s["no-form"]} without a form, ${s.failed} failed, ${s.timeout} timed out (${summary.skipped} already done); index: ${outDir}/index.jsonl\n`
        : `共 ${summary.done} 个输入：成功 ${s.ok}，无表 ${s["no-form"]}，失败 ${s.failed}，超时 ${s.timeout}（此前已完成 ${summary.skipped}）；索引：${outDir}/index.jsonl\n`,
    );
    // An interrupted run has not imported every input: 1, as the contract gives for an incomplete import.
    if (summary.interrupted) return 1;
    return summary.failed > 0 || summary.problems.length > 0 ? 1 : 0;
  },
};

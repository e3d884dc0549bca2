import { readOptionsFrom, timeoutFrom } from "../../batch/cli-options.js";
import { queueSettings } from "../../batch/settings.js";
import type { Command } from "../command.js";
import { UsageError } from "./parse-options.js";
import { redisFailure } from "./redis-failure.js";

export const enqueueCommand: Command = {
  name: "enqueue",
  usage: {
    zh: "jixiao enqueue DIR|FILE… --redis URL --out DIR [--queue NAME] [--timeout 10m] [--input KIND] [--password PW] [--profile P]\n        把每个文件作为一个任务放入 Redis 队列（由 jixiao worker 处理，结果写入共享的 --out）\n  jixiao enqueue --status --redis URL [--queue NAME] [--json]\n        查看队列进度：等待、处理中、完成、失败、死信",
    en: "jixiao enqueue DIR|FILE… --redis URL --out DIR [--queue NAME] [--timeout 10m] [--input KIND] [--password PW] [--profile P]\n        add one job per file to a Redis queue (run by jixiao worker, results into the shared --out)\n  jixiao enqueue --status --redis URL [--queue NAME] [--json]\n        the queue's progress: waiting, active, completed, failed, dead letters",
  },
  options: {
    redis: { type: "string" },
    out: { type: "string" },
    queue: { type: "string" },
    status: { type: "boolean" },
    json: { type: "boolean" },
    timeout: { type: "string" },
    input: { type: "string" },
    password: { type: "string" },
    profile: { type: "string" },
  },
  async run(ctx) {
    const en = ctx.lang === "en";
    const redis = ctx.values.redis;
    if (typeof redis !== "string") throw new UsageError(en ? "--redis URL is required (redis://host:6379)" : "须用 --redis URL 指定 Redis（redis://host:6379）");
    const queueName = typeof ctx.values.queue === "string" ? ctx.values.queue : queueSettings.queueName;
    // Loaded here, so commands that do not use the queue never load BullMQ.
    const { enqueueInputs, queueStatus } = await import("../../batch/queue.js");
    try {
      if (ctx.values.status) {
        const s = await queueStatus(redis, queueName);
        if (ctx.values.json) ctx.io.out(JSON.stringify(s, null, 2) + "\n");
        else {
          ctx.io.out(
            en
              ? `${queueName}: ${s.waiting} waiting, ${s.active} active, ${s.delayed} waiting to retry, ${s.completed} completed, ${s.failed} failed, ${s.dead} dead letters\n`
              : `${queueName}：等待 ${s.waiting}，处理中 ${s.active}，等待重试 ${s.delayed}，完成 ${s.completed}，失败 ${s.failed}，死信 ${s.dead}\n`,
          );
          for (const d of s.deadLetters) ctx.io.out(`  ${en ? "dead" : "死信"} ${d.path}: ${d.reason} (${d.attempts})\n`);
        }
        // Dead letters are inputs that never made it: as `import`, 1.
        return s.dead > 0 ? 1 : 0;
      }
      if (ctx.args.length === 0) throw new UsageError(en ? "give at least one file or folder" : "请给出至少一个文件或文件夹");
      if (typeof ctx.values.out !== "string") throw new UsageError(en ? "--out DIR is required" : "须用 --out DIR 指定输出文件夹");
      const s = await enqueueInputs({
        redis,
        queueName,
        inputs: ctx.args,
        outDir: ctx.values.out,
        timeoutMs: timeoutFrom(ctx.values.timeout, ctx.lang),
        ...readOptionsFrom(ctx.values, ctx.lang),
        onProblem: (p) => ctx.io.err((en ? `cannot read ${p.path}: ${p.reason}` : `无法读取 ${p.path}：${p.reason}`) + "\n"),
      });
      ctx.io.out(en ? `${s.added} jobs added to ${queueName} (${s.alreadyDone} already in the index)\n` : `已向 ${queueName} 加入 ${s.added} 个任务（${s.alreadyDone} 个已在索引中）\n`);
      return s.problems.length > 0 ? 1 : 0;
    } catch (err) {
      return redisFailure(err, ctx);
    }
  },
};

import { writeFile } from "node:fs/promises";
import { serialiseCsv } from "../../export/csv.js";
import { serialiseDocuments } from "../../export/json.js";
import { serialiseXml } from "../../export/xml.js";
import { parseMany } from "../../batch/parse-many.js";
import { defaultJobs, positiveInt } from "../../batch/cli-options.js";
import type { Document } from "../../schema/index.js";
import { correctionsFolder, reviewedDocument, staleMessage } from "../../correct/folder.js";
import { loadProfile } from "../../audit/profiles.js";
import type { Command, CommandContext } from "../command.js";
import { parseOptionsFrom, readOptions, UsageError } from "./parse-options.js";

/** Serialisers for `parse --format`; other formats (csv, xml) register here. */
export const parseFormats: Record<string, (docs: readonly Document[]) => string> = {
  json: (docs) => serialiseDocuments(docs, "json"),
  jsonl: (docs) => serialiseDocuments(docs, "jsonl"),
  csv: (docs) => serialiseCsv(docs),
  xml: (docs) => serialiseXml(docs),
};

/**
 * Parses every file, on up to `--jobs` threads (default: one per core), and returns the
 * Documents in the order the files were given, the same as a serial run; a file that cannot be
 * read still gives a Document, with the reason.
 */
export async function readAll(ctx: CommandContext): Promise<Document[]> {
  if (ctx.args.length === 0) throw new UsageError(ctx.lang === "en" ? "give at least one file" : "请给出至少一个文件");
  const opts = parseOptionsFrom(ctx);
  const jobs = positiveInt(ctx.values.jobs, "jobs", ctx.lang, defaultJobs());
  const docs = await parseMany(ctx.args, opts, { jobs, ...(typeof ctx.values.profile === "string" ? { profileName: ctx.values.profile } : {}) });
  for (const d of docs) {
    for (const diag of d.diagnostics) {
      if (diag.severity === "error") ctx.io.err(`${d.source.path}: ${diag.message}\n`);
    }
  }
  return docs;
}

/** A file is unreadable when reading it failed outright (an error diagnostic and no form). */
export function anyUnreadable(docs: readonly Document[]): boolean {
  return docs.some((d) => d.forms.length === 0 && d.diagnostics.some((x) => x.severity === "error"));
}

/** `--corrections DIR`: the review records of each input (by its sha256) applied; stale ones reported. */
async function applyCorrections(ctx: CommandContext, dir: string, docs: readonly Document[]): Promise<Document[]> {
  const profile = typeof ctx.values.profile === "string" ? loadProfile(ctx.values.profile) : undefined;
  const out: Document[] = [];
  for (const d of docs) {
    const r = await reviewedDocument(dir, d, { profile, lang: ctx.lang });
    for (const s of r.stale) ctx.io.err(staleMessage(r.doc, s, ctx.lang) + "\n");
    out.push(r.doc);
  }
  return out;
}

export const parseCommand: Command = {
  name: "parse",
  usage: {
    zh: "jixiao parse FILE…   [--format json|jsonl|csv|xml] [--out FILE] [--input KIND] [--password PW] [--debug-layout DIR] [--max-bytes 200M] [--max-pages 500] [--timeout 10m] [--jobs N] [--corrections DIR]\n        读取每个文件中的绩效自评表，输出 JSON（每个输入文件一个 Document；--corrections 应用复核更正）",
    en: "jixiao parse FILE…   [--format json|jsonl|csv|xml] [--out FILE] [--input KIND] [--password PW] [--debug-layout DIR] [--max-bytes 200M] [--max-pages 500] [--timeout 10m] [--jobs N] [--corrections DIR]\n        read the forms in each file and print JSON (one Document per input file; --corrections applies review corrections)",
  },
  options: { ...readOptions, format: { type: "string" }, out: { type: "string" }, jobs: { type: "string" }, corrections: { type: "string" } },
  async run(ctx) {
    const format = typeof ctx.values.format === "string" ? ctx.values.format : "json";
    const serialise = parseFormats[format];
    if (!serialise) {
      throw new UsageError(
        ctx.lang === "en" ? `unsupported output format '${format}' (use ${Object.keys(parseFormats).join(", ")})` : `不支持的输出格式「${format}」（可用：${Object.keys(parseFormats).join("、")}）`,
      );
    }
    const corrections = typeof ctx.values.corrections === "string" ? await correctionsFolder(ctx.values.corrections) : null;
    if (typeof ctx.values.corrections === "string" && !corrections) {
      throw new UsageError(ctx.lang === "en" ? `--corrections ${ctx.values.corrections}: no such folder` : `--corrections ${ctx.values.corrections}：没有这个文件夹`);
    }
    let docs = await readAll(ctx);
    if (corrections) docs = await applyCorrections(ctx, corrections, docs);
    const text = serialise(docs);
    if (typeof ctx.values.out === "string") await writeFile(ctx.values.out, text);
    else ctx.io.out(text);
    return anyUnreadable(docs) ? 2 : 0;
  },
};

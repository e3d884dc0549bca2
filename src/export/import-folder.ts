import { createWriteStream, type WriteStream } from "node:fs";
import { readFile, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { once } from "node:events";
import { tempName } from "../batch/atomic-write.js";
import { documentFileName, indexFileName, readIndex } from "../batch/index-file.js";
import { reviewedDocument, type ReviewedDocument } from "../correct/folder.js";
import type { StaleCorrection } from "../correct/apply.js";
import { reviewDir } from "../correct/store.js";
import { Document } from "../schema/index.js";
import { csvBom, csvHeader, csvRows, type CsvLevel } from "./csv.js";
import { jsonlReviewedLine } from "./jsonl.js";
import { xmlDocument, xmlHead, xmlTail } from "./xml.js";

export type ExportFormat = "csv" | "xml" | "jsonl";

export class NotAnImportFolder extends Error {}

export interface ExportSummary {
  documents: number;
  /** Index lines whose Document file is missing or unreadable (skipped). */
  missing: number;
  /** Review corrections not applied because the value as read has changed since (or is gone). */
  stale: { doc: Document; stale: StaleCorrection }[];
}

export interface ImportReadOptions {
  onMissing?: (sha256: string) => void;
  /** Told of each review correction that could not be applied. */
  onStale?: (doc: Document, stale: StaleCorrection) => void;
  lang?: "zh" | "en";
}

/** An import folder is one holding `index.jsonl`. */
export async function isImportFolder(dir: string): Promise<boolean> {
  const st = await stat(join(dir, indexFileName)).catch(() => null);
  return st?.isFile() === true;
}

/**
 * Yields each Document of an import once, in index order, reading one file at a time, with the
 * review corrections of `IMPORT_DIR/review/` applied (the Document files are never rewritten),
 * together with each form's review status (what the analyst outputs report beside the values).
 */
export async function* importReviewed(dir: string, opts: ImportReadOptions = {}): AsyncGenerator<ReviewedDocument> {
  const onMissing = opts.onMissing ?? (() => {});
  const seen = new Set<string>();
  for await (const entry of readIndex(dir)) {
    if (seen.has(entry.sha256)) continue;
    seen.add(entry.sha256);
    let doc: Document;
    try {
      doc = Document.parse(JSON.parse(await readFile(join(dir, documentFileName(entry.sha256)), "utf8")));
    } catch {
      onMissing(entry.sha256);
      continue;
    }
    const reviewed = await reviewedDocument(reviewDir(dir), doc, { lang: opts.lang });
    for (const st of reviewed.stale) opts.onStale?.(reviewed.doc, st);
    yield reviewed;
  }
}

/** The Documents of `importReviewed`, corrections applied. */
export async function* importDocuments(dir: string, opts: ImportReadOptions = {}): AsyncGenerator<Document> {
  for await (const reviewed of importReviewed(dir, opts)) yield reviewed.doc;
}

/** Writes with back-pressure, so a slow disk does not make the export buffer the whole archive. */
async function write(out: WriteStream, s: string): Promise<void> {
  if (!out.write(s)) await once(out, "drain");
}

/** A summary and the read options that fill it in (missing files, stale corrections); `documents` is the caller's to count. */
export function collectSummary(lang: "zh" | "en"): { summary: ExportSummary; read: ImportReadOptions } {
  const summary: ExportSummary = { documents: 0, missing: 0, stale: [] };
  return { summary, read: { onMissing: () => void summary.missing++, onStale: (doc: Document, stale: StaleCorrection) => void summary.stale.push({ doc, stale }), lang } };
}

/**
 * Exports a whole import folder into one file, document by document. The file appears whole or
 * not at all (temp file beside it, renamed at the end).
 */
export async function exportImport(dir: string, format: ExportFormat, outFile: string, level: CsvLevel = "indicator", lang: "zh" | "en" = "zh"): Promise<ExportSummary> {
  if (!(await isImportFolder(dir))) throw new NotAnImportFolder(dir);
  const target = resolve(outFile);
  const tmp = join(dirname(target), tempName(basename(target)));
  const out = createWriteStream(tmp, { flags: "wx" });
  const { summary, read } = collectSummary(lang);
  try {
    await once(out, "open");
    if (format === "csv") await write(out, csvBom + csvHeader(level));
    if (format === "xml") await write(out, xmlHead);
    for await (const { doc, forms } of importReviewed(dir, read)) {
      summary.documents++;
      await write(out, format === "csv" ? csvRows(doc, level, forms) : format === "xml" ? xmlDocument(doc, forms) : jsonlReviewedLine(doc, forms));
    }
    if (format === "xml") await write(out, xmlTail);
    out.end();
    await once(out, "finish");
    await rename(tmp, target);
  } catch (err) {
    out.destroy();
    await rm(tmp, { force: true });
    throw err;
  }
  return summary;
}

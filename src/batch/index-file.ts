import { createReadStream } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { Document, InputKind } from "../schema/index.js";
import { insideOut } from "./atomic-write.js";
import { batchSettings } from "./settings.js";

export const indexFileName = "index.jsonl";

export type ImportStatus = "ok" | "failed" | "no-form" | "timeout";

/** One line of index.jsonl: what became of one input. */
export interface IndexEntry {
  /** The input's path as walked from what was given. */
  path: string;
  sha256: string;
  kind: InputKind;
  status: ImportStatus;
  /** Forms found. */
  forms: number;
  /** Audit findings over all forms, by severity. */
  findings: { error: number; warning: number; info: number };
  /** Why the input failed (the first error diagnostic, or the worker's failure); null when ok. */
  error: string | null;
  durationMs: number;
}

/** The Document file of an input, named by its content. */
export function documentFileName(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
  return `${sha256}.json`;
}

/** Status from the Document alone: forms → ok; an error diagnostic and no form → failed; else no-form. */
export function summarise(doc: Document, path: string, durationMs: number): IndexEntry {
  const findings = { error: 0, warning: 0, info: 0 };
  for (const f of doc.forms) for (const x of f.audit.findings) findings[x.severity]++;
  const firstError = doc.diagnostics.find((d) => d.severity === "error");
  const status: ImportStatus = doc.forms.length > 0 ? "ok" : firstError ? "failed" : "no-form";
  return {
    path,
    sha256: doc.source.sha256,
    kind: doc.source.kind,
    status,
    forms: doc.forms.length,
    findings,
    error: status === "failed" && firstError ? clip(`${firstError.code}: ${firstError.message}`) : null,
    durationMs: Math.round(durationMs),
  };
}

export function clip(s: string): string {
  return s.length > batchSettings.maxErrorChars ? s.slice(0, batchSettings.maxErrorChars) + "…" : s;
}

/** One JSON line, shortened (path then error) until it fits in one atomic append. */
export function indexLine(entry: IndexEntry): string {
  let e = entry;
  let line = JSON.stringify(e) + "\n";
  if (Buffer.byteLength(line) > batchSettings.maxIndexLineBytes && e.error) {
    e = { ...e, error: e.error.slice(0, 100) + "…" };
    line = JSON.stringify(e) + "\n";
  }
  while (Buffer.byteLength(line) > batchSettings.maxIndexLineBytes && e.path.length > 20) {
    e = { ...e, path: "…" + e.path.slice(Math.ceil(e.path.length / 4)) };
    line = JSON.stringify(e) + "\n";
  }
  return line;
}

/**
 * Appends index lines with O_APPEND, one write(2) per line under 4 KiB, so several processes can
 * share one index on a local file system without interleaving lines.
 */
export class IndexWriter {
  private constructor(private readonly fh: FileHandle) {}

  static async open(outDir: string): Promise<IndexWriter> {
    return new IndexWriter(await open(insideOut(outDir, indexFileName), "a"));
  }

  async append(entry: IndexEntry): Promise<void> {
    await this.fh.write(indexLine(entry));
  }

  async close(): Promise<void> {
    await this.fh.sync().catch(() => {});
    await this.fh.close();
  }
}

/**
 * Reads index.jsonl line by line. A line cut short by a crash (no newline, not JSON) is skipped:
 * its input is simply not done and will be redone.
 */
export async function* readIndex(outDir: string): AsyncGenerator<IndexEntry> {
  const stream = createReadStream(insideOut(outDir, indexFileName), { encoding: "utf8" });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      continue;
    }
    if (isEntry(v)) yield v;
  }
}

function isEntry(v: unknown): v is IndexEntry {
  const e = v as IndexEntry;
  return typeof e === "object" && e !== null && typeof e.path === "string" && typeof e.sha256 === "string" && /^[0-9a-f]{64}$/.test(e.sha256) && typeof e.status === "string";
}

/**
 * The review folder of an import: `IMPORT_DIR/review/<sha256>.jsonl`, append-only. The one module
 * that knows this layout; the server, `export`, `report` and `parse --corrections` go through it.
 *
 * An append is one `write` of one whole line to a file opened O_APPEND, then fsync, before the
 * caller is told it is saved: two writers (two reviewers, two servers) never interleave inside
 * a line, and a record acknowledged is on disk. A process killed inside a write can leave at
 * most a torn last line; readers skip a line that is not a valid record, and the next append
 * starts on a new line so the torn piece never swallows a good record.
 */
import { mkdir, open, readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { insideOut } from "../batch/atomic-write.js";
import { ReviewRecord } from "./records.js";

export const REVIEW_DIR = "review";

const SHA = /^[0-9a-f]{64}$/;

/** The review folder of an import folder. */
export function reviewDir(importDir: string): string {
  return join(importDir, REVIEW_DIR);
}

/** The review file of one input, inside `dir` (a review folder); refuses anything but a sha256. */
export function reviewFile(dir: string, sha256: string): string {
  if (!SHA.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
  return insideOut(dir, `${sha256}.jsonl`);
}

export interface ReadRecords {
  records: ReviewRecord[];
  /** Lines that are not valid records (a torn last line after a crash, a hand edit). */
  bad: number;
}

/** Every valid record of a review file, in file order; a missing file has none. */
export async function readRecords(file: string): Promise<ReadRecords> {
  const text = await readFile(file, "utf8").catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENOENT") return "";
    throw err;
  });
  const records: ReviewRecord[] = [];
  let bad = 0;
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    try {
      const r = ReviewRecord.safeParse(JSON.parse(line));
      if (r.success) records.push(r.data);
      else bad++;
    } catch {
      bad++;
    }
  }
  return { records, bad };
}

/** The sha256 of every input that has a review file in `dir`. */
export async function reviewedInputs(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith(".jsonl") && SHA.test(n.slice(0, -6))).map((n) => n.slice(0, -6));
}

/** Appends in this process are queued per file, so the torn-line check and the write go together. */
const queues = new Map<string, Promise<unknown>>();

/** Appends one record (validated again here: nothing else reaches the file) and syncs it to disk. */
export async function appendRecord(file: string, record: ReviewRecord): Promise<void> {
  const line = JSON.stringify(ReviewRecord.parse(record)) + "\n";
  const prev = queues.get(file) ?? Promise.resolve();
  const next = prev.catch(() => {}).then(() => appendLine(file, line));
  queues.set(file, next);
  try {
    await next;
  } finally {
    if (queues.get(file) === next) queues.delete(file);
  }
}

async function appendLine(file: string, line: string): Promise<void> {
  await mkdir(join(file, ".."), { recursive: true });
  const fh = await open(file, "a");
  try {
    const size = (await fh.stat()).size;
    let torn = false;
    if (size > 0) {
      const last = Buffer.alloc(1);
      const rd = await open(file, "r");
      try {
        await rd.read(last, 0, 1, size - 1);
      } finally {
        await rd.close();
      }
      torn = last[0] !== 0x0a;
    }
    await fh.write(Buffer.from((torn ? "\n" : "") + line));
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Is there a review folder at all (an import nobody has reviewed has none)? */
export async function hasReviewDir(importDir: string): Promise<boolean> {
  return (await stat(reviewDir(importDir)).catch(() => null))?.isDirectory() === true;
}

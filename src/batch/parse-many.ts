/**
 * Parses several files for `jixiao parse`/`audit` on up to `jobs` threads, and returns their
 * Documents in the order the files were given — the same Documents, byte for byte, as parsing
 * them one after another.
 *
 * The main thread parses too: it takes the next file while the pool's threads start (each loads
 * the pipeline, about a second), and a thread is handed a file only once it is ready. So a few
 * small inputs are never slower than the serial run, and a long batch keeps every core busy.
 */
import { readFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { detectKind } from "../detect-kind.js";
import { limitMessages, resolveLimits } from "../limits/index.js";
import { parseFile, type ParseOptions } from "../pipeline.js";
import { Document, type InputKind } from "../schema/index.js";
import { ParsePool, TaskTimeout } from "./pool.js";

export const parseManySettings = {
  /**
   * A thread is terminated after this many times the input's time limit, plus the grace below:
   * well past the pipeline's own limit (which gives the same Document as a serial run), so only a
   * thread that limit cannot stop is ever ended.
   */
  backstopFactor: 2,
  backstopGraceMs: 10_000,
} as const;

export interface ParseManyOptions {
  /** Threads in all, the main one included; 1 parses in this thread only. */
  jobs: number;
  /** The profile by name as well, for the threads (a loaded Profile is not sent across). */
  profileName?: string;
  /** False: only pool threads parse (`jobs` of them), this one waits — for tests of the threads. */
  mainLane?: boolean;
}

export async function parseMany(paths: readonly string[], options: ParseOptions, many: ParseManyOptions): Promise<Document[]> {
  const docs: Document[] = new Array<Document>(paths.length);
  let next = 0;
  const take = (): number | null => (next < paths.length ? next++ : null);

  const useMain = many.mainLane !== false;
  const threads = Math.min(many.jobs, paths.length) - (useMain ? 1 : 0);
  // A profile given as an object only (no name) cannot reach a thread: parse here.
  const canShare = options.profile === undefined || many.profileName !== undefined;
  if (threads < 1 || !canShare) {
    for (let i = take(); i !== null; i = take()) docs[i] = await parseFile(paths[i]!, options);
    return docs;
  }

  const pool = new ParsePool(threads);
  const { profile: _loaded, path: _path, ...shared } = options;
  const limits = resolveLimits(options.limits);
  // The pipeline keeps its own time limit in the thread; this backstop only ends a thread stuck
  // where that limit cannot interrupt it (a pure-JS loop).
  const backstopMs = limits.timeoutMs * parseManySettings.backstopFactor + parseManySettings.backstopGraceMs;

  const mainLane = async () => {
    for (let i = take(); i !== null; i = take()) docs[i] = await parseFile(paths[i]!, options);
  };
  const threadLane = async () => {
    try {
      await pool.ready();
    } catch {
      return; // a thread that cannot start leaves its files to the others
    }
    for (let i = take(); i !== null; i = take()) {
      const path = paths[i]!;
      try {
        docs[i] = await pool.document({ path, options: shared, ...(many.profileName ? { profile: many.profileName } : {}), timeoutMs: backstopMs });
      } catch (err) {
        docs[i] = err instanceof TaskTimeout ? await abandoned(path, options, limits.timeoutMs) : await parseFile(path, options);
      }
    }
  };
  try {
    await Promise.all([...(useMain ? [mainLane()] : []), ...Array.from({ length: threads }, threadLane)]);
    // Threads that could not start: what they left is parsed here.
    if (!useMain) await mainLane();
  } finally {
    await pool.close();
  }
  return docs;
}

/** The Document of a file whose thread had to be terminated: the time limit's diagnostic, no form. */
async function abandoned(path: string, options: ParseOptions, ms: number): Promise<Document> {
  let bytes: Uint8Array = new Uint8Array(0);
  try {
    bytes = await readFile(path);
  } catch {
    // unreadable now: the Document still says why the file was given up
  }
  let kind: InputKind = options.input ?? "text";
  try {
    kind = options.input ?? detectKind(bytes);
  } catch {
    // keep the default
  }
  return Document.parse({
    schemaVersion: 1,
    source: { path, sha256: createHash("sha256").update(bytes).digest("hex"), kind, pages: null },
    forms: [],
    diagnostics: [{ code: "limit-exceeded", severity: "error", message: limitMessages(options.lang).timeout(ms) }],
  });
}

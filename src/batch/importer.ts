import { mkdir, readdir, readFile, rm, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { Document, type InputKind } from "../schema/index.js";
import { writeFileAtomic, insideOut } from "./atomic-write.js";
import { hashInput } from "./hash-input.js";
import { clip, documentFileName, IndexWriter, indexFileName, readIndex, summarise, type ImportStatus, type IndexEntry } from "./index-file.js";
import { ParsePool, TaskTimeout } from "./pool.js";
import { batchSettings } from "./settings.js";
import { walkInputs, type WalkProblem } from "./walk.js";

export interface ImportOptions {
  inputs: readonly string[];
  outDir: string;
  jobs: number;
  timeoutMs: number;
  input?: InputKind;
  password?: string;
  profile?: string;
  /** Redo inputs recorded as failed or timeout (by default a resumed run keeps every recorded result). */
  retryFailed?: boolean;
  /** Aborting stops the import: no new input starts, running ones are dropped, the folder stays consistent. */
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
  onProblem?: (p: WalkProblem) => void;
}

export interface ImportProgress {
  /** Inputs found so far; final once `counted` is true. */
  total: number;
  counted: boolean;
  /** Inputs finished in this run (parsed, reused or skipped). */
  done: number;
  /** Of those, not ok (failed, no-form, timeout). */
  failed: number;
  /** Of `failed`, the inputs read without trouble that hold no form (shown apart: they are not errors). */
  noForm: number;
  /** Of `done`, already in the index from an earlier run. */
  skipped: number;
  /** Inputs actually parsed in this run (the rate is theirs). */
  parsed: number;
  elapsedMs: number;
}

export interface ImportSummary extends ImportProgress {
  byStatus: Record<ImportStatus, number>;
  /** Paths given that could not be walked (missing, not a file). */
  problems: WalkProblem[];
  interrupted: boolean;
}

/** The recorded result of a content hash, enough to index another path with the same bytes. */
type Known = Omit<IndexEntry, "path" | "durationMs">;

/**
 * Imports files into `outDir`: one `<sha256>.json` Document per distinct content, one index line
 * per input. Streams the walk and keeps at most `jobs × inFlightPerJob` inputs in flight; what it
 * remembers across the run is one small record per content hash, for resuming and duplicates.
 */
export async function runImport(opts: ImportOptions): Promise<ImportSummary> {
  const outDir = resolve(opts.outDir);
  await mkdir(outDir, { recursive: true });
  await removeStaleTemps(outDir);

  const known = new Map<string, Known>();
  const indexed = new Set<string>();
  for await (const e of readIndexOrNothing(outDir)) {
    known.set(e.sha256, { sha256: e.sha256, kind: e.kind, status: e.status, forms: e.forms, findings: e.findings, error: e.error });
    indexed.add(pathKey(e.path, e.sha256));
  }

  const started = Date.now();
  const progress: ImportProgress = { total: 0, counted: false, done: 0, failed: 0, noForm: 0, skipped: 0, parsed: 0, elapsedMs: 0 };
  const byStatus: Record<ImportStatus, number> = { ok: 0, failed: 0, "no-form": 0, timeout: 0 };
  const problems: WalkProblem[] = [];
  const report = () => opts.onProgress?.({ ...progress, elapsedMs: Date.now() - started });

  // Counting walks the tree a second time, names only, so the bar can show a total and an ETA
  // without holding the list.
  const counting = (async () => {
    for await (const _ of walkInputs(opts.inputs, { exclude: [outDir] })) {
      if (opts.signal?.aborted) return;
      progress.total++;
    }
    progress.counted = true;
  })();

  const pool = new ParsePool(opts.jobs);
  const index = await IndexWriter.open(outDir);
  const inFlight = new Map<string, Promise<Known | null>>();

  const finish = async (entry: IndexEntry, skipped: boolean) => {
    if (!skipped) await index.append(entry);
    indexed.add(pathKey(entry.path, entry.sha256));
    progress.done++;
    byStatus[entry.status]++;
    if (entry.status !== "ok") progress.failed++;
    if (entry.status === "no-form") progress.noForm++;
    if (skipped) progress.skipped++;
    report();
  };

  const handle = async (path: string) => {
    let hashed;
    try {
      hashed = await hashInput(path);
    } catch (err) {
      problems.push({ path, reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message });
      return;
    }
    const { sha256 } = hashed;
    const docPath = insideOut(outDir, documentFileName(sha256));
    const redo = (k: Known) => opts.retryFailed === true && (k.status === "failed" || k.status === "timeout");

    let prior = known.get(sha256);
    if (prior && !redo(prior) && (await exists(docPath))) {
      await finish({ ...prior, path, durationMs: 0 }, indexed.has(pathKey(path, sha256)));
      return;
    }
    const running = inFlight.get(sha256);
    if (running) {
      prior = (await running) ?? undefined;
      if (prior) await finish({ ...prior, path, durationMs: 0 }, false);
      return;
    }
    const record = async (e: IndexEntry): Promise<Known> => {
      await finish(e, false);
      const k: Known = { sha256: e.sha256, kind: e.kind, status: e.status, forms: e.forms, findings: e.findings, error: e.error };
      known.set(sha256, k);
      return k;
    };
    const work = (async (): Promise<Known | null> => {
      // A Document written just before an interruption, whose index line never was: reuse it.
      if (!prior && (await exists(docPath))) {
        const doc = await readDocument(docPath);
        if (doc) return record(summarise(doc, path, 0));
      }
      const t0 = Date.now();
      try {
        const entry = await pool.run({ path, outDir, timeoutMs: opts.timeoutMs, ...pick(opts) });
        progress.parsed++;
        return record(entry);
      } catch (err) {
        if (opts.signal?.aborted) return null;
        progress.parsed++;
        const timeout = err instanceof TaskTimeout;
        const entry = await writeStandIn(outDir, path, hashed.kind, sha256, timeout ? "timeout" : "failed", (err as Error).message, Date.now() - t0);
        return record(entry);
      }
    })();
    inFlight.set(sha256, work);
    try {
      await work;
    } finally {
      inFlight.delete(sha256);
    }
  };

  const limit = Math.max(1, opts.jobs * batchSettings.inFlightPerJob);
  const active = new Set<Promise<void>>();
  const stopped = aborted(opts.signal);
  try {
    for await (const path of walkInputs(opts.inputs, { exclude: [outDir] }, (p) => {
      problems.push(p);
      opts.onProblem?.(p);
    })) {
      if (opts.signal?.aborted) break;
      const p: Promise<void> = handle(path)
        .catch((err) => {
          problems.push({ path, reason: (err as Error).message });
        })
        .finally(() => active.delete(p));
      active.add(p);
      if (active.size >= limit) await Promise.race([...active, stopped]);
      if (opts.signal?.aborted) break;
    }
    if (opts.signal?.aborted) await pool.close();
    await Promise.all(active);
  } finally {
    await pool.close().catch(() => {});
    await index.close();
    await removeOwnTemps(outDir);
  }
  await counting;
  const summary: ImportSummary = { ...progress, elapsedMs: Date.now() - started, byStatus, problems, interrupted: opts.signal?.aborted === true };
  return summary;
}

function pick(o: ImportOptions): Pick<ImportOptions, "input" | "password" | "profile"> {
  const r: Pick<ImportOptions, "input" | "password" | "profile"> = {};
  if (o.input) r.input = o.input;
  if (o.password) r.password = o.password;
  if (o.profile) r.profile = o.profile;
  return r;
}

function pathKey(path: string, sha256: string): string {
  return `${sha256}\0${resolve(path)}`;
}

async function* readIndexOrNothing(outDir: string): AsyncGenerator<IndexEntry> {
  if (!(await exists(join(outDir, indexFileName)))) return;
  yield* readIndex(outDir);
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

async function readDocument(p: string): Promise<Document | null> {
  try {
    const r = Document.safeParse(JSON.parse(await readFile(p, "utf8")));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

/**
 * The Document for an input whose worker gave none (time limit, crash): no forms and the reason as
 * an error diagnostic, so every index line has its Document and a resumed run does not retry it
 * unless asked (`--retry-failed`).
 */
export async function writeStandIn(outDir: string, path: string, kind: InputKind, sha256: string, status: "timeout" | "failed", reason: string, durationMs: number): Promise<IndexEntry> {
  const code = status === "timeout" ? "limit-exceeded" : "unreadable-file";
  const message = status === "timeout" ? `处理超时：${reason}` : `处理失败：${reason}`;
  const doc: Document = { schemaVersion: 1, source: { path, sha256, kind, pages: null }, forms: [], diagnostics: [{ code, severity: "error", message }] };
  await writeFileAtomic(outDir, documentFileName(sha256), JSON.stringify(Document.parse(doc), null, 2) + "\n");
  return { path, sha256, kind, status, forms: 0, findings: { error: 0, warning: 0, info: 0 }, error: clip(`${code}: ${reason}`), durationMs: Math.round(durationMs) };
}

function aborted(signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return new Promise(() => {});
  if (signal.aborted) return Promise.resolve();
  return new Promise((res) => signal.addEventListener("abort", () => res(), { once: true }));
}

/** Temp files this process left (a worker terminated mid-write). */
async function removeOwnTemps(outDir: string): Promise<void> {
  const names = await readdir(outDir).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => n.startsWith(`.tmp-${process.pid}-`)).map((n) => rm(join(outDir, n), { force: true })));
}

/** Temp files of processes no longer running on this machine (a killed import). */
async function removeStaleTemps(outDir: string): Promise<void> {
  const names = await readdir(outDir).catch(() => [] as string[]);
  for (const n of names) {
    const m = /^\.tmp-(\d+)-/.exec(n);
    if (!m) continue;
    const pid = Number(m[1]);
    let alive = true;
    try {
      process.kill(pid, 0);
    } catch (err) {
      alive = (err as NodeJS.ErrnoException).code === "EPERM";
    }
    const st = await stat(join(outDir, n)).catch(() => null);
    // Another machine's worker may share the folder with the same pid numbers: only old files go.
    if (st && (!alive || pid === process.pid) && Date.now() - st.mtimeMs > 10 * 60_000) await rm(join(outDir, n), { force: true });
  }
}

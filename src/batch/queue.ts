/**
 * The import spread over machines: BullMQ on Redis. `enqueue` walks and hashes like `import`
 * (inputs already in the output folder's index are not queued again) and adds one job per file
 * with its absolute path; `worker` runs jobs on the same piscina pool as `import` and writes the
 * same layout (Document files, index lines appended with O_APPEND). A job whose file cannot be
 * read, or that overruns or crashes, is retried with exponential backoff; after the last attempt
 * its input is indexed as failed/timeout and the job goes to the dead-letter queue.
 */
import { RedisUnreachable, RedisUrlError } from "./queue-errors.js";
import { createHash } from "node:crypto";
import { access, constants, mkdir } from "node:fs/promises";
import { hostname } from "node:os";
import { join, resolve } from "node:path";
import { Queue, Worker, type ConnectionOptions, type Job } from "bullmq";
import type { InputKind } from "../schema/index.js";
import { hashInput } from "./hash-input.js";
import { IndexWriter, indexFileName, readIndex, type IndexEntry } from "./index-file.js";
import { writeStandIn } from "./importer.js";
import { ParsePool, TaskTimeout } from "./pool.js";
import { queueSettings } from "./settings.js";
import { walkInputs, type WalkProblem } from "./walk.js";
import { stat } from "node:fs/promises";

export interface ImportJob {
  /** Absolute path, the same on every machine (a shared mount). */
  path: string;
  outDir: string;
  sha256: string;
  kind: InputKind;
  timeoutMs: number;
  input?: InputKind;
  password?: string;
  profile?: string;
}

/** What the dead-letter queue keeps of a job that failed its last attempt. */
export interface DeadLetter {
  path: string;
  outDir: string;
  reason: string;
  attempts: number;
  failedAt: string;
}

export { RedisUnreachable, RedisUrlError };

/** `redis://[user:password@]host[:port][/db]` (or `rediss://` for TLS) → connection options. */
export function connectionFrom(url: string): ConnectionOptions {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new RedisUrlError(url);
  }
  if (u.protocol !== "redis:" && u.protocol !== "rediss:") throw new RedisUrlError(url);
  const db = u.pathname.replace(/^\//, "");
  return {
    host: u.hostname.replace(/^\[|\]$/g, "") || "127.0.0.1",
    port: u.port ? Number(u.port) : 6379,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(db ? { db: Number(db) } : {}),
    ...(u.protocol === "rediss:" ? { tls: {} } : {}),
    // Workers block on Redis; BullMQ requires unlimited retries per request for them.
    maxRetriesPerRequest: null,
  };
}

export const deadLetterName = (queueName: string) => `${queueName}-dead`;

/** Fails fast when Redis is not there, instead of the client's endless reconnecting. */
async function ready(q: Queue, ms = 5000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  let last = "";
  // The client reports each failed reconnect as an error event; keep the last for the message.
  q.on("error", (e: Error) => void (last = e.message));
  try {
    await Promise.race([
      q.waitUntilReady(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new RedisUnreachable(`Redis not reachable within ${ms} ms${last ? ` (${last})` : ""}`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export interface EnqueueOptions {
  redis: string;
  queueName?: string;
  inputs: readonly string[];
  outDir: string;
  timeoutMs: number;
  input?: InputKind;
  password?: string;
  profile?: string;
  onProblem?: (p: WalkProblem) => void;
}

export interface EnqueueSummary {
  added: number;
  /** Inputs whose path and content are already in the output folder's index. */
  alreadyDone: number;
  problems: WalkProblem[];
}

/** A job id per (output folder, input path): enqueueing the same folder twice adds nothing while the jobs are kept. */
function jobId(outDir: string, path: string): string {
  return createHash("sha256").update(outDir).update("\0").update(path).digest("hex");
}

export async function enqueueInputs(opts: EnqueueOptions): Promise<EnqueueSummary> {
  const outDir = resolve(opts.outDir);
  await mkdir(outDir, { recursive: true });
  const done = new Set<string>();
  if (await stat(join(outDir, indexFileName)).catch(() => null)) {
    for await (const e of readIndex(outDir)) done.add(`${e.sha256}\0${resolve(e.path)}`);
  }
  const queue = new Queue<ImportJob>(opts.queueName ?? queueSettings.queueName, { connection: connectionFrom(opts.redis) });
  const summary: EnqueueSummary = { added: 0, alreadyDone: 0, problems: [] };
  try {
    await ready(queue);
    let batch: { name: string; data: ImportJob; opts: { jobId: string } }[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      await queue.addBulk(batch.map((b) => ({ ...b, opts: { ...b.opts, ...jobOptions() } })));
      summary.added += batch.length;
      batch = [];
    };
    for await (const p of walkInputs(opts.inputs, { exclude: [outDir] }, (pr) => {
      summary.problems.push(pr);
      opts.onProblem?.(pr);
    })) {
      const path = resolve(p);
      let h;
      try {
        h = await hashInput(path);
      } catch (err) {
        const pr = { path, reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message };
        summary.problems.push(pr);
        opts.onProblem?.(pr);
        continue;
      }
      if (done.has(`${h.sha256}\0${path}`)) {
        summary.alreadyDone++;
        continue;
      }
      const data: ImportJob = { path, outDir, sha256: h.sha256, kind: h.kind, timeoutMs: opts.timeoutMs };
      if (opts.input) data.input = opts.input;
      if (opts.password) data.password = opts.password;
      if (opts.profile) data.profile = opts.profile;
      batch.push({ name: "import", data, opts: { jobId: jobId(outDir, path) } });
      if (batch.length >= 500) await flush();
    }
    await flush();
  } finally {
    await queue.close();
  }
  return summary;
}

function jobOptions() {
  return {
    attempts: queueSettings.attempts,
    backoff: { type: "exponential", delay: queueSettings.backoffMs },
    removeOnComplete: { count: queueSettings.keepCompleted },
    removeOnFail: { count: queueSettings.keepCompleted },
  };
}

export interface QueueStatus {
  waiting: number;
  active: number;
  delayed: number;
  completed: number;
  failed: number;
  /** Jobs that failed their last attempt (the dead-letter queue). */
  dead: number;
  /** The most recent dead letters, newest first. */
  deadLetters: DeadLetter[];
}

export async function queueStatus(redis: string, queueName: string = queueSettings.queueName, show = 20): Promise<QueueStatus> {
  const connection = connectionFrom(redis);
  const queue = new Queue(queueName, { connection });
  const dead = new Queue<DeadLetter>(deadLetterName(queueName), { connection });
  dead.on("error", () => {});
  try {
    await ready(queue);
    const c = await queue.getJobCounts("waiting", "prioritized", "active", "delayed", "completed", "failed");
    const d = await dead.getJobCounts("waiting");
    const letters = await dead.getJobs(["waiting"], 0, show - 1, false);
    return {
      waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
      active: c.active ?? 0,
      delayed: c.delayed ?? 0,
      completed: c.completed ?? 0,
      failed: c.failed ?? 0,
      dead: d.waiting ?? 0,
      deadLetters: letters.map((j) => j.data as DeadLetter),
    };
  } finally {
    await queue.close();
    await dead.close();
  }
}

export interface WorkerOptions {
  redis: string;
  queueName?: string;
  /** Files parsed at once by this process (threads of its pool, and jobs taken from the queue). */
  concurrency: number;
  /** Stop once nothing is waiting, active or delayed (for scripts and tests); otherwise run until a signal. */
  untilEmpty?: boolean;
  signal?: AbortSignal;
  onResult?: (e: IndexEntry) => void;
  onError?: (message: string) => void;
}

export interface WorkerSummary {
  processed: number;
  notOk: number;
  dead: number;
}

/** Index writers per output folder (a worker may serve several imports). */
class Writers {
  private readonly open = new Map<string, Promise<IndexWriter>>();
  get(outDir: string): Promise<IndexWriter> {
    let w = this.open.get(outDir);
    if (!w) this.open.set(outDir, (w = mkdir(outDir, { recursive: true }).then(() => IndexWriter.open(outDir))));
    return w;
  }
  async close(): Promise<void> {
    for (const w of this.open.values()) await (await w).close();
  }
}

export async function runWorker(opts: WorkerOptions): Promise<WorkerSummary> {
  const queueName = opts.queueName ?? queueSettings.queueName;
  const connection = connectionFrom(opts.redis);
  const queue = new Queue(queueName, { connection });
  const dead = new Queue<DeadLetter>(deadLetterName(queueName), { connection });
  // As in queueStatus: the second client's reconnect errors are the first's; without a listener
  // each is printed raw, and unclosed clients would keep the process reconnecting for ever.
  dead.on("error", () => {});
  try {
    await ready(queue);
  } catch (err) {
    await Promise.allSettled([queue.close(), dead.close()]);
    throw err;
  }
  const pool = new ParsePool(opts.concurrency);
  const writers = new Writers();
  const summary: WorkerSummary = { processed: 0, notOk: 0, dead: 0 };

  const processJob = async (job: Job<ImportJob>): Promise<IndexEntry> => {
    const d = job.data;
    const last = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const t0 = Date.now();
    let entry: IndexEntry;
    try {
      // Not readable here (a mount missing on this machine): retry, perhaps elsewhere.
      await access(d.path, constants.R_OK);
      const task = { path: d.path, outDir: d.outDir, timeoutMs: d.timeoutMs, ...(d.input ? { input: d.input } : {}), ...(d.password ? { password: d.password } : {}), ...(d.profile ? { profile: d.profile } : {}) };
      entry = await pool.run(task);
    } catch (err) {
      const reason = (err as Error).message;
      if (!last) throw err;
      // The last attempt: the input is indexed (the folder stays complete) and the job dead-lettered.
      entry = await writeStandIn(d.outDir, d.path, d.kind, d.sha256, err instanceof TaskTimeout ? "timeout" : "failed", reason, Date.now() - t0);
      await (await writers.get(d.outDir)).append(entry);
      await dead.add("dead", { path: d.path, outDir: d.outDir, reason, attempts: job.attemptsMade + 1, failedAt: new Date().toISOString() }, { removeOnComplete: false, removeOnFail: false });
      summary.dead++;
      summary.processed++;
      summary.notOk++;
      opts.onResult?.(entry);
      throw err;
    }
    await (await writers.get(d.outDir)).append(entry);
    summary.processed++;
    if (entry.status !== "ok") summary.notOk++;
    opts.onResult?.(entry);
    return entry;
  };

  const worker = new Worker<ImportJob, IndexEntry>(queueName, processJob, {
    connection,
    concurrency: opts.concurrency,
    name: `${hostname()}-${process.pid}`,
  });
  worker.on("error", (err) => opts.onError?.(err.message));

  await new Promise<void>((resolveDone) => {
    const stop = () => resolveDone();
    opts.signal?.addEventListener("abort", stop, { once: true });
    if (opts.signal?.aborted) stop();
    if (opts.untilEmpty) {
      // Empty twice in a row, so a retry being moved from delayed to waiting is not missed.
      let emptyChecks = 0;
      const poll = setInterval(() => {
        void queue
          .getJobCounts("waiting", "prioritized", "active", "delayed")
          .then((c) => {
            const busy = Object.values(c).reduce((a, b) => a + b, 0);
            emptyChecks = busy === 0 ? emptyChecks + 1 : 0;
            if (emptyChecks >= 2) {
              clearInterval(poll);
              stop();
            }
          })
          .catch(() => {});
      }, 500);
      opts.signal?.addEventListener("abort", () => clearInterval(poll), { once: true });
    }
  });
  // Finishes the jobs in hand (a signal handler can force the exit with a second signal).
  await worker.close();
  await pool.close();
  await writers.close();
  await queue.close();
  await dead.close();
  return summary;
}

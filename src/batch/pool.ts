import { existsSync } from "node:fs";
import { MessageChannel } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { Document } from "../schema/index.js";
import type { IndexEntry } from "./index-file.js";
import type { DocumentTask, ParseTask } from "./parse-worker.js";

/** Why a task gave no entry: the time limit, or the worker died (out of memory, a native crash). */
export class TaskTimeout extends Error {}

/** The worker module: the built one beside this file, or the tsx bootstrap when running sources. */
function workerFile(): string {
  const built = new URL("./parse-worker.js", import.meta.url);
  if (existsSync(fileURLToPath(built))) return built.href;
  return new URL("./worker-boot.mjs", import.meta.url).href;
}

export function defaultJobs(): number {
  return availableParallelism();
}

/** A task that reports when a thread takes it, which starts its time limit. */
interface TimedTask {
  timeoutMs: number;
}

/**
 * Worker threads for parsing; idle threads stay up, so each pays the pipeline's load once.
 * `run` is the import's task (the Document written by the worker, an index entry back);
 * `document` hands the Document itself back (`jixiao parse --jobs`).
 */
export class ParsePool {
  private pool: Piscina<unknown, unknown> | null = null;

  constructor(private readonly threads: number) {}

  /** Started on the first task, so a resumed run with nothing left to do starts no thread. */
  private get started(): Piscina<unknown, unknown> {
    if (this.pool) return this.pool;
    // Closed by an interruption: a task still on its way must not start a new pool.
    if (this.closed) throw new Error("parse pool closed");
    const pool = new Piscina<unknown, unknown>({
      filename: workerFile(),
      minThreads: this.threads,
      maxThreads: this.threads,
      // A queue larger than the threads is our job (the importer bounds what is in flight).
      maxQueue: "auto",
      idleTimeout: 60_000,
      // Threads inherit the process's flags; --input-type (from `node -e`) stops a worker file loading.
      execArgv: process.execArgv.filter((a) => !a.startsWith("--input-type")),
    });
    // A thread that dies outside a task (failed start, crash while idle) must not end the
    // import: the tasks it held are rejected on their own and recorded as failed.
    pool.on("error", (err: Error) => {
      this.lastError = err;
    });
    return (this.pool = pool);
  }

  /** The last error of a thread outside any task, for diagnosis. */
  lastError: Error | null = null;

  /**
   * Runs one task; past `timeoutMs` the task is aborted, which makes piscina terminate its
   * thread (a pure-JS loop cannot be interrupted any other way) and start a fresh one.
   */
  run(task: ParseTask): Promise<IndexEntry> {
    return this.timed(task, "default") as Promise<IndexEntry>;
  }

  /** Parses one file on a thread and returns its Document (structured-cloned back). */
  document(task: DocumentTask): Promise<Document> {
    return this.timed(task, "parseDocument") as Promise<Document>;
  }

  /** Resolves once a thread has loaded the pipeline, so a caller hands it work only when it can start. */
  async ready(): Promise<void> {
    await this.started.run(null, { name: "ready" });
  }

  private async timed(task: TimedTask, name: string): Promise<unknown> {
    const controller = new AbortController();
    // The clock starts when a thread takes the task (the worker says so on this port), so a
    // thread's start-up or a queue wait never counts against the input.
    const { port1, port2 } = new MessageChannel();
    let timer: NodeJS.Timeout | undefined;
    port1.once("message", () => {
      timer = setTimeout(() => controller.abort(), task.timeoutMs);
    });
    try {
      return await this.started.run({ ...task, started: port2 }, { name, signal: controller.signal, transferList: [port2] });
    } catch (err) {
      if (controller.signal.aborted) throw new TaskTimeout(`time limit ${task.timeoutMs} ms exceeded`);
      throw err;
    } finally {
      clearTimeout(timer);
      port1.close();
    }
  }

  private closed = false;

  async close(): Promise<void> {
    this.closed = true;
    const p = this.pool;
    this.pool = null;
    await p?.destroy();
  }
}

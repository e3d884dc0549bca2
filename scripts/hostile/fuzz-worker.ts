/**
 * The fuzz run's worker thread: parses what it is sent, twice, and says what was wrong — an
 * exception, a Document the schema refuses, an internal-error diagnostic, two different results
 * for the same bytes — and how long it took. The main thread owns the clock: a worker stuck in
 * code that never yields is terminated from outside.
 */
import { parentPort } from "node:worker_threads";
import { parse } from "../../src/pipeline.js";
import { Document } from "../../src/schema/index.js";
import type { InputKind } from "../../src/schema/index.js";

export interface FuzzJob {
  id: number;
  name: string;
  bytes: Uint8Array;
  input?: InputKind;
  timeoutMs: number;
  determinism: boolean;
}

export interface FuzzResult {
  id: number;
  ms: number;
  problem: string | null;
  codes: string[];
}

async function run(job: FuzzJob): Promise<FuzzResult> {
  const t0 = performance.now();
  const options = { path: job.name, limits: { timeoutMs: job.timeoutMs }, ...(job.input ? { input: job.input } : {}) };
  let problem: string | null = null;
  let codes: string[] = [];
  try {
    const a = await parse(job.bytes, options);
    codes = a.diagnostics.map((d) => d.code);
    const checked = Document.safeParse(JSON.parse(JSON.stringify(a)));
    if (!checked.success) problem = `schema: ${checked.error.issues[0]?.message} at /${checked.error.issues[0]?.path.join("/")}`;
    else if (codes.includes("internal-error")) problem = `internal-error: ${a.diagnostics.find((d) => d.code === "internal-error")?.message}`;
    else if (job.determinism) {
      const b = await parse(job.bytes, options);
      if (JSON.stringify(b) !== JSON.stringify(a)) problem = "non-deterministic: two parses of the same bytes differ";
    }
  } catch (err) {
    problem = `exception: ${(err as Error)?.stack ?? String(err)}`;
  }
  return { id: job.id, ms: performance.now() - t0, problem, codes };
}

parentPort?.on("message", (job: FuzzJob) => {
  void run(job).then((r) => parentPort!.postMessage(r));
});

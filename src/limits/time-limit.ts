/**
 * A time limit on asynchronous work: the work gets an AbortSignal, and the caller gets either
 * its result or, once the time is up, a timeout — whatever the work is doing. The work is told
 * (the signal aborts) so it can release what it holds (pdf.js documents are destroyed on it);
 * its late result or rejection is dropped, never left unhandled.
 *
 * A timer cannot interrupt code that never yields to the event loop; such work is bounded by the
 * input limits instead, and in a batch by the worker thread that is terminated on its timeout.
 */
export class TimeLimitExceeded extends Error {
  override readonly name = "TimeLimitExceeded";
  constructor(readonly ms: number) {
    super(`time limit of ${ms} ms exceeded`);
  }
}

export type Timed<T> = { ok: true; value: T } | { ok: false; ms: number };

export async function withTimeLimit<T>(ms: number, work: (signal: AbortSignal) => Promise<T> | T): Promise<Timed<T>> {
  const controller = new AbortController();
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<Timed<T>>((resolve) => {
    timer = setTimeout(() => {
      controller.abort(new TimeLimitExceeded(ms));
      resolve({ ok: false, ms });
    }, ms);
  });
  let running: Promise<T>;
  try {
    running = Promise.resolve(work(controller.signal));
  } catch (err) {
    clearTimeout(timer);
    throw err;
  }
  // Work that ran past the limit without yielding to the timer (a reader whose every step is a
  // microtask) finished late all the same: its result is dropped as the timer would have dropped it.
  const done = running.then((value): Timed<T> => (performance.now() - started > ms ? { ok: false, ms } : { ok: true, value }));
  // Past the limit nobody awaits the work any more: its failure must not become an unhandled rejection.
  running.catch(() => {});
  try {
    return await Promise.race([done, expired]);
  } finally {
    clearTimeout(timer);
  }
}

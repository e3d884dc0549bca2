/**
 * A page's pixel passes spread over the cores (issue 21, time per page). A file's first page is
 * prepared (flattening, light, sharpening, threshold) before any OCR can start, and all of it
 * ran on the main thread while the OCR workers waited: ≈ 0.9 s of one core on a photo page.
 * Each of those passes computes an output row from a few input rows, so a pass is cut into
 * bands of rows: helper threads compute the top bands and the main thread the last one, all
 * into one SharedArrayBuffer. The bands write disjoint rows with the same arithmetic, so the
 * image is the same to the bit however it is cut (and when no helper is up, the main thread
 * computes every row: nothing waits for a helper to start).
 *
 * A pass is a kernel `(args, y0, y1) => void` registered by name in ./strip-worker.ts; the
 * caller hands the function itself too, for the rows it computes at home. Its arguments are
 * structured-cloned to the helper: images as views of shared memory (`shared`), small tables
 * copied.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { isMainThread, Worker } from "node:worker_threads";

/**
 * A pass over rows [y0, y1) of its output (or lines, block rows, angles: whatever the pass is
 * cut along). What it returns comes back from a helper by structured clone (a band's rulings).
 */
export type RowKernel<A, R = void> = (args: A, y0: number, y1: number) => R;

/** The kernels a helper knows (./strip-worker.ts), by name. */
export type KernelName = "dewarp" | "even-light" | "unsharp" | "binarise" | "rotate" | "runs" | "transpose" | "skew-scores" | "block-max" | "paper-levels" | "thicken" | "upscale" | "tent";

/** Below this many pixels a pass is not worth a message to a helper (a crop, a test image). */
const MIN_SPLIT_PIXELS = 250_000;

/** `n` 32-bit floats of memory the helpers can write to. */
export function sharedFloats(n: number): Float32Array {
  return new Float32Array(new SharedArrayBuffer(4 * n));
}

/** `n` bytes of memory the helpers can write to, as a Uint8Array. */
export function sharedBytes(n: number): Uint8Array {
  return new Uint8Array(new SharedArrayBuffer(n));
}

/** `data` in shared memory: itself when it is already, else a copy (≈ 1 ms for a page). */
export function shared(data: Uint8Array): Uint8Array {
  if (data.buffer instanceof SharedArrayBuffer) return data;
  const out = sharedBytes(data.length);
  out.set(data);
  return out;
}

/** The helper thread's module: the built one beside this file, or the tsx bootstrap when running sources. */
function workerFile(): URL {
  const built = new URL("./strip-worker.js", import.meta.url);
  if (existsSync(fileURLToPath(built))) return built;
  return new URL("./strip-worker-boot.mjs", import.meta.url);
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (e: unknown) => void;
}

interface Helper {
  worker: Worker;
  ready: boolean;
  pending: Map<number, Pending>;
}

export class StripPool {
  private helpers: Helper[] = [];
  private nextId = 0;
  private failed = false;
  /** Bands the helpers computed, and bands they failed on (computed again at home): for tests and measuring. */
  readonly stats = { helped: 0, failed: 0 };

  constructor(private readonly size: number) {}

  /** Starts the helpers now, without waiting (they load while the file is decoded); a failure leaves the passes on the main thread. */
  warm(): void {
    if (this.helpers.length > 0 || this.failed || this.size < 1) return;
    for (let i = 0; i < this.size; i++) {
      let worker: Worker;
      try {
        // Threads inherit the process's flags; --input-type (from `node -e`) stops a worker file loading.
        worker = new Worker(workerFile(), { execArgv: process.execArgv.filter((a) => !a.startsWith("--input-type")) });
      } catch {
        this.failed = true;
        return;
      }
      const h: Helper = { worker, ready: false, pending: new Map() };
      worker.unref();
      worker.on("message", (m: { ready?: true; id?: number; error?: string; value?: unknown }) => {
        if (m.ready) {
          h.ready = true;
          return;
        }
        const p = h.pending.get(m.id!);
        if (!p) return;
        h.pending.delete(m.id!);
        if (h.pending.size === 0) worker.unref();
        if (m.error !== undefined) p.reject(new Error(m.error));
        else p.resolve(m.value);
      });
      const fail = (err: unknown) => {
        h.ready = false;
        this.helpers = this.helpers.filter((x) => x !== h);
        for (const p of h.pending.values()) p.reject(err);
        h.pending.clear();
      };
      worker.on("error", fail);
      worker.on("exit", (code) => fail(new Error(`strip helper exited (${code})`)));
      this.helpers.push(h);
    }
  }

  /** Resolves once every helper is up (true) or none can be (false); for tests and measuring. */
  async whenReady(timeoutMs = 30_000): Promise<boolean> {
    this.warm();
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (this.helpers.length === 0) return false;
      if (this.helpers.every((h) => h.ready)) return true;
      await new Promise((r) => setTimeout(r, 10));
    }
    return false;
  }

  /** Helpers up and waiting for work now. */
  private readyHelpers(): Helper[] {
    return this.helpers.filter((h) => h.ready);
  }

  /**
   * Runs `kernel` over rows [0, height): the top bands on the helpers that are up, the last on
   * this thread meanwhile. A band a helper fails on is computed here afterwards, so a pass always
   * completes with the same pixels.
   */
  async rows<A>(name: KernelName, kernel: RowKernel<A>, args: A, height: number, width: number): Promise<void> {
    await this.bands(name, kernel, args, height, width * height);
  }

  /**
   * `kernel` over [0, lines) cut into bands as `rows` cuts them; what each band returned, in
   * the bands' order (so that results concatenated are what one pass over every line gives).
   * `work`: the pass's size in pixels, to tell whether it is worth cutting.
   */
  async bands<A, R>(name: KernelName, kernel: RowKernel<A, R>, args: A, lines: number, work: number): Promise<R[]> {
    const helpers = work >= MIN_SPLIT_PIXELS && lines >= 2 ? this.readyHelpers().slice(0, lines - 1) : [];
    if (helpers.length === 0) return [kernel(args, 0, lines)];
    const parts = helpers.length + 1;
    const cut = (i: number) => Math.round((lines * i) / parts);
    const away = helpers.map((h, i) =>
      this.post(h, name, args, cut(i), cut(i + 1)).then(
        (value) => {
          this.stats.helped++;
          return { value: value as R };
        },
        () => {
          this.stats.failed++;
          return null;
        },
      ),
    );
    const home = kernel(args, cut(parts - 1), lines);
    const done = await Promise.all(away);
    // A band a helper failed on is computed here.
    return [...done.map((d, i) => (d ? d.value : kernel(args, cut(i), cut(i + 1)))), home];
  }

  private post<A>(h: Helper, name: KernelName, args: A, y0: number, y1: number): Promise<unknown> {
    const id = this.nextId++;
    return new Promise<unknown>((resolve, reject) => {
      h.pending.set(id, { resolve, reject });
      if (h.pending.size === 1) h.worker.ref();
      try {
        h.worker.postMessage({ id, name, args, y0, y1 });
      } catch (err) {
        h.pending.delete(id);
        if (h.pending.size === 0) h.worker.unref();
        reject(err);
      }
    });
  }

  async terminate(): Promise<void> {
    const hs = this.helpers;
    this.helpers = [];
    await Promise.all(hs.map((h) => h.worker.terminate().catch(() => 0)));
  }
}

let pool: StripPool | null = null;

/**
 * The process's helpers: one fewer than the cores (the main thread computes a band too), at
 * most three; none on one core, and none in a worker thread (a batch's parse threads, where the
 * files read side by side already keep the cores busy). JIXIAO_STRIP_HELPERS sets the number
 * (0: every pass at home; for measuring).
 */
export function stripPool(): StripPool {
  if (!pool) {
    const env = process.env.JIXIAO_STRIP_HELPERS;
    const n = env !== undefined && /^\d+$/.test(env) ? Number(env) : isMainThread ? Math.min(3, availableParallelism() - 1) : 0;
    pool = new StripPool(n);
  }
  return pool;
}

/** Ends the helpers (tests; they are unref'd, so a command-line run exits without this). */
export async function terminateStrips(): Promise<void> {
  const p = pool;
  pool = null;
  await p?.terminate();
}

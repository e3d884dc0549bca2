/**
 * tesseract.js workers, started once per process and shared: a pool sized to the cores, each
 * worker holding the language model from the npm data package (never downloaded). Workers end
 * themselves after a short idle time so that a command-line run can exit.
 *
 * Loading bugs worked around (see the toolchain notes): `langPath` must be a folder holding
 * `<lang>.traineddata.gz` with `gzip: true`; `cacheMethod: 'none'` keeps tesseract.js from
 * writing a cache into the working directory; a worker that fails to start may throw from its
 * thread instead of rejecting, so the data file is checked first and the start is guarded.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";

type Tesseract = typeof import("tesseract.js");
export type TesseractWorker = Awaited<ReturnType<Tesseract["createWorker"]>>;

export class OcrUnavailableError extends Error {}

/** Which build of the language data: `4.0.0_best_int` (1.7 MB, faster) or `4.0.0` (20 MB). */
export type ModelFolder = "4.0.0_best_int" | "4.0.0";

export interface OcrPoolOptions {
  workers?: number;
  model?: ModelFolder;
  /** Idle milliseconds before the workers are ended. */
  idleMs?: number;
}

/** The folder holding `<lang>.traineddata.gz` inside the installed data package. */
export function languageFolder(lang: string, model: ModelFolder): string {
  const req = createRequire(import.meta.url);
  let root: string;
  try {
    root = dirname(req.resolve(`@tesseract.js-data/${lang}/package.json`));
  } catch (err) {
    throw new OcrUnavailableError(`the OCR language data @tesseract.js-data/${lang} is not installed`, { cause: err });
  }
  const folder = join(root, model);
  if (!existsSync(join(folder, `${lang}.traineddata.gz`))) throw new OcrUnavailableError(`no ${lang}.traineddata.gz in ${folder}`);
  return folder;
}

interface Slot {
  worker: TesseractWorker;
  busy: boolean;
  /** Parameters last set on this worker, so that a job changes only what differs. */
  params: Record<string, string>;
}

export class OcrPool {
  private slots: Slot[] = [];
  private waiting: ((s: Slot) => void)[] = [];
  private starting: Promise<void> | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private active = 0;
  readonly size: number;

  constructor(private readonly opts: Required<OcrPoolOptions>) {
    this.size = Math.max(1, opts.workers);
  }

  private async start(): Promise<void> {
    const T = (await import("tesseract.js")).default as unknown as Tesseract;
    const langPath = languageFolder("chi_sim", this.opts.model);
    const startOne = async (): Promise<TesseractWorker> => {
      let failure: unknown = null;
      const worker = await T.createWorker("chi_sim", 1 /* OEM.LSTM_ONLY */, {
        langPath,
        gzip: true,
        cacheMethod: "none",
        logger: () => {},
        errorHandler: (e: unknown) => {
          failure = e;
        },
      });
      if (failure) throw new OcrUnavailableError(`an OCR worker failed to start: ${String(failure)}`);
      return worker;
    };
    const workers = await Promise.all(Array.from({ length: this.size }, startOne));
    this.slots = workers.map((worker) => ({ worker, busy: false, params: {} }));
  }

  private async acquire(): Promise<Slot> {
    if (this.idleTimer) {
      clearTimeout(this.idleTimer);
      this.idleTimer = null;
    }
    this.active++;
    if (this.slots.length === 0) {
      this.starting ??= this.start().catch((err) => {
        this.starting = null;
        throw err instanceof OcrUnavailableError ? err : new OcrUnavailableError(`OCR could not start: ${(err as Error)?.message ?? String(err)}`, { cause: err });
      });
      try {
        await this.starting;
      } catch (err) {
        this.active--;
        throw err;
      }
    }
    const free = this.slots.find((s) => !s.busy);
    if (free) {
      free.busy = true;
      return free;
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(slot: Slot): void {
    this.active--;
    const next = this.waiting.shift();
    if (next) {
      next(slot);
      return;
    }
    slot.busy = false;
    if (this.active === 0 && this.opts.idleMs >= 0) {
      this.idleTimer = setTimeout(() => void this.terminate(), this.opts.idleMs);
      this.idleTimer.unref?.();
    }
  }

  /** Runs `job` on a free worker, with its parameters set first. */
  async run<T>(params: Record<string, string>, job: (w: TesseractWorker) => Promise<T>): Promise<T> {
    const slot = await this.acquire();
    try {
      const changed: Record<string, string> = {};
      for (const [k, v] of Object.entries(params)) if (slot.params[k] !== v) changed[k] = v;
      if (Object.keys(changed).length > 0) {
        await slot.worker.setParameters(changed);
        Object.assign(slot.params, changed);
      }
      return await job(slot.worker);
    } finally {
      this.release(slot);
    }
  }

  async terminate(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const slots = this.slots;
    this.slots = [];
    this.starting = null;
    await Promise.all(slots.map((s) => s.worker.terminate().catch(() => {})));
  }
}

/** JIXIAO_OCR_MODEL=4.0.0 picks the larger model (for measuring; best_int is faster and as good here). */
function modelFromEnv(): ModelFolder | null {
  const v = process.env.JIXIAO_OCR_MODEL;
  return v === "4.0.0" || v === "4.0.0_best_int" ? v : null;
}

let shared: OcrPool | null = null;

/** The process's pool (created on first use). */
export function ocrPool(opts: OcrPoolOptions = {}): OcrPool {
  if (!shared) {
    shared = new OcrPool({
      workers: opts.workers && opts.workers > 0 ? opts.workers : availableParallelism(),
      model: opts.model ?? modelFromEnv() ?? "4.0.0_best_int",
      idleMs: opts.idleMs ?? 1500,
    });
  }
  return shared;
}

/** Ends the shared workers now (tests, long-lived servers shutting down). */
export async function terminateOcr(): Promise<void> {
  const p = shared;
  shared = null;
  await p?.terminate();
}

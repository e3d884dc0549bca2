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

/**
 * The languages a slot can read with. chi_sim reads the labels and text; eng reads digits that
 * chi_sim misreads when they stand alone (a lone 5 as 区, 3 as 汪, 15 as 站) — a cell of digits
 * gives chi_sim's LSTM no context. (`chi_sim+eng` in one worker does not work: see above.)
 */
export type OcrLang = "chi_sim" | "eng";
const LANGS: readonly OcrLang[] = ["chi_sim", "eng"];

/** One per core: a worker per language, used one job at a time, so jobs never outnumber cores. */
interface Slot {
  workers: Record<OcrLang, TesseractWorker>;
  busy: boolean;
  /** Parameters last set on each worker, so that a job changes only what differs. */
  params: Record<OcrLang, Record<string, string>>;
}

export class OcrPool {
  private slots: Slot[] = [];
  private waiting: ((s: Slot) => void)[] = [];
  private starting: Promise<void> | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private active = 0;
  readonly size: number;
  /** Jobs run so far (a page's OCR calls are the difference across it). */
  calls = 0;

  constructor(private readonly opts: Required<OcrPoolOptions>) {
    this.size = Math.max(1, opts.workers);
  }

  private async start(): Promise<void> {
    const T = (await import("tesseract.js")).default as unknown as Tesseract;
    const startOne = async (lang: OcrLang): Promise<TesseractWorker> => {
      const langPath = languageFolder(lang, this.opts.model);
      let failure: unknown = null;
      const worker = await T.createWorker(lang, 1 /* OEM.LSTM_ONLY */, {
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
    const slots = await Promise.all(
      Array.from({ length: this.size }, async (): Promise<Slot> => {
        const [chi, eng] = await Promise.all(LANGS.map(startOne));
        return { workers: { chi_sim: chi!, eng: eng! }, busy: false, params: { chi_sim: {}, eng: {} } };
      }),
    );
    this.slots = slots;
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

  /** Runs `job` on a free slot's worker for `lang`, with its parameters set first. */
  async run<T>(params: Record<string, string>, job: (w: TesseractWorker) => Promise<T>, lang: OcrLang = "chi_sim"): Promise<T> {
    this.calls++;
    const slot = await this.acquire();
    try {
      const worker = slot.workers[lang];
      const set = slot.params[lang];
      const changed: Record<string, string> = {};
      for (const [k, v] of Object.entries(params)) if (set[k] !== v) changed[k] = v;
      if (Object.keys(changed).length > 0) {
        await worker.setParameters(changed);
        Object.assign(set, changed);
      }
      return await job(worker);
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
    await Promise.all(slots.flatMap((s) => LANGS.map((l) => s.workers[l].terminate().catch(() => {}))));
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

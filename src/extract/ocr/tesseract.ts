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

/** The rejection of a job dropped before it ran (`OcrPool.cancel`). */
export class OcrCancelledError extends Error {}

/**
 * A token jobs can be posted with: cancelled, those still waiting are dropped. A page's cells
 * are read on the guess that it is upright before its upright check has answered
 * (../scan/page.ts); when the guess was wrong, what was not yet read is not read.
 */
export interface OcrCancel {
  cancelled: boolean;
}

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

/**
 * One per core: a worker per language. A slot holds up to `SLOT_DEPTH` jobs posted at once, all
 * for the same language, so that only one of its two threads works at a time and jobs never
 * outnumber cores.
 */
interface Slot {
  workers: Record<OcrLang, TesseractWorker>;
  /** Jobs posted to the slot and not finished. */
  posted: number;
  /** The language of the posted jobs (null when none are). */
  lang: OcrLang | null;
  /**
   * Each worker's own parameters (`paramsKey`), as last set with `setParameters`; null before.
   * A job whose parameters are these is posted with none of its own.
   */
  base: Record<OcrLang, string | null>;
  /** When its first posted job went out (performance.now()), while any is posted; for `busyMs`. */
  since: number;
  /** The posted jobs' rejections, to settle them if the workers are ended under them (`terminate`). */
  inFlight: Set<(e: unknown) => void>;
}

/** The parameters as one string, the same for the same set in any order. */
function paramsKey(params: Record<string, string>): string {
  return JSON.stringify(Object.keys(params).sort().map((k) => [k, params[k]]));
}

/**
 * Jobs posted ahead to a slot. A worker runs its messages one after the other, so a job posted
 * ahead starts the moment the one before it ends, even while the main thread is busy with the
 * next page's pixels (which may take a few hundred milliseconds in one go); with one job per
 * slot the worker waited for the main thread before it could start the next. More than three
 * would leave uneven queues at a page's end.
 */
const SLOT_DEPTH = 3;

/**
 * Jobs a slot holds while the main thread prepares another page (`deepen`): its steps (pdf.js's
 * JPEG decode, a photo's flattening, the threshold, the rulings) take 100–600 ms each without a
 * pause, and three jobs (≈ 60–100 ms of a worker's time) ran out long before that.
 */
const DEEP_SLOT_DEPTH = 12;

/** JIXIAO_DEBUG_SCAN: each slot's moves between busy and idle on stderr, with the time (beside the page's steps). */
const DEBUG = Boolean(process.env.JIXIAO_DEBUG_SCAN);

interface Job {
  params: Record<string, string>;
  run: (w: TesseractWorker, params: Record<string, string>) => Promise<unknown>;
  lang: OcrLang;
  /**
   * Read before the waiting jobs that are not: a page's upright check, whose answer its cells
   * wait for, would otherwise queue behind the previous page's remaining cells, and the workers
   * would finish that page before the next one's cells could be posted (scan/page.ts).
   */
  urgent: boolean;
  cancel: OcrCancel | undefined;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

export class OcrPool {
  private slots: Slot[] = [];
  private queue: Job[] = [];
  private starting: Promise<void> | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  readonly size: number;
  /** Jobs run so far (a page's OCR calls are the difference across it). */
  calls = 0;
  /** Milliseconds the slots had work posted, summed over slots, up to their last idle moment. */
  private busy = 0;
  /** Jobs a slot may hold at once now: SLOT_DEPTH, or DEEP_SLOT_DEPTH while the main thread is busy elsewhere. */
  private depth = SLOT_DEPTH;

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
        return { workers: { chi_sim: chi!, eng: eng! }, posted: 0, lang: null, base: { chi_sim: null, eng: null }, since: 0, inFlight: new Set() };
      }),
    );
    this.slots = slots;
  }

  private async started(): Promise<void> {
    if (this.idleTimer) {
      clearTimeout(this.idleTimer);
      this.idleTimer = null;
    }
    if (this.slots.length > 0) return;
    this.starting ??= this.start().catch((err) => {
      this.starting = null;
      throw err instanceof OcrUnavailableError ? err : new OcrUnavailableError(`OCR could not start: ${(err as Error)?.message ?? String(err)}`, { cause: err });
    });
    await this.starting;
  }

  /** The slot a job for `lang` goes to: an idle one first, else one already on `lang` with room. */
  private slotFor(lang: OcrLang): Slot | undefined {
    return this.slots.find((s) => s.posted === 0) ?? this.slots.filter((s) => s.lang === lang && s.posted < this.depth).sort((a, b) => a.posted - b.posted)[0];
  }

  /** Posts the waiting jobs that a slot can take, oldest first. */
  private pump(): void {
    for (let i = 0; i < this.queue.length; ) {
      const job = this.queue[i]!;
      if (job.cancel?.cancelled) {
        this.queue.splice(i, 1);
        job.reject(new OcrCancelledError("OCR job cancelled"));
        continue;
      }
      const slot = this.slotFor(job.lang);
      if (!slot) {
        i++;
        continue;
      }
      this.queue.splice(i, 1);
      const worker = slot.workers[job.lang];
      // Parameters passed with a job cost the worker ≈ 3–4 ms of its ≈ 17–30 (it saves and puts
      // back all of Tesseract's ~700 parameters around the call; measured on 40 cells of a photo,
      // chi_sim 29.3 → 26.1 ms, eng 20.7 → 17.3 ms of CPU a call). Most jobs of a page share
      // theirs, so they become the worker's own, set when nothing is posted to its slot: the
      // `setParameters` message is then posted before any job's image, and jobs posted ahead with
      // other parameters still pass theirs, which the worker puts back after the call.
      const key = paramsKey(job.params);
      let setFirst: Promise<unknown> | null = null;
      if (slot.base[job.lang] !== key && slot.posted === 0) {
        const lang = job.lang;
        setFirst = worker.setParameters(job.params).catch((err: unknown) => {
          slot.base[lang] = null;
          throw err;
        });
        slot.base[lang] = key;
      }
      const options = slot.base[job.lang] === key ? {} : job.params;
      if (slot.posted === 0) {
        slot.since = performance.now();
        if (DEBUG) process.stderr.write(`[pool] slot ${this.slots.indexOf(slot)} busy at ${slot.since.toFixed(0)}\n`);
      }
      slot.posted++;
      slot.lang = job.lang;
      if (this.idleTimer) {
        clearTimeout(this.idleTimer);
        this.idleTimer = null;
      }
      slot.inFlight.add(job.reject);
      (setFirst ? setFirst.then(() => job.run(worker, options)) : job.run(worker, options))
        .then(job.resolve, job.reject)
        .finally(() => {
          slot.inFlight.delete(job.reject);
          if (--slot.posted === 0) {
            slot.lang = null;
            const now = performance.now();
            this.busy += now - slot.since;
            if (DEBUG) process.stderr.write(`[pool] slot ${this.slots.indexOf(slot)} idle at ${now.toFixed(0)}\n`);
          }
          this.pump();
        });
    }
    if (this.idle() && this.slots.length > 0 && this.opts.idleMs >= 0 && !this.idleTimer) {
      // Checked again when the time is up: a job can be posted while the timer runs without
      // passing `run`'s fast path (a job that waited for the workers to start, posted by the same
      // `pump` that a warm-up's start armed this timer from). Ending the workers then killed the
      // jobs posted to them, whose promises tesseract.js never settles: a page read under load,
      // when the workers took longer to start than the page to prepare, hung for ever.
      this.idleTimer = setTimeout(() => {
        this.idleTimer = null;
        if (this.idle()) void this.terminate();
      }, this.opts.idleMs);
      this.idleTimer.unref?.();
    }
  }

  /** Nothing waiting and nothing posted to a worker. */
  private idle(): boolean {
    return this.queue.length === 0 && this.slots.every((s) => s.posted === 0);
  }

  /** Whether the workers are up (started and not ended by the idle time or `terminate`). */
  get up(): boolean {
    return this.slots.length > 0;
  }

  /**
   * Runs `job` on a worker for `lang`. `params` are Tesseract's parameters for this job alone:
   * the job passes them to `recognize` as its options (the worker sets them for the one call and
   * puts them back), so that jobs posted ahead to one worker cannot see each other's.
   */
  run<T>(params: Record<string, string>, job: (w: TesseractWorker, params: Record<string, string>) => Promise<T>, lang: OcrLang = "chi_sim", urgent = false, cancel?: OcrCancel): Promise<T> {
    this.calls++;
    // Once the workers are up, the job is posted at once, not after a pause: a page's cells are
    // cut and posted in one synchronous sweep (../scan/page.ts), and a job that awaited first
    // waited for the whole sweep (0.3–0.7 s of a photo page) with both workers idle.
    if (this.slots.length > 0) {
      if (this.idleTimer) {
        clearTimeout(this.idleTimer);
        this.idleTimer = null;
      }
      return this.enqueue(params, job, lang, urgent, cancel);
    }
    return this.started().then(() => this.enqueue(params, job, lang, urgent, cancel));
  }

  private enqueue<T>(params: Record<string, string>, job: (w: TesseractWorker, params: Record<string, string>) => Promise<T>, lang: OcrLang, urgent: boolean, cancel: OcrCancel | undefined): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (cancel?.cancelled) {
        reject(new OcrCancelledError("OCR job cancelled"));
        return;
      }
      const entry: Job = { params, run: job, lang, urgent, cancel, resolve: resolve as (v: unknown) => void, reject };
      // An urgent job goes before every waiting job that is not (after the urgent ones already waiting).
      const at = urgent ? this.queue.findIndex((j) => !j.urgent) : -1;
      if (at >= 0) this.queue.splice(at, 0, entry);
      else this.queue.push(entry);
      this.pump();
    });
  }

  /**
   * Milliseconds the slots have had jobs posted, summed over slots (a slot with nothing posted
   * is a core the OCR leaves idle): the bench divides the difference across a file by its wall
   * time × the slots to tell where the cores waited for the main thread.
   */
  busyMs(): number {
    const now = performance.now();
    return this.busy + this.slots.reduce((n, s) => n + (s.posted > 0 ? now - s.since : 0), 0);
  }

  /**
   * On: the main thread is about to be busy for a while (the next page), so each slot is given
   * up to DEEP_SLOT_DEPTH jobs now. Off: back to SLOT_DEPTH, for a page's last jobs, where jobs
   * posted far ahead to one worker would keep it busy while the other has nothing left.
   */
  deepen(on: boolean): void {
    this.depth = on ? DEEP_SLOT_DEPTH : SLOT_DEPTH;
    if (on) this.pump();
  }

  /**
   * Starts the workers now, if they are not up, without waiting: a file's first page is decoded
   * and prepared on the main thread (≈ 1 s for a photo) while they load their model in their own
   * threads, instead of after it. A failure to start is reported by the first `run`.
   */
  warm(): void {
    if (this.slots.length > 0) return;
    // Once up with nothing to read (a file without a page image), they end after the idle time as usual.
    this.started().then(
      () => this.pump(),
      () => {},
    );
  }

  /** Cancels `token`: its jobs still waiting are dropped (rejected with OcrCancelledError); those posted to a worker run. */
  cancel(token: OcrCancel): void {
    token.cancelled = true;
    this.pump();
  }

  /** Whether slots are given DEEP_SLOT_DEPTH jobs now (`deepen`). */
  get deepened(): boolean {
    return this.depth === DEEP_SLOT_DEPTH;
  }

  async terminate(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const slots = this.slots;
    const waiting = this.queue;
    this.slots = [];
    this.queue = [];
    this.starting = null;
    await Promise.all(slots.flatMap((s) => LANGS.map((l) => s.workers[l].terminate().catch(() => {}))));
    // tesseract.js never settles the jobs of a worker it ends: a caller awaiting one would wait for
    // ever. The idle time ends the workers only with nothing posted or waiting; an explicit end
    // (a server shutting down, a test's afterAll) tells those still pending that they were dropped.
    const ended = new OcrCancelledError("OCR workers ended before the job was read");
    for (const s of slots) for (const reject of s.inFlight) reject(ended);
    for (const job of waiting) job.reject(ended);
  }
}

/**
 * Lets the event loop run between long steps on the main thread, so that the OCR workers'
 * finished jobs are collected and new ones posted to them (a page's pixels take the main thread
 * for a few hundred milliseconds at a time).
 */
export function yieldToWorkers(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
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

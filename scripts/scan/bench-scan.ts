/**
 * Benchmark of the scan path over fixtures/scan (scans made from the generated PDFs, with their
 * ground truth): field accuracy and numeric-field accuracy (test/helpers/field-accuracy.ts with
 * `{ ocr: true }`), before and after the arithmetic check; seconds per page with the OCR
 * workers warm, and the cold start; beside native `tesseract FILE - -l chi_sim --psm 11` with
 * OMP_THREAD_LIMIT=1 on the same page images, when it is installed. Besides the seconds each
 * took, the CPU seconds each spent (ours: the whole process, OCR worker threads included; native:
 * its processes): on a machine others share, the wall-clock ratio depends on how many cores each
 * side got (ours reads with one worker per core, native with one thread), the CPU ratio does not.
 *
 *   npx tsx scripts/scan/bench-scan.ts [name-filter] [--repeat N] [--dir folder-with-manifest.json]…

 * Without `--dir` it reads fixtures/scan and fixtures/scan/degraded (seals, faxes, phone photos,
 * stains: scripts/scan/make-degraded-fixtures.ts), and reports every figure per kind too.
 *
 * `scripts/bench.ts` can call `benchScans()`.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "../../src/pipeline.js";
import type { Document } from "../../src/schema/index.js";
import { scanMessages } from "../../src/extract/scan/messages.js";
import { readNumber } from "../../src/normalise/number.js";
import { valueAt } from "../../src/audit/context.js";
import { ocrPool, terminateOcr } from "../../src/extract/ocr/tesseract.js";
import { compareForms, type Accuracy } from "../../test/helpers/field-accuracy.js";
import type { TruthForm } from "../lib/truth.js";
import { cpuTicks, describeLoad, machineLoadSince, median, type MachineLoad } from "../pdf/machine-load.js";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "fixtures", "scan");
const DEGRADED = join(FIXTURES, "degraded");

interface ManifestEntry {
  file: string;
  truth: string;
  pages: number;
  as: string;
  note: string;
  test: boolean;
  /** seal, fax, photo, stain (degraded fixtures); the desk scans have none. */
  kind?: string;
}

/** A manifest entry with the folder it is in and the kind it is counted under. */
interface Entry extends ManifestEntry {
  dir: string;
  kind: string;
}

/** The desk scans are `clean`, their five bilevel TIFFs (200 dpi, no speckle) `bilevel`. */
function kindOf(e: ManifestEntry): string {
  return e.kind ?? (e.as === "tiff" ? "bilevel" : "clean");
}

export interface FileResult {
  file: string;
  kind: string;
  pages: number;
  seconds: number;
  /** CPU seconds of the whole process while the file was read (OCR worker threads included). */
  cpuSeconds: number;
  /**
   * Share of the OCR slots' time (wall × slots) with jobs posted, in the fastest run: what is
   * left is a core waiting for the main thread (decode, flattening, rulings, the first page).
   */
  ocrBusy: number;
  fields: { checks: number; matches: number };
  numeric: { checks: number; matches: number };
  corrections: number;
  lowConfidence: number;
  misses: string[];
  /** The machine over this file's runs, ours and native's (the wall ratio is only worth what this allows). */
  machine: MachineLoad;
}

export interface ScanBenchResult {
  files: number;
  pages: number;
  fieldAccuracy: number;
  numericAccuracy: number;
  /** Before the arithmetic check. */
  fieldAccuracyRaw: number;
  numericAccuracyRaw: number;
  secondsPerPage: number;
  coldStartSeconds: number;
  native: { secondsPerPage: number; cpuSecondsPerPage: number; pages: number } | null;
  cpuSecondsPerPage: number;
  perFile: FileResult[];
  perKind: Record<string, KindResult>;
  /** How busy the machine was over the timed runs (load at their end, steal and busy share over them). */
  machine: MachineLoad[];
}

export interface KindResult {
  files: number;
  pages: number;
  fieldAccuracy: number;
  numericAccuracy: number;
  secondsPerPage: number;
  cpuSecondsPerPage: number;
  /** Share of the OCR slots' time with jobs posted, over the kind's files (weighted by their wall time). */
  ocrBusy: number;
  /** Native tesseract on the same pages, when installed. */
  nativeSecondsPerPage: number | null;
  nativeCpuSecondsPerPage: number | null;
}

/** The numbers among the fields compareForms checks (what "numeric fields" means here). */
function numericChecks(truth: TruthForm[]): number {
  let n = 0;
  const num = (v: unknown) => (typeof v === "number" ? 1 : 0);
  for (const { form } of truth) {
    n += num(form.year);
    for (const r of form.funds.rows) n += num(r.initialBudget) + num(r.annualBudget) + num(r.executed);
    n += num(form.funds.weight) + num(form.funds.executionRatePercent) + num(form.funds.score);
    for (const i of form.indicators) n += num(i.weight) + num(i.score);
    n += num(form.total.weight) + num(form.total.score);
  }
  return n;
}

function score(truth: TruthForm[], doc: Document): { acc: Accuracy; numeric: { checks: number; matches: number } } {
  const acc = compareForms(truth, doc.forms, { ocr: true });
  const checks = numericChecks(truth);
  const missed = acc.misses.filter((m) => typeof m.expected === "number").length;
  return { acc, numeric: { checks, matches: checks - missed } };
}

function has(cmd: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
}

/** The page images native tesseract reads for one fixture: a PDF's embedded images extracted first. */
function nativeImages(e: Entry, tmp: string): string[] {
  const path = join(e.dir, e.file);
  if (e.as !== "pdf") return [path];
  const prefix = join(tmp, e.file.replace(/\.pdf$/, ""));
  execFileSync("pdfimages", ["-all", path, prefix]);
  return readdirSync(tmp).filter((f) => join(tmp, f).startsWith(prefix + "-")).sort().map((f) => join(tmp, f));
}

function nativeAvailable(): boolean {
  return has("tesseract") && has("pdfimages") && spawnSync("sh", ["-c", "tesseract --list-langs 2>/dev/null | grep -qx chi_sim"]).status === 0;
}

/**
 * Native tesseract's seconds and CPU seconds on these images (one process per page image, as a
 * user would run it); the CPU time is the shell's `times` for its children.
 */
function runNative(images: string[]): { seconds: number; cpu: number } {
  const t0 = performance.now();
  const script = 'for f in "$@"; do tesseract "$f" - -l chi_sim --psm 11 >/dev/null 2>&1 || exit 1; done; times';
  const out = execFileSync("bash", ["-c", script, "native", ...images], { env: { ...process.env, OMP_THREAD_LIMIT: "1" }, encoding: "utf8" });
  const seconds = (performance.now() - t0) / 1000;
  // `times` prints the shell's user and system time, then its children's: "0m1.234s 0m0.056s".
  const children = out.trim().split("\n").at(-1)!.match(/(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s/);
  if (!children) throw new Error(`bench-scan: cannot read the CPU time of native tesseract from: ${out}`);
  const cpu = 60 * Number(children[1]) + Number(children[2]) + 60 * Number(children[3]) + Number(children[4]);
  return { seconds, cpu };
}

/**
 * `repeat`: each file is timed this many times, ours and native alternately, and the fastest of
 * each is kept — other work on the machine only ever slows a run down, so the minimum is the
 * least disturbed measure of both (accuracy is scored on the first run).
 */
export async function benchScans(opts: { filter?: string; native?: boolean; repeat?: number; dir?: string; dirs?: string[]; log?: (s: string) => void } = {}): Promise<ScanBenchResult> {
  const log = opts.log ?? (() => {});
  const dirs = opts.dirs ?? (opts.dir ? [opts.dir] : [FIXTURES, DEGRADED].filter((d) => existsSync(join(d, "manifest.json"))));
  const manifest: Entry[] = dirs
    .flatMap((dir) => (JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as ManifestEntry[]).map((e) => ({ ...e, dir, kind: kindOf(e) })))
    .filter((e) => !opts.filter || e.file.includes(opts.filter));
  // Cold start: the first page read in the process starts the OCR workers. They are then kept
  // for the whole run, as in one `jixiao parse a b c` — otherwise native tesseract's run after
  // each file would outlast their idle time and every file would pay the start again.
  ocrPool({ idleMs: 600_000 });
  const first = manifest[0]!;
  const c0 = performance.now();
  await parse(new Uint8Array(readFileSync(join(first.dir, first.file))), { input: "image", path: first.file });
  const coldStartSeconds = (performance.now() - c0) / 1000;

  // Native runs right after ours on each file, so both see the same machine load.
  const native = opts.native !== false && nativeAvailable() ? { tmp: mkdtempSync(join(tmpdir(), "scan-native-")), seconds: 0, cpu: 0, pages: 0 } : null;
  const perFile: FileResult[] = [];
  let fc = 0, fm = 0, nc = 0, nm = 0, rfc = 0, rfm = 0, rnm = 0;
  let seconds = 0;
  let cpuSeconds = 0;
  let pages = 0;
  const nativeByFile = new Map<string, { seconds: number; cpu: number }>();
  for (const e of manifest) {
    const truth = JSON.parse(readFileSync(join(e.dir, e.truth), "utf8")) as TruthForm[];
    const bytes = new Uint8Array(readFileSync(join(e.dir, e.file)));
    const images = native ? nativeImages(e, native.tmp) : [];
    let raw: Document | null = null;
    let doc: Document | null = null;
    let sec = Infinity;
    let cpu = Infinity;
    let ocrBusy = 0;
    let nativeSec: number | null = null;
    let nativeCpu: number | null = null;
    const ticks = cpuTicks();
    for (let run = 0; run < Math.max(1, opts.repeat ?? 1); run++) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const b0 = ocrPool().busyMs();
      // parse() runs the arithmetic check itself (it needs the cells' other readings).
      const d = await parse(bytes, { input: "image", path: e.file });
      const r = asRead(d);
      const took = (performance.now() - t0) / 1000;
      if (took < sec) ocrBusy = (ocrPool().busyMs() - b0) / (1000 * took * ocrPool().size);
      sec = Math.min(sec, took);
      const used = process.cpuUsage(c0);
      cpu = Math.min(cpu, (used.user + used.system) / 1e6);
      raw ??= r;
      doc ??= d;
      // Native right after ours, so that both see the same machine load.
      if (native) {
        const n = runNative(images);
        nativeSec = Math.min(nativeSec ?? Infinity, n.seconds);
        nativeCpu = Math.min(nativeCpu ?? Infinity, n.cpu);
      }
    }
    if (!raw || !doc) throw new Error("no run");
    const machine = machineLoadSince(ticks);
    seconds += sec;
    cpuSeconds += cpu;
    pages += e.pages;
    if (native && nativeSec !== null && nativeCpu !== null) {
      native.seconds += nativeSec;
      native.cpu += nativeCpu;
      native.pages += e.pages;
      nativeByFile.set(e.file, { seconds: nativeSec, cpu: nativeCpu });
    }
    const before = score(truth, raw);
    const after = score(truth, doc);
    fc += after.acc.checks;
    fm += after.acc.matches;
    nc += after.numeric.checks;
    nm += after.numeric.matches;
    rfc += before.acc.checks;
    rfm += before.acc.matches;
    rnm += before.numeric.matches;
    const corrections = doc.forms.reduce((n, f) => n + Object.values(f.sources ?? {}).filter((s) => s.corrected).length, 0);
    const r: FileResult = {
      file: e.file,
      kind: e.kind,
      pages: e.pages,
      seconds: sec,
      cpuSeconds: cpu,
      ocrBusy,
      fields: { checks: after.acc.checks, matches: after.acc.matches },
      numeric: after.numeric,
      corrections,
      lowConfidence: doc.diagnostics.filter((d) => d.code === "low-confidence").length,
      misses: after.acc.misses.map((m) => `${m.form}:${m.field} ${JSON.stringify(m.expected)} → ${JSON.stringify(m.actual)}`),
      machine,
    };
    perFile.push(r);
    log(`${e.kind.padEnd(7)} ${e.file.padEnd(30)} ${e.pages}p ${(sec / e.pages).toFixed(2)} s/page${nativeSec !== null ? ` (native ${(nativeSec / e.pages).toFixed(2)})` : ""}, CPU ${(cpu / e.pages).toFixed(2)} s/page${nativeCpu !== null ? ` (native ${(nativeCpu / e.pages).toFixed(2)})` : ""}, OCR slots busy ${Math.round(100 * ocrBusy)} %  fields ${r.fields.matches}/${r.fields.checks}  numeric ${r.numeric.matches}/${r.numeric.checks}  corrected ${corrections}  low-conf ${r.lowConfidence}  (${describeLoad(machine)})`);
    for (const m of r.misses) log(`    miss ${m}`);
  }
  await terminateOcr();
  if (native) rmSync(native.tmp, { recursive: true, force: true });
  return {
    files: manifest.length,
    pages,
    fieldAccuracy: fm / fc,
    numericAccuracy: nm / nc,
    fieldAccuracyRaw: rfm / rfc,
    numericAccuracyRaw: rnm / nc,
    secondsPerPage: seconds / pages,
    cpuSecondsPerPage: cpuSeconds / pages,
    coldStartSeconds,
    native: native ? { secondsPerPage: native.seconds / native.pages, cpuSecondsPerPage: native.cpu / native.pages, pages: native.pages } : null,
    perFile,
    perKind: byKind(perFile, native ? nativeByFile : null),
    machine: perFile.map((f) => f.machine),
  };
}

/** The figures of each kind of scan (clean, bilevel, seal, fax, photo, stain), in the order first met. */
function byKind(files: FileResult[], native: Map<string, { seconds: number; cpu: number }> | null): Record<string, KindResult> {
  const out: Record<string, KindResult> = {};
  for (const kind of [...new Set(files.map((f) => f.kind))]) {
    const of = files.filter((f) => f.kind === kind);
    const sum = (g: (f: FileResult) => number) => of.reduce((n, f) => n + g(f), 0);
    const pages = sum((f) => f.pages);
    out[kind] = {
      files: of.length,
      pages,
      fieldAccuracy: sum((f) => f.fields.matches) / sum((f) => f.fields.checks),
      numericAccuracy: sum((f) => f.numeric.matches) / sum((f) => f.numeric.checks),
      secondsPerPage: sum((f) => f.seconds) / pages,
      cpuSecondsPerPage: sum((f) => f.cpuSeconds) / pages,
      ocrBusy: sum((f) => f.ocrBusy * f.seconds) / sum((f) => f.seconds),
      nativeSecondsPerPage: native ? sum((f) => native.get(f.file)?.seconds ?? 0) / pages : null,
      nativeCpuSecondsPerPage: native ? sum((f) => native.get(f.file)?.cpu ?? 0) / pages : null,
    };
  }
  return out;
}

/** One line per kind: fields, numeric fields, time per page beside native tesseract. */
export function kindTable(r: ScanBenchResult): string[] {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5) + "%";
  return Object.entries(r.perKind).map(([kind, k]) => {
    const nat = k.nativeSecondsPerPage !== null ? `  native ${k.nativeSecondsPerPage.toFixed(2)} s/page (${(k.secondsPerPage / k.nativeSecondsPerPage).toFixed(2)}×)` : "";
    const cpu = `; CPU ${k.cpuSecondsPerPage.toFixed(2)} s/page${k.nativeCpuSecondsPerPage ? ` against native ${k.nativeCpuSecondsPerPage.toFixed(2)} (${(k.cpuSecondsPerPage / k.nativeCpuSecondsPerPage).toFixed(2)}×)` : ""}; OCR slots busy ${Math.round(100 * k.ocrBusy)} %`;
    return `${kind.padEnd(8)} ${String(k.files).padStart(2)} files ${String(k.pages).padStart(2)} pages  fields ${pct(k.fieldAccuracy)}  numeric ${pct(k.numericAccuracy)}  ${k.secondsPerPage.toFixed(2)} s/page${nat}${cpu}`;
  });
}

/**
 * The machine over the whole run: load range, steal and busy share (median and worst of the
 * files). A wall ratio taken at steal 20 % or load well above the 2 cores measures the neighbours.
 */
export function machineLine(r: ScanBenchResult): string {
  const loads = r.machine.map((m) => m.load);
  const share = (xs: (number | null)[]) => {
    const v = xs.filter((x): x is number => x != null);
    return v.length ? `median ${Math.round(100 * median(v))} %, max ${Math.round(100 * Math.max(...v))} %` : "?";
  };
  return `load ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${availableParallelism()} cores; steal ${share(r.machine.map((m) => m.steal))}; busy ${share(r.machine.map((m) => m.busy))}`;
}

/** The Document as OCR read it: every value the arithmetic check corrected put back to its reading. */
function asRead(doc: Document): Document {
  const reason = scanMessages("zh").reasonArithmetic;
  const out = structuredClone(doc);
  for (const form of out.forms) {
    for (const [path, src] of Object.entries(form.sources ?? {})) {
      if (src.corrected?.reason !== reason) continue;
      const cut = path.lastIndexOf("/");
      const parent = valueAt(form, path.slice(0, cut)) as Record<string, unknown>;
      const n = readNumber(src.corrected.from);
      parent[path.slice(cut + 1)] = n.kind === "number" ? n.value : null;
    }
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const repeatAt = args.indexOf("--repeat");
  const repeat = repeatAt >= 0 ? Number(args.splice(repeatAt, 2)[1]) : 1;
  const dirs: string[] = [];
  for (let at = args.indexOf("--dir"); at >= 0; at = args.indexOf("--dir")) dirs.push(args.splice(at, 2)[1]!);
  const r = await benchScans({ filter: args[0], repeat, ...(dirs.length ? { dirs } : {}), log: (s) => console.log(s) });
  const pct = (x: number) => (100 * x).toFixed(1) + "%";
  console.log(`scan: ${r.files} files, ${r.pages} pages`);
  for (const line of kindTable(r)) console.log(line);
  console.log(`fields right:          ${pct(r.fieldAccuracy)} (before the arithmetic check ${pct(r.fieldAccuracyRaw)}; target ≥ 95%)`);
  console.log(`numeric fields right:  ${pct(r.numericAccuracy)} (before ${pct(r.numericAccuracyRaw)}; target ≥ 99%)`);
  console.log(`seconds per page:      ${r.secondsPerPage.toFixed(2)} (workers warm; cold start ${r.coldStartSeconds.toFixed(1)} s)`);
  if (r.native) console.log(`native tesseract:      ${r.native.secondsPerPage.toFixed(2)} s/page (psm 11, OMP_THREAD_LIMIT=1${repeat > 1 ? `; fastest of ${repeat} runs each` : ""}) → ratio ${(r.secondsPerPage / r.native.secondsPerPage).toFixed(2)}× (target ≤ 1.5×)`);
  if (r.native) console.log(`CPU per page:          ours ${r.cpuSecondsPerPage.toFixed(2)} s (OCR workers included), native ${r.native.cpuSecondsPerPage.toFixed(2)} s → ${(r.cpuSecondsPerPage / r.native.cpuSecondsPerPage).toFixed(2)}× (independent of how many cores each got)`);
  console.log(`machine:               ${machineLine(r)}`);
  if (!r.native) console.log("native tesseract not installed (apt tesseract-ocr tesseract-ocr-chi-sim): no baseline");
}

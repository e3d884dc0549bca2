/**
 * PDF throughput for `npm run bench -- pdf`: one `jixiao parse --format jsonl` process over every
 * fixture PDF copied five times (240 pages), process start included, with the default --jobs and
 * with --jobs 1, and `pdftotext -layout` over the same files — all three in each of several
 * rounds, so a neighbour's burst hits a round, not one contender. Each round is printed with the
 * machine's load, CPU steal and busy share over it (machine-load.ts); then, per contender, the
 * median and the best round, and jixiao's speed as a share of pdftotext's in the same round.
 *
 * How to read it: on a quiet machine (steal ≈ 0, busy ≈ what the run itself uses) median and best
 * agree and are the figure. On a shared VM the best round is the nearest to the machine's own
 * speed; the median says what a user would see that hour; the ratio to pdftotext in the same
 * round moves least with the neighbours. The CPU seconds (user + system of the process, start
 * included) move less than the wall clock but still grow under contention.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { cpuTicks, describeLoad, machineLoadSince, median, type MachineLoad } from "./machine-load.js";

export interface Timed {
  seconds: number;
  /** User + system CPU seconds of the command's processes. */
  cpuSeconds: number;
}

export interface PdfRound {
  jobs: Timed & { pages: number };
  one: Timed & { pages: number };
  pdftotext: Timed | null;
  machine: MachineLoad;
}

/** Runs a command with stdout to `out`; wall seconds and its children's CPU seconds (bash `times`). */
function timedCommand(cmd: string[], out: string): Timed {
  const script = '"$@" >"$JIXIAO_BENCH_OUT" 2>/dev/null; s=$?; times; exit $s';
  const t0 = performance.now();
  const r = spawnSync("bash", ["-c", script, "bash", ...cmd], { encoding: "utf8", env: { ...process.env, JIXIAO_BENCH_OUT: out } });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${cmd.slice(0, 3).join(" ")} … failed (exit ${r.status}): ${r.stderr}`);
  // `times`: the shell's own user/system on the first line, its children's on the second.
  const children = r.stdout.trim().split("\n").pop()!;
  const secs = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return { seconds, cpuSeconds: (secs[0] ?? 0) + (secs[1] ?? 0) };
}

/** Pages in a JSONL output of `jixiao parse` (each Document's source.pages). */
function jsonlPages(path: string): number {
  return readFileSync(path, "utf8")
    .trim()
    .split("\n")
    .reduce((n, l) => n + ((JSON.parse(l) as { source: { pages: number | null } }).source.pages ?? 0), 0);
}

export function benchPdfThroughput(opts: { root: string; rounds: number; pdftotext: boolean; log: (label: string, value: string) => void }): PdfRound[] {
  const { root, log } = opts;
  const dir = mkdtempSync(join(tmpdir(), "jixiao-bench-pdf-"));
  try {
    const src = join(root, "fixtures/pdf");
    const files: string[] = [];
    for (let copy = 0; copy < 5; copy++) {
      for (const f of readdirSync(src).filter((x) => x.endsWith(".pdf")).sort()) {
        const to = join(dir, `${copy}-${f}`);
        cpSync(join(src, f), to);
        files.push(to);
      }
    }
    const out = join(dir, "out.jsonl");
    const jixiao = (jobs: string[]) => {
      const t = timedCommand([process.execPath, join(root, "bin/jixiao.mjs"), "parse", "--format", "jsonl", ...jobs, ...files], out);
      return { ...t, pages: jsonlPages(out) };
    };
    const pdftotext = () => timedCommand(["bash", "-c", 'for f in "$@"; do pdftotext -layout "$f" - || exit 1; done', "bash", ...files], out);

    const rounds: PdfRound[] = [];
    const jobs = availableParallelism();
    const rate = (t: { seconds: number }, pages: number) => (pages / t.seconds).toFixed(1);
    for (let i = 0; i < opts.rounds; i++) {
      const from = cpuTicks();
      // Alternate the order, so that no contender always runs first (or last) in a round.
      let jobsRun: PdfRound["jobs"] | undefined;
      let oneRun: PdfRound["one"] | undefined;
      let base: Timed | null = null;
      const steps = [() => (jobsRun = jixiao([])), () => (oneRun = jixiao(["--jobs", "1"])), () => (base = opts.pdftotext ? pdftotext() : null)];
      for (const step of i % 2 ? steps.reverse() : steps) step();
      const round: PdfRound = { jobs: jobsRun!, one: oneRun!, pdftotext: base, machine: machineLoadSince(from) };
      rounds.push(round);
      const p = round.jobs.pages;
      log(
        `pdf: round ${i + 1} of ${opts.rounds}, pages/s`,
        `--jobs ${jobs} ${rate(round.jobs, p)} (${round.jobs.seconds.toFixed(1)} s, CPU ${round.jobs.cpuSeconds.toFixed(1)} s) · --jobs 1 ${rate(round.one, p)} (${round.one.seconds.toFixed(1)} s, CPU ${round.one.cpuSeconds.toFixed(1)} s)` +
          (round.pdftotext ? ` · pdftotext ${rate(round.pdftotext, p)}` : "") +
          `  [${describeLoad(round.machine)}]`,
      );
    }
    const pages = rounds[0]!.jobs.pages;
    const summary = (label: string, pick: (r: PdfRound) => Timed | null) => {
      const rates = rounds.map(pick).filter((t): t is Timed => t != null).map((t) => pages / t.seconds);
      const cpu = rounds.map(pick).filter((t): t is Timed => t != null).map((t) => t.cpuSeconds);
      if (rates.length) log(label, `median ${median(rates).toFixed(1)}, best ${Math.max(...rates).toFixed(1)} over ${rates.length} rounds (CPU s median ${median(cpu).toFixed(1)}, least ${Math.min(...cpu).toFixed(1)})`);
    };
    log("pdf: files", `${files.length} files, ${pages} pages (fixtures/pdf five times), process start included`);
    summary(`pdf: pages/s, one process, --jobs ${jobs} (target ≥ 30)`, (r) => r.jobs);
    summary("pdf: pages/s, one process, --jobs 1", (r) => r.one);
    if (opts.pdftotext) {
      summary("pdf: baseline pdftotext -layout, pages/s", (r) => r.pdftotext);
      const ratios = rounds.map((r) => r.pdftotext!.seconds / r.jobs.seconds);
      log("pdf: jixiao's speed / pdftotext's, same round", `median ${median(ratios).toFixed(2)}×, best ${Math.max(...ratios).toFixed(2)}× (it only dumps text)`);
    } else log("pdf: baseline", "pdftotext not installed (apt-get install poppler-utils)");
    const steal = rounds.map((r) => r.machine.steal).filter((x): x is number => x != null);
    if (steal.length) log("pdf: machine during the rounds", `steal median ${Math.round(100 * median(steal))} %, max ${Math.round(100 * Math.max(...steal))} %; load ${Math.min(...rounds.map((r) => r.machine.load)).toFixed(1)}–${Math.max(...rounds.map((r) => r.machine.load)).toFixed(1)}`);
    return rounds;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Benchmark of `jixiao import`: 1,000 text forms (the generated fixtures, each copy made unique
 * so none is skipped as a duplicate) and 100 PDFs (the fixture PDFs, each copy with a distinct
 * trailing comment), imported with `--jobs 1` and `--jobs 2` in a fresh process each time.
 * Reports files/s, the speed-up and the peak RSS of the importing process (worker threads
 * included: they live in it).
 *
 *   npx tsx scripts/batch/bench-import.ts [textCount] [pdfCount]
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));

export interface ImportRun {
  jobs: number;
  files: number;
  seconds: number;
  filesPerSecond: number;
  peakRssMiB: number;
  exitCode: number;
}

export interface ImportBench {
  text: { runs: ImportRun[]; speedUp: number };
  pdf: { runs: ImportRun[]; speedUp: number };
}

function listFiles(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p, ext));
    else if (e.name.endsWith(ext) && !e.name.includes(".truth.")) out.push(p);
  }
  return out.sort();
}

/** Writes `count` distinct text forms, cycling through the generated fixtures (UTF-8 ones only: a note appended must not break another encoding). */
function writeTexts(dir: string, count: number): void {
  const manifest = JSON.parse(readFileSync(join(root, "fixtures/generated/manifest.json"), "utf8")) as { files: { file: string; encoding: string }[] };
  const sources = manifest.files.filter((f) => f.encoding === "utf-8").map((f) => readFileSync(join(root, "fixtures/generated", f.file), "utf8"));
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `form-${String(i).padStart(4, "0")}.txt`), sources[i % sources.length] + `\n备注：副本 ${i}\n`);
}

/** Writes `count` distinct PDFs: a comment after %%EOF changes the hash, not the reading. */
function writePdfs(dir: string, count: number): void {
  const sources = listFiles(join(root, "fixtures/pdf"), ".pdf")
    .filter((p) => !p.includes(`${join("pdf", "bad")}`))
    .map((p) => readFileSync(p));
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `doc-${String(i).padStart(3, "0")}.pdf`), Buffer.concat([sources[i % sources.length]!, Buffer.from(`\n% copy ${i}\n`)]));
}

function runImport(input: string, jobs: number, files: number): ImportRun {
  const out = mkdtempSync(join(tmpdir(), "jixiao-bench-out-"));
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [join(root, "scripts/batch/run-measured.mjs"), "import", input, "--out", out, "--jobs", String(jobs)], { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  rmSync(out, { recursive: true, force: true });
  const last = r.stderr.trim().split("\n").pop() ?? "{}";
  let m: { exitCode?: number; maxRssKiB?: number } = {};
  try {
    m = JSON.parse(last);
  } catch {
    throw new Error(`import failed: ${r.stderr.slice(-2000)}`);
  }
  return { jobs, files, seconds, filesPerSecond: files / seconds, peakRssMiB: (m.maxRssKiB ?? 0) / 1024, exitCode: m.exitCode ?? r.status ?? -1 };
}

export async function benchImport(opts: { texts?: number; pdfs?: number; jobs?: number[] } = {}): Promise<ImportBench> {
  const texts = opts.texts ?? 1000;
  const pdfs = opts.pdfs ?? 100;
  const jobs = opts.jobs ?? [1, 2];
  const work = mkdtempSync(join(tmpdir(), "jixiao-bench-in-"));
  try {
    const textDir = join(work, "text");
    const pdfDir = join(work, "pdf");
    mkdirSync(textDir);
    mkdirSync(pdfDir);
    writeTexts(textDir, texts);
    writePdfs(pdfDir, pdfs);
    const textRuns = jobs.map((j) => runImport(textDir, j, texts));
    const pdfRuns = jobs.map((j) => runImport(pdfDir, j, pdfs));
    const speedUp = (runs: ImportRun[]) => (runs.length > 1 ? runs[runs.length - 1]!.filesPerSecond / runs[0]!.filesPerSecond : 1);
    return { text: { runs: textRuns, speedUp: speedUp(textRuns) }, pdf: { runs: pdfRuns, speedUp: speedUp(pdfRuns) } };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const texts = Number(process.argv[2] ?? 1000);
  const pdfs = Number(process.argv[3] ?? 100);
  const r = await benchImport({ texts, pdfs });
  for (const [kind, b] of Object.entries(r)) {
    for (const run of b.runs) {
      console.log(`import ${kind}: ${run.files} files, --jobs ${run.jobs}: ${run.filesPerSecond.toFixed(1)} files/s (${run.seconds.toFixed(1)} s), peak RSS ${run.peakRssMiB.toFixed(0)} MiB, exit ${run.exitCode}`);
    }
    console.log(`import ${kind}: speed-up with 2 jobs ${b.speedUp.toFixed(2)}×`);
  }
}

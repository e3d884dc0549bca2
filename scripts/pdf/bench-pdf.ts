/**
 * Benchmark of the PDF text-layer path: reading every fixture PDF to a Grid in one process
 * (pages/s, after one warm-up read that loads pdf.js), beside `pdftotext -layout` on the same
 * files when poppler-utils is installed. `scripts/bench.ts` can call `benchPdf()`.
 *
 *   npx tsx scripts/pdf/bench-pdf.ts [rounds]
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readPdf } from "../../src/extract/pdf/read-pdf.js";
import { layoutPages } from "../../src/layout/to-grid.js";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "fixtures", "pdf");

export interface BenchResult {
  files: number;
  pages: number;
  rounds: number;
  seconds: number;
  pagesPerSecond: number;
  /** First read in the process (loads pdf.js), ms. */
  coldStartMs: number;
  pdftotext: { seconds: number; pagesPerSecond: number } | null;
}

function hasPdftotext(): boolean {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export async function benchPdf(opts: { dir?: string; rounds?: number } = {}): Promise<BenchResult> {
  const dir = opts.dir ?? FIXTURES;
  const rounds = opts.rounds ?? 3;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".pdf"))
    .sort()
    .map((f) => join(dir, f));
  const data = files.map((f) => new Uint8Array(readFileSync(f)));
  const t0 = performance.now();
  await readPdf(data[0]!);
  const coldStartMs = performance.now() - t0;

  let pages = 0;
  const start = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const bytes of data) {
      const reading = await readPdf(bytes);
      layoutPages(reading.pages, {}, reading.pageCount);
      pages += reading.pages.length;
    }
  }
  const seconds = (performance.now() - start) / 1000;

  let pdftotext: BenchResult["pdftotext"] = null;
  if (hasPdftotext()) {
    const s = performance.now();
    for (let r = 0; r < rounds; r++) for (const f of files) execFileSync("pdftotext", ["-layout", f, "-"], { stdio: ["ignore", "ignore", "ignore"] });
    const sec = (performance.now() - s) / 1000;
    pdftotext = { seconds: sec, pagesPerSecond: pages / sec };
  }
  return { files: files.length, pages, rounds, seconds, pagesPerSecond: pages / seconds, coldStartMs, pdftotext };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await benchPdf({ rounds: Number(process.argv[2] ?? 3) });
  console.log(`PDF text layer → Grid: ${r.pages} pages (${r.files} files × ${r.rounds}) in ${r.seconds.toFixed(2)} s = ${r.pagesPerSecond.toFixed(1)} pages/s (cold start ${r.coldStartMs.toFixed(0)} ms)`);
  if (r.pdftotext) console.log(`pdftotext -layout:       ${r.pages} pages in ${r.pdftotext.seconds.toFixed(2)} s = ${r.pdftotext.pagesPerSecond.toFixed(1)} pages/s (one process per file)`);
  else console.log("pdftotext not installed: no baseline");
}

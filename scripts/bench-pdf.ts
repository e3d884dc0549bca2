/**
 * Where the CPU time of reading text-layer PDFs goes, per page, stage by stage, beside
 * `pdftotext -layout` on the same files in the same minute:
 *   npx tsx scripts/bench-pdf.ts [--dir fixtures/pdf] [--rounds 3]
 * CPU time, not wall-clock: on a shared machine the wall clock measures the neighbours. Each
 * round reads every file (readPdf with its stage times, then the layout), then parses every file
 * through the whole pipeline; "rest" is the pipeline's time beyond reading and layout (limits,
 * reconstruction, normalising, audit, validation). pdftotext's CPU is its children's user + system
 * time as the shell counts it. Each stage's least time over the rounds is printed, with the
 * machine's load and CPU steal over the rounds (CPU time grows too when the cores are contended),
 * and a JSON line last.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readPdf, type PdfStageTimes } from "../src/extract/pdf/read-pdf.js";
import { layoutPages } from "../src/layout/to-grid.js";
import { parse } from "../src/pipeline.js";
import { cpuTicks, describeLoad, machineLoadSince } from "./pdf/machine-load.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const dir = resolve(root, arg("--dir") ?? "fixtures/pdf");
const rounds = Number(arg("--rounds") ?? 3);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".pdf"))
  .sort()
  .map((f) => ({ name: f, bytes: readFileSync(join(dir, f)) }));

const cpuMs = (from: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
};

interface Round extends PdfStageTimes {
  pages: number;
  layout: number;
  parse: number;
}

async function round(): Promise<Round> {
  const r: Round = { open: 0, text: 0, operators: 0, rulings: 0, pages: 0, layout: 0, parse: 0 };
  for (const f of files) {
    const reading = await readPdf(f.bytes, { stageTimes: r });
    r.pages += reading.pages.length;
    const t = process.cpuUsage();
    layoutPages(reading.pages, {}, reading.pageCount);
    r.layout += cpuMs(t);
  }
  const t = process.cpuUsage();
  for (const f of files) await parse(f.bytes, { path: f.name });
  r.parse = cpuMs(t);
  return r;
}

/** pdftotext -layout over the same files: CPU ms per page (the shell's children times). */
function pdftotext(pages: number): number | null {
  if (spawnSync("sh", ["-c", "command -v pdftotext"]).status !== 0) return null;
  const script = 'for f in "$@"; do pdftotext -layout "$f" - >/dev/null 2>&1; done; times';
  const out = execFileSync("bash", ["-c", script, "bash", ...files.map((f) => join(dir, f.name))], { encoding: "utf8" });
  // `times`: the shell's own user/system, then its children's, as "0m1.234s 0m0.567s".
  const child = out.trim().split("\n").pop()!.match(/(\d+)m([\d.]+)s/g)!;
  const secs = child.map((x) => {
    const [, m, s] = x.match(/(\d+)m([\d.]+)s/)!;
    return Number(m) * 60 + Number(s);
  });
  return ((secs[0]! + secs[1]!) * 1000) / pages;
}

await round(); // warm-up: pdf.js and the pipeline loaded, code compiled
const ticks = cpuTicks();
// Each stage's least time over the rounds: a neighbour's burst inflates a stage, never shrinks it.
let best: Round | null = null;
for (let i = 0; i < rounds; i++) {
  const r = await round();
  if (!best) best = r;
  else for (const k of Object.keys(r) as (keyof Round)[]) best[k] = Math.min(best[k], r[k]);
}
const r = best!;
const machine = describeLoad(machineLoadSince(ticks));
const per = (ms: number) => ms / r.pages;
const read = r.open + r.text + r.operators + r.rulings;
const rest = Math.max(0, r.parse - read - r.layout);
const base = pdftotext(r.pages);
const row = (label: string, ms: number) => console.log(`${label.padEnd(44)} ${per(ms).toFixed(1).padStart(6)} ms`);
console.log(`CPU per page, ${files.length} files, ${r.pages} pages (${dir.replace(root, "")}), best of ${rounds} rounds  [${machine}]`);
row("open (document, page)", r.open);
row("text (getTextContent, fonts)", r.text);
row("operators (getOperatorList)", r.operators);
row("rulings and sandwich marks", r.rulings);
row("layout (lattice, stream, stitching)", r.layout);
row("rest of the pipeline", rest);
row("whole pipeline (parse)", r.parse);
console.log(`${"→ pages/s per core, start excluded".padEnd(44)} ${((1000 * r.pages) / r.parse).toFixed(1).padStart(6)}`);
if (base != null) console.log(`${"pdftotext -layout".padEnd(44)} ${base.toFixed(1).padStart(6)} ms  (jixiao ${(per(r.parse) / base).toFixed(1)}× its CPU)`);
console.log(JSON.stringify({ pages: r.pages, msPerPage: { open: per(r.open), text: per(r.text), operators: per(r.operators), rulings: per(r.rulings), layout: per(r.layout), rest: per(rest), parse: per(r.parse) }, pdftotextMsPerPage: base, machine }));

/**
 * `npm run bench -- export [--forms N,M] [--formats xlsx,duckdb] [--import DIR]`: forms/s and peak memory of `export` for every format,
 * on synthetic imports of two sizes (default 2,000 and 20,000 forms; `--forms 100000` for the
 * archive-sized run). Bounded memory shows as a peak that does not grow with the import.
 *
 * The import is made from the seed's Document (two forms, with every value's source) copied
 * with distinct hashes, paths and names, and a review file (a correction and an approval) on
 * every tenth input, so corrections are applied as in real use. Each export runs in a process
 * of its own (scripts/export/bench-export-child.ts), timed inside it, start-up excluded.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { documentFileName, indexFileName } from "../../src/batch/index-file.js";
import { reviewDir, reviewFile } from "../../src/correct/store.js";
import { parseFile } from "../../src/pipeline.js";
import { sampleTree } from "./tree-memory.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const arg = process.argv.indexOf("--forms");
const sizes = arg > 0 ? process.argv[arg + 1]!.split(",").map(Number) : [2_000, 20_000];
const fmtArg = process.argv.indexOf("--formats");
const formats = fmtArg > 0 ? process.argv[fmtArg + 1]!.split(",") : ["csv", "jsonl", "xml", "xlsx", "duckdb", "parquet"];
// an import kept from an earlier run (JIXIAO_BENCH_KEEP=1): made once, measured again after a change
const importArg = process.argv.indexOf("--import");
const given = importArg > 0 ? process.argv[importArg + 1]! : null;

const seed = await parseFile(join(root, "fixtures/seed/000_2ddec0f555d76dd0.txt"));

function makeImport(forms: number): string {
  const dir = mkdtempSync(join(tmpdir(), "jixiao-bench-export-"));
  mkdirSync(reviewDir(dir));
  const docs = Math.ceil(forms / seed.forms.length);
  let index = "";
  for (let i = 0; i < docs; i++) {
    const sha256 = createHash("sha256").update(`bench ${i}`).digest("hex");
    const doc = { ...seed, source: { ...seed.source, path: `档案/${2016 + (i % 8)}/${i}.txt`, sha256 }, forms: seed.forms.map((f) => ({ ...f, year: 2016 + (i % 8), projectName: `${f.projectName} ${i}`, department: `部门 ${i % 97}` })) };
    writeFileSync(join(dir, documentFileName(sha256)), JSON.stringify(doc));
    index += JSON.stringify({ path: doc.source.path, sha256, kind: "text", status: "ok", forms: doc.forms.length, findings: { error: 0, warning: 1, info: 0 }, error: null, durationMs: 1 }) + "\n";
    if (i % 10 === 0) {
      const at = "2024-05-01T08:00:00.000Z";
      appendFileSync(reviewFile(reviewDir(dir), sha256), JSON.stringify({ at, reviewer: "张三", form: 0, path: "/total/score", from: seed.forms[0]!.total.score, to: 94, reason: null }) + "\n" + JSON.stringify({ at, reviewer: "李四", form: 0, status: "approved" }) + "\n");
    }
  }
  writeFileSync(join(dir, indexFileName), index);
  return dir;
}

const line = (label: string, value: string) => console.log(`${label.padEnd(46)} ${value}`);

/** Runs one export in its own process; its stdout, and the highest sum of the resident memory of it and its children (loaders), sampled. */
function runChild(args: string[]): Promise<{ out: string; total: { peakMiB: number; processes: number } }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--import", "tsx", ...args], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
    const sampler = sampleTree(child.pid!);
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
    child.on("error", fail);
    child.on("close", (code) => {
      const total = sampler.stop();
      if (code !== 0) fail(new Error(`export ${args[1]} exited with ${code}`));
      else done({ out, total });
    });
  });
}
for (const forms of given ? [0] : sizes) {
  const dir = given ?? makeImport(forms);
  const outDir = mkdtempSync(join(tmpdir(), "jixiao-bench-out-"));
  try {
    for (const format of formats) {
      const out = join(outDir, `all.${format}`);
      const { out: stdout, total } = await runChild([join(root, "scripts/export/bench-export-child.ts"), format, dir, out]);
      const r = JSON.parse(stdout.trim().split("\n").pop()!) as { seconds: number; peakRssMiB: number; documents: number; batches?: number };
      const n = r.documents * seed.forms.length;
      // the peak of the export's process, and of it and any processes it started together (sampled)
      const batches = r.batches ? `, ${r.batches} DuckDB batches` : "";
      line(`export ${format}: ${n} forms`, `${(n / r.seconds).toFixed(0)} forms/s  (${r.seconds.toFixed(1)} s, peak RSS ${r.peakRssMiB.toFixed(0)} MiB; all processes together ${total.peakMiB.toFixed(0)} MiB${batches})`);
    }
  } finally {
    if (process.env.JIXIAO_BENCH_KEEP || given) console.log(`import kept: ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
}

/**
 * A long fuzz run over mutated fixtures of every kind (text in every shape, PDF, HTML, Word,
 * Excel, legacy Office, hOCR/ALTO, images, the hostile corpus): each mutated input is parsed
 * in a worker thread, and any exception, Document the schema refuses, internal error,
 * non-deterministic result, slow input or hang is reported, with the input saved to a folder
 * so it can be replayed (`jixiao parse SAVED_FILE`).
 *
 *   npm run fuzz                      # 60 s
 *   npm run fuzz -- 600 --seed 7      # ten minutes, another sequence
 *   npm run fuzz -- 120 --out /tmp/f  # keep findings in /tmp/f
 *   options: --slow MS (report inputs slower than this, default 5000)
 *            --hang MS (terminate a worker stuck this long, default 30000)
 *            --kinds text,pdf,…  (only fixtures of these kinds)
 *            --images (also OCR image fixtures: seconds each)
 *            --legacy (also .doc/.xls, converted by LibreOffice: seconds each)
 *
 * Exit status: 0 nothing found, 1 something found (listed, and saved).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, relative } from "node:path";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { Rng } from "./lib/prng.js";
import type { FuzzJob, FuzzResult } from "./hostile/fuzz-worker.js";
import { mutate } from "./hostile/mutate.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seed: { type: "string" },
    out: { type: "string" },
    slow: { type: "string" },
    hang: { type: "string" },
    kinds: { type: "string" },
    images: { type: "boolean" },
    legacy: { type: "boolean" },
  },
});

const seconds = Number(positionals[0] ?? 60);
if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`usage: npm run fuzz -- [SECONDS] [--seed N] [--out DIR]`);
const seed = Number(values.seed ?? Date.now() % 1_000_000);
const slowMs = Number(values.slow ?? 5000);
const hangMs = Number(values.hang ?? 30_000);
const outDir = values.out ?? mkdtempSync(join(tmpdir(), "jixiao-fuzz-"));
mkdirSync(outDir, { recursive: true });

const root = new URL("../", import.meta.url).pathname;

/** Kind of a fixture by its extension, for the corpus mix and for reporting (detection still goes by content). */
function kindOf(file: string): string | null {
  const ext = extname(file).toLowerCase();
  if (file.endsWith(".alto.xml")) return "alto";
  const map: Record<string, string> = { ".txt": "text", ".pdf": "pdf", ".html": "html", ".htm": "html", ".docx": "docx", ".xlsx": "xlsx", ".doc": "doc", ".xls": "xls", ".wps": "doc", ".et": "xls", ".hocr": "hocr", ".png": "image", ".jpg": "image", ".tif": "image", ".tiff": "image", ".xml": "alto" };
  return map[ext] ?? null;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (!e.name.endsWith(".json") && !e.name.startsWith(".")) out.push(p);
  }
  return out;
}

const wanted = values.kinds ? new Set(values.kinds.split(",")) : null;
const corpus = walk(join(root, "fixtures"))
  .map((path) => ({ path, kind: kindOf(path) }))
  .filter((f): f is { path: string; kind: string } => f.kind !== null)
  .filter((f) => (wanted ? wanted.has(f.kind) : true))
  .filter((f) => values.images || f.kind !== "image" || relative(root, f.path).startsWith("fixtures/hostile"))
  // Large scanned PDFs mean OCR: seconds each. They stay out unless --images.
  .filter((f) => values.images || !relative(root, f.path).startsWith("fixtures/scan"))
  .filter((f) => values.legacy || wanted?.has(f.kind) || (f.kind !== "doc" && f.kind !== "xls"))
  .filter((f) => statSync(f.path).size <= 2 * 1024 * 1024);
if (corpus.length === 0) throw new Error("no fixtures to fuzz");
const byKind = new Map<string, { path: string; bytes: Uint8Array }[]>();
for (const f of corpus) {
  const list = byKind.get(f.kind) ?? [];
  list.push({ path: f.path, bytes: readFileSync(f.path) });
  byKind.set(f.kind, list);
}
const kinds = [...byKind.keys()].sort();
const donors = [...byKind.values()].flat().map((f) => f.bytes);
const textLike = new Set(["text", "html", "hocr", "alto"]);

interface Finding {
  kind: "exception" | "schema" | "internal-error" | "non-deterministic" | "slow" | "hang";
  file: string;
  from: string;
  how: string[];
  detail: string;
  ms: number;
}

const rng = new Rng(seed);
const findings: Finding[] = [];
const perKind = new Map<string, { n: number; ms: number }>();
let worker: Worker;
let pending: { job: FuzzJob; resolve: (r: FuzzResult | null) => void; timer: NodeJS.Timeout } | null = null;

function startWorker(): void {
  worker = new Worker(new URL("./hostile/fuzz-boot.mjs", import.meta.url));
  worker.on("message", (r: FuzzResult) => {
    if (!pending || r.id !== pending.job.id) return;
    clearTimeout(pending.timer);
    const p = pending;
    pending = null;
    p.resolve(r);
  });
  worker.on("error", (err) => {
    if (!pending) return;
    clearTimeout(pending.timer);
    const p = pending;
    pending = null;
    p.resolve({ id: p.job.id, ms: 0, problem: `worker died: ${err.stack ?? err.message}`, codes: [] });
    startWorker();
  });
}

function runJob(job: FuzzJob): Promise<FuzzResult | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      // Stuck in code that never yields (or in a loop that does): only terminating the thread ends it.
      pending = null;
      void worker.terminate();
      startWorker();
      resolve(null);
    }, hangMs);
    pending = { job, resolve, timer };
    worker.postMessage(job);
  });
}

function save(f: Omit<Finding, "file">, bytes: Uint8Array, ext: string): Finding {
  const name = `${String(findings.length + 1).padStart(3, "0")}-${f.kind}${ext}`;
  writeFileSync(join(outDir, name), bytes);
  const full = { ...f, file: join(outDir, name) };
  writeFileSync(join(outDir, name + ".json"), JSON.stringify(full, null, 2) + "\n");
  return full;
}

async function fuzz(): Promise<void> {
  startWorker();
  const deadline = Date.now() + seconds * 1000;
  let id = 0;
  console.log(`fuzz: ${seconds} s, seed ${seed}, ${corpus.length} fixtures (${kinds.join(", ")}), findings to ${outDir}`);
  while (Date.now() < deadline) {
    // Kinds in turn, so a kind with many fixtures does not crowd out the others.
    const kind = kinds[id % kinds.length]!;
    const src = rng.pick(byKind.get(kind)!);
    const { bytes, how } = mutate(src.bytes, rng, donors, textLike.has(kind));
    // Now and then the input is forced to another kind: what the user's --input could do.
    const forced = rng.chance(0.1) ? (rng.pick(["text", "html", "hocr", "alto", "docx", "xlsx", "pdf"]) as FuzzJob["input"]) : undefined;
    const job: FuzzJob = { id: ++id, name: relative(root, src.path), bytes, timeoutMs: hangMs / 2, determinism: id % 3 === 0, ...(forced ? { input: forced } : {}) };
    const r = await runJob(job);
    const from = relative(root, src.path) + (forced ? ` (--input ${forced})` : "");
    const ext = extname(src.path);
    if (r === null) {
      findings.push(save({ kind: "hang", from, how, detail: `no answer in ${hangMs} ms: worker terminated`, ms: hangMs }, bytes, ext));
      continue;
    }
    const stat = perKind.get(kind) ?? { n: 0, ms: 0 };
    stat.n++;
    stat.ms += r.ms;
    perKind.set(kind, stat);
    if (r.problem) {
      const k = r.problem.startsWith("exception") || r.problem.startsWith("worker died") ? "exception" : r.problem.startsWith("schema") ? "schema" : r.problem.startsWith("internal-error") ? "internal-error" : "non-deterministic";
      findings.push(save({ kind: k, from, how, detail: r.problem, ms: r.ms }, bytes, ext));
    } else if (r.ms > slowMs) {
      findings.push(save({ kind: "slow", from, how, detail: `${Math.round(r.ms)} ms (codes: ${r.codes.join(", ")})`, ms: r.ms }, bytes, ext));
    }
  }
  await worker.terminate();
  console.log(`\n${id} inputs in ${seconds} s:`);
  for (const k of kinds) {
    const s = perKind.get(k);
    if (s) console.log(`  ${k.padEnd(6)} ${String(s.n).padStart(6)} inputs, mean ${(s.ms / s.n).toFixed(0)} ms`);
  }
  if (findings.length === 0) {
    console.log("nothing found");
    return;
  }
  console.log(`\n${findings.length} finding(s), saved in ${outDir}:`);
  for (const f of findings) console.log(`  ${f.kind}: ${f.from} [${f.how.join("; ")}] → ${f.detail.split("\n")[0]}\n    ${f.file}`);
  process.exitCode = 1;
}

await fuzz();

/**
 * `npm run bench`: throughput figures, each beside a baseline run on the same machine.
 * Text: forms/s on one core (pinned with taskset when present). PDF: pages/s in one process,
 * beside poppler's `pdftotext -layout` when installed.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;

function line(label: string, value: string) {
  console.log(`${label.padEnd(44)} ${value}`);
}

console.log("jixiao benchmark —", new Date().toISOString().slice(0, 10), "— node", process.version);

// Text.
{
  const args = ["--import", "tsx", "scripts/bench-text.ts"];
  const out = has("taskset")
    ? execFileSync("taskset", ["-c", "0", process.execPath, ...args], { cwd: root, encoding: "utf8" })
    : execFileSync(process.execPath, args, { cwd: root, encoding: "utf8" });
  const r = JSON.parse(out.trim().split("\n").pop()!) as { formsPerSecond: number; msPerForm: number };
  line("text: forms/s on one core (target ≥ 2000)", `${r.formsPerSecond.toFixed(0)}  (${r.msPerForm.toFixed(3)} ms/form)${has("taskset") ? "" : "  [taskset not found: not pinned]"}`);
}

// PDF: one process parsing every fixture PDF (process start included), beside pdftotext -layout.
{
  const dir = `${root}fixtures/pdf`;
  const files = readdirSync(dir).filter((f) => f.endsWith(".pdf")).map((f) => `${dir}/${f}`);
  const t0 = performance.now();
  const out = execFileSync(process.execPath, [`${root}bin/jixiao.mjs`, "parse", "--format", "jsonl", ...files], { encoding: "utf8", maxBuffer: 1 << 28 });
  const seconds = (performance.now() - t0) / 1000;
  const pages = out
    .trim()
    .split("\n")
    .reduce((n, l) => n + ((JSON.parse(l) as { source: { pages: number | null } }).source.pages ?? 0), 0);
  let baseline = "pdftotext not installed (apt-get install poppler-utils)";
  if (has("pdftotext")) {
    const b0 = performance.now();
    for (const f of files) execFileSync("pdftotext", ["-layout", f, "-"], { stdio: ["ignore", "ignore", "ignore"] });
    const bs = (performance.now() - b0) / 1000;
    baseline = `pdftotext -layout ${(pages / bs).toFixed(1)} pages/s → jixiao at ${((pages / seconds) / (pages / bs)).toFixed(2)}× its speed (it only dumps text)`;
  }
  line("pdf: pages/s, one process (target ≥ 15)", `${(pages / seconds).toFixed(1)}  (${pages} pages in ${seconds.toFixed(1)} s, ${files.length} files, start included)`);
  line("pdf: baseline", baseline);
}

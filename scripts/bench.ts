/**
 * `npm run bench`: throughput figures, each beside a baseline run on the same machine.
 * Text: forms/s on one core (pinned with taskset when present). PDF: pages/s in one process,
 * beside poppler's `pdftotext -layout` when installed.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
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

// PDF (when the PDF benchmark is present).
{
  const pdfBench = new URL("./pdf/bench-pdf.ts", import.meta.url);
  if (existsSync(fileURLToPath(pdfBench))) {
    const mod = (await import(pdfBench.href)) as { runPdfBench?: () => Promise<Record<string, unknown>> };
    if (mod.runPdfBench) {
      const r = await mod.runPdfBench();
      for (const [k, v] of Object.entries(r)) line(`pdf: ${k}`, String(v));
    }
  }
}

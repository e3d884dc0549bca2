/**
 * `npm run bench [-- SECTION…]`: throughput and accuracy figures, each beside a baseline run on the
 * same machine in the same run (shared/spec/measuring.md). Sections: text, pdf, import, export, scan
 * (default: all). Run it on a quiet machine: the figures are wall-clock.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const wanted = new Set(process.argv.slice(2).filter((a) => !a.startsWith("-")));
const run = (section: string) => wanted.size === 0 || wanted.has(section);

function line(label: string, value: string) {
  console.log(`${label.padEnd(46)} ${value}`);
}

console.log(`jixiao benchmark — ${new Date().toISOString().slice(0, 10)} — node ${process.version} — load ${(await import("node:os")).loadavg()[0]!.toFixed(1)}`);

if (run("text")) {
  // Forms/s on one core, process start excluded (two file sizes timed, the difference divided).
  const args = ["--import", "tsx", "scripts/bench-text.ts"];
  const out = has("taskset")
    ? execFileSync("taskset", ["-c", "0", process.execPath, ...args], { cwd: root, encoding: "utf8" })
    : execFileSync(process.execPath, args, { cwd: root, encoding: "utf8" });
  const r = JSON.parse(out.trim().split("\n").pop()!) as { formsPerSecond: number; msPerForm: number; cpuFormsPerSecond: number; rounds: number; baselineFormsPerSecond: number };
  line("text: forms/s on one core (target ≥ 2500, issue 16)", `${r.formsPerSecond.toFixed(0)}  (${r.msPerForm.toFixed(3)} ms/form, best of ${r.rounds} rounds)${has("taskset") ? "" : "  [taskset not found: not pinned]"}`);
  // On a shared machine the wall clock measures the neighbours too; CPU time much less so.
  line("text: forms per CPU second (same rounds)", `${r.cpuFormsPerSecond.toFixed(0)}`);
  line("text: baseline, decode + split into cells only", `${r.baselineFormsPerSecond.toFixed(0)} forms/s → jixiao costs ${(r.baselineFormsPerSecond / r.formsPerSecond).toFixed(1)}× a bare split`);
}

if (run("pdf")) {
  // Wall clock in several rounds, each beside pdftotext and the machine's load and CPU steal
  // (scripts/pdf/bench-throughput.ts; docs/pdf.md says how to read it). --rounds=N, default 3.
  const rounds = Number(process.argv.find((a) => a.startsWith("--rounds="))?.slice(9) ?? 3);
  const { benchPdfThroughput } = await import("./pdf/bench-throughput.js");
  benchPdfThroughput({ root, rounds, pdftotext: has("pdftotext"), log: line });
  // CPU per page, stage by stage (scripts/bench-pdf.ts): on a shared machine the wall clock above
  // measures the neighbours, CPU time much less so.
  const stages = execFileSync(process.execPath, ["--import", "tsx", "scripts/bench-pdf.ts", "--rounds", "2"], { cwd: root, encoding: "utf8" });
  const st = JSON.parse(stages.trim().split("\n").pop()!) as { msPerPage: Record<string, number>; pdftotextMsPerPage: number | null; machine: string };
  const ms = st.msPerPage;
  line("pdf: CPU ms/page in one process (fixtures/pdf)", `${ms.parse!.toFixed(1)}  (text ${ms.text!.toFixed(1)}, operators ${ms.operators!.toFixed(1)}, open ${ms.open!.toFixed(1)}, layout ${ms.layout!.toFixed(1)}, rest ${ms.rest!.toFixed(1)}; least of 2 rounds)  [${st.machine}]`);
  if (st.pdftotextMsPerPage != null) line("pdf: baseline pdftotext -layout, CPU ms/page", `${st.pdftotextMsPerPage.toFixed(1)} → jixiao costs ${(ms.parse! / st.pdftotextMsPerPage).toFixed(1)}× its CPU`);
}

if (run("import")) {
  const mod = (await import("./batch/bench-import.js")) as typeof import("./batch/bench-import.js");
  const r = await mod.benchImport();
  for (const [kind, b] of Object.entries(r) as Array<[string, { runs: Array<{ jobs: number; files: number; filesPerSecond: number; peakRssMiB: number }>; speedUp: number }]>) {
    for (const x of b.runs) line(`import: ${kind}, --jobs ${x.jobs}`, `${x.filesPerSecond.toFixed(1)} files/s  (${x.files} files, peak RSS ${x.peakRssMiB.toFixed(0)} MiB)`);
    line(`import: ${kind}, speed-up with 2 jobs`, `${b.speedUp.toFixed(2)}×`);
  }
}

if (run("export")) {
  // forms/s and peak memory of every export format, on synthetic imports of two sizes
  execFileSync(process.execPath, ["--import", "tsx", "scripts/export/bench-export.ts", ...process.argv.slice(2).filter((a, i, all) => ["--forms", "--formats", "--import"].includes(a) || ["--forms", "--formats", "--import"].includes(all[i - 1]!))], { cwd: root, stdio: "inherit" });
}

if (run("scan") && existsSync(join(root, "scripts/scan/bench-scan.ts"))) {
  const mod = (await import("./scan/bench-scan.js")) as unknown as { benchScans: (o?: object) => Promise<Record<string, unknown>>; kindTable: (r: Record<string, unknown>) => string[]; machineLine: (r: Record<string, unknown>) => string };
  // The desk scans and the degraded ones (seal, fax, photo, stain), each kind beside native tesseract.
  const r = await mod.benchScans({ log: () => {} });
  for (const [k, v] of Object.entries(r)) {
    if (typeof v === "number" || typeof v === "string") line(`scan: ${k}`, String(typeof v === "number" ? Number(v.toFixed(4)) : v));
    else if (k !== "perKind" && v && typeof v === "object" && !Array.isArray(v)) line(`scan: ${k}`, JSON.stringify(v));
  }
  for (const row of mod.kindTable(r)) line(`scan: ${row.split(" ")[0]}`, row.replace(/^\S+\s+/, ""));
  // The wall ratio is worth what the machine allowed: load and CPU steal over the scan runs.
  line("scan: machine", mod.machineLine(r));
  const ours = r.secondsPerPage;
  const native = (r.native as { secondsPerPage?: number } | null | undefined)?.secondsPerPage;
  line("scan: targets", `fields ≥ 95%: ${pct(r.fieldAccuracy)}; numeric fields ≥ 99%: ${pct(r.numericAccuracy)}`);
  if (typeof ours === "number" && typeof native === "number") line("scan: time per page vs native tesseract (≤ 1.5×)", `${(ours / native).toFixed(2)}×`);
  else line("scan: baseline", "native tesseract not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim)");
}

function pct(v: unknown): string {
  return typeof v === "number" ? `${(v * 100).toFixed(1)}%` : "—";
}

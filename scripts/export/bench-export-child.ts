/**
 * One export in a process of its own, so its peak resident memory is its own: prints
 * `{"seconds":…,"peakRssMiB":…,"documents":…}` (DuckDB and Parquet: also `batches`, the DuckDB
 * instances opened, one per batch). Called by bench-export.ts.
 *
 * With JIXIAO_BENCH_SAMPLE=MS it also prints to stderr, every MS milliseconds, where the memory
 * is: RSS, the JavaScript heap, `external` (memory the binding reports to V8), and the peak so
 * far, so a growing peak can be placed.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { exportImport, type ExportFormat } from "../../src/export/import-folder.js";
import { exportTables, type TableFormat } from "../../src/export/tables/export.js";

const [format, dir, out] = process.argv.slice(2) as [string, string, string];
const t0 = performance.now();
const every = Number(process.env.JIXIAO_BENCH_SAMPLE ?? 0);
const mib = (n: number) => (n / 1048576).toFixed(0);
/** Anonymous (heap) memory of this process, and the number of glibc malloc arenas (64 MiB reservations) it has mapped. */
function nativeMemory(): string {
  const anon = /^Anonymous:\s+(\d+) kB/m.exec(readFileSync("/proc/self/smaps_rollup", "utf8"));
  let arenas = 0;
  for (const l of readFileSync("/proc/self/maps", "utf8").split("\n")) {
    const m = /^([0-9a-f]+)-([0-9a-f]+) /.exec(l);
    // a non-main arena is a 64 MiB aligned anonymous mapping (rw part, then a ---p reserve)
    if (m && !/\s\//.test(l.slice(73)) && parseInt(m[1]!, 16) % (64 << 20) === 0) arenas++;
  }
  return `anon=${anon ? (Number(anon[1]) / 1024).toFixed(0) : "?"} arenas64=${arenas}`;
}
const timer =
  every > 0
    ? setInterval(() => {
        const m = process.memoryUsage();
        console.error(`t=${((performance.now() - t0) / 1000).toFixed(0)}s rss=${mib(m.rss)} heapUsed=${mib(m.heapUsed)} heapTotal=${mib(m.heapTotal)} external=${mib(m.external)} arrayBuffers=${mib(m.arrayBuffers)} peak=${(process.resourceUsage().maxRSS / 1024).toFixed(0)} ${nativeMemory()}`);
      }, every)
    : null;
const summary = ["xlsx", "duckdb", "parquet"].includes(format) ? await exportTables(dir, format as TableFormat, out) : await exportImport(dir, format as ExportFormat, out);
const documents = summary.documents;
// DuckDB and Parquet: how many DuckDB instances (batches) the load took
const loader = "batches" in summary ? { batches: summary.batches } : {};
if (timer) clearInterval(timer);
const seconds = (performance.now() - t0) / 1000;
console.log(JSON.stringify({ seconds, peakRssMiB: process.resourceUsage().maxRSS / 1024, documents, ...loader }));

/**
 * One export in a process of its own, so its peak resident memory is its own: prints
 * `{"seconds":…,"peakRssMiB":…,"documents":…}`. Called by bench-export.ts.
 */
import { performance } from "node:perf_hooks";
import { exportImport, type ExportFormat } from "../../src/export/import-folder.js";
import { exportTables, type TableFormat } from "../../src/export/tables/export.js";

const [format, dir, out] = process.argv.slice(2) as [string, string, string];
const t0 = performance.now();
const documents = ["xlsx", "duckdb", "parquet"].includes(format) ? (await exportTables(dir, format as TableFormat, out)).documents : (await exportImport(dir, format as ExportFormat, out)).documents;
const seconds = (performance.now() - t0) / 1000;
console.log(JSON.stringify({ seconds, peakRssMiB: process.resourceUsage().maxRSS / 1024, documents }));

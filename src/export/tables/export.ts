/**
 * `export --format xlsx|duckdb|parquet`: the tables of an import written as one workbook, one
 * DuckDB database, or a folder of Parquet files (one per table, and `views.sql`). Each output
 * appears whole or not at all: written under a temp name beside the target, renamed at the end.
 */
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { tempName } from "../../batch/atomic-write.js";
import type { Lang } from "../../audit/fields.js";
import type { ImportReadOptions } from "../import-folder.js";
import { buildDatabase, withScratch, type LoadSummary } from "./duckdb.js";
import { TABLES } from "./model.js";
import { VIEWS } from "./views.js";
import { writeXlsx } from "./xlsx.js";

export type TableFormat = "xlsx" | "duckdb" | "parquet";

export class OutputInTheWay extends Error {}

type Options = ImportReadOptions & { lang?: Lang };

async function toDuckdb(dir: string, file: string, opts: Options): Promise<LoadSummary> {
  return withScratch((scratch) => buildDatabase(file, scratch, dir, opts));
}

/** `views.sql` of a Parquet folder: each table a view over its file, then the views. Run it from inside the folder (`duckdb -init views.sql`). */
export function parquetViewsSql(): string {
  const tables = TABLES.map((t) => `CREATE OR REPLACE VIEW ${t.name} AS SELECT * FROM read_parquet('${t.name}.parquet');\n`).join("");
  return "-- jixiao: the tables and views of an import over its Parquet files; run from this folder.\n" + tables + "\n" + VIEWS.map((v) => `CREATE OR REPLACE VIEW ${v.name} AS\n${v.sql};\n`).join("\n");
}

async function toParquet(dir: string, outDir: string, opts: Options): Promise<LoadSummary> {
  await mkdir(outDir);
  // loaded into a scratch database first, then each table copied out (row group by row group)
  const summary = await withScratch((scratch) => buildDatabase(join(scratch, "load.duckdb"), scratch, dir, { ...opts, parquetDir: outDir }));
  await writeFile(join(outDir, "views.sql"), parquetViewsSql());
  return summary;
}

/** A Parquet folder may replace an earlier one (only our own file names in it), nothing else. */
async function clearParquetTarget(target: string): Promise<void> {
  const st = await stat(target).catch(() => null);
  if (!st) return;
  const ours = new Set([...TABLES.map((t) => `${t.name}.parquet`), "views.sql"]);
  const names = st.isDirectory() ? await readdir(target) : null;
  if (!names || names.some((n) => !ours.has(n))) throw new OutputInTheWay(target);
  await rm(target, { recursive: true });
}

/** What an export did; for DuckDB and Parquet also the number of batches loaded. */
export type ExportSummary = Pick<LoadSummary, "documents" | "forms"> & Partial<LoadSummary>;

export async function exportTables(dir: string, format: TableFormat, out: string, opts: Options = {}): Promise<ExportSummary> {
  const target = resolve(out);
  const tmp = join(dirname(target), tempName(basename(target)));
  try {
    const s = format === "xlsx" ? await writeXlsx(dir, tmp, opts) : format === "duckdb" ? await toDuckdb(dir, tmp, opts) : await toParquet(dir, tmp, opts);
    if (format === "parquet") await clearParquetTarget(target);
    else if ((await stat(target).catch(() => null))?.isDirectory()) throw new OutputInTheWay(target);
    await rename(tmp, target);
    return s;
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    await rm(tmp + ".wal", { force: true });
    throw err;
  }
}

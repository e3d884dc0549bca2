/**
 * The DuckDB side of an export (driven by `duckdb.ts`): one job opens the database file, runs its
 * statements — insert one batch of spooled rows, or at the end copy the tables to Parquet —
 * checkpoints and closes it. Each batch gets a fresh DuckDB instance, in this process.
 *
 * Why memory stays flat: loading a whole import through one DuckDB instance made the resident
 * memory rise with the import (268 / 358 / 505 MiB at 2,000 / 20,000 / 100,000 forms) while
 * DuckDB's own accounting (`duckdb_memory()`) stayed under 20 MiB: memory DuckDB had freed but
 * the process kept. DuckDB flushes its allocator only after a task that peaked above
 * `allocator_flush_threshold`, 128 MiB by default — which a batch never reaches; at 8 MB a
 * 20,000-form load in one instance peaked at 202 MiB instead of ≈ 290 (measured in
 * docs/export-formats.md). This build has no jemalloc; how the flush gives glibc's memory back
 * (presumably by trimming its heap) was measured, not read in DuckDB's source. A fresh instance per batch also
 * drops DuckDB's per-instance state (catalog, block metadata, caches), so nothing accumulates
 * over the import; that is what child processes per batch were for before, at the cost of a
 * second process's ≈ 200 MiB beside this one.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { TABLES, type Table } from "./model.js";
import { batchFile, createTableSql, ident, SQL_TYPE, sqlString } from "./sql.js";
import { createViewsSql } from "./views.js";

export interface LoadJob {
  /** The database file, created by the first job. */
  db: string;
  /** Create the tables and views first (the first job). */
  create: boolean;
  /** A folder of `TABLE.jsonl` spool files to insert (a file may be missing: no rows). */
  batch: string | null;
  /** Copy every table to `TABLE.parquet` in this folder instead of checkpointing (the Parquet export's last job). */
  parquetDir: string | null;
  /** DuckDB's spill folder. */
  tempDir: string;
}

/**
 * Reads a spool file with the table's own types (nothing is inferred, so a column of digits
 * stays VARCHAR and an empty batch still has the table's shape).
 */
function readSpoolSql(file: string, t: Table): string {
  const columns = t.columns.map((c) => `${ident(c.key)}: ${sqlString(SQL_TYPE[c.type])}`).join(", ");
  return `read_json(${sqlString(file)}, format = 'newline_delimited', columns = {${columns}}, auto_detect = false)`;
}

/**
 * Parquet row groups of this many rows: DuckDB buffers a whole row group before writing it, and
 * its default (122,880 rows) of `forms` is ≈ 330 MB of text (goals, titles).
 */
const PARQUET_ROW_GROUP = 8_192;

/**
 * A loader's DuckDB settings. 64 MB is what DuckDB may hold in its buffer pool (it spills to
 * `tempDir` beyond it): `read_json` takes one 32 MiB buffer of it and an insert a 256 KiB block
 * per column of its table; 48 MB ran out on the generated fixtures' import, and 128 MB measured
 * no lower peak, since most of the memory was outside the pool. The allocator flush thresholds
 * make DuckDB return freed memory to the system after each statement that allocated more than
 * 8 MB (see the top of this file). One thread: an export is one writer, and the machine is
 * shared with the import's workers.
 */
export function loaderConfig(job: LoadJob): Record<string, string> {
  return { memory_limit: "64MB", temp_directory: job.tempDir, threads: "1", allocator_flush_threshold: "8MB", allocator_bulk_deallocation_flush_threshold: "8MB" };
}

/** What a job runs, in order. */
export function loadStatements(job: LoadJob): string[] {
  const sql: string[] = [];
  if (job.create) sql.push(...TABLES.map(createTableSql), createViewsSql());
  if (job.batch) {
    const batch = job.batch;
    const files = TABLES.filter((t) => existsSync(batchFile(batch, t)));
    // a transaction per table, not one for the batch: until it commits, an insert holds a block
    // (256 KiB) per column of every table it touched — ≈ 45 MiB for all eight tables' columns, one
    // table at a time at most 15. A failed export leaves no database anyway (export.ts).
    sql.push(...files.map((t) => `INSERT INTO ${ident(t.name)} SELECT * FROM ${readSpoolSql(batchFile(batch, t), t)}`));
  }
  if (job.parquetDir) {
    // preserve_insertion_order (the default) keeps the rows in form_id order; COPY streams row group by row group
    const dir = job.parquetDir;
    sql.push(...TABLES.map((t) => `COPY ${ident(t.name)} TO ${sqlString(resolve(dir, `${t.name}.parquet`))} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${PARQUET_ROW_GROUP})`));
  } else sql.push("CHECKPOINT");
  return sql;
}

export class LoaderFailed extends Error {}

/** What a job is doing, for its error message. */
function describe(job: LoadJob): string {
  return job.batch ? `loading ${job.batch} into ${job.db}` : job.parquetDir ? `writing Parquet files to ${job.parquetDir}` : `creating ${job.db}`;
}

/**
 * Runs one job: a fresh DuckDB instance on the file, the statements, checkpoint, close. DuckDB
 * works on its own thread meanwhile, so the caller can spool the next batch.
 */
export async function runLoadJob(job: LoadJob): Promise<void> {
  try {
    const instance = await DuckDBInstance.create(job.db, loaderConfig(job));
    try {
      const conn = await instance.connect();
      try {
        for (const s of loadStatements(job)) await conn.run(s);
      } finally {
        conn.closeSync();
      }
    } finally {
      instance.closeSync();
    }
  } catch (err) {
    throw new LoaderFailed(`DuckDB loader (${describe(job)}): ${err instanceof Error ? err.message : String(err)}`);
  }
}

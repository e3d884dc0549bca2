/**
 * The DuckDB side of an export, run in a child process of its own (driven by `duckdb.ts`): one
 * job opens the database file, runs its statements — insert one batch of spooled rows, or at the
 * end copy the tables to Parquet — checkpoints, closes and exits.
 *
 * Why a process per batch: loading a whole import through one DuckDB instance made the resident
 * memory rise with the import (268 / 358 / 505 MiB at 2,000 / 20,000 / 100,000 forms) while
 * DuckDB's own accounting (`duckdb_memory()`) stayed under 20 MiB — memory that DuckDB holds
 * outside its buffer pool and frees only when the instance closes; malloc arena and trim
 * settings did not change it. A process that ends after one batch gives all of it back, so its
 * peak is set by the batch, not by the import. Measured in docs/export-formats.md.
 *
 * The child is plain JavaScript run with `node -e` (the statements are made here, in the parent):
 * it starts without tsx in a checkout and without a file of its own in a build, so a child costs
 * only Node and DuckDB's start (≈ 0.5 s of CPU, ≈ 90 MiB).
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
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
 * The child's DuckDB settings. 128 MB is what DuckDB may hold in its buffer pool (it spills to
 * `tempDir` beyond it): a batch's insert and checkpoint stay well inside it; the rest of the
 * child's memory is outside DuckDB's accounting (above), so a larger limit would not lower the
 * peak. One thread: an export is one writer, and the machine is shared with the import's workers.
 */
export function loaderConfig(job: LoadJob): Record<string, string> {
  return { memory_limit: "128MB", temp_directory: job.tempDir, threads: "1" };
}

/** What a job runs, in order. */
export function loadStatements(job: LoadJob): string[] {
  const sql: string[] = [];
  if (job.create) sql.push(...TABLES.map(createTableSql), createViewsSql());
  if (job.batch) {
    const batch = job.batch;
    const files = TABLES.filter((t) => existsSync(batchFile(batch, t)));
    // one transaction: a batch is in the database whole or not at all
    sql.push("BEGIN", ...files.map((t) => `INSERT INTO ${ident(t.name)} SELECT * FROM ${readSpoolSql(batchFile(batch, t), t)}`), "COMMIT");
  }
  if (job.parquetDir) {
    // preserve_insertion_order (the default) keeps the rows in form_id order; COPY streams row group by row group
    const dir = job.parquetDir;
    sql.push(...TABLES.map((t) => `COPY ${ident(t.name)} TO ${sqlString(resolve(dir, `${t.name}.parquet`))} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${PARQUET_ROW_GROUP})`));
  } else sql.push("CHECKPOINT");
  return sql;
}

/**
 * The child: argv[1] is DuckDB's module URL, argv[2] `{ db, config, sql }`. Success: one line
 * `{"peakRssMiB":…}` on stdout, exit 0. Failure: DuckDB's message on stderr, exit 1.
 */
const CHILD = `
const { DuckDBInstance } = await import(process.argv[1]);
const job = JSON.parse(process.argv[2]);
try {
  const instance = await DuckDBInstance.create(job.db, job.config);
  try {
    const conn = await instance.connect();
    try {
      for (const s of job.sql) await conn.run(s);
    } finally {
      conn.closeSync();
    }
  } finally {
    instance.closeSync();
  }
  process.stdout.write(JSON.stringify({ peakRssMiB: process.resourceUsage().maxRSS / 1024 }) + "\\n");
} catch (err) {
  process.stderr.write((err instanceof Error ? err.message : String(err)) + "\\n");
  process.exitCode = 1;
}
`;

export class LoaderFailed extends Error {}

/** Runs one job in a child process; resolves with its peak resident memory in MiB. */
export function runLoadJob(job: LoadJob): Promise<number> {
  const duckdb = pathToFileURL(createRequire(import.meta.url).resolve("@duckdb/node-api")).href;
  const arg = JSON.stringify({ db: job.db, config: loaderConfig(job), sql: loadStatements(job) });
  const what = job.batch ? `loading ${job.batch} into ${job.db}` : job.parquetDir ? `writing Parquet files to ${job.parquetDir}` : `creating ${job.db}`;
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", CHILD, duckdb, arg], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (err += d));
    child.on("error", fail);
    child.on("close", (code, signal) => {
      if (code !== 0) return fail(new LoaderFailed(`DuckDB loader (${what}) ${signal ? `killed by ${signal}` : `exited with ${code}`}: ${err.trim() || "no message"}`));
      try {
        done((JSON.parse(out.trim().split("\n").pop()!) as { peakRssMiB: number }).peakRssMiB);
      } catch {
        fail(new LoaderFailed(`DuckDB loader (${what}) gave no result: ${out.trim()}`));
      }
    });
  });
}

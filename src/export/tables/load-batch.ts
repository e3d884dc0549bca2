/**
 * The DuckDB side of an export, run in a child process of its own (see `load.ts`): one job
 * opens the database file, inserts one batch of spooled rows (or, at the end, copies the tables
 * to Parquet), checkpoints, closes and exits.
 *
 * Why a process per batch: loading a whole import through one DuckDB instance made the resident
 * memory rise with the import (268 / 358 / 505 MiB at 2,000 / 20,000 / 100,000 forms) while
 * DuckDB's own accounting (`duckdb_memory()`) stayed under 20 MiB — memory that DuckDB holds
 * outside its buffer pool and frees only when the instance closes; malloc arena and trim
 * settings did not change it. A process that ends after one batch gives all of it back, so the
 * peak is set by the batch size, not by the import. Measured in docs/export-formats.md.
 *
 * Protocol: argv[2] is the job as JSON; on success one JSON line `{"peakRssMiB":…}` on stdout
 * and exit 0; on failure the message on stderr and exit 1.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
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
  /** Copy every table to `TABLE.parquet` in this folder instead (the Parquet export's last job). */
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
 * 128 MB: what DuckDB may hold in its buffer pool (it spills to `tempDir` beyond it). A batch's
 * insert and checkpoint stay well inside it; the rest of the child's memory is outside DuckDB's
 * accounting (see above), so a larger limit would not lower the peak.
 */
const MEMORY_LIMIT = "128MB";

export async function runLoadJob(job: LoadJob): Promise<void> {
  const instance = await DuckDBInstance.create(job.db, { memory_limit: MEMORY_LIMIT, temp_directory: job.tempDir, threads: "1" });
  try {
    const conn = await instance.connect();
    try {
      if (job.create) {
        for (const t of TABLES) await conn.run(createTableSql(t));
        await conn.run(createViewsSql());
      }
      if (job.batch) {
        // one transaction: a batch is in the database whole or not at all
        await conn.run("BEGIN");
        for (const t of TABLES) {
          const file = batchFile(job.batch, t);
          if (existsSync(file)) await conn.run(`INSERT INTO ${ident(t.name)} SELECT * FROM ${readSpoolSql(file, t)}`);
        }
        await conn.run("COMMIT");
      }
      if (job.parquetDir) {
        // preserve_insertion_order (the default) keeps the rows in form_id order; COPY streams row group by row group
        for (const t of TABLES) {
          await conn.run(`COPY ${ident(t.name)} TO ${sqlString(resolve(job.parquetDir, `${t.name}.parquet`))} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${PARQUET_ROW_GROUP})`);
        }
      } else await conn.run("CHECKPOINT");
    } finally {
      conn.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}

export async function main(argv: string[]): Promise<void> {
  try {
    await runLoadJob(JSON.parse(argv[2]!) as LoadJob);
    process.stdout.write(JSON.stringify({ peakRssMiB: process.resourceUsage().maxRSS / 1024 }) + "\n");
  } catch (err) {
    process.stderr.write((err instanceof Error ? err.message : String(err)) + "\n");
    process.exitCode = 1;
  }
}

// run as a script (the built file; in a checkout, load-batch-boot.mjs calls main)
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(process.argv);

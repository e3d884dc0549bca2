/**
 * The tables of `model.ts` in a DuckDB database file, built from an import folder with bounded
 * memory: this process reads one Document at a time and spools its rows into batch folders
 * (batch-spool.ts); each batch is inserted by a child process of its own (load-batch.ts) that
 * ends when the batch is in, so DuckDB's memory never accumulates over the import. The next
 * batch is spooled while the child loads the last one. Used by `export --format duckdb|parquet`
 * and by `jixiao query`. This process never loads DuckDB for a load.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Lang } from "../../audit/fields.js";
import type { ImportReadOptions } from "../import-folder.js";
import { BatchSpool } from "./batch-spool.js";
import { runLoadJob, type LoadJob } from "./load-batch.js";
import { importRows } from "./stream.js";

export { createTableSql, ident } from "./sql.js";

/** A scratch folder for spool batches and DuckDB's spill files, removed afterwards (nothing is left in the cwd). */
export async function withScratch<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "jixiao-db-"));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Characters of spooled JSON per batch (one child process each). At 32 Mi characters (≈ 560
 * Documents of two forms with every value's source) a child peaked at ≈ 250–300 MiB; a batch is
 * never smaller than one Document.
 */
const BATCH_CHARS = 32 << 20;

export interface LoadSummary {
  documents: number;
  forms: number;
  /** Loader processes run, the highest peak resident memory among them, and each one's, in order (MiB). */
  batches: number;
  loaderPeakRssMiB: number;
  loaderPeaksRssMiB: number[];
}

/**
 * Creates the database file `file` with the tables and views and fills the tables from an
 * import folder; with `parquetDir`, then writes each table to `TABLE.parquet` there. `scratch`
 * holds the batches and DuckDB's spill files. The database is closed when this returns.
 * `batchChars` (tests) sets the batch size.
 */
export async function buildDatabase(file: string, scratch: string, dir: string, opts: ImportReadOptions & { lang?: Lang; parquetDir?: string; batchChars?: number } = {}): Promise<LoadSummary> {
  const summary: LoadSummary = { documents: 0, forms: 0, batches: 0, loaderPeakRssMiB: 0, loaderPeaksRssMiB: [] };
  const tempDir = join(scratch, "spill");
  let running: Promise<void> | null = null;
  // starts a job once the previous one is done (one child at a time, one database writer)
  const start = async (job: LoadJob): Promise<void> => {
    if (running) await running;
    summary.batches++;
    running = runLoadJob(job).then((peak) => {
      summary.loaderPeakRssMiB = Math.max(summary.loaderPeakRssMiB, peak);
      summary.loaderPeaksRssMiB.push(Math.round(peak));
    });
    if (job.batch) {
      const batch = job.batch;
      running = running.finally(() => rm(batch, { recursive: true, force: true }));
    }
    // a failure is rethrown where `running` is next awaited; until then it is not "unhandled"
    running.catch(() => {});
  };
  let spool = await BatchSpool.create(join(scratch, "batch-1"));
  try {
    for await (const rows of importRows(dir, opts)) {
      summary.documents++;
      summary.forms += rows.forms.length;
      await spool.add(rows);
      if (spool.size >= (opts.batchChars ?? BATCH_CHARS)) {
        await spool.close();
        await start({ db: file, create: summary.batches === 0, batch: spool.dir, parquetDir: null, tempDir });
        spool = await BatchSpool.create(join(scratch, `batch-${summary.batches + 1}`));
      }
    }
    await spool.close();
    // the last batch, unless it is empty after full ones (an empty import still gets its tables)
    if (spool.size > 0 || summary.batches === 0) await start({ db: file, create: summary.batches === 0, batch: spool.dir, parquetDir: null, tempDir });
    else await rm(spool.dir, { recursive: true, force: true });
    if (opts.parquetDir) await start({ db: file, create: false, batch: null, parquetDir: opts.parquetDir, tempDir });
    await running;
    return summary;
  } finally {
    // an error while reading the import: the child still running must end before the scratch folder goes
    await (running as Promise<void> | null)?.catch(() => {});
  }
}

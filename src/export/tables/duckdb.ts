/**
 * The tables of `model.ts` in a DuckDB database file, built from an import folder with bounded
 * memory: the import is read one Document at a time and its rows spooled into batch folders
 * (batch-spool.ts); each batch is inserted through a fresh DuckDB instance that is closed when
 * the batch is in (load-batch.ts), so DuckDB's memory never accumulates over the import. The next
 * batch is spooled while DuckDB, on its own thread, loads the last one. Used by
 * `export --format duckdb|parquet` and by `jixiao query`.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Lang } from "../../audit/fields.js";
import type { ImportReadOptions } from "../import-folder.js";
import { BatchSpool } from "./batch-spool.js";
import { fullGc } from "./full-gc.js";
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
 * Characters of spooled JSON per batch (one DuckDB instance each): 32 Mi characters are ≈ 560
 * Documents of two forms with every value's source. Smaller batches hardly lower the peak (4 Mi:
 * the same within noise) and cost an open and a checkpoint each (4 Mi: 4× slower). A batch is
 * never smaller than one Document.
 */
const BATCH_CHARS = 32 << 20;

export interface LoadSummary {
  documents: number;
  forms: number;
  /** Loader jobs run (DuckDB instances opened): one per batch, and one for the Parquet files. */
  batches: number;
}

/**
 * Creates the database file `file` with the tables and views and fills the tables from an
 * import folder; with `parquetDir`, then writes each table to `TABLE.parquet` there. `scratch`
 * holds the batches and DuckDB's spill files. The database is closed when this returns.
 * `batchChars` (tests) sets the batch size.
 */
export async function buildDatabase(file: string, scratch: string, dir: string, opts: ImportReadOptions & { lang?: Lang; parquetDir?: string; batchChars?: number } = {}): Promise<LoadSummary> {
  const summary: LoadSummary = { documents: 0, forms: 0, batches: 0 };
  const tempDir = join(scratch, "spill");
  let running: Promise<void> | null = null;
  // starts a job once the previous one is done (one instance at a time, one database writer)
  const start = async (job: LoadJob): Promise<void> => {
    if (running) await running;
    summary.batches++;
    // the next batch is spooled while DuckDB loads this one: start it with no garbage on the heap
    fullGc();
    running = runLoadJob(job);
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
    // an error while reading the import: the job still running must end before the scratch folder goes
    await (running as Promise<void> | null)?.catch(() => {});
  }
}

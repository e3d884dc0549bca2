/**
 * The tables of `model.ts` in DuckDB: typed columns, filled through appenders one Document at a
 * time (so an import of any size is never held whole in memory), then the views. Used by
 * `export --format duckdb|parquet` and by `jixiao query`.
 */
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from "@duckdb/node-api";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Lang } from "../../audit/fields.js";
import type { ImportReadOptions } from "../import-folder.js";
import { TABLES, type ColumnType, type Row, type Table } from "./model.js";
import { importRows } from "./stream.js";
import { createViewsSql } from "./views.js";

const SQL_TYPE: Record<ColumnType, string> = { text: "VARCHAR", integer: "INTEGER", number: "DOUBLE", boolean: "BOOLEAN" };

/** Identifiers are quoted, though all of ours are plain snake_case, so a key never parses as SQL. */
export const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

export function createTableSql(t: Table): string {
  return `CREATE TABLE ${ident(t.name)} (${t.columns.map((c) => `${ident(c.key)} ${SQL_TYPE[c.type]}`).join(", ")})`;
}

/**
 * Limits that keep a load within bounded memory: DuckDB spills to `tempDir` beyond them. One
 * thread, since an export is one writer and the machine is shared with the import's workers.
 */
export interface DbSettings {
  memoryLimit?: string;
  tempDir: string;
  threads?: number;
}

/** A scratch folder for DuckDB's spill files, removed afterwards (nothing is left in the cwd). */
export async function withScratch<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "jixiao-db-"));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface Db {
  instance: DuckDBInstance;
  conn: DuckDBConnection;
}

export async function openDb(file: string, s: DbSettings): Promise<Db> {
  const instance = await DuckDBInstance.create(file, {
    memory_limit: s.memoryLimit ?? "512MB",
    temp_directory: s.tempDir,
    threads: String(s.threads ?? 1),
    // DuckDB's allocator (jemalloc) otherwise keeps freed pages: loading 20,000 forms, RSS ran at
    // 255–315 MiB with them kept and 185–230 MiB with a background thread returning them
    allocator_background_threads: "true",
    allocator_flush_threshold: "8MB",
  });
  return { instance, conn: await instance.connect() };
}

export function closeDb(db: Db): void {
  db.conn.closeSync();
  db.instance.closeSync();
}

function append(app: DuckDBAppender, t: Table, row: Row): void {
  for (const c of t.columns) {
    const v = row[c.key] ?? null;
    if (v === null) app.appendNull();
    else if (c.type === "text") app.appendVarchar(String(v));
    else if (c.type === "integer") app.appendInteger(v as number);
    else if (c.type === "number") app.appendDouble(v as number);
    else app.appendBoolean(v as boolean);
  }
  app.endRow();
}

/** Documents between appender flushes: an appender holds its rows outside DuckDB's memory limit until it flushes them. */
const FLUSH_EVERY = 500;

export interface LoadSummary {
  documents: number;
  forms: number;
}

/**
 * Creates the tables and views in the database file `file` and fills the tables from an import
 * folder. Returns the database open, loaded and checkpointed, for the caller to use and close.
 */
export async function loadImport(file: string, settings: DbSettings, dir: string, opts: ImportReadOptions & { lang?: Lang } = {}): Promise<{ db: Db; summary: LoadSummary }> {
  const db = await openDb(file, settings);
  const appenders = new Map<Table, DuckDBAppender>();
  const summary: LoadSummary = { documents: 0, forms: 0 };
  try {
    for (const t of TABLES) await db.conn.run(createTableSql(t));
    await db.conn.run(createViewsSql());
    for (const t of TABLES) appenders.set(t, await db.conn.createAppender(t.name));
    for await (const rows of importRows(dir, opts)) {
      summary.documents++;
      summary.forms += rows.forms.length;
      for (const [t, app] of appenders) for (const row of rows[t.name]) append(app, t, row);
      if (summary.documents % FLUSH_EVERY === 0) for (const app of appenders.values()) app.flushSync();
    }
    for (const app of appenders.values()) app.closeSync();
    appenders.clear();
    await db.conn.run("CHECKPOINT");
    return { db, summary };
  } catch (err) {
    for (const app of appenders.values()) app.closeSync();
    closeDb(db);
    throw err;
  }
}

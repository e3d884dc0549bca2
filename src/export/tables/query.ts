/**
 * `jixiao query`: the tables and views of an import loaded into a scratch DuckDB file (removed afterwards), then the
 * user's SQL run over them. The database is read-only to the query in the sense that matters:
 * once loaded, external access is switched off and the configuration locked, so a query cannot
 * read or write files (`COPY … TO`, `read_csv`) — files are written only where an option names.
 */
import { DuckDBInstance, type DuckDBConnection, type DuckDBResultReader } from "@duckdb/node-api";
import { join } from "node:path";
import type { Lang } from "../../audit/fields.js";
import type { ImportReadOptions } from "../import-folder.js";
import { buildDatabase, withScratch } from "./duckdb.js";

interface Db {
  instance: DuckDBInstance;
  conn: DuckDBConnection;
}

/** Opens the loaded database for the query: one thread, a 512 MB limit, spilling to `tempDir`. */
async function openDb(file: string, tempDir: string): Promise<Db> {
  const instance = await DuckDBInstance.create(file, { memory_limit: "512MB", temp_directory: tempDir, threads: "1" });
  return { instance, conn: await instance.connect() };
}

function closeDb(db: Db): void {
  db.conn.closeSync();
  db.instance.closeSync();
}

/** A result cell: JSON-safe (BIGINT as a number when it fits, else its decimal text). */
export type QueryValue = string | number | boolean | null | QueryValue[] | { [k: string]: QueryValue };

export interface QueryResult {
  columns: string[];
  types: string[];
  rows: QueryValue[][];
}

/** The SQL failed (syntax, unknown table or column, …): DuckDB's own message. */
export class BadSql extends Error {}

function cell(js: unknown, json: unknown): QueryValue {
  if (typeof js === "bigint") return Number.isSafeInteger(Number(js)) ? Number(js) : js.toString();
  if (js === null || typeof js === "number" || typeof js === "string" || typeof js === "boolean") return js;
  return json as QueryValue;
}

export function resultOf(r: DuckDBResultReader): QueryResult {
  const js = r.getRowsJS();
  const json = r.getRowsJson();
  return { columns: r.columnNames(), types: r.columnTypes().map(String), rows: js.map((row, i) => row.map((v, j) => cell(v, json[i]![j]))) };
}

export async function queryImport(dir: string, sql: string, opts: ImportReadOptions & { lang?: Lang } = {}): Promise<QueryResult> {
  return withScratch(async (scratch) => {
    // a database file in the scratch folder, not ":memory:": an in-memory database holds the
    // whole import; a file lets DuckDB write loaded blocks out and keep to its memory limit
    const file = join(scratch, "query.duckdb");
    await buildDatabase(file, scratch, dir, opts);
    const db = await openDb(file, join(scratch, "spill"));
    const conn = db.conn;
    try {
      await conn.run("SET enable_external_access = false");
      await conn.run("SET lock_configuration = true");
      let result: DuckDBResultReader;
      try {
        result = await conn.runAndReadAll(sql);
      } catch (err) {
        throw new BadSql(err instanceof Error ? err.message : String(err));
      }
      return resultOf(result);
    } finally {
      closeDb(db);
    }
  });
}

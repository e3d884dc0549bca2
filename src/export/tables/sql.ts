/**
 * SQL text for the tables of `model.ts`, shared by the DuckDB loader and the spool: types,
 * quoting, the spool file of a table in a batch folder.
 */
import { resolve } from "node:path";
import type { ColumnType, Table } from "./model.js";

export const SQL_TYPE: Record<ColumnType, string> = { text: "VARCHAR", integer: "INTEGER", number: "DOUBLE", boolean: "BOOLEAN" };

/** Identifiers are quoted, though all of ours are plain snake_case, so a key never parses as SQL. */
export const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
export const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

export function createTableSql(t: Table): string {
  return `CREATE TABLE ${ident(t.name)} (${t.columns.map((c) => `${ident(c.key)} ${SQL_TYPE[c.type]}`).join(", ")})`;
}

/** The spool file of a table in a batch folder. */
export const batchFile = (batch: string, t: Table) => resolve(batch, `${t.name}.jsonl`);

/**
 * The DuckDB loader reads rows from JSON Lines spool files (batch-spool.ts) instead of taking
 * them through the appender: values that JSON or DuckDB's JSON reader would change must come
 * back exactly as the appender stored them.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BatchSpool } from "../../src/export/tables/batch-spool.js";
import { LoaderFailed, runLoadJob } from "../../src/export/tables/load-batch.js";
import { TABLES, type Row, type TableName } from "../../src/export/tables/model.js";
import type { DocumentRows } from "../../src/export/tables/rows.js";
import { tempDir } from "../batch/helpers.js";

function only(table: TableName, rows: Row[]): DocumentRows {
  const out = Object.fromEntries(TABLES.map((t) => [t.name, []])) as unknown as DocumentRows;
  out[table] = rows;
  return out;
}

describe("spooled rows loaded by the loader", () => {
  it("keep -0, tiny and huge doubles, quotes, line breaks, backslashes; a lone surrogate becomes U+FFFD as through the appender", async () => {
    const root = tempDir();
    const batch = join(root, "batch");
    const db = join(root, "t.duckdb");
    const labels = ['引号"与\\反斜杠\\ud800', "换行\r\n制表\t", "孤\ud800立", "\udc00", "🙂 成对", ""];
    const rows: Row[] = labels.map((label, i) => ({ form_id: 7, row_index: i, key: i === 0 ? "total" : `r${i}`, label, unit: "万元", initial_budget: [-0, 0.1 + 0.2, 1e21, 5e-324, -1.5, null][i]!, annual_budget: null, executed: 2 ** 53 + 2 }));
    const spool = await BatchSpool.create(batch);
    await spool.add(only("fund_rows", rows));
    await spool.close();
    mkdirSync(join(root, "spill"));
    await runLoadJob({ db, create: true, batch, parquetDir: null, tempDir: join(root, "spill") });

    const inst = await DuckDBInstance.create(db, { access_mode: "READ_ONLY" });
    const conn = await inst.connect();
    const back = (await conn.runAndReadAll("SELECT * FROM fund_rows ORDER BY row_index")).getRowObjectsJS();
    conn.closeSync();
    inst.closeSync();
    expect(back.map((r) => r.label)).toEqual(['引号"与\\反斜杠\\ud800', "换行\r\n制表\t", "孤\uFFFD立", "\uFFFD", "🙂 成对", ""]);
    expect(Object.is(back[0]!.initial_budget, -0)).toBe(true);
    expect(back.map((r) => r.initial_budget).slice(1)).toEqual([0.1 + 0.2, 1e21, 5e-324, -1.5, null]);
    expect(back.every((r) => r.annual_budget === null && r.executed === 2 ** 53 + 2 && r.form_id === 7)).toBe(true);
  });

  it("a loader that fails rejects with DuckDB's message, naming the batch and the file", async () => {
    const root = tempDir();
    const batch = join(root, "batch");
    mkdirSync(batch);
    writeFileSync(join(batch, "fund_rows.jsonl"), '{"form_id":1,"row_index":0,"key":"total"\n');
    const err = await runLoadJob({ db: join(root, "t.duckdb"), create: true, batch, parquetDir: null, tempDir: root }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LoaderFailed);
    expect(String(err)).toContain(`loading ${batch}`);
    expect(String(err)).toContain(join(batch, "fund_rows.jsonl"));
  });

  it("a value DuckDB cannot store is an error naming the table, column and form", async () => {
    const spool = await BatchSpool.create(join(tempDir(), "b"));
    await expect(spool.add(only("fund_rows", [{ form_id: 3, row_index: 0, key: "total", label: "x", unit: "元", initial_budget: NaN }]))).rejects.toThrow(/fund_rows\.initial_budget: NaN .*form_id 3/);
    await spool.close();
  });
});

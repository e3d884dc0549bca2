/**
 * `export --format xlsx|duckdb|parquet` and `jixiao query` over a real import with review records:
 * what an analyst opens is what the Documents say (every value, rebuilt from each output), the
 * corrections and the review status are there, and the views answer their questions.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { appendRecord, reviewDir, reviewFile } from "../../src/correct/store.js";
import { unguardFormula } from "../../src/export/csv.js";
import { importDocuments } from "../../src/export/import-folder.js";
import { buildDatabase } from "../../src/export/tables/duckdb.js";
import { TABLES, type Row, type TableName } from "../../src/export/tables/model.js";
import { header, sheetName, writeXlsx } from "../../src/export/tables/xlsx.js";
import type { Document } from "../../src/schema/index.js";
import { cli, fixtures, tempDir } from "../batch/helpers.js";
import { comparable, rebuild } from "./assemble.js";

let root: string;
let imp: string;
let docs: Document[];
let seed: Document;
const evil = "=HYPERLINK(\"http://x\",\"点我\")";

type Tables = Record<TableName, Row[]>;

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

beforeAll(async () => {
  root = tempDir();
  const inbox = join(root, "inbox");
  mkdirSync(inbox);
  copyFileSync(join(fixtures, "seed/000_2ddec0f555d76dd0.txt"), join(inbox, "seed.txt"));
  for (const f of ["delimited-tab/000.txt", "linear/000.txt"]) copyFileSync(join(fixtures, "generated", f), join(inbox, f.replace("/", "-")));
  copyFileSync(join(fixtures, "pdf/m01-central-stsong.pdf"), join(inbox, "m01.pdf"));
  writeFileSync(join(inbox, "notes.txt"), "会议纪要\n今天讨论了下一年度的工作安排。\n");
  imp = join(root, "imp");
  await cli(["import", inbox, "--out", imp, "--jobs", "1"]);
  seed = (await all(importDocuments(imp))).find((d) => d.source.path.endsWith("seed.txt"))!;
  // A reviewer corrects the second form's 总分·得分 and project name, and approves it.
  const file = reviewFile(reviewDir(imp), seed.source.sha256);
  const at = "2024-05-01T08:00:00.000Z";
  await appendRecord(file, { at, reviewer: "张三", form: 1, path: "/total/score", from: 95, to: 94, reason: "复印件看清为 94" });
  await appendRecord(file, { at, reviewer: "张三", form: 1, path: "/projectName", from: seed.forms[1]!.projectName, to: evil, reason: null });
  await appendRecord(file, { at: "2024-05-01T09:00:00.000Z", reviewer: "李四", form: 1, status: "approved", note: "已核对" });
  docs = await all(importDocuments(imp));
}, 180_000);

async function readDb(file: string, from: (t: string) => string = (t) => t): Promise<Tables> {
  const inst = await DuckDBInstance.create(file, file === ":memory:" ? {} : { access_mode: "READ_ONLY" });
  const conn = await inst.connect();
  const out = {} as Tables;
  for (const t of TABLES) out[t.name] = (await conn.runAndReadAll(`SELECT * FROM ${from(t.name)}`)).getRowObjectsJS() as Row[];
  conn.closeSync();
  inst.closeSync();
  return out;
}

async function sql(file: string, q: string): Promise<Record<string, unknown>[]> {
  const inst = await DuckDBInstance.create(file, { access_mode: "READ_ONLY" });
  const conn = await inst.connect();
  const rows = (await conn.runAndReadAll(q)).getRowObjectsJson();
  conn.closeSync();
  inst.closeSync();
  return rows;
}

function expectFaithful(t: Tables, expected: Document[] = docs): void {
  const back = rebuild(t);
  expect(back.docs).toEqual(expected.map(comparable));
  const k = docs.indexOf(docs.find((d) => d.source.sha256 === seed.source.sha256)!) + 1;
  expect(back.status.get(`${k}#1`)).toEqual({ status: "approved", reviewer: "李四", at: "2024-05-01T09:00:00.000Z", note: "已核对" });
  expect(back.status.get(`${k}#0`)?.status).toBe("unreviewed");
}

describe("export --format duckdb", () => {
  let db: string;
  beforeAll(async () => {
    db = join(root, "all.duckdb");
    const r = await cli(["export", imp, "--format", "duckdb", "--out", db]);
    expect(r.code).toBe(0);
  }, 60_000);

  it("every value of every Document is in the tables, corrections applied, with the review status", async () => {
    expect(docs.length).toBe(5);
    expect(docs.filter((d) => d.forms.length === 0)).toHaveLength(1);
    expectFaithful(await readDb(db));
  });

  it("the corrected value, the value as read, who corrected it, and the approval", async () => {
    const rows = await sql(db, `SELECT f.total_score, f.project_name, f.review_status, f.reviewed_by, f.corrections, c.field, c.value_read, c.value_corrected, c.reviewer, c.reason
      FROM forms f JOIN corrections c USING (form_id) WHERE f.sha256 = '${seed.source.sha256}' ORDER BY c.pointer`);
    expect(rows).toEqual([
      { total_score: 94, project_name: evil, review_status: "approved", reviewed_by: "李四", corrections: 2, field: "项目名称", value_read: seed.forms[1]!.projectName, value_corrected: evil, reviewer: "张三", reason: "人工复核更正" },
      { total_score: 94, project_name: evil, review_status: "approved", reviewed_by: "李四", corrections: 2, field: "总分·得分", value_read: "95", value_corrected: "94", reviewer: "张三", reason: "复印件看清为 94" },
    ]);
  });

  it("columns are typed", async () => {
    const types = Object.fromEntries((await sql(db, "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'forms'")).map((r) => [r.column_name, r.data_type]));
    expect(types).toMatchObject({ form_id: "INTEGER", year: "INTEGER", total_score: "DOUBLE", executed: "DOUBLE", audit_ok: "BOOLEAN", department: "VARCHAR" });
  });

  it("the views answer the common questions", async () => {
    const forms = docs.reduce((n, d) => n + d.forms.length, 0);
    const findings = docs.reduce((n, d) => n + d.forms.reduce((m, f) => m + f.audit.findings.length, 0), 0);
    expect(await sql(db, "SELECT count(*)::INT AS n FROM form_summary")).toEqual([{ n: forms }]);
    expect(await sql(db, "SELECT sum(findings)::INT AS n FROM findings_by_rule_department")).toEqual([{ n: findings }]);
    // the seed's first form: 科协, 2021, executed = budget → 100 %
    const seedDept = seed.forms[0]!.department;
    const ex = await sql(db, `SELECT forms::INT AS forms, mean_rate_percent, forms_below_60::INT AS below FROM execution_by_year_department WHERE year = 2021 AND department = '${seedDept}'`);
    expect(ex).toEqual([{ forms: 2, mean_rate_percent: 100, below: 0 }]);
    const summary = await sql(db, `SELECT rules, review_status FROM form_summary WHERE path LIKE '%seed.txt' ORDER BY form_id`);
    // the second form: its corrected values, its 6th indicator's score, and the corrected total
    expect(summary[1]!.rules).toBe("corrected-value indicator-score total-score"); // 94 no longer adds up
    expect(summary.map((s) => s.review_status)).toEqual(["unreviewed", "approved"]);
  });

  it("loaded one Document per batch (a fresh DuckDB instance each), the tables are the same", async () => {
    const file = join(root, "batches.duckdb");
    const scratch = join(root, "batches-scratch");
    mkdirSync(scratch);
    const s = await buildDatabase(file, scratch, imp, { batchChars: 1 });
    // every Document its own batch and DuckDB instance
    expect(s).toMatchObject({ documents: docs.length, batches: docs.length });
    expectFaithful(await readDb(file));
    expect(readdirSync(scratch).filter((n) => n.startsWith("batch-"))).toEqual([]);
  });
});

describe("export --format parquet", () => {
  it("one file per table with the same rows, and views.sql that makes the views", async () => {
    const dir = join(root, "pq");
    expect((await cli(["export", imp, "--format", "parquet", "--out", dir])).code).toBe(0);
    expectFaithful(await readDb(":memory:", (t) => `read_parquet('${join(dir, t + ".parquet")}')`));
    const inst = await DuckDBInstance.create(":memory:", { file_search_path: dir });
    const conn = await inst.connect();
    await conn.run(readFileSync(join(dir, "views.sql"), "utf8"));
    const n = (await conn.runAndReadAll("SELECT count(*)::INT AS n FROM form_summary")).getRowObjectsJson();
    conn.closeSync();
    inst.closeSync();
    expect(n).toEqual([{ n: docs.reduce((k, d) => k + d.forms.length, 0) }]);
    // exported again over itself: replaced, not refused
    expect((await cli(["export", imp, "--format", "parquet", "--out", dir])).code).toBe(0);
    // but never over a folder of something else
    const other = join(root, "other");
    mkdirSync(other);
    writeFileSync(join(other, "mine.txt"), "x");
    const r = await cli(["export", imp, "--format", "parquet", "--out", other]);
    expect(r.code).toBe(2);
    expect(readFileSync(join(other, "mine.txt"), "utf8")).toBe("x");
  }, 60_000);
});

/** The sheets of a workbook as table rows: headers mapped back to keys, the formula guard undone, links read as their value. */
function sheetsToTables(wb: ExcelJS.Workbook, lang: "zh" | "en"): Tables {
  const out = {} as Tables;
  for (const t of TABLES) {
    out[t.name] = [];
    for (let part = 0; ; part++) {
      const ws = wb.getWorksheet(sheetName(t, lang, part));
      if (!ws) break;
      const keys = (ws.getRow(1).values as string[]).slice(1).map((h) => t.columns.find((c) => header(c, lang) === h)!.key);
      ws.eachRow((row, n) => {
        if (n === 1) return;
        const r: Row = {};
        keys.forEach((k, j) => {
          const v = row.getCell(j + 1).value;
          r[k] = v === null || v === undefined ? null : typeof v === "object" && "formula" in v ? (v.result as number) : typeof v === "string" ? unguardFormula(v) : (v as number | boolean);
        });
        out[t.name].push(r);
      });
    }
  }
  return out;
}

describe("export --format xlsx", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const file = join(root, "all.xlsx");
    expect((await cli(["export", imp, "--format", "xlsx", "--out", file])).code).toBe(0);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
  }, 60_000);

  it("has the sheets, joined by 表号, and every value of every Document", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["自评表", "资金", "指标", "核查发现", "诊断", "更正", "来源", "文件", "说明"]);
    expectFaithful(sheetsToTables(wb, "zh"));
  });

  it("frozen header, widths, number formats", () => {
    const ws = wb.getWorksheet("自评表")!;
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const col = (name: string) => (ws.getRow(1).values as string[]).indexOf(name);
    expect(ws.getColumn(col("项目名称")).width).toBe(30);
    expect(ws.getRow(2).getCell(col("全年执行数")).numFmt).toBe("#,##0.00");
    expect(ws.getRow(2).getCell(col("执行率")).numFmt).toBe('0.00"%"');
    expect(ws.getRow(2).getCell(col("总得分")).numFmt).toBe("0.00");
  });

  it("a finding's 表号 links to its form's row; a formula-like text is guarded", () => {
    const forms = wb.getWorksheet("自评表")!;
    const findings = wb.getWorksheet("核查发现")!;
    const cell = findings.getRow(2).getCell(1).value as ExcelJS.CellFormulaValue;
    const m = /^HYPERLINK\("#'自评表'!A(\d+)",(\d+)\)$/.exec(cell.formula)!;
    expect(m).not.toBeNull();
    expect(forms.getRow(Number(m[1])).getCell(1).value).toBe(Number(m[2]));
    const names = forms.getColumn((forms.getRow(1).values as string[]).indexOf("项目名称")).values;
    expect(names).toContain("'" + evil);
    expect(names).not.toContain(evil);
  });

  it("说明 explains every column of every sheet", () => {
    const about = wb.getWorksheet("说明")!;
    const sql = about.getColumn(3).values.filter((v) => typeof v === "string");
    for (const t of TABLES) for (const c of t.columns) expect(sql).toContain(c.key);
  });

  it("a sheet longer than the row limit goes on in a second one, links pointing there", async () => {
    const file = join(root, "split.xlsx");
    await writeXlsx(imp, file, { maxRows: 3 });
    const split = new ExcelJS.Workbook();
    await split.xlsx.readFile(file);
    const forms = docs.reduce((n, d) => n + d.forms.length, 0);
    expect(split.getWorksheet(`自评表 (${Math.ceil(forms / 3)})`)).toBeDefined();
    expect(split.getWorksheet(`自评表 (${Math.ceil(forms / 3) + 1})`)).toBeUndefined();
    // every link lands on the row of its form, whichever part it is on
    for (const ws of split.worksheets.filter((w) => w.name.startsWith("核查发现")))
      ws.eachRow((row, n) => {
        if (n === 1) return;
        const v = row.getCell(1).value as ExcelJS.CellFormulaValue;
        const [, sheet, at] = /"#'(.+)'!A(\d+)"/.exec(v.formula)!;
        expect(split.getWorksheet(sheet!)!.getRow(Number(at)).getCell(1).value).toBe(v.result);
      });
    expectFaithful(sheetsToTables(split, "zh"));
  });

  it("--lang en: English sheet names and headers", async () => {
    const file = join(root, "en.xlsx");
    expect((await cli(["export", imp, "--format", "xlsx", "--out", file, "--lang", "en"])).code).toBe(0);
    const en = new ExcelJS.Workbook();
    await en.xlsx.readFile(file);
    expect(en.worksheets.map((w) => w.name)).toEqual(["Forms", "Funds", "Indicators", "Findings", "Diagnostics", "Corrections", "Sources", "Files", "About"]);
    expect(en.getWorksheet("Forms")!.getRow(1).values).toContain("project name");
    // corrections are applied, and the form audited again, in the language asked
    expectFaithful(sheetsToTables(en, "en"), await all(importDocuments(imp, { lang: "en" })));
  }, 60_000);
});

describe("jixiao query", () => {
  it("prints a table, CSV or JSON", async () => {
    const forms = docs.reduce((n, d) => n + d.forms.length, 0);
    const j = await cli(["query", imp, "SELECT count(*) AS n, min(year) AS y FROM forms", "--format", "json"]);
    expect(j.code).toBe(0);
    expect(JSON.parse(j.out)).toEqual([{ n: forms, y: Math.min(...docs.flatMap((d) => d.forms.map((f) => f.year ?? 9999))) }]);
    const c = await cli(["query", imp, "SELECT project_name, review_status FROM forms WHERE review_status = 'approved'", "--format", "csv"]);
    expect(c.out).toBe(`project_name,review_status\r\n"'=HYPERLINK(""http://x"",""点我"")",approved\r\n`);
    const t = await cli(["query", imp, "SELECT department, count(*) AS forms FROM forms WHERE year = 2021 GROUP BY ALL"]);
    expect(t.out).toMatch(/department +│ forms\n/);
    expect(t.out).toContain("（1 行）");
  });

  it("bad SQL and a folder that is no import: exit 2 with the reason", async () => {
    const bad = await cli(["query", imp, "SELEC 1"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("SQL 有误");
    const en = await cli(["query", imp, "SELECT nope FROM forms", "--lang", "en"]);
    expect(en.code).toBe(2);
    expect(en.err).toMatch(/^SQL error: .*nope/);
    expect((await cli(["query", root, "SELECT 1"])).code).toBe(2);
  });

  it("a query cannot write files", async () => {
    const target = join(root, "leak.csv");
    const r = await cli(["query", imp, `COPY forms TO '${target}'`]);
    expect(r.code).toBe(2);
    expect(existsSync(target)).toBe(false);
  });
});

describe("csv, xml and jsonl carry the review too", () => {
  it("status, reviewer and each corrected value with its value as read", async () => {
    const csv = join(root, "forms.csv");
    expect((await cli(["export", imp, "--format", "csv", "--level", "form", "--out", csv])).code).toBe(0);
    const lines = readFileSync(csv, "utf8").slice(1).split("\r\n");
    const head = lines[0]!.split(",");
    expect(head.slice(-3)).toEqual(["reviewStatus", "reviewedBy", "corrections"]);
    const approved = lines.filter((l) => l.includes(",approved,"));
    expect(approved).toHaveLength(1);
    expect(approved[0]).toContain(",approved,李四,");
    expect(approved[0]).toContain("总分·得分 95→94 (张三)");
    expect(lines.filter((l) => l.includes(",unreviewed,")).length).toBe(docs.reduce((n, d) => n + d.forms.length, 0) - 1);

    const xmlFile = join(root, "all.xml");
    expect((await cli(["export", imp, "--format", "xml", "--out", xmlFile])).code).toBe(0);
    const xml = readFileSync(xmlFile, "utf8");
    expect(xml).toMatch(/<review status="approved" reviewer="李四" at="2024-05-01T09:00:00.000Z" note="已核对">\s*<correction path="\/projectName"[^>]*\/>\s*<correction path="\/total\/score" from="95" to="94" reviewer="张三" at="2024-05-01T08:00:00.000Z" reason="复印件看清为 94"\/>/);

    const jsonl = join(root, "all.jsonl");
    expect((await cli(["export", imp, "--format", "jsonl", "--out", jsonl])).code).toBe(0);
    const line = readFileSync(jsonl, "utf8").split("\n").map((l) => l && JSON.parse(l)).find((d) => d && d.source.sha256 === seed.source.sha256);
    expect(line.review[0]).toEqual({ status: "unreviewed", reviewer: null, at: null, note: null, corrections: [] });
    expect(line.review[1]).toMatchObject({ status: "approved", reviewer: "李四", note: "已核对" });
    expect(line.review[1].corrections).toContainEqual({ path: "/total/score", from: "95", to: "94", reviewer: "张三", at: "2024-05-01T08:00:00.000Z", reason: "复印件看清为 94" });
  });
});

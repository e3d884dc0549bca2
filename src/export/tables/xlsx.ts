/**
 * The tables as one Excel workbook: a sheet per table (自评表, 资金, 指标, 核查发现, 诊断, 更正,
 * 来源, 文件) and 说明, which explains every column. Frozen header row with a filter, column
 * widths, number formats for amounts, percentages and scores; a finding's 表号 is a link to its
 * form's row on 自评表. Text cells get the CSV export's formula-injection guard.
 *
 * Memory stays bounded however large the import: ExcelJS's streaming writer puts one zip entry
 * after another, so sheets must be written one at a time; the rows are therefore first spooled,
 * table by table, to JSON Lines files in a temp folder (one pass over the import), then each
 * sheet is streamed from its spool. A sheet longer than Excel's row limit goes on in `名称 (2)`.
 */
import ExcelJS from "exceljs";
import { createReadStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { Lang } from "../../audit/fields.js";
import { guardFormula } from "../csv.js";
import type { ImportReadOptions } from "../import-folder.js";
import { TABLES, type Column, type NumberFormat, type Row, type Table, type TableName } from "./model.js";
import { spoolFile, spoolTables, type SpoolSummary } from "./spool.js";

/** Excel's 1,048,576 rows, less the header. */
export const EXCEL_MAX_ROWS = 1_048_575;

export const NUMBER_FORMATS: Record<NumberFormat, string> = {
  amount: "#,##0.00",
  // the value is in percent already (100 is 100%), so the sign is text, not Excel's ×100
  percent: '0.00"%"',
  score: "0.00",
  id: "0",
};

/** Sheet order: the forms first, the explanation last. */
const SHEET_ORDER: readonly TableName[] = ["forms", "fund_rows", "indicators", "findings", "diagnostics", "corrections", "sources", "documents"];
/** Child tables whose form id links to the form's row. */
const LINKED: ReadonlySet<TableName> = new Set(["findings", "diagnostics", "corrections"]);

export interface XlsxOptions extends ImportReadOptions {
  lang?: Lang;
  /** Data rows per sheet before it goes on in a new one (Excel's limit; smaller in tests). */
  maxRows?: number;
}

export type XlsxSummary = SpoolSummary;

/** The name of part `n` (0-based) of a table's sheet. */
export function sheetName(t: Table, lang: Lang, part: number): string {
  const base = lang === "en" ? t.en : t.zh;
  return part === 0 ? base : `${base} (${part + 1})`;
}

/** A header cell: the column's name in the language asked. */
export function header(c: Column, lang: Lang): string {
  return lang === "en" ? c.en : c.zh;
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A form id as a link to the form's row on 自评表 (or its continuation sheet). */
function formLink(formId: number, forms: Table, lang: Lang, maxRows: number): ExcelJS.CellFormulaValue {
  const part = Math.floor((formId - 1) / maxRows);
  const row = ((formId - 1) % maxRows) + 2;
  return { formula: `HYPERLINK("#${quoteSheet(sheetName(forms, lang, part)).replace(/"/g, '""')}!A${row}",${formId})`, result: formId, date1904: false };
}

/** An empty value is no cell at all (undefined), not a null cell: most of 来源's columns are empty, and a written empty cell costs as much as a full one. */
function cellValue(v: Row[string] | undefined): ExcelJS.CellValue | undefined {
  if (v === null || v === undefined) return undefined;
  return typeof v === "string" ? guardFormula(v) : v;
}

function addSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: readonly Column[], headers: string[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1 }],
    autoFilter: { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } },
  } as Partial<ExcelJS.AddWorksheetOptions>);
  ws.columns = columns.map((c) => ({ key: c.key, width: c.width ?? Math.max(8, Math.min(30, header(c, "zh").length * 2 + 2)), style: c.format ? { numFmt: NUMBER_FORMATS[c.format] } : {} }));
  const h = ws.addRow(headers);
  h.font = { bold: true };
  h.commit();
  return ws;
}

/**
 * ExcelJS's sheet stream never pushes back: it keeps what is written in its own buffers until the
 * zip writer takes it, then writes it on into the zip's entry stream ignoring that stream's
 * answer, so the entry stream's buffer grows. Writing faster than the zip compresses would
 * hold the whole sheet in memory; so every few rows we wait until both backlogs are small.
 *
 * The entry stream is archiver's PassThrough (ExcelJS's StreamBuf lacks `_readableState`, so
 * archiver wraps it), an old readable-stream 2 one without `writableLength`: its backlog is read
 * from `_writableState`/`_readableState`. Counting `writableLength` alone saw nothing there, and
 * a 20,000-form export grew by ≈200 MiB of Buffers in that PassThrough. This reaches into
 * internals of ExcelJS 4 and archiver 5; `test/export/xlsx-backlog.test.ts` fails if the check
 * no longer sees the backlog.
 */
const BACKLOG_BYTES = 4 << 20;
const CHECK_EVERY = 200;

interface StreamState {
  length?: number;
}
interface StreamBufInternals {
  buffers?: { length: number }[];
  pipes?: { writableLength?: number; _writableState?: StreamState; _readableState?: StreamState }[];
}

/** Bytes written to a sheet that the zip has not yet taken. */
export function backlog(ws: ExcelJS.Worksheet): number {
  const s = (ws as unknown as { stream?: StreamBufInternals }).stream;
  const pending = (p: NonNullable<StreamBufInternals["pipes"]>[number]) => (typeof p.writableLength === "number" ? p.writableLength : (p._writableState?.length ?? 0)) + (p._readableState?.length ?? 0);
  return (s?.buffers ?? []).reduce((n, b) => n + b.length, 0) + (s?.pipes ?? []).reduce((n, p) => n + pending(p), 0);
}

async function drained(ws: ExcelJS.Worksheet): Promise<void> {
  while (backlog(ws) > BACKLOG_BYTES) await new Promise((r) => setTimeout(r, 2));
}

async function writeTable(wb: ExcelJS.stream.xlsx.WorkbookWriter, t: Table, spoolFile: string, lang: Lang, maxRows: number): Promise<void> {
  const forms = TABLES.find((x) => x.name === "forms")!;
  const headers = t.columns.map((c) => header(c, lang));
  let part = 0;
  let ws = addSheet(wb, sheetName(t, lang, part), t.columns, headers);
  let n = 0;
  const styles = t.columns.map((c): Partial<ExcelJS.Style> => (c.format ? { numFmt: NUMBER_FORMATS[c.format] } : {}));
  const lines = createInterface({ input: createReadStream(spoolFile, "utf8"), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line === "") continue;
    if (n === maxRows) {
      ws.commit();
      ws = addSheet(wb, sheetName(t, lang, ++part), t.columns, headers);
      n = 0;
    }
    const row = JSON.parse(line) as Row;
    const values = t.columns.map((c) => (c.key === "form_id" && LINKED.has(t.name) && typeof row.form_id === "number" ? formLink(row.form_id, forms, lang, maxRows) : cellValue(row[c.key])));
    const r = ws.addRow(values as ExcelJS.CellValue[]);
    // one style object per column: ExcelJS caches a style's id by object identity, and works it
    // out anew (rendering it to XML) for every fresh object — most of the time otherwise
    r.eachCell((cell, col) => void (cell.style = styles[col - 1]!));
    r.commit();
    if (++n % CHECK_EVERY === 0) await drained(ws);
  }
  ws.commit();
}

const TYPE_NAME: Record<Column["type"], readonly [string, string]> = { text: ["文字", "text"], integer: ["整数", "integer"], number: ["数值", "number"], boolean: ["是/否", "boolean"] };

/** 说明: one row per column of every sheet — its header, its SQL name, its type and what it holds. */
function writeExplanation(wb: ExcelJS.stream.xlsx.WorkbookWriter, lang: Lang): void {
  const en = lang === "en";
  const cols: Column[] = [
    { key: "sheet", type: "text", zh: "工作表", en: "sheet", doc: { zh: "", en: "" }, width: 12 },
    { key: "header", type: "text", zh: "列", en: "column", doc: { zh: "", en: "" }, width: 22 },
    { key: "sql", type: "text", zh: "SQL 列名", en: "SQL name", doc: { zh: "", en: "" }, width: 26 },
    { key: "type", type: "text", zh: "类型", en: "type", doc: { zh: "", en: "" }, width: 8 },
    { key: "doc", type: "text", zh: "说明", en: "meaning", doc: { zh: "", en: "" }, width: 70 },
  ];
  const ws = addSheet(wb, en ? "About" : "说明", cols, cols.map((c) => header(c, lang)));
  for (const name of SHEET_ORDER) {
    const t = TABLES.find((x) => x.name === name)!;
    ws.addRow([sheetName(t, lang, 0), "", t.name, en ? "table" : "表", en ? t.doc.en : t.doc.zh]).commit();
    for (const c of t.columns) ws.addRow([sheetName(t, lang, 0), header(c, lang), c.key, TYPE_NAME[c.type][en ? 1 : 0], guardFormula(en ? c.doc.en : c.doc.zh)]).commit();
  }
  ws.addRow([]).commit();
  ws.addRow([
    "",
    "",
    "",
    "",
    en
      ? "A text cell that begins with = + - @ (or ') is written with one more leading ' so that no spreadsheet program runs it as a formula; strip one leading ' to get the value back."
      : "以 = + - @（或 '）开头的文字单元格前加一个 '，以免被电子表格程序当作公式执行；去掉开头的一个 ' 即为原值。",
  ]).commit();
  ws.commit();
}

/** Writes the workbook of an import to `file` (the caller makes it atomic). */
export async function writeXlsx(dir: string, file: string, opts: XlsxOptions = {}): Promise<XlsxSummary> {
  const lang = opts.lang ?? "zh";
  const maxRows = opts.maxRows ?? EXCEL_MAX_ROWS;
  const spoolDir = await mkdtemp(join(tmpdir(), "jixiao-xlsx-"));
  try {
    const summary = await spoolTables(dir, spoolDir, opts);
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
    wb.creator = "jixiao";
    for (const name of SHEET_ORDER) await writeTable(wb, TABLES.find((t) => t.name === name)!, spoolFile(spoolDir, name), lang, maxRows);
    writeExplanation(wb, lang);
    await wb.commit();
    return summary;
  } finally {
    await rm(spoolDir, { recursive: true, force: true });
  }
}

/** .xlsx → Grid: merged ranges, display text, sources, sheets; checked against a fixture's truth. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { TruthForm } from "../../../scripts/lib/truth.js";
import { defaultLimits } from "../../../src/extract/extraction.js";
import { compactSheet, parseRange } from "../../../src/extract/xlsx/compact-sheet.js";
import { readXlsxInput, sheetRows } from "../../../src/extract/xlsx/read-xlsx.js";

const DIR = join(import.meta.dirname, "..", "..", "..", "fixtures", "xlsx");
const ctx = { limits: defaultLimits, path: "x" };

describe("sheet → rows", () => {
  it("a merged range once at its top-left cell with spans; covered cells absent; blank columns filled", () => {
    const values = new Map([
      [1, new Map([[1, "项目支出绩效自评表"]])],
      [3, new Map([[1, "绩效指标"], [2, "一级指标"], [3, "二级指标"]])],
      [4, new Map([[2, "产出指标"]])],
    ]);
    const rows = sheetRows({ name: "表1", values, merges: [parseRange("A1:C1")!, parseRange("A3:A4")!, parseRange("C4:C5")!] });
    expect(rows.map((r) => r.cells.map((c) => [c.text, c.col, c.rowSpan, c.colSpan, `${c.source.sheet}!${c.source.cell}`]))).toEqual([
      [["项目支出绩效自评表", 0, 1, 3, "表1!A1"]],
      [["绩效指标", 0, 2, 1, "表1!A3"], ["一级指标", 1, 1, 1, "表1!B3"], ["二级指标", 2, 1, 1, "表1!C3"]],
      [["产出指标", 1, 1, 1, "表1!B4"], ["", 2, 1, 1, "表1!C4"]],
    ]);
  });

  it("compaction drops empty rows and cells, keeps numbered rows, takes merges out", () => {
    const xml = `<worksheet><sheetData><row r="1"><c r="A1" s="2"/><c r="B1"><v>5</v></c></row><row r="2" s="3"/><row r="900000"><c r="A900000" s="1"></c></row></sheetData><mergeCells count="1"><mergeCell ref="B1:C1"/></mergeCells><dataValidations><dataValidation sqref="A1:A1048576"/></dataValidations></worksheet>`;
    const c = compactSheet(xml, { maxRows: 10, maxCells: 10, maxMerges: 10 });
    expect(c.xml).toBe(`<worksheet><sheetData><row r="1"><c r="B1"><v>5</v></c></row></sheetData></worksheet>`);
    expect(c.merges).toEqual([{ r1: 1, c1: 2, r2: 1, c2: 3 }]);
  });
});

describe("x05-rate-formula.xlsx", () => {
  it("cells show what the sheet displays: amounts, the rate from a formula's cached result, merged labels", async () => {
    const truth = (JSON.parse(readFileSync(join(DIR, "x05-rate-formula.truth.json"), "utf8")) as TruthForm[])[0]!.form;
    const ex = await readXlsxInput(new Uint8Array(readFileSync(join(DIR, "x05-rate-formula.xlsx"))), ctx);
    const rows = ex.grid!.rows;
    expect(rows[0]!.cells).toEqual([{ text: truth.title, col: 0, rowSpan: 1, colSpan: 9, source: { sheet: "Sheet1", cell: "A1" } }]);
    const total = rows.find((r) => r.cells[0]!.text === "年度资金总额")!;
    const t = truth.funds.rows.find((r) => r.key === "total")!;
    expect(Number(total.cells[2]!.text.replace(/,/g, ""))).toBe(t.annualBudget);
    expect(total.cells[5]!.text).toBe(`${truth.funds.executionRatePercent}%`);
    expect(total.cells[5]!.source.cell).toMatch(/^G\d+$/);
    const label = rows.flatMap((r) => r.cells).find((c) => c.text === "绩效指标")!;
    expect(label).toMatchObject({ col: 0, rowSpan: truth.indicators.length + 1 });
  });

  it("two sheets, one form each, each cell naming its sheet; the hidden sheet is not read", async () => {
    const ex = await readXlsxInput(new Uint8Array(readFileSync(join(DIR, "x08-hidden-sheet.xlsx"))), ctx);
    const sheets = [...new Set(ex.grid!.rows.flatMap((r) => r.cells.map((c) => c.source.sheet)))];
    expect(sheets).toHaveLength(2);
    expect(sheets).not.toContain("代码表");
  });
});

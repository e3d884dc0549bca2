/**
 * Generated forms' logical tables → .xlsx written with exceljs, as units keep them: merged cells
 * for spans, amounts, rates, weights and scores stored as typed numbers with the number format
 * that prints them as on paper (0.7957 under `0.00%` → `79.57%`, 22362.4 under `#,##0.00`), the
 * execution rate sometimes a formula with its cached result, some numbers kept as text, two forms
 * stacked on one sheet or one per sheet, the form placed away from A1.
 */
import ExcelJS from "exceljs";
import type { Layout, LCell } from "../lib/layout.js";
import type { Rng } from "../lib/prng.js";

export interface XlsxOptions {
  /** Forms stacked on one sheet (with blank rows between) or one per sheet. */
  placement: "stacked" | "sheets";
  /** Offset of the form's top-left cell (0 → A1). */
  rowOffset: number;
  colOffset: number;
  /** Merge the title and year across the table (else they sit in the first column only). */
  titleMerged: boolean;
  /** Share of numeric cells stored as text, as pasted forms do. */
  textNumbers: number;
  /** The execution rate as a formula (executed ÷ budget) with its cached result. */
  rateFormula: boolean;
  /** A hidden sheet of lookup data before the forms. */
  hiddenSheet: boolean;
  /**
   * Cell borders: every cell (the default), none, or `head` (the header and funds blocks ruled,
   * the goals and indicators below not: a table that turns unruled part-way, as edited sheets do).
   */
  borders?: "all" | "none" | "head";
  /** Column widths in characters, from the form's first column (else the defaults). */
  widths?: number[];
  /** Print setup of every form sheet (orientation, print titles, scale, …). */
  pageSetup?: Partial<ExcelJS.PageSetup>;
  /** Font of every cell. */
  font?: { name: string; size: number };
  /**
   * Set each row's height to fit its wrapped text, as a person does before printing (Calc keeps
   * the default height of rows the file gives none, and the printout would cut the text).
   */
  fitRowHeights?: boolean;
  /**
   * Every cell but the goals' paragraphs shrinks its text to fit the cell's width instead of
   * wrapping it (Excel's and Calc's "shrink to fit"): the printout has text scaled per cell.
   */
  shrinkToFit?: boolean;
}

/** Display width of text in column-width units (a CJK character is about two digits wide). */
function textUnits(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u2e80-\uffff]/u.test(ch) ? 2 : 1;
  return n;
}

/** Rows' heights (points) that fit the wrapped text of the cells starting in them. */
function fitHeights(ws: ExcelJS.Worksheet, layout: Layout, top: number, left: number, o: XlsxOptions): void {
  const size = o.font?.size ?? 11;
  const width = (col: number) => ws.getColumn(left + col).width ?? 9;
  layout.rows.forEach((row, ri) => {
    let lines = 1;
    for (const c of row.cells) {
      if (c.rowSpan > 1 || c.text === "") continue;
      let w = 0;
      for (let k = 0; k < c.span; k++) w += width(c.col + k);
      // 11-point units; a little slack for the cell's padding.
      const need = (textUnits(c.text) * size) / 11;
      lines = Math.max(lines, Math.ceil(need / Math.max(1, w - 1)));
    }
    ws.getRow(top + ri).height = lines * size * 1.45 + 3;
  });
}

/** A printed number → the value and the format that displays it the same way; null when it is not one. */
export function typedNumber(text: string): { value: number; numFmt: string } | null {
  const t = text.trim();
  let m = /^(\d+)(?:\.(\d+))?%$/.exec(t);
  if (m) {
    const d = m[2]?.length ?? 0;
    // The stored ratio carries two more decimals than the percentage shows.
    const value = Number((Number(t.slice(0, -1)) / 100).toFixed(d + 2));
    return { value, numFmt: d ? `0.${"0".repeat(d)}%` : "0%" };
  }
  m = /^\d{1,3}(?:,\d{3})+(?:\.(\d+))?$/.exec(t);
  if (m) {
    const d = m[1]?.length ?? 0;
    return { value: Number(t.replace(/,/g, "")), numFmt: d ? `#,##0.${"0".repeat(d)}` : "#,##0" };
  }
  m = /^\d+\.(\d+)$/.exec(t);
  if (m) return { value: Number(t), numFmt: `0.${"0".repeat(m[1]!.length)}` };
  if (/^(0|[1-9]\d{0,14})$/.test(t)) return { value: Number(t), numFmt: "General" };
  return null;
}

const OUTSIDE = new Set(["title", "year"]);

function placeForm(ws: ExcelJS.Worksheet, layout: Layout, top: number, o: XlsxOptions, rng: Rng): number {
  const left = 1 + o.colOffset;
  let r = top;
  const fundTotalRow = layout.rows.findIndex((x) => x.kind === "fund");
  layout.rows.forEach((row, ri) => {
    for (const c of row.cells) {
      const cell = ws.getCell(r, left + c.col);
      const typed = c.kind === "number" ? typedNumber(c.text) : null;
      if (typed && !rng.chance(o.textNumbers)) {
        cell.numFmt = typed.numFmt;
        const isRate = ri === fundTotalRow && typed.numFmt.endsWith("%");
        if (isRate && o.rateFormula) {
          // 执行率 = 全年执行数 ÷ 全年预算数 (the two amount columns before 分值); the cached result is what prints.
          const back = layout.ncols === 11 ? 1 : 2; // Sichuan prints the rate right after the amounts
          const exec = ws.getCell(r, left + c.col - back).address;
          const budget = ws.getCell(r, left + c.col - back - 1).address;
          cell.value = { formula: `IFERROR(${exec}/${budget},0)`, result: typed.value } as ExcelJS.CellFormulaValue;
        } else cell.value = typed.value;
      } else if (c.text !== "") {
        cell.value = c.text;
      }
      const shrink = o.shrinkToFit === true && c.kind !== "goal";
      cell.alignment = { vertical: "middle", horizontal: c.kind === "goal" || c.kind === "text" ? "left" : "center", wrapText: !shrink, ...(shrink ? { shrinkToFit: true } : {}) };
      if (o.font) cell.font = { name: o.font.name, size: o.font.size };
      const ruled = o.borders === "none" ? false : o.borders === "head" ? ri < layout.rows.findIndex((x) => x.kind === "goalHead") : true;
      if (ruled && !(OUTSIDE.has(row.kind) && !o.titleMerged)) cell.border = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
      const merge = (c.span > 1 || c.rowSpan > 1) && (o.titleMerged || !OUTSIDE.has(row.kind));
      if (merge) ws.mergeCells(r, left + c.col, r + c.rowSpan - 1, left + c.col + c.span - 1);
    }
    r++;
  });
  return r;
}

export async function workbookBuffer(layouts: Layout[], names: string[], o: XlsxOptions, rng: Rng): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "jixiao fixtures";
  wb.created = new Date("2021-06-01T00:00:00Z");
  wb.modified = wb.created;
  if (o.hiddenSheet) {
    const h = wb.addWorksheet("代码表", { state: "hidden" });
    h.addRow(["部门代码", "部门名称"]);
    h.addRow(["219", "项目支出绩效自评表（模板）"]);
  }
  const setUp = (ws: ExcelJS.Worksheet, forms: { layout: Layout; top: number }[]) => {
    if (o.widths) o.widths.forEach((w, i) => (ws.getColumn(1 + o.colOffset + i).width = w));
    if (o.pageSetup) Object.assign(ws.pageSetup, o.pageSetup);
    if (o.fitRowHeights) for (const f of forms) fitHeights(ws, f.layout, f.top, 1 + o.colOffset, o);
  };
  if (o.placement === "stacked") {
    const ws = wb.addWorksheet(names[0] ?? "Sheet1");
    let top = 1 + o.rowOffset;
    const placed: { layout: Layout; top: number }[] = [];
    for (const l of layouts) {
      placed.push({ layout: l, top });
      top = placeForm(ws, l, top, o, rng) + 2;
    }
    ws.columns.forEach((col, i) => (col.width = i === o.colOffset + 3 ? 28 : 14));
    setUp(ws, placed);
  } else {
    layouts.forEach((l, i) => {
      const ws = wb.addWorksheet(names[i] ?? `Sheet${i + 1}`);
      placeForm(ws, l, 1 + o.rowOffset, o, rng);
      setUp(ws, [{ layout: l, top: 1 + o.rowOffset }]);
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

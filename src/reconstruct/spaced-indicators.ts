import type { Cell, Row } from "../layout/grid.js";
import { foldWidth } from "../normalise/fold-width.js";
import { labelKey, matchSpelling } from "../template/labels.js";
import { indicatorColumns, type IndicatorColumn } from "../template/project.js";
import { cutIndicatorRows, isTemplateLabel, vocabularyName, type Piece } from "./layout-rows.js";

/**
 * A form run onto one line with a space between its cells (a document site's copy of a PDF's
 * text layer) is cut into rows where the template's row-start labels stand (the text reader's
 * flattened-form cuts). Rows under a merged 二级 cell, and rows whose 二级 name the labels do not
 * know, have no such label: two or more indicator rows then stay in one row
 * (`时效指标 可保证读者使用时长 全天候可用 全天候 10 2022年全年 ≥360天 ≥360天`), and the reader takes
 * the second's cells for the first's deviation. Such a row is cut again by the table's anatomy:
 * the columns its header names, in their order, each row one pass through them (an optional
 * 一级 and 二级 name, the 三级 name, the target, the actual, the points), wherever the next
 * pass begins (layout-rows.ts's cheapest cut). A row that holds no more cells than one pass is
 * left as the labels cut it.
 */

/** A figure alone (an amount, a rate, points): it never continues a text cell. */
const FIGURE = /^[-+]?[\d,.]+%?$/;

/** The columns an indicator header row names after the 一级/二级 names, or null when it is none. */
function headerSlots(row: Row): IndicatorColumn[] | null {
  const named = row.cells.map((c) => matchSpelling(labelKey(c.text), indicatorColumns)).filter((r): r is IndicatorColumn => r !== null);
  if (named.length < 3 || !named.includes("level3")) return null;
  return named.filter((r) => r !== "level1" && r !== "level2");
}

/** A row that opens with a label of another part of the form (总分, 评价结论 …): the table ends before it. */
function endsTable(row: Row): boolean {
  const first = row.cells[0]?.text ?? "";
  return isTemplateLabel(first) && !vocabularyName(first) && matchSpelling(labelKey(first), indicatorColumns) === null;
}

/**
 * The widths at which the line's long cells were wrapped (a wrapped cell's pieces stand apart
 * like cells): a length of 10 or more that two different pieces reach, the longest such; a piece that long
 * likely goes on in the next.
 */
function wrapWidth(cells: readonly Cell[]): number | null {
  const count = new Map<number, number>();
  // (Distinct texts: a target its actual repeats, `良好 良好` at any length, is no wrap.)
  for (const text of new Set(cells.map((c) => c.text))) {
    const n = [...text].length;
    if (n >= 10) count.set(n, (count.get(n) ?? 0) + 1);
  }
  const reached = [...count].filter(([, k]) => k >= 2).map(([n]) => n);
  return reached.length ? Math.max(...reached) : null;
}

/** The row's cells as pieces of the table's cut: a text may go on in the next text. */
function piecesOf(cells: readonly Cell[], width: number | null): Piece[] {
  return cells.map((cell, k) => {
    const next = cells[k + 1];
    const text = (c: Cell) => !FIGURE.test(foldWidth(c.text.trim()));
    if (!next || !text(cell) || !text(next) || vocabularyName(next.text)) return { cell, next: "none" };
    const n = [...cell.text].length;
    return { cell, next: width !== null && n <= width && n >= width - 1 ? "likely" : "possible" };
  });
}

/**
 * The rows of one line's indicator table (rows after its header, read from the same line, parted
 * by spaces), each holding more cells than one pass through the columns cut again by the table's
 * anatomy. The new rows are kept only when each has a 三级 name and a target or an actual: a cut
 * that leaves a row without them found no second pass, and the labels' row stands.
 */
export function recutSpacedIndicatorRows(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i++) {
    const head = rows[i]!;
    out.push(head);
    // (Only rows cut from one line are asked: a linear page's rows, a line each, cost nothing here.)
    const oneLine = head.boundaries === "spaces" && rows[i + 1]?.boundaries === "spaces" && rows[i + 1]!.cells[0]?.source.line === head.cells[0]?.source.line;
    const slots = oneLine ? headerSlots(head) : null;
    // (A header of two rows, or one without its target and actual, names too little to cut by.)
    if (!slots || !slots.includes("target") || !slots.includes("actual") || (i > 0 && headerSlots(rows[i - 1]!))) continue;
    const line = head.cells[0]?.source.line;
    let end = i + 1;
    while (end < rows.length && rows[end]!.boundaries === "spaces" && rows[end]!.cells[0]?.source.line === line && !endsTable(rows[end]!) && !headerSlots(rows[end]!)) end++;
    const body = rows.slice(i + 1, end);
    // Cells of the header before its first column (a 绩效指标 label) stand before each row's.
    const lead = Math.max(0, head.cells.findIndex((c) => matchSpelling(labelKey(c.text), indicatorColumns) !== null));
    const width = wrapWidth(body.flatMap((r) => r.cells));
    for (const row of body) out.push(...recutRow(row, slots, lead, width));
    i = end - 1;
  }
  return out;
}

/** Chinese characters (or Latin letters) a 三级 name holds at least: a label's pieces (`年度`, `(60`) are none. */
const NAME = /(?:[\u4e00-\u9fffA-Za-z][^\u4e00-\u9fffA-Za-z]*){3}/;
/** A figure in a value: a target, an actual or the points. */
const HAS_DIGIT = /[0-9]/;

/**
 * A cut row that is one pass through the columns: a 三级 name, and values that show it is a row
 * (a figure among its target, actual and points, or a target its actual repeats: `良好 良好`).
 * A vertical label's pieces spread over a row (`年度 绩效 目标(80分)`) fill the slots too, but no name.
 */
function isPass(cells: readonly (Cell | null)[], slots: readonly IndicatorColumn[]): boolean {
  const at = (s: IndicatorColumn) => (slots.includes(s) ? cells[2 + slots.indexOf(s)]?.text.trim() ?? "" : "");
  const [target, actual] = [at("target"), at("actual")];
  if (!NAME.test(at("level3")) || (target === "" && actual === "")) return false;
  return [target, actual, at("score"), at("weight")].some((t) => HAS_DIGIT.test(foldWidth(t))) || (target !== "" && target === actual);
}

/** A cut row holding a 三级 name and nothing else. */
function nameAlone(cells: readonly (Cell | null)[], slots: readonly IndicatorColumn[]): boolean {
  const name = 2 + slots.indexOf("level3");
  return NAME.test(cells[name]?.text ?? "") && cells.every((c, k) => k === name || c === null);
}

/** One row of the table: as it is, or the rows one pass each through the columns cut from it. */
function recutRow(row: Row, slots: readonly IndicatorColumn[], lead: number, width: number | null): Row[] {
  const cells = row.cells;
  if (cells.length <= lead + 2 + slots.length) return [row];
  // (A text printed twice side by side is two whole cells: `良好 良好`, a target its actual repeats.)
  const cut = cutIndicatorRows(piecesOf(cells, width), slots, false, { twins: true }).rows;
  // (A 三级 name alone is a row the table prints so, one of its cells merged with the row above.)
  const passes = cut.filter((r) => isPass(r.cells, slots)).length;
  if (passes < 2 || !cut.every((r) => isPass(r.cells, slots) || nameAlone(r.cells, slots))) return [row];
  return cut.map((r) => {
    const at = r.cells.find((c) => c !== null) ?? cells[0]!;
    const empty = (): Cell => ({ text: "", source: at.source });
    return { cells: [...Array.from({ length: lead }, empty), ...r.cells.map((c) => c ?? empty())], boundaries: "exact" as const };
  });
}

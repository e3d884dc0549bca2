import type { Cell } from "../layout/grid.js";
import { labelKey } from "../template/labels.js";
import { headerLabelKeys } from "../template/broken-spellings.js";
import { columnRoles, labelRole } from "./row-view.js";
import { cellOfLines } from "./cell-lines.js";

/**
 * A header label broken in its narrow column with its value printed between the pieces
 * (`主管部` / `某县卫生健康局` / `门`, `实施单位(盖` / `某县急救中心` / `章)`, `主管部门` / `256-某县农业局` /
 * `及代码`): a converter printing the page block by block (pdftotext's plain order) sets the value,
 * one line centred on the label's two, between them, and the text reader joins the three lines
 * into one cell. Where the first and last pieces spell a header label of the template exactly (the
 * last piece alone none, the middle line no label of its own), the cell is parted into the lines
 * before, the label, the value and the lines after. Nothing else is moved.
 */
export function partLabelsAroundValues(c: Cell): Cell[] {
  const lines = c.wrappedLines;
  if (!lines || lines.length < 3 || lines.join("") !== c.text) return [c];
  const at = lines.findIndex((_, k) => k + 2 < lines.length && isLabelAroundValue(lines[k]!, lines[k + 1]!, lines[k + 2]!));
  if (at < 0) return [c];
  const first = lines[at]!.trim();
  const last = lines[at + 2]!.trim();
  const label: Cell = { ...cellOfLines(c, [first + last], at) };
  const value: Cell = cellOfLines(c, [lines[at + 1]!.trim()], at + 1);
  const before = at > 0 ? [cellOfLines(c, lines.slice(0, at), 0)] : [];
  const after = at + 3 < lines.length ? partHeadAfter(cellOfLines(c, lines.slice(at + 3), at + 3)) : [];
  return [...before, label, value, ...after];
}

/**
 * What follows the value: where its first line is a funds column's name whole (`年初预算数`, the
 * block's next column stacked under the value), that name is a cell of its own, no tail of the value.
 */
function partHeadAfter(c: Cell): Cell[] {
  const lines = c.wrappedLines;
  if (!lines || columnRoles(lines[0]!).fund === null || labelRole(lines[0]!) !== null) return partLabelsAroundValues(c);
  return [cellOfLines(c, lines.slice(0, 1), 0), ...partLabelsAroundValues(cellOfLines(c, lines.slice(1), 1))];
}

/** Longest piece of a broken label taken (a narrow column's line). */
const MAX_PIECE = 8;
/** The longest value taken: a unit's or project's name (with its code), not a wrapped sentence. */
const MAX_VALUE = 40;
const NOT_A_NAME = /[。，,；;：:！？!?]/;

export function isLabelAroundValue(first: string, value: string, last: string): boolean {
  const a = first.trim();
  const b = last.trim();
  const v = value.trim();
  if (a === "" || b === "" || v === "" || [...a].length > MAX_PIECE || [...b].length > MAX_PIECE || /\s|\d/.test(a + b)) return false;
  // (The first piece may be a shorter spelling, 项目名 of 项目名称, or a label of its own, 主管部门 of
  // 主管部门及代码: the last piece alone under the value is none.)
  if (headerLabelKeys.has(labelKey(b)) || !headerLabelKeys.has(labelKey(a + b))) return false;
  return [...v].length <= MAX_VALUE && !NOT_A_NAME.test(v) && labelRole(v) === null;
}

/**
 * The same three lines read one cell a line (no width joined them), or the value and the last
 * piece joined into one cell: the label's pieces made one cell, the value after it. Only cells on
 * consecutive lines.
 */
export function joinLabelsAroundValues(cells: readonly Cell[]): Cell[] {
  const out: Cell[] = [];
  for (let i = 0; i < cells.length; i++) {
    const [a, v, b] = [cells[i]!, cells[i + 1], cells[i + 2]];
    const line = a.source.line;
    if (v && b && line !== undefined && v.source.line === line + 1 && b.source.line === line + 2 && !a.wrappedLines && !v.wrappedLines && !b.wrappedLines && isLabelAroundValue(a.text, v.text, b.text)) {
      out.push({ ...a, text: a.text.trim() + b.text.trim() }, v);
      i += 2;
      continue;
    }
    // (The value and the last piece joined by width into one cell of two lines: `某局` / `门`.)
    const w = v?.wrappedLines;
    if (v && w && w.length === 2 && w.join("") === v.text && line !== undefined && v.source.line === line + 1 && !a.wrappedLines && isLabelAroundValue(a.text, w[0]!, w[1]!)) {
      out.push({ ...a, text: a.text.trim() + w[1]!.trim() }, cellOfLines(v, [w[0]!.trim()], 0));
      i += 1;
      continue;
    }
    out.push(a);
  }
  return out;
}

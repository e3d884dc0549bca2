import type { Cell } from "../layout/grid.js";
import { columnRoles, labelRole } from "./row-view.js";
import { amountUnitAlonePattern, yearAlonePattern } from "../template/notes-alone.js";

/**
 * One cell a line, the header's labels printed as one block and their values as the next (a
 * converter printing a page block by block, pdftotext's plain order: the table's label column is a
 * block, the value column another):
 *
 *     项目名称 / 主管部门 / 项目资金(万元) / 年度总体目标 / 某某工程 / 某某局 / 年初预算数 …
 *
 * The text settles the pairing when the run of labels holds as many header labels as there are
 * values after it, before the next of the form's words: the values then stand in the labels'
 * order. Each value is set after its label; the other labels (项目资金, 年度总体目标) stay where they
 * are. A values block the reader joined into one cell (its lines joined with nothing between) is
 * taken line by line when its lines are as many as the labels. Any other count is left as it came.
 */
export function pairStackedHeaderLabels(cells: readonly Cell[]): Cell[] {
  const out: Cell[] = [];
  let i = 0;
  while (i < cells.length) {
    const paired = pairAt(cells, i);
    if (paired) {
      out.push(...paired.cells);
      i = paired.next;
    } else out.push(cells[i++]!);
  }
  return out;
}

/** The year printed alone under a title, `(2031年度)`: no value of a label. */
const YEAR_ALONE = yearAlonePattern;
/** Fewest header labels in a run for the run to be the label column printed as a block. */
const MIN_HEADER_LABELS = 2;

const blank = (c: Cell) => c.text.trim() === "";
const isHeaderLabel = (c: Cell) => labelRole(c.text)?.role === "header";
/** The unit printed under the funds' label, a line of its own: `(万元)`. */
const UNIT_ALONE = amountUnitAlonePattern;
/** One of the form's words: a label, a column head, or heads a converter set on one line with spaces between. */
const isFormWord = (c: Cell) => c.text.trim().split(/\s+/).every(isFormWordText);
const isFormWordText = (text: string) => {
  if (labelRole(text) !== null || UNIT_ALONE.test(text)) return true;
  const roles = columnRoles(text);
  return roles.fund !== null || roles.indicator !== null;
};

function pairAt(cells: readonly Cell[], at: number): { cells: Cell[]; next: number } | null {
  if (!isHeaderLabel(cells[at]!)) return null;
  // The run of labels (empty cells and the year alone among them).
  let end = at;
  while (end < cells.length && (isFormWord(cells[end]!) || blank(cells[end]!) || YEAR_ALONE.test(cells[end]!.text.trim()))) end++;
  const run = cells.slice(at, end);
  const labels = run.filter(isHeaderLabel).length;
  if (labels < MIN_HEADER_LABELS || run.filter(isHeaderLabel).length !== run.filter((c) => labelRole(c.text)?.role === "header").length) return null;
  // The values after it, to the next of the form's words.
  let stop = end;
  while (stop < cells.length && !isFormWord(cells[stop]!) && !blank(cells[stop]!)) stop++;
  if (stop === cells.length) return null;
  const values = valuesOf(cells.slice(end, stop), labels);
  if (!values || brokenLabelAmong(values)) return null;
  const paired: Cell[] = [];
  let v = 0;
  for (const c of run) {
    paired.push(c);
    if (isHeaderLabel(c)) paired.push(values[v++]!);
  }
  return { cells: paired, next: stop };
}

/** Two cells after another that make one of the form's words (`年度总体` / `目标`): a label broken over lines, no values. */
function brokenLabelAmong(values: readonly Cell[]): boolean {
  return values.some((v, k) => k > 0 && isFormWordText(values[k - 1]!.text.trim() + v.text.trim()));
}

/** The value cells as many as the labels: the cells themselves, or the one cell's lines. */
function valuesOf(cells: Cell[], labels: number): Cell[] | null {
  if (cells.length === labels) return cells;
  const only = cells[0];
  if (cells.length !== 1 || !only) return null;
  const lines = only.wrappedLines;
  if (!lines || lines.length !== labels || lines.join("") !== only.text) return null;
  const line = only.source.line;
  return lines.map((text, k) => ({ text, source: { ...only.source, ...(line !== undefined ? { line: line + k } : {}) } }));
}

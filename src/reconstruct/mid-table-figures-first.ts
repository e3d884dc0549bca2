import type { Cell } from "../layout/grid.js";
import type { IndicatorColumn } from "../template/project.js";
import { classify, hasText } from "./classify.js";
import { labelRole } from "./row-view.js";

/**
 * An excerpt of a layout-ordered dump that starts inside the indicator table (its title, header
 * and column names on the page before), whose rows print their figures first: a line of figures
 * only (`100 100 5`), then the row's 三级 name on a line of its own (wrapped over a line or two),
 * then its comparison sign alone (`=`, `≥`) — the figure it stood before was drawn on the figures'
 * line, as an Excel sheet printed to PDF draws a row's figures first. Nothing else opens a text so:
 * a page number or a date is one figure or no row of names and a sign after it, a fund row's
 * amounts follow its label, a header's figures its label.
 *
 * `cells`: the dump's cells in drawing order, a line's figures one cell each (told apart by their
 * source line). Read alone, the line of figures and the name under it stood outside the table and
 * every row after took the next row's figures.
 */
export function opensFiguresFirstMidTable(cells: readonly Cell[], at: number): boolean {
  const lines = sourceLines(cells, at, MAX_NAME_LINES + 2);
  if (lines.length === 0) return false;
  const figures = lines[0]!;
  if (figures.length < MIN_FIGURES || figures.length > MAX_FIGURES) return false;
  if (!figures.every((t) => classify(t).kind === "number" || classify(t).kind === "percent")) return false;
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.length !== 1) return false;
    const text = line[0]!;
    if (k > 1 && classify(text).kind === "comparator") return true;
    // A name line: words, no label of the form.
    if (classify(text).kind !== "text" || labelRole(text) !== null || !/[\u4e00-\u9fff]/.test(text)) return false;
  }
  return false;
}

/**
 * The columns of such a table: the sign alone on its line is the split target's 指标性质 column
 * (a target printed whole, `≥90%`, keeps its sign on the figure's line), its unit the 度量单位 one;
 * the figures are the target, the actual, the 分值 and the 得分 in the columns' order.
 */
export const FIGURES_FIRST_SLOTS: readonly IndicatorColumn[] = ["level3", "nature", "target", "unit", "actual", "weight", "score", "deviation"];

/**
 * The filled texts of the lines from cell `at` on, up to `count` lines; none where `at` does not
 * open its line (a figure later on a line is no line's start).
 */
function sourceLines(cells: readonly Cell[], at: number, count: number): string[][] {
  const out: { line: number | undefined; texts: string[] }[] = [];
  const before = cells[at - 1]?.source.line;
  if (before !== undefined && before === cells[at]?.source.line) return [];
  for (let i = at; i < cells.length; i++) {
    const cell = cells[i]!;
    if (!hasText(cell.text)) continue;
    const line = cell.source.line;
    const last = out.at(-1);
    if (last && line !== undefined && last.line === line) last.texts.push(cell.text.trim());
    else {
      if (out.length === count) break;
      out.push({ line, texts: [cell.text.trim()] });
    }
  }
  return out.map((l) => l.texts);
}

/** A row's figures: a target and an actual, or those and a weight and a score. */
const MIN_FIGURES = 2;
const MAX_FIGURES = 5;
/** The lines a 三级 name may be wrapped over in a narrow column. */
const MAX_NAME_LINES = 3;

import type { Row } from "../../layout/grid.js";
import { labelKey } from "../../template/labels.js";
import { fundRows } from "../../template/project.js";

/**
 * A fund row whose figures a converter drew one a line (`pdftotext -raw` of narrow columns):
 * `年度资金总额` / `2,778.87` / `2,778.87` / `2,453.29` / `10` / `88.28%` / `8.83`. Read by lines,
 * the label is a row alone and each figure a row of its own, which no reading takes for the row's
 * values. Here a row that is only a fund row's label takes the lines after it that are each one
 * figure (or a dash of an empty cell), two or more of them, as its cells. A line of several cells
 * or of words ends them; one figure alone after the label is left to the reading of a label and its
 * values on the next line.
 */

/** The fund rows' labels, as labelKey gives them. */
const FUND_ROW_LABELS: ReadonlySet<string> = new Set(fundRows.flatMap((f) => f.exact).map(labelKey));

/** One figure of a fund row: an amount, a rate, points, or a dash for an empty cell. */
const FIGURE = /^(?:[-+]?\d[\d,]*(?:\.\d+)?%?|[—–-]+)$/;

/** Fewest figure lines gathered: one alone is a row of values like any. */
const MIN_FIGURES = 2;

export function joinFundFigureLines(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.cells.length !== 1 || !FUND_ROW_LABELS.has(labelKey(row.cells[0]!.text))) {
      out.push(row);
      continue;
    }
    let end = i + 1;
    while (end < rows.length && rows[end]!.cells.length === 1 && FIGURE.test(rows[end]!.cells[0]!.text.trim())) end++;
    if (end - (i + 1) < MIN_FIGURES) {
      out.push(row);
      continue;
    }
    out.push({ ...row, cells: [...row.cells, ...rows.slice(i + 1, end).map((r) => r.cells[0]!)] });
    i = end - 1;
  }
  return out;
}

import type { Cell, Row } from "../../layout/grid.js";
import { labelKey } from "../../template/labels.js";
import { titlePattern } from "../../template/project.js";
import { POINTS_FIGURE as FIGURE, TABLE_LABELS, cellText as text, joinedLines as joined, lineWidth as width, rewriteIndicatorRuns } from "./indicator-runs.js";

/**
 * An indicator row a converter spread over lines (`pdftotext -raw` of narrow columns): its 三级
 * name wrapped over lines of its own, then a line opening on a figure (its points, target and
 * completion), then its scoring method wrapped likewise, then its score alone:
 * `民生保障任务` / `完成率` / `26 =100% 100%` / `完成目标得满` / `分，未完成按` / `比例扣分` / `26`.
 * Read by lines each piece is a row, and the table's rows come apart. Under an indicator head
 * row, such a run is one row again where the text settles it: the wrapped lines filled one width
 * (every line but the last as long as the first, the last no longer), the name's lines hold no
 * figure, the values' line opens on one, and the run ends on the score alone on its line or on
 * the values' line; and the words follow a label, a head or a score alone, not a row's values
 * (then they may be its 偏差原因). A run of another shape is left as read.
 */

/** Shortest wrap width taken: a narrow column's line. */
const MIN_WIDTH = 3;

const FIGURE_START = /^[≥≤<>=＞＜＝]?\d/;

/** A line of one cell of words: a piece of a wrapped cell, not a label of the table. */
function isWordLine(row: Row | undefined): boolean {
  if (!row || row.cells.length !== 1) return false;
  const t = text(row.cells[0]!);
  return t !== "" && !/\d/.test(t) && !TABLE_LABELS.has(labelKey(t)) && !titlePattern.test(t);
}

/** The word lines from `i` that wrap one cell: each but the last as long as the first, the last no longer. */
function wrappedRun(rows: readonly Row[], i: number): number {
  if (!isWordLine(rows[i])) return 0;
  const width = [...text(rows[i]!.cells[0]!)].length;
  let n = 1;
  while (width >= MIN_WIDTH && isWordLine(rows[i + n])) {
    const len = [...text(rows[i + n]!.cells[0]!)].length;
    if (len > width) break;
    n++;
    if (len < width) break;
  }
  return n;
}

/** A line of an indicator row's values: two cells or more, opening on a figure or ending on the points (`有效 有效 10 10`). */
function isValuesLine(row: Row): boolean {
  const cells = row.cells;
  return cells.length >= 2 && (FIGURE_START.test(text(cells[0]!)) || FIGURE.test(text(cells[cells.length - 1]!)));
}

/** Do the name's lines from `i` all fill one width, its last as long as its first (the name goes on)? */
function unended(rows: readonly Row[], i: number, n: number): boolean {
  return rows.slice(i, i + n).every((r) => width(r) === width(rows[i]!));
}

/** A line that is a score alone. */
function isScoreLine(row: Row): boolean {
  return row.cells.length === 1 && FIGURE.test(text(row.cells[0]!));
}

export function joinSpreadIndicatorRows(rows: readonly Row[]): Row[] {
  return rewriteIndicatorRuns(rows, spreadRowAt);
}

/** The indicator row spread over the lines from `i`, and the last line it took; null where none starts there. */
function spreadRowAt(rows: readonly Row[], i: number): { row: Row; last: number } | null {
  const name = wrappedRun(rows, i);
  if (name === 0) return null;
  // Words after a row's values may be that row's 偏差原因 as well as the next row's name: taken
  // for a name only after a label, a head or a score alone (`监督检查单位数 … 15 15` / `本项目未做满`
  // / `意度调查` / `≤30 天 26 天 10 10` is left as read).
  if (i > 0 && isValuesLine(rows[i - 1]!)) return null;
  const valuesAt = i + name;
  const values = rows[valuesAt];
  if (!values || values.cells.length < 2 || !FIGURE_START.test(text(values.cells[0]!))) return null;
  const cells: Cell[] = [joined(rows, i, name), ...values.cells];
  // The scoring method wrapped after the values, then the score alone.
  const method = wrappedRun(rows, valuesAt + 1);
  const scoreAt = valuesAt + 1 + method;
  const score = rows[scoreAt];
  if (method > 0 && score?.cells.length === 1 && FIGURE.test(text(score.cells[0]!))) {
    return { row: { ...rows[i]!, cells: [...cells, joined(rows, valuesAt + 1, method), score.cells[0]!] }, last: scoreAt };
  }
  // (A single name line before a full line of values is a row as any reading takes it.)
  if (method === 0 && name > 1) return { row: { ...rows[i]!, cells }, last: valuesAt };
  // The name's last piece drawn below the values (the name's lines centred on the row's):
  // `公共卫生服` / `务任务完成` / `=100% 100% 4 4` / `率`, where the name's lines all fill its width
  // (it has not ended) and the piece after the values is shorter, no row's name of its own (no
  // values follow it) and no scoring method (no score alone follows it).
  const rest = rows[valuesAt + 1];
  const after = rows[valuesAt + 2];
  if (method === 1 && name > 1 && rest && unended(rows, i, name) && width(rest) < width(rows[i]!) && (!after || !(isValuesLine(after) || isScoreLine(after)))) {
    const nameCell = joined(rows, i, name);
    const piece = rest.cells[0]!;
    const whole = { ...nameCell, text: text(nameCell) + text(piece), parts: [...(nameCell.parts ?? [nameCell.source]), piece.source] };
    return { row: { ...rows[i]!, cells: [whole, ...values.cells] }, last: valuesAt + 1 };
  }
  return null;
}

import type { Cell, Row } from "../../layout/grid.js";
import { labelKey } from "../../template/labels.js";
import { POINTS_FIGURE as FIGURE, TABLE_LABELS, cellPieceText, cellText as text, joinedLines, lineWidth as width, pointsPairAt, rewriteIndicatorRuns } from "./indicator-runs.js";

/**
 * An indicator row whose 三级 name, target and completion a converter printed one cell after the
 * other, each wrapped at its narrow column's width (`pdftotext -raw`): `培训基层医` / `务人员` /
 * `=1800人` / `次` / `2004人` / `次` / `4 4`. Read by lines each piece is a row and the row comes
 * apart. Under an indicator head row, such a run is one row again where the text settles it: the
 * lines part into wrapped cells, each of two lines or more whose last is shorter than its first and
 * the others as long as the first, right before a line of the row's points and score (its 偏差原因
 * may follow on that line, its completion come before them), three cells in all. A cell whose text
 * just fills its column ends on a full line (`1、130` / `0家；2、` / `按计划完成`: half-width digits,
 * a list's items); the lines are parted the one way with fewest such ends. The run opens where a row starts (after the
 * head, a label of the table, or a row's values), not after words that may be a row's 偏差原因.
 * A run of another shape, or a cell of one line (≤2万元 / 1.7万: one cell or two?), is left as read.
 */

/** The cells before the points: 三级 name, target, completion. */
const ROW_CELLS = 3;
/** Most of them on the points' line (the completion): two stacked at least, a name alone is left to spread-indicator-rows.ts. */
const MAX_CELLS_BEFORE_POINTS = 1;


/** A line of one cell that is no label of the table: a piece of a wrapped cell (a target's figures allowed). */
function isPieceLine(row: Row | undefined): boolean {
  const t = cellPieceText(row);
  return t !== null && !FIGURE.test(t);
}

/**
 * A line of the row's points and score, its 偏差原因 perhaps after them (`4 4`, `5 5 达到预期目标`),
 * its completion perhaps before them (`332% 5 5`): how many cells come before the points, or -1
 * where the line is none such.
 */
function cellsBeforePoints(row: Row | undefined): number {
  if (!row) return -1;
  const at = pointsPairAt(row);
  if (at < 0 || at > MAX_CELLS_BEFORE_POINTS) return -1;
  // A label of the table before the figures (总分 100 92.3) is a row of its own, no row's completion.
  if (row.cells.slice(0, at).some((c) => TABLE_LABELS.has(labelKey(text(c))))) return -1;
  return at;
}

/**
 * The ways the lines from `i` to `end` part into `count` wrapped cells, each of two lines or more
 * whose lines after the first are as long as the first but the last, no longer than it: each way
 * the lines each cell starts at, with how many cells end on a full line (a text that just fills its
 * column: its last line as long as the first).
 */
function cellCuts(rows: readonly Row[], i: number, end: number, count: number): { starts: number[]; full: number }[] {
  if (count === 0) return i === end ? [{ starts: [], full: 0 }] : [];
  if (!isPieceLine(rows[i])) return [];
  const first = width(rows[i]!);
  const out: { starts: number[]; full: number }[] = [];
  for (let k = i + 1; k < end; k++) {
    const w = width(rows[k]!);
    if (w > first) break;
    for (const rest of cellCuts(rows, k + 1, end, count - 1)) out.push({ starts: [i, ...rest.starts], full: rest.full + (w === first ? 1 : 0) });
    if (w < first) break;
  }
  return out;
}

/**
 * Where the cells of the lines from `i` to `end` start: the one way to part them into `count`
 * wrapped cells with fewest cells that end on a full line (each such end is a text that happens
 * to fill its column: `1、130` / `0家；2、` / `按计划完成` before `达成预期` / `指标`); null where
 * no way parts them or two part them alike.
 */
function wrappedCells(rows: readonly Row[], i: number, end: number, count: number): number[] | null {
  const cuts = cellCuts(rows, i, end, count);
  if (cuts.length === 0) return null;
  const fewest = Math.min(...cuts.map((c) => c.full));
  const best = cuts.filter((c) => c.full === fewest);
  return best.length === 1 ? best[0]!.starts : null;
}

/** Does a row start at `i`: after the head, a label of the table, or a row's values (not after words). */
function opensRow(rows: readonly Row[], i: number): boolean {
  const before = rows[i - 1];
  if (!before) return false;
  if (before.cells.length !== 1) return true;
  const t = text(before.cells[0]!);
  return TABLE_LABELS.has(labelKey(t)) || FIGURE.test(t);
}

export function joinStackedCellRows(rows: readonly Row[]): Row[] {
  return rewriteIndicatorRuns(rows, (rs, i) => (opensRow(rs, i) ? stackedRowAt(rs, i) : null));
}

/** The row whose cells are stacked over the lines from `i`, and the last line it took; null where none starts there. */
function stackedRowAt(rows: readonly Row[], i: number): { row: Row; last: number } | null {
  let end = i;
  while (isPieceLine(rows[end])) end++;
  const before = cellsBeforePoints(rows[end]);
  if (before < 0) return null;
  const count = ROW_CELLS - before;
  if (count < 1) return null;
  const starts = wrappedCells(rows, i, end, count);
  if (!starts) return null;
  const cells: Cell[] = starts.map((at, k) => joinedLines(rows, at, (starts[k + 1] ?? end) - at));
  return { row: { ...rows[i]!, cells: [...cells, ...rows[end]!.cells] }, last: end };
}

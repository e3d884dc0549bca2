import type { Cell, Row } from "../../layout/grid.js";
import { labelKey } from "../../template/labels.js";
import { COMPARISON_SIGNS, TABLE_LABELS, cellText as text, joinedLines, lineWidth as width, pointsPairAt, rewriteIndicatorRuns } from "./indicator-runs.js";

/**
 * An indicator row whose 三级 name and target a converter printed on one line while the
 * completion, wrapped in its narrow column, came below them a piece a line before the points and
 * score (`pdftotext -raw`: `数据准确率 ≥98%` / `98.1` / `%` / `4 4`, `每场活动成本 ≤2万元` /
 * `1.7万` / `元` / `3 3`). Read by lines the row loses its completion and its points. Under an
 * indicator head it is one row again where only one cut keeps the row's figures whole: the target
 * is a whole figure with its unit (any piece after it would make it none), the pieces are one
 * wrapped cell (as long as the first but the last, shorter) that joined is a figure with its unit,
 * and the next line opens on the points and score (its 偏差原因 may follow). Anything else is left
 * as read.
 */

/** A target whole: a figure, a comparison sign before it perhaps, its unit after it (≥98%, ≤2万元, 30). */
const WHOLE_TARGET = new RegExp(`^${COMPARISON_SIGNS}?\\d+(?:\\.\\d+)?(?:%|[\\u4e00-\\u9fff]{1,4})?$`);
/** A completion whole: a figure and its unit (98.1%, 1.7万元, 28天). */
const WHOLE_COMPLETION = /^\d+(?:\.\d+)?(?:%|[\u4e00-\u9fff]{1,4})$/;
/** Most lines a wrapped completion takes. */
const MAX_PIECES = 3;

/** A line of a name and a whole target: two cells, the first words that are no label of the table. */
function isNameAndTarget(row: Row): boolean {
  if (row.cells.length !== 2) return false;
  const [name, target] = row.cells.map(text) as [string, string];
  return name !== "" && !/\d/.test(name) && !TABLE_LABELS.has(labelKey(name)) && WHOLE_TARGET.test(target);
}

const isPiece = (row: Row | undefined): boolean => !!row && row.cells.length === 1 && text(row.cells[0]!) !== "" && !TABLE_LABELS.has(labelKey(text(row.cells[0]!)));

/** A line opening on two figures (the points and score), no figure after them (its 偏差原因 may follow). */
const isPointsLine = (row: Row | undefined): boolean => row !== undefined && pointsPairAt(row) === 0;

/** Lines `from`..`end` as one wrapped cell: each as long as the first but the last, shorter. */
function isWrappedCell(rows: readonly Row[], from: number, end: number): boolean {
  const first = width(rows[from]!);
  const widths = rows.slice(from + 1, end).map(width);
  return widths.slice(0, -1).every((w) => w === first) && widths[widths.length - 1]! < first;
}

function completionBelowAt(rows: readonly Row[], i: number): { row: Row; last: number } | null {
  const row = rows[i]!;
  if (!isNameAndTarget(row)) return null;
  let end = i + 1;
  while (end - i - 1 < MAX_PIECES && isPiece(rows[end])) end++;
  const pieces = end - i - 1;
  if (pieces < 2 || !isPointsLine(rows[end]) || !isWrappedCell(rows, i + 1, end)) return null;
  const completion: Cell = joinedLines(rows, i + 1, pieces);
  if (!WHOLE_COMPLETION.test(text(completion))) return null;
  return { row: { ...row, cells: [...row.cells, completion, ...rows[end]!.cells] }, last: end };
}

/** Inside an indicator table (indicator-runs.ts), each such run one row again. */
export function joinCompletionBelowValues(rows: readonly Row[]): Row[] {
  return rewriteIndicatorRuns(rows, completionBelowAt);
}

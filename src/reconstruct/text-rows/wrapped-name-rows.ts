import type { Row } from "../../layout/grid.js";
import { POINTS_FIGURE as FIGURE, SENTENCE_MARK, cellPieceText, joinedLines, lineWidth as chars, opensRowAfterFigures as opensRow, pointsPairAt, rewriteIndicatorRuns } from "./indicator-runs.js";

/**
 * An indicator row whose 三级 name a converter wrapped over lines of its own, the rest of the row
 * drawn whole on the line after (`pdftotext -raw`: `指标5：新增养老` / `床位` / `≥80张 91张 3 3`).
 * Read by lines the name's pieces are rows with no values and the values a row with no name;
 * name-piece-rows.ts takes a name whose last piece opens the values line, not this. Under an
 * indicator head, two or three lines of one cell are the name of the values line after them where
 * the text settles it: the lines are filled to one width (each but the last as long as the first,
 * the last no longer), hold no figure alone, no label of the table and no sentence's mark (a
 * 偏差原因's lines), and the run opens where a row starts (after the head, a label of the table or
 * a row's points); the values line is a target and a completion, then the points and score, its
 * 偏差原因 perhaps after them. Anything else is left as read.
 */

/** Lines of the name: two or three. */
const MOST_NAME_LINES = 3;
/** The cells before the points on the values line: target, completion. */
const VALUE_CELLS = 2;

function isNameLine(row: Row | undefined): boolean {
  const t = cellPieceText(row);
  return t !== null && !FIGURE.test(t) && !SENTENCE_MARK.test(t);
}

/** The values line: a target and a completion before the points and score, words perhaps after, no figure after them. */
function isValuesLine(row: Row | undefined): boolean {
  return row !== undefined && pointsPairAt(row) === VALUE_CELLS;
}

function rowAt(rows: readonly Row[], i: number): { row: Row; last: number } | null {
  if (!opensRow(rows, i) || !isNameLine(rows[i])) return null;
  const width = chars(rows[i]!);
  for (let n = 2; n <= MOST_NAME_LINES && isNameLine(rows[i + n - 1]); n++) {
    const w = chars(rows[i + n - 1]!);
    if (w > width) return null;
    if (isValuesLine(rows[i + n])) return { row: { ...rows[i + n]!, cells: [joinedLines(rows, i, n), ...rows[i + n]!.cells] }, last: i + n };
    if (w < width) return null;
  }
  return null;
}

export function joinWrappedNameRows(rows: readonly Row[]): Row[] {
  return rewriteIndicatorRuns(rows, rowAt);
}

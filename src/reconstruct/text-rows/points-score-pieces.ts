import type { Row } from "../../layout/grid.js";
import { cellText as text, joinedLines, rewriteIndicatorRuns } from "./indicator-runs.js";

/**
 * An indicator row's points and score, the score broken after its point in a narrow column
 * (`pdftotext -raw`: `1` / `0.` / `76`, `4` / `3.` / `2`), each piece a line of its own after the
 * row's completion. broken-figures.ts leaves these three alone, for read as figures they may be
 * 10.76 as well as 1 and 0.76. In an indicator table the row wants two figures there, its points
 * and its score, and only one reading of the three pieces gives two: the first piece the points,
 * the other two the score. Taken where nothing else can claim the pieces: the line before ends on
 * words (a completion, not a figure the first piece could end), the line after is no figure alone
 * (a further piece), and the score is no more than the points; anything else is left as read.
 */

/** A row's points alone: `1`, `10`, `2.5`. */
const POINTS = /^\d{1,3}(?:\.\d+)?$/;
/** A score ending on its decimal point: `0.`, `12.`. */
const OPEN_POINT = /^\d{1,3}\.$/;
/** The score's decimals: `76`, `2`. */
const DECIMALS = /^\d{1,2}$/;
/** A figure alone, ending a line or standing on its own. */
const FIGURE = /^[\d,.]+%?$/;

const alone = (row: Row | undefined, re: RegExp): boolean => row !== undefined && row.cells.length === 1 && re.test(text(row.cells[0]!));

function pointsScoreAt(rows: readonly Row[], i: number): { row: Row; last: number } | null {
  const before = rows[i - 1];
  if (!before || !alone(rows[i], POINTS) || !alone(rows[i + 1], OPEN_POINT) || !alone(rows[i + 2], DECIMALS)) return null;
  const lastBefore = before.cells[before.cells.length - 1];
  if (!lastBefore || FIGURE.test(text(lastBefore))) return null;
  const after = rows[i + 3];
  if (after && after.cells.length === 1 && FIGURE.test(text(after.cells[0]!))) return null;
  const points = rows[i]!.cells[0]!;
  // (The score's two lines as one cell, `0.` and `76` joined.)
  const score = joinedLines(rows, i + 1, 2);
  if (Number(score.text) > Number(text(points))) return null;
  return { row: { ...rows[i]!, cells: [points, score] }, last: i + 2 };
}

export function joinPointsScorePieces(rows: readonly Row[]): Row[] {
  return rewriteIndicatorRuns(rows, pointsScoreAt);
}

import type { Cell, Row } from "../../layout/grid.js";
import { labelKey, matchSpelling } from "../../template/labels.js";
import { type IndicatorColumn, fundRows, headerFields, indicatorColumns, level1Names, level2Names, titlePattern, totalLabels } from "../../template/project.js";

/**
 * What the passes that join an indicator row a converter spread over lines share
 * (spread-indicator-rows.ts: name wrapped, values, method wrapped, score; stacked-cell-rows.ts:
 * name, target and completion each wrapped, then the points; score-below-row.ts: the head's
 * columns, the points' figure): where the indicator table runs
 * (from a head row to the next title), which lines are the table's labels and no cell's piece, and
 * how a cell's lines are joined. What a run looks like is each pass's own (`rowAt`).
 */

/** The labels that stand alone on a line of the table (一级 and 二级 names, 总分) or start another part. */
export const TABLE_LABELS: ReadonlySet<string> = new Set([...level1Names, ...level2Names, ...totalLabels, ...fundRows.flatMap((f) => f.exact), ...headerFields.flatMap((f) => f.exact)].map(labelKey));

/** Fewest indicator column heads that make a row the indicator table's head. */
const MIN_HEADS = 3;

export function cellText(cell: Cell): string {
  return cell.text.trim();
}

/** The characters of a line's first cell: a wrapped cell's line width. */
export const lineWidth = (row: Row): number => [...cellText(row.cells[0]!)].length;

/** A whole figure alone in its cell: a row's points or score (`4`, `2.0`). */
export const POINTS_FIGURE = /^\d+(?:\.\d+)?$/;

/** A target's comparison signs, half- and full-width, as a character class for the passes' patterns. */
export const COMPARISON_SIGNS = "[≥≤=＝<>＜＞]";

/**
 * Where a row's points and score stand: the first two figures side by side, with no figure after
 * them (a 偏差原因 in words may follow). The cells before them, or -1 where the line is none such.
 * Each pass bounds how many cells may come before (a completion, a target and a completion).
 */
export function pointsPairAt(row: Row): number {
  const texts = row.cells.map(cellText);
  const at = texts.findIndex((t, k) => POINTS_FIGURE.test(t) && POINTS_FIGURE.test(texts[k + 1] ?? ""));
  return at < 0 || texts.slice(at + 2).some((t) => POINTS_FIGURE.test(t)) ? -1 : at;
}

/** A line of one filled cell. */
export const oneFilledCell = (row: Row | undefined): boolean => row !== undefined && row.cells.length === 1 && cellText(row.cells[0]!) !== "";

/**
 * The text of a line that may be a piece of a wrapped cell: one filled cell that is no label of the
 * table and no title (which a cell's piece never is); null otherwise.
 */
export function cellPieceText(row: Row | undefined): string | null {
  if (!oneFilledCell(row)) return null;
  const t = cellText(row!.cells[0]!);
  return TABLE_LABELS.has(labelKey(t)) || titlePattern.test(t) ? null : t;
}

/** A sentence's marks: a line holding one is a 偏差原因's or a method's, not a 三级 name's. */
export const SENTENCE_MARK = /[，。；,;]/;

/**
 * Does a row start at `i`: after a label of the table or a figure alone (a row's points), or after a
 * line of cells that ends on a figure (a row's score) or holds three cells or more (the head, a
 * row's values). Not after a line of words, which may be a row's 偏差原因 run on.
 */
export function opensRowAfterFigures(rows: readonly Row[], i: number): boolean {
  const before = rows[i - 1];
  if (!before) return false;
  const last = cellText(before.cells[before.cells.length - 1]!);
  if (before.cells.length === 1) return TABLE_LABELS.has(labelKey(last)) || POINTS_FIGURE.test(last);
  return POINTS_FIGURE.test(last) || before.cells.length >= 3;
}

/** The columns a row names in order, where it is the indicator table's head (three heads or more); null otherwise. */
export function indicatorHeadColumns(row: Row): (IndicatorColumn | null)[] | null {
  const keys = row.cells.map((c) => matchSpelling(labelKey(c.text), indicatorColumns));
  return keys.filter((k) => k !== null).length >= MIN_HEADS ? keys : null;
}

export function isIndicatorHead(row: Row): boolean {
  return indicatorHeadColumns(row) !== null;
}

/** The first cells of `n` lines from `from` as one cell (one line: that cell as it is), each line's source kept. */
export function joinedLines(rows: readonly Row[], from: number, n: number): Cell {
  const cells = rows.slice(from, from + n).map((r) => r.cells[0]!);
  return n === 1 ? cells[0]! : { ...cells[0]!, text: cells.map(cellText).join(""), parts: cells.map((c) => c.source) };
}

/**
 * The rows with each run `rowAt` finds inside an indicator table (after a head row, before the
 * next title) made the one row it gives; `rowAt` returns that row and the last line it took, or null.
 */
export function rewriteIndicatorRuns(rows: readonly Row[], rowAt: (rows: readonly Row[], i: number) => { row: Row; last: number } | null): Row[] {
  const out: Row[] = [];
  let inTable = false;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (isIndicatorHead(row)) inTable = true;
    else if (row.cells.some((c) => titlePattern.test(cellText(c)))) inTable = false;
    const run = inTable ? rowAt(rows, i) : null;
    if (!run) {
      out.push(row);
      continue;
    }
    out.push(run.row);
    i = run.last;
  }
  return out;
}

import type { Cell, Row } from "../../layout/grid.js";
import { charWidth } from "../../extract/text/display-width.js";
import { labelKey, matchSpelling } from "../../template/labels.js";
import { indicatorColumns, level1Names, level2Names, titlePattern, totalLabels } from "../../template/project.js";

/**
 * An indicator row whose 三级 name a converter wrapped in its narrow column, the name's first line
 * drawn alone and the rest opening the row's values line (`pdftotext -raw`: `公共文化服务覆` /
 * `盖面 有所提升 有所提升 10 10`). Read by lines, the first piece is a row of its own and the row's
 * name is its last piece. Under an indicator head, a line of one piece joins the values line after
 * it where the text settles it: the values line is a whole row (a name, a target and a completion
 * before its points and score), its first cell is no wider than the piece (a wrap's last line is
 * not longer than its first), and the piece opens a row: it comes after the head or a 一级/二级
 * name alone, or after a row's values where it is as wide as a name piece so settled before in the
 * table (the name column's width; a line of the row before's 偏差原因 would be as wide only by
 * chance of the same width). Anything else is left as read.
 */

/** Fewest indicator column heads that make a row the indicator table's head. */
const MIN_HEADS = 3;
/** The cells before the points in a whole row: 三级 name, target, completion. */
const ROW_CELLS = 3;
/** A wrapped line may fall one wide character short of its width (a mark kept with its word). */
const SLACK = 2;

const FIGURE = /^\d+(?:\.\d+)?%?$/;
const POINTS = /^\d+(?:\.\d+)?$/;
const LABELS: ReadonlySet<string> = new Set([...level1Names, ...level2Names, ...totalLabels].map(labelKey));

const text = (cell: Cell): string => cell.text.trim();
const displayWidth = (s: string): number => [...s].reduce((w, ch) => w + charWidth(ch), 0);

function isHead(row: Row): boolean {
  return row.cells.filter((c) => matchSpelling(labelKey(c.text), indicatorColumns) !== null).length >= MIN_HEADS;
}

/** A row of 一级/二级 names alone (`效益指标`, `效益指标 社会效益指标`). */
function isLevelLine(row: Row): boolean {
  return row.cells.length > 0 && row.cells.every((c) => LABELS.has(labelKey(text(c))));
}

/** A line of one cell that is no label, figure or title: a piece of a wrapped cell. */
function isPiece(row: Row | undefined): boolean {
  if (!row || row.cells.length !== 1) return false;
  const t = text(row.cells[0]!);
  return t !== "" && !FIGURE.test(t) && !LABELS.has(labelKey(t)) && !titlePattern.test(t);
}

/** Index of the points where two figures stand together with no figure after them; -1 otherwise. */
function pointsAt(row: Row): number {
  const t = row.cells.map(text);
  const at = t.findIndex((s, k) => POINTS.test(s) && POINTS.test(t[k + 1] ?? ""));
  return at < 0 || t.slice(at + 2).some((s) => FIGURE.test(s)) ? -1 : at;
}

/** A whole row's values line: exactly a name, a target and a completion before its points. */
function isWholeRow(row: Row | undefined): boolean {
  if (!row || pointsAt(row) !== ROW_CELLS) return false;
  const first = text(row.cells[0]!);
  return !FIGURE.test(first) && !LABELS.has(labelKey(first));
}

export function joinNamePieceRows(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  let inTable = false;
  let nameWidth: number | null = null;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (isHead(row)) {
      inTable = true;
      nameWidth = null;
    } else if (row.cells.some((c) => titlePattern.test(text(c)))) inTable = false;
    const values = rows[i + 1];
    const before = rows[i - 1];
    if (!inTable || !before || !isPiece(row) || !isWholeRow(values)) {
      out.push(row);
      continue;
    }
    const piece = text(row.cells[0]!);
    const w = displayWidth(piece);
    const rest = values!.cells[0]!;
    if (displayWidth(text(rest)) > w) {
      out.push(row);
      continue;
    }
    const afterLabel = isHead(before) || isLevelLine(before);
    const afterValues = pointsAt(before) >= 0 && nameWidth !== null && w <= nameWidth && w >= nameWidth - SLACK;
    if (!afterLabel && !afterValues) {
      out.push(row);
      continue;
    }
    if (afterLabel) nameWidth = Math.max(nameWidth ?? 0, w);
    const name: Cell = { ...row.cells[0]!, text: piece + text(rest), parts: [row.cells[0]!.source, rest.source] };
    out.push({ ...values!, cells: [name, ...values!.cells.slice(1)] });
    i++;
  }
  return out;
}

import type { Cell, Row } from "../../layout/grid.js";
import { labelKey } from "../../template/labels.js";
import { onlyCut } from "./only-cut.js";
import { BOUND_WORDS } from "../classify.js";
import { COMPARISON_SIGNS, POINTS_FIGURE as FIGURE, SENTENCE_MARK, TABLE_LABELS, cellPieceText, cellText as text, joinedLines, oneFilledCell as oneCell, opensRowAfterFigures as opensRow, pointsPairAt, rewriteIndicatorRuns } from "./indicator-runs.js";

/**
 * An indicator row whose target and completion, two quantities in one unit, a converter wrapped in
 * narrow columns and drew one piece a line (`pdftotext -raw`): `维修校舍面积` / `≥1170` / `0平方米`
 * / `1233` / `4平方米` / `2 2`. Read by lines the pieces are rows of their own, a bare `1233`
 * taken for a row's points; stacked-cell-rows.ts wants each cell over two lines or more, filled
 * to one width, which such figures are not. What settles the row here is the unit: the value lines
 * part into a target (a comparator perhaps, a number, a unit) and a completion (a number, the same
 * unit) at exactly one line, the completion perhaps standing whole before the points on their
 * line (`不少于29` / `个` / `36个 3 3`). The name is the lines before the first that opens a
 * value, one to three lines of words with no sentence's mark (a 偏差原因 before the name is not told from it), or one cell
 * after the row's 一级/二级 names on their line, the run opening where a row starts (after the head, a label
 * of the table, or a row's points) and ending on the points and score. Anything else is left.
 */

/** Most lines of the name. */
const MOST_NAME_LINES = 3;
/** Most value lines before the points line. */
const MOST_VALUE_LINES = 6;

const COMPARATOR = `(?:${COMPARISON_SIGNS}|${BOUND_WORDS})`;
const UNIT = "([^\\d\\s,.、；;，。()（）]{1,4}|%)";
/** A target: a comparator perhaps, a number, a unit: `≥11700平方米`, `74600人次`. */
const TARGET = new RegExp(`^${COMPARATOR}?\\d[\\d,]*(?:\\.\\d+)?${UNIT}$`);
/** A completion: a number and a unit: `12334平方米`. */
const COMPLETION = new RegExp(`^\\d[\\d,]*(?:\\.\\d+)?${UNIT}$`);
/** A line opening a value: a comparator or a digit first. */
const VALUE_START = new RegExp(`^(?:${COMPARATOR}|\\d)`);

/** A line of the name: one cell of words, no label of the table, no value's start, no sentence's mark. */
function isNameLine(row: Row | undefined): boolean {
  const t = cellPieceText(row);
  return t !== null && !VALUE_START.test(t) && !SENTENCE_MARK.test(t);
}

/**
 * A line of a value's pieces: one cell, or two a converter set apart by a space inside the value
 * (`不少于 89` / `万平方米` / `111 万平` / `方米`); the unit cut below settles whether they make one.
 */
const isValueLine = (row: Row | undefined): boolean => oneCell(row) || (row !== undefined && row.cells.length === 2 && row.cells.every((c) => text(c) !== ""));

const lineText = (row: Row): string => row.cells.map(text).join("");

/** The value lines from `from`, `n` of them, as one cell, every piece's source kept. */
function valueLines(rows: readonly Row[], from: number, n: number): Cell {
  const lines = rows.slice(from, from + n);
  if (lines.every((r) => r.cells.length === 1)) return joinedLines(rows, from, n);
  return { ...lines[0]!.cells[0]!, text: lines.map(lineText).join(""), parts: lines.flatMap((r) => r.cells.map((c) => c.source)) };
}

/** A line of 一级/二级 names (labels of the table) and one cell more that reads as a name. */
function isLevelsAndName(row: Row): boolean {
  const t = row.cells.map(text);
  if (t.length < 2 || !t.slice(0, -1).every((s) => TABLE_LABELS.has(labelKey(s)))) return false;
  return isNameLine({ ...row, cells: [row.cells[row.cells.length - 1]!] });
}

/** The points line: the points and the score, a completion perhaps before them, words perhaps after; cells before the points, or -1. */
function pointsLine(row: Row | undefined): number {
  if (!row) return -1;
  const at = pointsPairAt(row);
  return at > 1 ? -1 : at;
}

const unitOf = (re: RegExp, s: string): string | null => re.exec(s)?.[1] ?? null;

/** Is `target` a target and `completion` a completion in the same unit? */
function sameUnit(target: string, completion: string): boolean {
  const unit = unitOf(TARGET, target);
  return unit !== null && unit === unitOf(COMPLETION, completion);
}

/**
 * A row drawn on two lines, the target broken between them (`受理群众来电 不少于5` / `1万件 62万件 2 2`):
 * the target's pieces are one where, together and not before, they make a target in the unit of
 * the completion after them.
 */
function targetAcrossLinesAt(rows: readonly Row[], i: number): { row: Row; last: number } | null {
  const row = rows[i]!;
  const next = rows[i + 1];
  if (row.cells.length !== 2 || !next || next.cells.length < 4) return null;
  const t = next.cells.map(text);
  // The second line: the target's rest, the completion, the points and score, words perhaps after.
  if (!FIGURE.test(t[2]!) || !FIGURE.test(t[3]!) || t.slice(4).some((x) => FIGURE.test(x))) return null;
  const name = text(row.cells[0]!);
  if (VALUE_START.test(name) || SENTENCE_MARK.test(name) || TABLE_LABELS.has(labelKey(name))) return null;
  const head = text(row.cells[1]!);
  const tail = text(next.cells[0]!);
  if (!VALUE_START.test(head) || unitOf(TARGET, head) !== null || !sameUnit(head + tail, text(next.cells[1]!))) return null;
  const target = { ...row.cells[1]!, text: head + tail, parts: [row.cells[1]!.source, next.cells[0]!.source] };
  return { row: { ...row, cells: [row.cells[0]!, target, ...next.cells.slice(1)] }, last: i + 1 };
}

function rowAt(rows: readonly Row[], i: number): { row: Row; last: number } | null {
  // (A line holding the name and the target's first piece opens its row whatever comes before.)
  const across = targetAcrossLinesAt(rows, i);
  if (across) return across;
  // The name beside its 一级/二级 names on their line (`数量指标 建设高标准农田面积` / `=11600` / `亩` …) opens its row there.
  const besideLevels = isLevelsAndName(rows[i]!);
  if (!besideLevels && !opensRow(rows, i)) return null;
  let v = besideLevels ? i + 1 : i;
  if (!besideLevels) while (v - i < MOST_NAME_LINES && isNameLine(rows[v])) v++;
  if (v === i || !isValueLine(rows[v]) || !VALUE_START.test(text(rows[v]!.cells[0]!))) return null;
  let end = v;
  while (end - v < MOST_VALUE_LINES && isValueLine(rows[end]) && pointsLine(rows[end]) < 0) end++;
  const before = pointsLine(rows[end]);
  if (before < 0) return null;
  const pieces = rows.slice(v, end).map(lineText);
  const points = rows[end]!;
  let values: Cell[] | null = null;
  if (before === 1) {
    // The completion stands whole before the points: every value line is the target.
    if (pieces.length >= 2 && sameUnit(pieces.join(""), text(points.cells[0]!))) values = [valueLines(rows, v, pieces.length)];
  } else {
    const cut = onlyCut(pieces, sameUnit);
    if (cut !== null && pieces.length >= 3) values = [valueLines(rows, v, cut), valueLines(rows, v + cut, pieces.length - cut)];
  }
  if (!values) return null;
  const named = besideLevels ? rows[i]!.cells : [joinedLines(rows, i, v - i)];
  return { row: { ...rows[i]!, cells: [...named, ...values, ...points.cells] }, last: end };
}

export function joinUnitPairedValues(rows: readonly Row[]): Row[] {
  return rewriteIndicatorRuns(rows, rowAt);
}

import type { Cell, Row } from "../../layout/grid.js";
import { labelKey } from "../../template/labels.js";
import { level1Names, level2Names } from "../../template/project.js";
import { COMPARISON_SIGNS, rewriteIndicatorRuns } from "./indicator-runs.js";

/**
 * An indicator row whose 三级 name stands whole beside its 一级/二级 names while its target a
 * converter wrapped on the lines below, the completion opening the points' line (`pdftotext
 * -raw`: `数量指标 维修校舍面积` / `≥7700` / `平方米` / `8318平方米 10 10`). Read by lines the row
 * comes apart. Under an indicator head, it is one row again where the text settles it: the first
 * line is 一级/二级 names and one cell more (the name), the lines after it are one cell each, the
 * first opening on a comparison sign (a target's, so no rest of the name) or on the numbering the
 * name's items open on, and then a line with
 * one cell before its points and score (the completion). Anything else is left as read.
 */

const POINTS = /^\d+(?:\.\d+)?$/;
const FIGURE = /^\d+(?:\.\d+)?%?$/;
/** A target opening on a comparison sign: ≥7700, ≤721万, =100%. */
const COMPARED = new RegExp(`^${COMPARISON_SIGNS}`);
const LEVELS: ReadonlySet<string> = new Set([...level1Names, ...level2Names].map(labelKey));
/** Most lines a wrapped target takes. */
const MAX_TARGET_LINES = 4;

const text = (cell: Cell): string => cell.text.trim();

/** 一级/二级 names then one more cell, not a figure: the row's name. */
function isLevelsAndName(row: Row): boolean {
  const t = row.cells.map(text);
  if (t.length < 2) return false;
  const name = t[t.length - 1]!;
  return t.slice(0, -1).every((s) => LEVELS.has(labelKey(s))) && !LEVELS.has(labelKey(name)) && !FIGURE.test(name) && !COMPARED.test(name);
}

/** One cell before two figures that close the line (the completion, the points and the score). */
function isCompletionLine(row: Row | undefined): boolean {
  if (!row || row.cells.length !== 3) return false;
  const t = row.cells.map(text);
  return !POINTS.test(t[0]!) && POINTS.test(t[1]!) && POINTS.test(t[2]!);
}

const isPiece = (row: Row | undefined): boolean => !!row && row.cells.length === 1 && text(row.cells[0]!) !== "" && !FIGURE.test(text(row.cells[0]!)) && !LEVELS.has(labelKey(text(row.cells[0]!)));

/** An item's numbering opening a cell: 1、 1. (1) ①. */
const NUMBERING = /^(?:\d{1,2}[、.．]|[(（]\d{1,2}[)）]|[①-⑩])/;

/**
 * Does the line open the name's target: on a comparison sign, or on the numbering the name's
 * items open on (`1、差错率2、完成进度` / `1、≤2%；2、按计` / `划完成`: a target item by item, as the name)?
 */
function opensTarget(line: string, name: string): boolean {
  if (COMPARED.test(line)) return true;
  const numbering = NUMBERING.exec(line)?.[0];
  return numbering !== undefined && NUMBERING.exec(name)?.[0] === numbering;
}

/** The row a name with its target wrapped below it starts at `i`, and the line of its completion; null where the text does not settle it. */
function targetBelowNameAt(rows: readonly Row[], i: number): { row: Row; last: number } | null {
  const row = rows[i]!;
  if (!isLevelsAndName(row) || !isPiece(rows[i + 1]) || !opensTarget(text(rows[i + 1]!.cells[0]!), text(row.cells[row.cells.length - 1]!))) return null;
  let end = i + 1;
  while (end - i - 1 < MAX_TARGET_LINES && isPiece(rows[end])) end++;
  if (!isCompletionLine(rows[end])) return null;
  const pieces = rows.slice(i + 1, end).map((r) => r.cells[0]!);
  const target: Cell = { ...pieces[0]!, text: pieces.map(text).join(""), parts: pieces.map((c) => c.source) };
  return { row: { ...row, cells: [...row.cells, target, ...rows[end]!.cells] }, last: end };
}

/** Inside an indicator table (indicator-runs.ts), each such run one row again. */
export function joinTargetBelowName(rows: readonly Row[]): Row[] {
  return rewriteIndicatorRuns(rows, targetBelowNameAt);
}

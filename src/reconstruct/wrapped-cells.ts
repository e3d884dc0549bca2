import type { Cell } from "../layout/grid.js";
import { labelKey } from "../template/labels.js";
import { level1Names, level2Names } from "../template/project.js";
import { columnRoles, labelRole } from "./row-view.js";

/**
 * One cell a line, some pages break a cell's paragraph at its own line wraps (`部门预` / `算管理` /
 * `80分)`): each piece is a line, and so a cell of its own. This tells, from what the text gives,
 * whether a line goes on with the cell above it. The caller says where the row's column heads
 * leave room for one cell only (segment-stream.ts: the text before a 二级 name is one 一级 cell).
 */

const names = new Set([...level1Names, ...level2Names]);

/** A character that ends a phrase or a cell: punctuation, a closing bracket, a digit or a sign. */
const CLOSES = /[。．.，,、；;：:！!？?)）\]】》"”'’%％0-9０-９]$/;
/** An item's number opening a line: 1. 1、 (1) （一） 一、 ①. */
const NUMBERED = /^(?:[0-9０-９]+[.．、)）]|[(（][0-9０-９一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|[①-⑳])/;
/** Points whose opening bracket the page lost: `80分)`. */
const LOST_BRACKET_POINTS = /^[0-9０-９]+(?:[.．][0-9０-９]+)?分[)）]$/;

/** Is this text something of its own: a label, a column name, a level name the template knows? */
function isKnownName(text: string): boolean {
  const key = labelKey(text);
  return labelRole(text) !== null || columnRoles(text).indicator !== null || columnRoles(text).fund !== null || names.has(key);
}

/** Does the closing bracket at the end of `text` close none opened before it? */
function closesUnopened(text: string): boolean {
  const opened = (text.match(/[(（]/g) ?? []).length;
  const closed = (text.match(/[)）]/g) ?? []).length;
  return closed > opened;
}

/**
 * Does `next` go on with the cell `before` (the cell's text so far)? It does when `before` ends
 * mid-phrase (on a Chinese character, with no closing punctuation, and is no name of its own) and
 * `next` starts with no label or number (a Chinese character, not a known name, not an item's
 * number), or `next` is points closing a bracket the cell never opened (`80分)` after `部门预算管理`).
 */
export function continuesCell(before: string, next: string): boolean {
  const a = before.trim();
  const b = next.trim();
  if (a === "" || b === "") return false;
  if (CLOSES.test(a) || !/[\u4e00-\u9fff]$/.test(a) || isKnownName(a)) return false;
  if (LOST_BRACKET_POINTS.test(b)) return closesUnopened(a + b);
  return /^[\u4e00-\u9fff]/.test(b) && !NUMBERED.test(b) && !isKnownName(b);
}

/**
 * The cells of one cell broken at its line wraps, joined as one (the first's source kept), or null
 * unless every junction shows that the line goes on with the cell above it.
 */
export function joinWrapped(cells: readonly Cell[]): Cell | null {
  if (cells.length < 2) return null;
  let text = cells[0]!.text.trim();
  for (let i = 1; i < cells.length; i++) {
    if (!continuesCell(text, cells[i]!.text)) return null;
    // A line the same as the one above it is a value printed twice (a target met as set: 良好 / 良好),
    // two cells: a paragraph's wraps do not repeat a line.
    if (cells[i]!.text.trim() === cells[i - 1]!.text.trim()) return null;
    text += cells[i]!.text.trim();
  }
  return { ...cells[0]!, text };
}

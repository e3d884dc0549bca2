import type { Cell } from "../layout/grid.js";
import { patternKey } from "../normalise/fold-width.js";
import { indicatorColumns, tableColumnHeads, tableLabels } from "../template/project.js";

/**
 * A row of spaced cells cut from a form run onto one line (reconstruct/text-rows/cell-spaced.ts) parts most
 * cells by spaces, but where the page broke a line nothing stands between two cells: a column head
 * runs into the next head (`偏差原因分析及改进措施指标值`) or into the text under it (`实际完成情况完成
 * 全年任务。`, the goals' second column name and the first goal). Such a token is cut after the heads
 * it opens with, when the template spells them so and the row names columns (two cells of it are
 * heads alone): into its heads, or its heads and the rest, the rest being the row's first value
 * after them. Other tokens are left whole (预算资金执行率 is an indicator's name in a row of values).
 */

/** The heads of the funds, goals and indicator tables and their labels, longest first. */
const HEADS = [...tableColumnHeads.flatMap((table) => table.flatMap((c) => c.exact)), ...tableLabels]
  .filter((h, i, all) => all.indexOf(h) === i)
  .sort((a, b) => b.length - a.length);
const HEAD_SET = new Set(HEADS);
/** The characters a head begins with: a token opening with none of them is passed at once. */
const HEAD_FIRST = new Set(HEADS.map((h) => h[0]!));
/** Shortest head cut off a token's start (二级, 分值 are words of values too: only whole). */
const MIN_HEAD = 3;
/** Cells of the row that are heads alone for the row to be taken for column names. */
const MIN_WHOLE_HEADS = 2;
/** A note a head may carry: its unit or its formula, (万元), (A), (B/A). */
const NOTE = /^[(（][^()（）]{0,8}[)）]/;

/** The heads a token opens with (each with its note) and where they end. */
function headsAt(key: string): { heads: number[]; end: number } {
  const heads: number[] = [];
  let at = 0;
  for (;;) {
    const head = HEADS.find((h) => h.length >= MIN_HEAD && key.startsWith(h, at));
    if (!head) break;
    at += head.length;
    // (Notes one after another too: a block's label with its unit and its points, 预算执行情况(万元)(20分).)
    for (let note = NOTE.exec(key.slice(at)); note; note = NOTE.exec(key.slice(at))) at += note[0].length;
    heads.push(at);
  }
  return { heads, end: at };
}

/** Is the token one head, with its notes if it has any (执行数, 执行数(B))? */
function isHeadAlone(key: string): boolean {
  if (HEAD_SET.has(key)) return true;
  if (!HEAD_FIRST.has(key[0] ?? "") || !NOTE_INSIDE.test(key)) return false;
  const { heads, end } = headsAt(key);
  return heads.length === 1 && end === key.length;
}
const NOTE_INSIDE = /[(（]/;

/** The row's cells with each token that joins heads (and perhaps a value after them) cut apart. */
export function splitJoinedHeads(cells: Cell[]): Cell[] {
  // (Most rows hold no head run into anything: one pass to find whole heads, then only the tokens that open with one.)
  let whole = 0;
  // (A head with its note is a head alone too: 执行数(B), 执行率(B/A).)
  for (const c of cells) if (isHeadAlone(patternKey(c.text.trim()))) whole++;
  let out: Cell[] | null = null;
  cells.forEach((c, i) => {
    const text = c.text.trim();
    const key = patternKey(text);
    const { heads, end } = !HEAD_FIRST.has(key[0] ?? "") || HEAD_SET.has(key) ? { heads: [], end: 0 } : headsAt(key);
    const pieces = heads.length === 0 || whole < MIN_WHOLE_HEADS ? null : end === key.length ? (heads.length >= 2 ? heads : null) : [...heads, key.length];
    if (!pieces) {
      out?.push(c);
      return;
    }
    out ??= cells.slice(0, i);
    let from = 0;
    for (const to of pieces) {
      out.push({ ...c, text: text.slice(from, to) });
      from = to;
    }
  });
  return out ?? cells;
}

/**
 * Column heads printed over two lines (`年度 | 实际 | 分值 | 得分 | 偏差…` above `指标值 | 完成值`),
 * run onto one row: the second line's words end the row, and each goes back to the head it
 * completes, in order (年度 + 指标值 = 年度指标值, 实际 + 完成值 = 实际完成值). Only where every
 * one of the last words makes a head the template spells so with a word before it that is no head
 * alone, in the same order; otherwise the row is left as it is.
 */
export function foldTwoLineHeads(cells: Cell[]): Cell[] {
  const keys = cells.map((c) => patternKey(c.text.trim()));
  for (let k = Math.min(MAX_SECOND_LINE, Math.floor(cells.length / 3)); k >= 1; k--) {
    const tail = keys.slice(-k);
    if (!tail.every((t) => t !== "" && !/[0-9０-９]/.test(t))) continue;
    const firsts: number[] = [];
    let from = 0;
    for (const t of tail) {
      let at = -1;
      for (let i = from; i < keys.length - k; i++) {
        if (!HEAD_SET.has(keys[i]!) && INDICATOR_HEADS.has(keys[i]! + t)) {
          at = i;
          break;
        }
      }
      if (at < 0) break;
      firsts.push(at);
      from = at + 1;
    }
    if (firsts.length !== k) continue;
    const out = cells.slice(0, -k).map((c) => ({ ...c }));
    firsts.forEach((at, j) => (out[at] = { ...out[at]!, text: out[at]!.text.trim() + cells[cells.length - k + j]!.text.trim() }));
    return out;
  }
  return cells;
}

/** Most words a head's second line holds. */
const MAX_SECOND_LINE = 4;
const INDICATOR_HEADS = new Set(indicatorColumns.flatMap((c) => c.exact));

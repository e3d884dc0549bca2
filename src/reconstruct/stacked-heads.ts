import type { Cell } from "../layout/grid.js";
import { labelKey } from "../template/labels.js";
import { level1Names, level2Names } from "../template/project.js";
import { classify } from "./classify.js";
import { columnRoles, labelRole } from "./row-view.js";

const levelNames = new Set([...level1Names, ...level2Names]);

/** Longest word of a head printed over two rows (指标, 县级, 市级 over 分值, 评分, 评分). */
const MAX_HEAD_PIECE = 4;

/**
 * An indicator header printed on two rows, one cell a line, whose upper row ends with words that
 * name no column alone (指标 | 县级 | 市级) over a lower row that completes each of them (分值 | 评分 |
 * 评分): a scoring sheet whose 分值 and two levels' 评分 each span a word above them. The stream
 * gives the upper row's cells, then the lower row's; read as they come, the upper words ended the
 * header and started a row, and the lower ones became rows of their own. Each pair is one head
 * (指标分值, 县级评分, 市级评分), in the upper word's place; the lower row's cells go.
 *
 * Told by the cells alone: after the header's column names (a level's among them), a run of short
 * words none of which the template knows, then as many short words of which one at least is a column
 * name, and at least half of the pairs joined making one. `heads` holds the joined cells, heads of
 * the header even where the template knows the joined name not (市级评分: a reviewer's score).
 */
export function joinStackedHeads(cells: readonly Cell[]): { cells: Cell[]; heads: Set<Cell> } {
  const heads = new Set<Cell>();
  let out: Cell[] = [...cells];
  for (let at = 0; at < out.length; at++) {
    if (!isLevelHead(out[at]!.text)) continue;
    const joined = joinAfter(out, at);
    if (!joined) continue;
    for (const h of joined.heads) heads.add(h);
    out = joined.cells;
    at = joined.end;
  }
  return { cells: out, heads };
}

/** The stacked heads after the header's level column at `start`, joined; null where there are none. */
function joinAfter(cells: readonly Cell[], start: number): { cells: Cell[]; heads: Cell[]; end: number } | null {
  // The header's column names (blanks among them: unnamed merged columns).
  let j = start + 1;
  while (j < cells.length && (blank(cells[j]!) || columnRoles(cells[j]!.text).indicator !== null)) j++;
  const upper: number[] = [];
  let k = j;
  for (; k < cells.length; k++) {
    const c = cells[k]!;
    if (blank(c)) continue;
    if (!isUpperWord(c.text)) break;
    upper.push(k);
  }
  if (upper.length < 2) return null;
  const lower: number[] = [];
  for (let i = k; i < cells.length && lower.length < upper.length; i++) {
    if (blank(cells[i]!)) continue;
    if (!isLowerWord(cells[i]!.text)) break;
    lower.push(i);
  }
  if (lower.length !== upper.length || !lower.some((i) => columnRoles(cells[i]!.text).indicator !== null)) return null;
  const texts = upper.map((u, n) => word(cells[u]!.text) + word(cells[lower[n]!]!.text));
  if (texts.filter((t) => columnRoles(t).indicator !== null).length * 2 < texts.length) return null;
  const first = lower[0]!;
  const last = lower.at(-1)!;
  const heads: Cell[] = [];
  const out: Cell[] = [];
  cells.forEach((c, i) => {
    const n = upper.indexOf(i);
    if (n >= 0) {
      const head = { ...c, text: texts[n]! };
      heads.push(head);
      out.push(head);
    } else if (i < first || i > last) out.push(c);
  });
  return { cells: out, heads, end: first - 1 };
}

const blank = (c: Cell) => c.text.trim() === "";

function isLevelHead(text: string): boolean {
  const col = columnRoles(text).indicator;
  return col === "level1" || col === "level2" || col === "level3";
}

/** A short word of its own characters, no figure, which the template does not know as anything. */
function isUpperWord(text: string): boolean {
  const t = word(text);
  if (!isShortWord(t)) return false;
  return columnRoles(t).indicator === null && columnRoles(t).fund === null && labelRole(t) === null && !levelNames.has(labelKey(t));
}

/** A short word of its own characters, no figure: a head's lower half (分值, 评分). */
function isLowerWord(text: string): boolean {
  return isShortWord(word(text));
}

/** A head's word without the spaces a page may print between its characters (分 值). */
const word = (text: string) => text.replace(/[\s\u3000]+/g, "");

function isShortWord(t: string): boolean {
  return [...t].length <= MAX_HEAD_PIECE && /^[\u4e00-\u9fff]+$/.test(t) && classify(t).kind === "text";
}

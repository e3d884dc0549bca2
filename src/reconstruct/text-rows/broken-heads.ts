import type { Cell, Row } from "../../layout/grid.js";
import { labelKey } from "../../template/labels.js";
import { columnHeadStarts as HEAD_STARTS, spellsColumnHead as isHead } from "../../template/broken-spellings.js";

/**
 * A table's column heads a converter broke over lines (`pdftotext -raw`, the page's drawing order):
 * a head row's wide heads on one line, its narrow ones in pieces on the lines after
 * (`年初预算数 全年预算数 全年执行数 分值` / `执行` / `率` / `得分`; `一级指标 二级指标 三级指标 年度 指标值`
 * / `实际 完成` / `值`; `年初预算数` / `(A) 全年执行数(B) 分值(10` / `分) 执行率(B/A)`). Read by lines,
 * each line is a row, the head row is cut short and its pieces are rows of no table. Here the lines
 * of such a run are one head row again: every cell of every line a head or a piece of one, taken in
 * turn the pieces spell heads the template knows (the longest each time), and at least one head
 * was broken. A run whose pieces leave a cell that is no head is left as it is.
 */

/** Longest piece of a head a line holds (a narrow column's line). */
const MAX_PIECE = 10;

// The column heads (isHead) and their proper starts (HEAD_STARTS) are the template's vocabulary
// of broken spellings (template/broken-spellings.ts), shared with broken-labels.ts.

/** Could the text begin a head: a head's start, or a head with its note begun (分值(10)? */
function beginsHead(text: string): boolean {
  const key = labelKey(text);
  if (HEAD_STARTS.has(key)) return true;
  const open = /^(.+)\([^()]*$/.exec(key);
  return open !== null && isHead(open[1]!);
}

/** A cell that may be a head's piece: short, a figure only inside its note (分值(10, 分)). */
function isPiece(text: string): boolean {
  const t = text.trim();
  // (A note of points alone, (50分), is the 一级 row's weight below the heads, not a head's note.)
  if (POINTS_NOTE.test(t)) return false;
  return t !== "" && [...t].length <= MAX_PIECE && !/\d/.test(t.replace(/[(（][^()（）]*(?:[)）]|$)/g, ""));
}

/** A whole note holding a figure: (50分), (10). */
const POINTS_NOTE = /^[(（][^()（）]*\d[^()（）]*[)）]$/;

/** Most lines one head row is taken from: its wide heads on the first line, the narrow ones after. */
const MAX_LINES = 8;
/** Most lines where the first head is broken too, every head in two pieces (一级指 / 标 / 二级指 / 标 …). */
const MAX_LINES_FROM_PIECE = 16;

/**
 * Fewest heads a run opening on a head's piece must spell (年初预 / 算数 / 全年预算数 …): a table's
 * head row, not the tail of one whose first line was no head's (执行 / 率 / 得分 alone is left).
 */
const MIN_HEADS_FROM_PIECE = 4;

/** A cell of a head row's line: a head's piece, or a whole head however long (偏差原因分析及改进措施). */
function isPieceOrHead(text: string): boolean {
  return isPiece(text) || isHead(text);
}

/** The rows with each run of lines holding one broken head row joined into that row. */
export function joinBrokenHeads(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  // The heads of the head rows read so far, whole on a line or joined.
  const given = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    const joined = brokenHeadsAt(rows, i);
    if (!joined) {
      const cells = rows[i]!.cells;
      if (cells.length >= 2 && cells.every((c) => isHead(c.text))) cells.forEach((c) => given.add(labelKey(c.text)));
      out.push(rows[i]!);
      continue;
    }
    const keys = joined.row.cells.map((c) => labelKey(c.text));
    i = joined.last;
    // A head row repeated on the next page whose first line the page's wrapper took (its first heads
    // whole on a line the same as the first page's): the pieces left repeat heads given, and go.
    if (!joined.opensWhole && keys.every((k) => given.has(k))) continue;
    keys.forEach((k) => given.add(k));
    out.push(joined.row);
  }
  return out;
}

/** The head row broken over the lines from `i`, and the last line it took; null where none starts there. */
function brokenHeadsAt(rows: readonly Row[], i: number): { row: Row; last: number; opensWhole: boolean } | null {
  const first = rows[i]!;
  // The run opens on a line with a whole head in it, or on a head's first piece (年初预 / 算数) where
  // it spells a head row's worth of heads.
  if (first.cells.length === 0 || !first.cells.every((c) => isPieceOrHead(c.text))) return null;
  const opensWhole = first.cells.some((c) => isHead(c.text));
  if (!opensWhole && !beginsHead(first.cells[0]!.text)) return null;
  let end = i + 1;
  while (end < rows.length && end - i < (opensWhole ? MAX_LINES : MAX_LINES_FROM_PIECE) && rows[end]!.cells.length > 0 && rows[end]!.cells.every((c) => isPiece(c.text))) end++;
  // The most lines whose pieces all spell heads, two lines at least.
  for (let last = end - 1; last > i; last--) {
    const cells = rows.slice(i, last + 1).flatMap((r) => r.cells);
    const heads = spellHeads(cells);
    if (heads && heads.length < cells.length && (opensWhole || heads.length >= MIN_HEADS_FROM_PIECE)) return { row: { ...first, cells: heads }, last, opensWhole };
  }
  return null;
}

/** The cells taken in turn as heads, each the longest the pieces spell; null when a piece is left no head. */
function spellHeads(cells: readonly Cell[]): Cell[] | null {
  const heads: Cell[] = [];
  for (let p = 0; p < cells.length; ) {
    let text = cells[p]!.text.trim();
    let best = isHead(text) ? p : -1;
    let bestText = text;
    for (let q = p + 1; q < cells.length; q++) {
      if (!beginsHead(text)) break;
      text += cells[q]!.text.trim();
      if (isHead(text)) {
        best = q;
        bestText = text;
      }
    }
    if (best < 0) return null;
    const taken = cells.slice(p, best + 1);
    heads.push(taken.length === 1 ? taken[0]! : { ...taken[0]!, text: bestText, parts: taken.map((c) => c.source) });
    p = best + 1;
  }
  return heads;
}

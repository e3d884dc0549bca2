import type { Cell, Row } from "../layout/grid.js";
import { labelKey } from "../template/labels.js";
import { level1Names, level2Names } from "../template/project.js";
import { properStarts } from "../template/broken-spellings.js";
import { level1WithWeight } from "./classify.js";

/**
 * A PDF dump, or a page copied from one, prints a merged 一级 cell's name down its height a
 * character a line (`产` / `出` / `指` / `标 数量指标 维护设备数量 ≥5套 …`) and wraps a 二级 name in
 * its narrow column (`经济效益` / `指标 全年观影人数 …`): linear text then holds the name's pieces
 * at the end of one row and the start of the next. Where the pieces spell a name the template
 * knows, and the row that ends with a piece holds nothing but names, the name is one cell and the
 * rows are one row.
 */
export function joinBrokenLevelNames(rows: readonly Row[]): Row[] {
  // (Copied only once a join is found: most texts hold none, and this runs on every linear page.)
  let out: Row[] | null = null;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const before: Row | undefined = out ? out.at(-1) : rows[i - 1];
    const joined = before && row.boundaries === "spaces" && before.boundaries === "spaces" ? joinAtName(before, row) : null;
    if (joined) {
      const held: Row[] = out ?? rows.slice(0, i);
      held[held.length - 1] = joined;
      out = held;
      continue;
    }
    if (out) out.push(row);
  }
  return out ?? [...rows];
}

const NAMES: ReadonlySet<string> = new Set([...level1Names, ...level2Names]);
/** Every start of a known name, for a name printed a character a line. */
const NAME_STARTS: ReadonlySet<string> = new Set([...properStarts(NAMES), ...NAMES]);
/** The longest piece of a name a line may hold: a 二级 name wrapped once. */
const MAX_PIECE = 6;

/** `before` and `row` joined where `before`'s last cell and `row`'s first spell a known name, or null. */
function joinAtName(before: Row, row: Row): Row | null {
  const last = before.cells.at(-1);
  const first = row.cells[0];
  if (!last || !first) return null;
  const head = labelKey(last.text);
  const tail = labelKey(first.text);
  if (row.cells.length === 1) {
    // A name a character a line: its pieces so far, one cell, while they start a known name.
    if (before.cells.length !== 1 || !NAME_STARTS.has(head + tail) || NAMES.has(head)) return null;
    return { ...before, cells: [{ ...last, text: last.text.trim() + first.text.trim() }] };
  }
  if (!isPieceOfName(head) || tail.length > MAX_PIECE + 8 || !before.cells.every((c) => isNameOrPiece(labelKey(c.text)))) return null;
  // The line's first cell goes on with the name: alone it is no name (a 二级 name there starts a row of its own).
  if (NAMES.has(tail) || level1WithWeight(tail) !== null) return null;
  const whole = head + tail;
  if (!NAMES.has(whole) && !NAMES.has(level1WithWeight(whole)?.name ?? "")) return null;
  const name: Cell = { ...last, text: last.text.trim() + first.text.trim() };
  const joined: Row = { ...before, cells: [...before.cells.slice(0, -1), name, ...row.cells.slice(1)] };
  return joined;
}

function isPieceOfName(key: string): boolean {
  return key.length > 0 && key.length <= MAX_PIECE && (NAME_STARTS.has(key) || NAMES.has(key));
}

/** A cell of a row that holds nothing but names: a known name (with its points), or a piece of one. */
function isNameOrPiece(key: string): boolean {
  return NAMES.has(key) || level1WithWeight(key) !== null || isPieceOfName(key);
}

import type { Cell, Row } from "../layout/grid.js";
import { columnRoles } from "./row-view.js";

/**
 * A county's evaluation report's score table (财政支出绩效评价报告, 项目绩效情况), its header printed over
 * two rows (评价指标 | 指标分值 | 评价得分, then 一级 | 二级 | 三级 under 评价指标) and each row's item
 * numbered through the whole table, carrying its points in a note, then its weight and score; the
 * 一级 name is printed once, before the first item of its group:
 *
 *     评价指标 指标分值 评价得分 一级 二级 三级 100 84 前期工作 1.立项论证( 3 分) 3 3 2.方案编制( 2分) 2 1
 *     组织管理 3.制度建设( 5 分) 5 4 …
 *
 * Read as linear text (a preview's one line, cells parted by spaces) nothing lines up: the note is
 * broken at its spaces (`1.立项论证(` | `3` | `分)`) and the group name stands in the row of its first
 * item. This pass finds such a header in a linear row and hands the reader one row per item, the
 * group name repeated (a merged cell's value is on every row it spans) and the note kept in the name
 * (the weight has its own column). The numbering and the notes are what tell the rows: a table whose
 * items carry no note, or whose numbering breaks, is left as it was. Only two of the three name
 * columns are printed; the numbered item is the row's own name (三级), 二级 left empty.
 */
export function regroupNumberedItemSheets(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const header = row.boundaries === "spaces" ? findHeader(row.cells) : null;
    if (!header) {
      out.push(row);
      continue;
    }
    // The stream: the cells after the header, then those of the linear rows after it (a row a line).
    const stream = row.cells.slice(header.end);
    const rowOf = stream.map(() => r);
    for (let n = r + 1; n < rows.length && rows[n]!.boundaries === "spaces"; n++) {
      for (const c of rows[n]!.cells) {
        stream.push(c);
        rowOf.push(n);
      }
    }
    const sheet = readItems(stream, 0);
    if (!sheet) {
      out.push(row);
      continue;
    }
    // (The header row's own figures, the table's total weight and score with no 总分 label, are left
    // with the text before the table: no row of the table holds them.)
    const before = [...row.cells.slice(0, header.start), ...sheet.figures];
    if (before.length > 0) out.push({ cells: before, boundaries: "spaces", ...(row.pageBreakBefore ? { pageBreakBefore: true } : {}) });
    out.push({ cells: header.cells, boundaries: "exact" });
    for (const item of sheet.items) {
      const blank = (c: Cell): Cell => ({ text: "", source: c.source });
      out.push({ cells: [item.group ?? blank(item.name[0]!), blank(item.name[0]!), nameCell(item.name), item.weight ?? blank(item.name[0]!), item.score ?? blank(item.name[0]!)], boundaries: "exact" });
    }
    // The rest of the row the table ended in; the rows after it are read as they were.
    const last = sheet.end < stream.length ? rowOf[sheet.end]! : rowOf.at(-1) ?? r;
    const rest = stream.slice(sheet.end).filter((_, k) => rowOf[sheet.end + k] === last);
    if (rest.length > 0) out.push({ cells: rest, boundaries: "spaces" });
    r = last;
  }
  return out;
}

/** A level's name column as the sheet's second header row prints it. */
const LEVEL_HEADS = ["level1", "level2", "level3"] as const;

/**
 * The header: a 分值 column and a 得分 column, then the three level names (一级 二级 三级), the
 * columns' common head (评价指标) before them or not. Its cells are handed on in the rows' order
 * (一级 | 二级 | 三级 | 分值 | 得分); the common head stays with the text before the table.
 */
function findHeader(cells: readonly Cell[]): { start: number; end: number; cells: Cell[] } | null {
  for (let i = 0; i + 5 <= cells.length; i++) {
    const roles = cells.slice(i, i + 5).map((c) => columnRoles(c.text.trim()).indicator);
    if (roles[0] !== "weight" || roles[1] !== "score" || LEVEL_HEADS.some((l, k) => roles[k + 2] !== l)) continue;
    const c = cells.slice(i, i + 5);
    return { start: i, end: i + 5, cells: [c[2]!, c[3]!, c[4]!, c[0]!, c[1]!] };
  }
  return null;
}

interface Item {
  group: Cell | null;
  name: Cell[];
  weight: Cell | null;
  score: Cell | null;
}

const MAX_POINTS = 100;
const POINTS = /^\d{1,3}(?:\.\d{1,2})?$/;
/** An item's number opening its name: `1.`, `12、`, `3．` (never a figure's decimal point). */
const ITEM_START = /^(\d{1,2})[.．、](?!\d)\s*\S/;
/** A group's name: a few words, no figure, no clause. */
const GROUP_NAME = /^[\u4e00-\u9fff]{2,12}$/;
/** The item's points note closed, however its spaces broke it: `( 1 分)`, `(2分)`, `（10分）`. */
const NOTE_CLOSED = /[(（]\s*\d{1,3}(?:\.\d)?\s*分\s*[)）]$/;
/** Pieces a note may be broken into after the name's own piece. */
const MAX_NOTE_PIECES = 4;
/** Fewest whole items for a table to be read so. */
const MIN_ITEMS = 2;

function isPoints(text: string): boolean {
  return POINTS.test(text.trim()) && Number(text) <= MAX_POINTS;
}

/**
 * The items from the cells after the header, and the header row's own figures (the table's total
 * weight and score, printed in its last cells).
 * Null when what follows is not such a table. A last item cut short (the excerpt ends in its note)
 * is kept with what it shows.
 */
function readItems(cells: readonly Cell[], from: number): { items: Item[]; figures: Cell[]; end: number } | null {
  let at = from;
  // (The header row's figures: the total's weight and score, not an item's.)
  while (at < cells.length && isPoints(cells[at]!.text) && at - from < 2) at++;
  const first = at;
  const items: Item[] = [];
  let group: Cell | null = null;
  let expected = 1;
  while (at < cells.length) {
    let k = at;
    let nextGroup: Cell | null = group;
    if (GROUP_NAME.test(cells[k]!.text.trim()) && ITEM_START.test(cells[k + 1]?.text.trim() ?? "")) {
      nextGroup = cells[k]!;
      k++;
    }
    const open = ITEM_START.exec(cells[k]?.text.trim() ?? "");
    if (!open || Number(open[1]) !== expected) break;
    const name: Cell[] = [cells[k]!];
    k++;
    while (!NOTE_CLOSED.test(joined(name)) && k < cells.length && name.length <= MAX_NOTE_PIECES && !ITEM_START.test(cells[k]!.text.trim())) name.push(cells[k++]!);
    if (!NOTE_CLOSED.test(joined(name))) {
      // Cut inside the note: the last item as far as it is printed, only where the text ends there.
      if (k < cells.length) break;
      items.push({ group: nextGroup, name, weight: null, score: null });
      at = k;
      break;
    }
    const weight = cells[k];
    const score = cells[k + 1];
    if (!weight || !isPoints(weight.text)) break;
    const scored = score && isPoints(score.text) ? score : null;
    items.push({ group: nextGroup, name, weight, score: scored });
    group = nextGroup;
    expected++;
    at = k + (scored ? 2 : 1);
  }
  if (items.filter((it) => it.weight).length < MIN_ITEMS) return null;
  return { items, figures: cells.slice(from, first), end: at };
}

function joined(cells: readonly Cell[]): string {
  return cells.map((c) => c.text.trim()).join(" ");
}

/** The item's name as one cell: its pieces joined with the spaces that parted them. */
function nameCell(pieces: readonly Cell[]): Cell {
  return { text: joined(pieces), source: pieces[0]!.source };
}

import { isLabelAroundValue } from "../label-around-value.js";
import type { Cell, Grid } from "../../layout/grid.js";
import { columnRoles, labelRole } from "../row-view.js";
import { isTitle } from "../row-classifier.js";
import { amountUnitAlonePattern } from "../../template/notes-alone.js";

/**
 * One cell a paragraph, an empty line after each (pdftotext's plain order of a ruled table): a
 * narrow column's cell the converter broke over two lines keeps them together, no empty line
 * between, and the text reader takes each line for a cell (a cell's own lines are told only where
 * a clause ends the first). Two lines standing together so are one cell where the pieces settle it:
 *
 * - a column's name broken in its narrow head (`支出实现` / `率`): together they are a funds or
 *   indicator column's name, and neither piece is a name or label alone;
 * - a figure broken after its point (`367.` / `99`: no figure ends on its point), or inside its
 *   decimals (`90.5` / `8%`): the first piece holds one decimal, the second only digits, and
 *   together they make two decimals, as a table's amounts and rates are printed. Two whole figures
 *   of two cells (`10` / `10`, `0.5` / `10`) are never joined;
 * - a text's short tail wrapped under its long first line (`1、≤2%；2、按计` / `划完成`, `部分达成预期指`
 *   / `标`): the first line as long as a narrow column holds, the tail three characters or fewer
 *   holding a word's letters, neither a name, a label, a title or a figure. A short cell of its own stacked under another (`有所提升` /
 *   `有效`) is longer or follows a short line, and stays apart.
 *
 * Nothing else is joined: the lines stay the cells they were read as.
 */
export function joinParagraphPieces(grid: Grid): Grid {
  return { ...grid, rows: grid.rows.map((r) => ({ ...r, cells: joinPieces(r.cells, PIECE_RULES) })) };
}

/**
 * One cell a line, empty lines no separators: a column's name broken in two (`支出实现` / `率`) and
 * a figure broken after its point (`367.` / `99`) are one cell on any page, for no cell is a
 * name's tail nor a figure ending on its point; so is a label and its unit under it (`资金结构` /
 * `（万元）`). The other pieces may be cells of their own.
 */
export function joinBrokenPieces(grid: Grid): Grid {
  return { ...grid, rows: grid.rows.map((r) => ({ ...r, cells: joinPieces(r.cells, SURE_RULES) })) };
}

/** The rules, each asked of two cells on adjacent lines; the first that holds joins them. */
const PIECE_RULES: readonly PieceRule[] = [
  { name: "broken column name", joins: brokenColumnName },
  { name: "broken figure", joins: brokenFigure },
  { name: "wrapped short tail", joins: wrappedShortTail },
];

/** The rules that hold on a page of one cell a line whatever its empty lines are. */
const SURE_RULES: readonly PieceRule[] = [
  { name: "broken column name", joins: brokenColumnName },
  { name: "figure broken after its point", joins: (a, b) => /^\d[\d,]*\.$/.test(a) && /^\d+%?$/.test(b) },
  { name: "a label's unit under it", joins: (a, b) => AMOUNT_UNIT.test(b) && labelRole(a) !== null && labelRole(a + b) !== null },
];

/** The unit of a label's amounts in brackets alone: `（万元）`, `(元)`. */
const AMOUNT_UNIT = amountUnitAlonePattern;

type PieceRule = { name: string; joins: (a: string, b: string) => boolean };

function joinPieces(cells: readonly Cell[], rules: readonly PieceRule[]): Cell[] {
  const out: Cell[] = [];
  for (let i = 0; i < cells.length; i++) {
    const a = cells[i]!;
    const b = cells[i + 1];
    // (No piece joined to a value printed between a broken header label's pieces: `主管部` / `某局` / `门`.)
    const before = out.at(-1);
    const aroundValue = b !== undefined && before !== undefined && adjacent(before, a) && isLabelAroundValue(before.text, a.text, b.text);
    if (b && !aroundValue && adjacent(a, b) && rules.some((r) => r.joins(a.text.trim(), b.text.trim()))) {
      out.push({ ...a, text: a.text.trim() + b.text.trim() });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** The second cell read from the line right under the first's one line. */
function adjacent(a: Cell, b: Cell): boolean {
  const la = a.source.line;
  const lb = b.source.line;
  return la !== undefined && lb === la + 1 && !a.wrappedLines && !b.wrappedLines && a.text.trim() !== "" && b.text.trim() !== "";
}

function isName(t: string): boolean {
  const r = columnRoles(t);
  return r.fund !== null || r.indicator !== null || labelRole(t) !== null;
}

// Two whole cells, not pieces spelt in turn (template/broken-spellings.ts, broken-heads.ts): asked
// by the roles the one-cell-a-line reader gives the joined cell (columnRoles: the funds' and the
// indicators' columns, as measured), so a join makes only a name the reader then takes.
function brokenColumnName(a: string, b: string): boolean {
  const whole = columnRoles(a + b);
  return (whole.fund !== null || whole.indicator !== null) && !isName(a) && !isName(b);
}

/** A figure's first piece: digits with its point and at most one decimal (`367.`, `90.5`). */
const POINT_PIECE = /^\d[\d,]*\.(\d?)$/;
/** A figure's last piece: digits alone, a rate's sign after them (`99`, `8%`). */
const DIGITS_PIECE = /^(\d+)%?$/;

function brokenFigure(a: string, b: string): boolean {
  const head = POINT_PIECE.exec(a);
  const tail = DIGITS_PIECE.exec(b);
  if (head === null || tail === null) return false;
  return head[1] === "" || head[1]!.length + tail[1]!.length === 2;
}

/** Shortest first line of a wrapped text, and longest tail (characters). */
const WRAPPED = { minFirst: 6, maxTail: 3 };
/** A figure, a rate or a dash of an empty cell: a cell of its own. */
const FIGURE_LIKE = /^[-+<>=≥≤＜＞]*\d[\d,.]*%?$|^[—–-]+$/;
/** A line ending on a sentence's end: the cell may end there. */
const SENTENCE_END = /[。.!！?？]$/;

function wrappedShortTail(a: string, b: string): boolean {
  const first = [...a].length;
  const tail = [...b].length;
  if (first < WRAPPED.minFirst || tail > WRAPPED.maxTail || SENTENCE_END.test(a) || !/\p{L}/u.test(b) || isTitle(a)) return false;
  return !isName(a) && !isName(b) && !FIGURE_LIKE.test(a) && !FIGURE_LIKE.test(b);
}

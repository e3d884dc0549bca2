import type { Cell, Row } from "../../layout/grid.js";

/**
 * Figures a converter broke over lines at a narrow column's width (`pdftotext -raw`): `2,778` /
 * `.87`, `2,608.` / `47` (the rest of the line below may hold the row's next cells). Read by lines, each piece is a cell of a row of its own and neither is the
 * amount. Joined only where the text settles it: a line that is nothing but a decimal part
 * (`.87`) ends the figure the line above ends on, and a figure that ends on its decimal point
 * (`2,608.`) is ended by the figure the line below opens with. Where a further piece may follow
 * (`88` / `.2` / `8%`: 88.28 % or 88.2 and 8 %?) or one may come before (`1` / `0.` / `76`), nothing
 * is joined: the pieces stay as read, and the reconstructor leaves what it cannot place.
 */

/** A line that is only a decimal part: `.87`, `.2`, `.40%`. */
const DECIMAL_PART = /^\.\d+%?$/;
/** A figure's start, up to its last digit: `2,778`, `22`. */
const FIGURE_HEAD = /^\d[\d,]*$/;
/** A figure that ends on its decimal point: `2,608.`, `0.`. */
const OPEN_POINT = /^\d[\d,]*\.$/;
/** A figure's end after its point: `47`, `17%`. */
const POINT_TAIL = /^\d+%?$/;
/** A short run of digits alone on a line: it may be a further piece of the figure (`8%` after `88` / `.2`). */
const SHORT_PIECE = /^\d{1,2}%?$/;

/** The rows with each figure broken over lines as the text settles it joined into one cell. */
export function joinBrokenFigures(rows: readonly Row[]): Row[] {
  const out: Row[] = rows.map((r) => r);
  for (let i = 0; i < out.length; i++) {
    const row = out[i]!;
    const before = out[i - 1];
    const after = out[i + 1];
    // `2,778` / `.87`: the decimal part opening a line ends the figure above, unless it is alone,
    // short, and a short piece follows that may end it instead (`88` / `.2` / `8%`).
    const opening = row.cells[0];
    if (before && opening && DECIMAL_PART.test(text(opening))) {
      const tail = before.cells[before.cells.length - 1];
      const part = text(opening);
      const openAfter = row.cells.length === 1 && after?.cells.length === 1 && SHORT_PIECE.test(text(after.cells[0]!));
      if (tail && FIGURE_HEAD.test(text(tail)) && !(part.replace(/%$/, "").length < 3 && openAfter)) {
        out[i - 1] = { ...before, cells: [...before.cells.slice(0, -1), join(tail, opening)] };
        if (row.cells.length === 1) out.splice(i, 1);
        else out[i] = { ...row, cells: row.cells.slice(1) };
        i--;
      }
      continue;
    }
    // `2,608.` / `47`: a figure ending on its point, ended by the line below's first figure;
    // not where a piece alone on the line before may be its start (`1` / `0.` / `76`).
    const last = row.cells[row.cells.length - 1];
    const next = after?.cells[0];
    if (last && next && OPEN_POINT.test(text(last)) && POINT_TAIL.test(text(next))) {
      const pieceBefore = row.cells.length === 1 && before?.cells.length === 1 && SHORT_PIECE.test(text(before.cells[0]!));
      if (pieceBefore) continue;
      out[i] = { ...row, cells: [...row.cells.slice(0, -1), join(last, next)] };
      if (after!.cells.length === 1) out.splice(i + 1, 1);
      else out[i + 1] = { ...after!, cells: after!.cells.slice(1) };
    }
  }
  return out;
}

function text(cell: Cell): string {
  return cell.text.trim();
}

function join(first: Cell, second: Cell): Cell {
  return { ...first, text: text(first) + text(second), parts: [first.source, second.source] };
}

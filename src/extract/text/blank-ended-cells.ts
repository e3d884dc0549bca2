import type { Cell } from "../../layout/grid.js";
import { PAGE_NUMBER } from "../../layout/text-lines.js";
import { foldWidth } from "../../normalise/fold-width.js";

/**
 * A table copied out with each cell a paragraph and a long cell's own line breaks kept (a name
 * broken where its column is narrow, `财政供养人员` / `控制率`; a long text one clause a line), an
 * empty line closing every cell:
 *
 *     财政供养人员 / 控制率 / (empty) / 按100%衡量。… / …减完即止。 / (empty) / 5 / (empty) / 5 / (empty) / (empty)
 *
 * Read one line a cell, the broken cells fall apart and every empty line counts as an empty cell;
 * read as paragraphs of one line each (emptyLinesSeparate), the lines of one cell do not stand
 * between empty lines. Here the lines since the last empty line are one cell, and each further empty
 * line in a run is an empty cell.
 */

/** Fewest runs of text lines for the page to tell its shape. */
const MIN_RUNS = 20;
/** A run this long is a page's stretch of one cell a line, not one cell. */
const LONG_RUN = 6;
/** Largest share of long runs: a page of one cell a line has many. */
const LONG_SHARE = 0.05;
/** Smallest share of runs of two lines or more: the broken cells that tell the shape. */
const BROKEN_SHARE = 0.1;

/** The runs of text lines between empty lines (page numbers are no text). */
function runLengths(lines: readonly string[]): number[] {
  const runs: number[] = [];
  let run = 0;
  for (const l of lines) {
    if (l.trim() === "") {
      if (run > 0) runs.push(run);
      run = 0;
    } else if (!PAGE_NUMBER.test(foldWidth(l))) run++;
  }
  if (run > 0) runs.push(run);
  return runs;
}

/**
 * Does an empty line close every cell, a cell's own line breaks kept? Told by runs of text lines
 * that are all short (one line, some of two to five, almost none longer) with enough of two lines or
 * more; the page must hold no pipe (a pipe-closed page is read by its pipes) and must not be one of
 * paragraphs of one line each (the caller asks emptyLinesSeparate first).
 */
export function emptyLinesEndCells(lines: readonly string[]): boolean {
  if (lines.some((l) => l.includes("|"))) return false;
  const runs = runLengths(lines);
  if (runs.length < MIN_RUNS) return false;
  const long = runs.filter((r) => r >= LONG_RUN).length;
  const broken = runs.filter((r) => r >= 2).length;
  return long <= LONG_SHARE * runs.length && broken >= BROKEN_SHARE * runs.length;
}

/**
 * The cells of such a page: the lines of each run joined into one cell (a space only between two
 * words in Latin letters or figures), each empty line after the first of a run an empty cell.
 */
export function blankEndedCells(lines: readonly string[], first: number, last: number): Cell[] {
  const cells: Cell[] = [];
  let open: Cell | null = null;
  let blanks = 0;
  for (let i = first; i <= last; i++) {
    const raw = lines[i]!;
    if (raw.trim() === "") {
      // (The first empty line closes the cell; each one after it is an empty cell.)
      if (blanks > 0) cells.push({ text: "", source: { line: i + 1 } });
      blanks++;
      open = null;
      continue;
    }
    if (PAGE_NUMBER.test(foldWidth(raw))) continue;
    blanks = 0;
    const t = raw.trim();
    if (open) {
      const space = /[A-Za-z0-9]$/.test(open.text) && /^[A-Za-z0-9]/.test(t);
      open.text += (space ? " " : "") + t;
      // (The lines as printed, where nothing was put between them: a block of a converter's page
      // may stack cells of its own, a title and a year over a label's pieces, and the
      // reconstructor parts them where the form's words settle it, as it does a wrapped cell.)
      if (open.wrappedLines && !space) open.wrappedLines.push(t);
      else if (open.wrappedLines) delete open.wrappedLines;
      continue;
    }
    open = { text: t, source: { line: i + 1 }, wrappedLines: [t] };
    cells.push(open);
  }
  for (const c of cells) if (c.wrappedLines && c.wrappedLines.length < 2) delete c.wrappedLines;
  return cells;
}

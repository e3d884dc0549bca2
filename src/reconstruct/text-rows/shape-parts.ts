import type { TextReadings, TextShape } from "../../extract/extraction.js";
import type { Grid, Row } from "../../layout/grid.js";
import { textReadings } from "../../extract/text/read-text.js";

/**
 * A page in two shapes: a table one cell a line (a 基础数据表 a portal converted cell by cell)
 * before or after a part whose lines are rows (laid out with spaces, run together, a preview's form
 * flattened onto one line). Read whole, the page is taken for one cell a line (the table's short
 * lines outnumber the rows), and the part of rows is lost.
 *
 * The page is cut where its run of one-cell lines ends (or, at its end, begins), and only where
 * the shape detector's own evidence sets the parts apart: the page read whole is one cell a line,
 * the run alone reads so, and the rest alone reads in another shape while most of its lines are
 * no cells (rows, not a form one cell a line the detector took otherwise). No form word decides
 * the cut. A page read whole in the shape of its rows, or whose rest reads one cell a line too,
 * is read whole as before; so is the common page of one shape, at the cost of one look at its
 * first and last lines.
 */

/** A line of this many characters or fewer, with no space inside, may be one cell. */
const CELL_CHARS = 20;
/** A cell that is a figure alone (20, 9.5, 95%). */
const FIGURE = /^[-+]?\d+(?:\.\d+)?%?$/;
/** Fewest lines of each part: fewer one-cell lines are a title or a caption, not a table. */
const MIN_PART_LINES = 8;
/** Most of the rest's lines one cell a line: then it is no part of rows (the detector's doubt, not another shape). */
const REST_CELL_SHARE = 0.5;

export interface ShapePart {
  /** The part's text: whole lines of the page's text. */
  text: string;
  /** Lines of the page's text before the part's first. */
  offset: number;
  shape: TextShape;
}

/** Could the line be one table cell alone: short, no space parting text inside it. */
export function cellLine(line: string): boolean {
  const t = line.trim();
  return t.length <= CELL_CHARS && !/\S[\s\u3000]+\S/.test(t);
}

/**
 * The page's two parts where a run of lines of one kind opens or closes it and the rest is clearly
 * of the other (see above); null where not. A run of one-cell lines (a table) holds at least
 * MIN_PART_LINES lines and leaves a rest mostly of rows; a run of rows (a form) holds as many, or a
 * line the linear reading cuts into rows (`flat`: a preview's form on one line), and leaves a rest
 * mostly of cells.
 */
export function shapeParts(text: string, whole: TextShape, detect: (r: TextReadings) => TextShape, flat: (line: string) => boolean): ShapePart[] | null {
  if (whole !== "cell-per-line") return null;
  const lines = text.split("\n");
  const filled: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines[i]!.trim() !== "") filled.push(i);
  if (filled.length < MIN_PART_LINES + 1) return null;
  const isCell = filled.map((i) => cellLine(lines[i]!));
  const n = filled.length;
  // The run from the page's start, then from its end, of lines of the first's (the last's) kind.
  let lead = 1;
  while (lead < n && isCell[lead] === isCell[0]) lead++;
  let tail = 1;
  while (tail < n && isCell[n - 1 - tail] === isCell[n - 1]) tail++;
  // A table opens on its title or a head, not a figure: figures opening the cells after the rows
  // are the last cells of the rows' last row (a score wrapped onto a line of its own).
  const figure = (k: number) => FIGURE.test(lines[filled[k]!]!.trim());
  if (!isCell[0]) while (lead < n && figure(lead)) lead++;
  if (isCell[n - 1]) while (tail > 0 && figure(n - tail)) tail--;
  const cuts: Array<{ run: number[]; rest: number[]; at: number; first: boolean }> = [];
  if (lead < n) cuts.push({ run: filled.slice(0, lead), rest: filled.slice(lead), at: filled[lead]!, first: true });
  if (tail > 0 && tail < n) cuts.push({ run: filled.slice(n - tail), rest: filled.slice(0, n - tail), at: filled[n - tail - 1]! + 1, first: false });
  for (const { run, rest, at, first } of cuts) {
    const cells = cellLine(lines[run[0]!]!);
    const restCells = rest.filter((i) => cellLine(lines[i]!)).length;
    // The run is a table of cells and the rest mostly rows, or the run a form of rows and the rest mostly cells.
    const apart = cells
      ? run.length >= MIN_PART_LINES && restCells < rest.length * REST_CELL_SHARE
      : (run.length >= MIN_PART_LINES || run.some((i) => flat(lines[i]!))) && rest.length >= MIN_PART_LINES && restCells >= rest.length * REST_CELL_SHARE;
    if (!apart) continue;
    const texts = [lines.slice(0, at), lines.slice(at)];
    // Which of the two texts holds the rows.
    const rows = first === cells ? 1 : 0;
    const parts = texts.map((t, k) => ({ text: t.join("\n"), offset: k === 0 ? 0 : at, shape: "cell-per-line" as TextShape }));
    const rowShape = detect(textReadings(parts[rows]!.text));
    if (rowShape === "cell-per-line" || rowShape === "tab" || rowShape === "markdown") continue;
    parts[rows]!.shape = rowShape;
    return parts;
  }
  return null;
}

/** A part's readings with its lines numbered as the page's, the page's wrapper cells dropped. */
export function partReadings(page: TextReadings, part: ShapePart): TextReadings {
  const fresh = textReadings(part.text);
  const placed = (grid: Grid): Grid => page.withoutWrapper(shiftLines(grid, part.offset));
  return { ...fresh, read: (shape, how) => placed(fresh.read(shape, how)), withoutWrapper: placed };
}

/**
 * The parts' Grids as one whose rows are known: each part's rows as the reconstructor would cut
 * them (`rowsOf`: a stream one cell a line cut into the template's rows, a drawing order rebuilt).
 */
export function joinPartGrids(grids: readonly Grid[], rowsOf: (grid: Grid) => Row[]): Grid {
  const rows = grids.flatMap(rowsOf);
  const pages = grids.reduce<number | null>((n, g) => (g.pages === null ? n : (n ?? 0) + g.pages), null);
  return { rows, rowsKnown: true, pages };
}

function shiftLines(grid: Grid, offset: number): Grid {
  if (offset === 0) return grid;
  const at = <T extends { line?: number }>(s: T): T => (s.line === undefined ? s : { ...s, line: s.line + offset });
  return {
    ...grid,
    rows: grid.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, source: at(c.source), ...(c.parts ? { parts: c.parts.map(at) } : {}) })) })),
  };
}

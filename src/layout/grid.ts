/**
 * The Grid: what every reader (text, PDF, OCR, HTML, office) hands the reconstructor.
 * Rows of cells, each cell carrying where it was found, so every value can name its source.
 */

/** Where a cell was found. Line numbers are 1-based; bbox is [x0, y0, x1, y1] from the page's top-left. */
export interface CellSource {
  page?: number;
  line?: number;
  bbox?: [number, number, number, number];
  confidence?: number;
  sheet?: string;
  cell?: string;
  /** The text as printed, where the reconstructor reads a folded copy (full-width digits as ASCII). */
  printed?: string;
}

export interface Cell {
  /** The cell's text as read, before normalisation. */
  text: string;
  /** Column index where the reader knows it (delimited text, ruled tables); a hint, never trusted alone. */
  col?: number;
  rowSpan?: number;
  colSpan?: number;
  source: CellSource;
  /**
   * When the cell was joined from pieces a page break split (a cut row, a merged cell running
   * onto the next page): where each piece is, the first being `source`.
   */
  parts?: CellSource[];
  /**
   * The reader saw the row end after this cell, where rows are otherwise not marked (a web
   * export's line of empty cells `||||` closing a row of one-cell-per-line text).
   */
  endsRow?: boolean;
  /**
   * A layout-ordered dump's cell (Grid.drawingOrder): how likely the next cell continues its text,
   * as the text alone tells (the line filled a wrap width, or the next opens as cells open).
   * Absent: it does not. The reconstructor settles it by the template's labels and the table's rows.
   */
  continues?: "possible" | "likely";
  /**
   * The lines a reader joined into this cell with nothing between, as joined (their concatenation
   * is `text` as read), where the join is the reader's guess: one cell a line, each line before the
   * last filled the dump's wrap width (extract/text/stream.ts); one cell a block, the lines stood
   * together with no empty line between (extract/text/blank-ended-cells.ts); text laid out with
   * spaces, the lines stood under one another in one column (layout/spaced-rows.ts). A cell that
   * ends where the next one's first line begins looks the same, and the reconstructor may part
   * them where the form's words settle it (wrapped-label-lines.ts, text-rows/spaced-broken-labels.ts).
   */
  wrappedLines?: string[];
}

/**
 * How sure the reader is of the boundaries between a row's cells:
 * - `exact`: each Cell is one table cell (tabs, Markdown pipes, rulings, HTML cells);
 * - `spaces`: cells are space-separated tokens, and neighbouring tokens may belong to one cell;
 * - `none`: the cells ran together; each Cell is a run of text that may hold several table cells.
 */
export type Boundaries = "exact" | "spaces" | "none";

export interface Row {
  cells: Cell[];
  boundaries: Boundaries;
  /** The row is the first one read after a page break. */
  pageBreakBefore?: boolean;
}

export interface Grid {
  rows: Row[];
  /**
   * False when the reader cannot tell where a row ends (one cell per line): then `rows` holds
   * one Row with every cell in reading order, and the reconstructor segments it by the template.
   */
  rowsKnown: boolean;
  /**
   * A layout-ordered dump (a PDF's text in drawing order): `rows` holds one Row with every cell in
   * that order, and the reconstructor rebuilds the rows by the template (reconstruct/layout-rows.ts).
   */
  drawingOrder?: boolean;
  /** Number of pages, or null for inputs without pages. */
  pages: number | null;
}

export function isBlank(cell: Cell): boolean {
  return cell.text.trim() === "";
}

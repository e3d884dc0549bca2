import type { Cell } from "../layout/grid.js";

/**
 * A cell made of some of another cell's lines (Cell.wrappedLines), where the reconstructor parts
 * or moves a reader's join: the lines joined with nothing between, its source line `skipped` lines
 * down from the cell's, its lines kept where it holds two or more (so it may be parted again).
 * Used where a join is parted at a label (wrapped-label-lines.ts) and where lines move across a
 * layout's cut (text-rows/spaced-broken-labels.ts).
 */
export function cellOfLines(from: Cell, lines: readonly string[], skipped: number): Cell {
  const { wrappedLines: _, ...rest } = from;
  const line = from.source.line;
  const source = { ...from.source, ...(line !== undefined ? { line: line + skipped } : {}) };
  return lines.length > 1 ? { ...rest, text: lines.join(""), source, wrappedLines: [...lines] } : { ...rest, text: lines[0]!, source };
}

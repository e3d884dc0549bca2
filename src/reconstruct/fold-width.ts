import type { Cell, Grid } from "../layout/grid.js";
import { foldWidth, hasFoldable } from "../normalise/fold-width.js";

/**
 * Full-width digits, Latin letters and symbols (`１００％`, `指标１：`) as some pages and OCR print
 * them: the reader reads them as their ASCII forms, which is what normalisation makes of them in
 * every string anyway (contract, normalisation step 3), so that the row classifier, the stream
 * segmenter and the number shapes see one spelling. The Chinese punctuation step 3 keeps
 * (！（），：；？) and the ideographic space are left alone. The printed text stays in the cell's
 * source (`printed`), so `sources` still give the text as read.
 */
function foldCell(c: Cell): Cell {
  if (!hasFoldable(c.text)) return c;
  return { ...c, text: foldWidth(c.text), source: { ...c.source, printed: c.text } };
}

/** The Grid with every cell's full-width ASCII folded; the same Grid when there is none. */
export function foldGridWidth(grid: Grid): Grid {
  // Most Grids hold no full-width ASCII: one scan of the cells, and no row copied for nothing.
  if (!grid.rows.some((r) => r.cells.some((c) => hasFoldable(c.text)))) return grid;
  let any = false;
  const rows = grid.rows.map((r) => {
    const cells = r.cells.map(foldCell);
    if (cells.some((c, i) => c !== r.cells[i])) any = true;
    return { ...r, cells };
  });
  return any ? { ...grid, rows } : grid;
}

/**
 * Positioned pages → the Grid the reconstructor reads. Rows come in reading order over all pages
 * and include the text outside tables (title, `(2021年度)`, page numbers) as rows of their own,
 * so that the reconstructor can see where each form starts. A merged cell appears once, in the
 * first row it spans, with its spans and column; every cell names its page and box.
 */
import type { Cell, Grid, Row } from "./grid.js";
import { findTables, type PageLayout } from "./find-tables.js";
import { roundBBox, type BBox, type LayoutPage } from "./geometry.js";
import { layoutSettings, type LayoutSettings, type LayoutSettingsInput } from "./settings.js";
import { joinPagesAcross } from "./across.js";
import { stitchPages, type LayoutItem, type StitchedTable } from "./stitch.js";
import { lineText, runsBBox, splitLineAtGaps } from "./text.js";

/** Everything layout found, step by step (for `--debug-layout` and tests), and the Grid. */
export interface DocumentLayout {
  settings: LayoutSettings;
  pages: PageLayout[];
  /** Tables (stitched across pages) and outside lines, in reading order. */
  items: LayoutItem[];
  grid: Grid;
}

interface PlacedRow {
  page: number;
  y: number;
  x: number;
  row: Row;
}

function tableRows(t: StitchedTable): PlacedRow[] {
  const byRow = new Map<number, StitchedTable["cells"]>();
  for (const c of t.cells) {
    const list = byRow.get(c.row);
    if (list) list.push(c);
    else byRow.set(c.row, [c]);
  }
  // Stream cells are whole cells too (columns fixed by headers and alignment, wrapped lines joined).
  const boundaries = "exact";
  const out: PlacedRow[] = [];
  for (const [, cells] of [...byRow.entries()].sort((a, b) => a[0] - b[0])) {
    cells.sort((a, b) => a.col - b.col);
    const firsts = cells.map((c) => c.parts[0]!);
    const page = Math.min(...firsts.map((p) => p.page));
    const onPage = firsts.filter((p) => p.page === page);
    const y = Math.min(...onPage.map((p) => p.bbox[1]));
    const x = Math.min(...onPage.map((p) => p.bbox[0]));
    const gridCells: Cell[] = cells.map((c) => {
      const first = c.parts[0]!;
      const cell: Cell = {
        text: c.text,
        col: c.col,
        rowSpan: c.rowSpan,
        colSpan: c.colSpan,
        source: { page: first.page, bbox: roundBBox(first.bbox) },
      };
      if (c.parts.length > 1) cell.parts = c.parts.map((p) => ({ page: p.page, bbox: roundBBox(p.bbox) }));
      return cell;
    });
    out.push({ page, y, x, row: { cells: gridCells, boundaries } });
  }
  return out;
}

function lineRow(item: Extract<LayoutItem, { kind: "line" }>, s: LayoutSettings): PlacedRow {
  const parts = splitLineAtGaps(item.line, s);
  const cells: Cell[] = parts.map((runs) => ({
    text: lineText(runs, s).trim(),
    source: { page: item.page, bbox: roundBBox(runsBBox(runs) as BBox) },
  }));
  return { page: item.page, y: item.line.bbox[1], x: item.line.bbox[0], row: { cells, boundaries: "spaces" } };
}

/** Lays out positioned pages (from the PDF reader, or OCR) and builds the Grid. */
export function layoutPages(pages: readonly LayoutPage[], settings: LayoutSettings | LayoutSettingsInput = {}, pageCount?: number): DocumentLayout {
  const s = layoutSettings(settings);
  // Pages in order: a stream table hands its column boundaries to its continuation.
  const layouts: PageLayout[] = [];
  let carry: PageLayout["carry"] = null;
  for (const [i, p] of pages.entries()) {
    const l = findTables(p, s, carry, i + 1 < pages.length);
    layouts.push(l);
    carry = l.carry ?? null;
  }
  joinPagesAcross(layouts, s);
  const items = stitchPages(layouts, s);
  const placed: PlacedRow[] = [];
  for (const item of items) {
    if (item.kind === "table") placed.push(...tableRows(item.table));
    else placed.push(lineRow(item, s));
  }
  // Reading order: page, then top; rows of one stitched table keep their order.
  const order = placed.map((p, i) => ({ p, i }));
  order.sort((a, b) => a.p.page - b.p.page || a.p.y - b.p.y || a.p.x - b.p.x || a.i - b.i);
  const rows: Row[] = [];
  let lastPage = 0;
  for (const { p } of order) {
    if (p.row.cells.length === 0) continue;
    const row = p.row;
    if (lastPage !== 0 && p.page !== lastPage) row.pageBreakBefore = true;
    lastPage = p.page;
    rows.push(row);
  }
  return { settings: s, pages: layouts, items, grid: { rows, rowsKnown: true, pages: pageCount ?? pages.length } };
}

/** The Grid of a PDF reading (see `readPdf`). */
export function pdfToGrid(reading: { pages: readonly LayoutPage[]; pageCount: number }, settings: LayoutSettings | LayoutSettingsInput = {}): Grid {
  return layoutPages(reading.pages, settings, reading.pageCount).grid;
}

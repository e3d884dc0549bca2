/**
 * A region whose rows are ruled but whose columns are not (a word processor's "row lines only"
 * table, a sheet with bottom borders): the rulings give the rows, the stream columns give the
 * rest. Vertical edges are put at the column boundaries and the region is cut like a ruled
 * table (cells.ts), so a cell merged down a column (no ruling across it) stays one cell, and the
 * wrapped lines of a cell — amounts too, in narrow columns — are joined by the rulings alone.
 */
import { edgesToTable, type TableCell } from "../cells.js";
import type { Edge } from "../edges.js";
import type { LayoutSettings } from "../settings.js";
import { runsToCellText } from "../text.js";
import type { Boundaries } from "./columns.js";
import { splitAtBoundaries, type Fragment } from "./fragments.js";

/** Share of the region's width a horizontal ruling must cover to count as a row line. */
const ROW_LINE_SHARE = 0.5;
/** Row lines a region needs before its rows are taken from them. */
const MIN_ROW_LINES = 2;

/** The horizontal rulings inside the region that run across most of it. */
export function rowLines(hEdges: readonly Edge[], top: number, bottom: number, left: number, right: number): Edge[] {
  return hEdges.filter((e) => e.pos > top && e.pos < bottom && Math.min(e.end, right) - Math.max(e.start, left) >= ROW_LINE_SHARE * (right - left));
}

/**
 * The region's cells cut along its row rulings and column boundaries, or null when it has too
 * few row lines. Rows are numbered from 0 within the region.
 */
export function ruledRegionCells(
  frags: readonly Fragment[],
  boundaries: Boundaries,
  hEdges: readonly Edge[],
  region: { top: number; bottom: number; left: number; right: number; page: number },
  s: LayoutSettings,
  titleLines: ReadonlySet<number> = new Set(),
): { cells: TableCell[]; rows: number } | null {
  const { top, bottom, left, right } = region;
  if (rowLines(hEdges, top, bottom, left, right).length < MIN_ROW_LINES) return null;
  const textTop = Math.min(...frags.map((f) => f.bbox[1]));
  const textBottom = Math.max(...frags.map((f) => f.bbox[3]));
  const y0 = Math.max(top, textTop - 1);
  const y1 = Math.min(bottom, textBottom + 1);
  const hs: Edge[] = hEdges
    .filter((e) => e.pos > y0 && e.pos < y1 && e.end > left && e.start < right)
    .map((e) => ({ ...e, start: Math.max(e.start, left - 1), end: Math.min(e.end, right + 1) }));
  const xs = [left - 1, ...boundaries, right + 1];
  const vs: Edge[] = xs.map((x) => ({ orientation: "v" as const, pos: x, start: y0, end: y1, synthetic: true }));
  const table = edgesToTable([...hs, ...vs], region.page, s);
  if (!table) return null;
  // A fragment goes whole into the cell where it starts, cut only where the column boundaries
  // cut it (two cells printed close together): a line of a paragraph whose runs touch is one
  // flow of text even where a boundary runs through it. Title lines are centred: by their centre.
  for (const f of frags) {
    const centred = titleLines.has(f.line);
    for (const piece of centred ? [f] : splitAtBoundaries(f, boundaries, s)) {
      const mid = (piece.bbox[0] + piece.bbox[2]) / 2;
      const x = centred ? mid : Math.min(piece.bbox[0] + 0.3 * piece.em, mid);
      const y = (piece.bbox[1] + piece.bbox[3]) / 2;
      let best: TableCell | null = null;
      let area = Infinity;
      for (const c of table.cells) {
        if (!(x >= c.bbox[0] && x <= c.bbox[2] && y >= c.bbox[1] && y <= c.bbox[3])) continue;
        const a = (c.bbox[2] - c.bbox[0]) * (c.bbox[3] - c.bbox[1]);
        if (a < area) {
          best = c;
          area = a;
        }
      }
      best?.runs.push(...piece.runs);
    }
  }
  for (const c of table.cells) {
    c.text = runsToCellText(c.runs, s);
    c.openTop = false;
    c.openBottom = false;
  }
  return { cells: table.cells, rows: table.rows };
}

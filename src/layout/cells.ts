/**
 * A group of edges → a ruled table: the grid lines, the elementary cells between them, and the
 * real cells found by union-find over the borders that are missing (a merged cell has no
 * border inside it). Spans are the number of grid lines a cell crosses.
 */
import { coveredLength, clusterValues, type Edge } from "./edges.js";
import type { BBox, TextRun } from "./geometry.js";
import { UnionFind } from "./intersections.js";
import type { LayoutSettings } from "./settings.js";
import type { StreamRegion } from "./stream/index.js";

export interface TableCell {
  /** First elementary row and column of the cell, 0-based within its table. */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  bbox: BBox;
  text: string;
  runs: TextRun[];
  /** No border is drawn above the cell: it continues a cell from the previous page. */
  openTop: boolean;
  /** No border is drawn below the cell: it continues on the next page. */
  openBottom: boolean;
  /** The page the cell is on, when not its table's (a table continued across onto the next page). */
  page?: number;
}

export interface Table {
  flavour: "lattice" | "stream";
  page: number;
  bbox: BBox;
  /** Column lines (x) and row lines (y), ascending; a stream table has cell anchors instead. */
  xs: number[];
  ys: number[];
  cells: TableCell[];
  /** Edges used, with those layout added (the missing top of a continued table) marked `synthetic`. */
  edges: Edge[];
  /** Number of elementary rows / columns. */
  rows: number;
  cols: number;
  /** Stream tables: the regions, header rows, column boundaries and chains found (debug picture). */
  stream?: StreamRegion[];
}

type CellSettings = Pick<LayoutSettings, "snapTolerance" | "borderCoverage" | "intersectionTolerance" | "minTableRows" | "minTableCols">;

function uniqueSorted(values: number[], tol: number): number[] {
  return clusterValues(values, tol).map((c) => c.reduce((a, b) => a + b, 0) / c.length);
}

function near(a: number, b: number, tol: number): boolean {
  return Math.abs(a - b) <= tol;
}

/** Adds the table's missing outer lines (a continued table has no top border) as synthetic edges. */
export function closeTableOutline(group: readonly Edge[], s: CellSettings): Edge[] {
  const hs = group.filter((e) => e.orientation === "h");
  const vs = group.filter((e) => e.orientation === "v");
  const top = Math.min(...vs.map((e) => e.start));
  const bottom = Math.max(...vs.map((e) => e.end));
  const left = Math.min(...hs.map((e) => e.start), ...vs.map((e) => e.pos));
  const right = Math.max(...hs.map((e) => e.end), ...vs.map((e) => e.pos));
  const out = [...group];
  const tol = Math.max(s.snapTolerance, s.intersectionTolerance);
  if (!hs.some((e) => near(e.pos, top, tol))) out.push({ orientation: "h", pos: top, start: left, end: right, synthetic: true });
  if (!hs.some((e) => near(e.pos, bottom, tol))) out.push({ orientation: "h", pos: bottom, start: left, end: right, synthetic: true });
  const minH = Math.min(...hs.map((e) => e.pos), top);
  const maxH = Math.max(...hs.map((e) => e.pos), bottom);
  if (!vs.some((e) => near(e.pos, left, tol))) out.push({ orientation: "v", pos: left, start: minH, end: maxH, synthetic: true });
  if (!vs.some((e) => near(e.pos, right, tol))) out.push({ orientation: "v", pos: right, start: minH, end: maxH, synthetic: true });
  return out;
}

/** Whether edges on line `pos` cover enough of [a, b] to be a border there. */
function hasBorder(edges: readonly Edge[], pos: number, a: number, b: number, s: CellSettings, realOnly = false): boolean {
  const len = b - a;
  if (len <= 0) return true;
  const intervals = edges
    .filter((e) => near(e.pos, pos, s.snapTolerance) && !(realOnly && e.synthetic))
    .map((e) => [e.start, e.end] as [number, number]);
  return coveredLength(a, b, intervals) >= s.borderCoverage * len;
}

/**
 * Edges of one table → cells with spans. Returns null when the grid is smaller than the
 * settings' minimum table.
 */
export function edgesToTable(group: readonly Edge[], page: number, s: CellSettings): Table | null {
  const edges = closeTableOutline(group, s);
  const hs = edges.filter((e) => e.orientation === "h");
  const vs = edges.filter((e) => e.orientation === "v");
  const xs = uniqueSorted(
    vs.map((e) => e.pos),
    s.snapTolerance,
  );
  const ys = uniqueSorted(
    hs.map((e) => e.pos),
    s.snapTolerance,
  );
  const R = ys.length - 1;
  const C = xs.length - 1;
  if (R < s.minTableRows || C < s.minTableCols) return null;

  const id = (r: number, c: number) => r * C + c;
  const uf = new UnionFind(R * C);
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      // Right neighbour: the vertical border at xs[c+1] between ys[r] and ys[r+1].
      if (c + 1 < C && !hasBorder(vs, xs[c + 1]!, ys[r]!, ys[r + 1]!, s)) uf.union(id(r, c), id(r, c + 1));
      // Lower neighbour: the horizontal border at ys[r+1] between xs[c] and xs[c+1].
      if (r + 1 < R && !hasBorder(hs, ys[r + 1]!, xs[c]!, xs[c + 1]!, s)) uf.union(id(r, c), id(r + 1, c));
    }
  }
  const groups = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      const k = uf.find(id(r, c));
      const g = groups.get(k);
      if (g) {
        g.r0 = Math.min(g.r0, r);
        g.r1 = Math.max(g.r1, r);
        g.c0 = Math.min(g.c0, c);
        g.c1 = Math.max(g.c1, c);
      } else groups.set(k, { r0: r, r1: r, c0: c, c1: c });
    }
  }
  const cells: TableCell[] = [...groups.values()]
    .map((g) => {
      const bbox: BBox = [xs[g.c0]!, ys[g.r0]!, xs[g.c1 + 1]!, ys[g.r1 + 1]!];
      return {
        row: g.r0,
        col: g.c0,
        rowSpan: g.r1 - g.r0 + 1,
        colSpan: g.c1 - g.c0 + 1,
        bbox,
        text: "",
        runs: [],
        openTop: g.r0 === 0 && !hasBorder(hs, ys[0]!, bbox[0], bbox[2], s, true),
        openBottom: g.r1 === R - 1 && !hasBorder(hs, ys[R]!, bbox[0], bbox[2], s, true),
      };
    })
    .sort((a, b) => a.row - b.row || a.col - b.col);
  return {
    flavour: "lattice",
    page,
    bbox: [xs[0]!, ys[0]!, xs[C]!, ys[R]!],
    xs,
    ys,
    cells,
    edges,
    rows: R,
    cols: C,
  };
}

/**
 * Rulings → edges: stroked segments and thin filled rectangles become horizontal and vertical
 * edges; edges on one line are snapped together and joined where they touch (pdfplumber's
 * `merge_edges`).
 */
import type { FilledRect, Segment } from "./geometry.js";
import type { LayoutSettings } from "./settings.js";

export type Orientation = "h" | "v";

/** An axis-aligned edge: `pos` is y for a horizontal edge, x for a vertical one; start ≤ end along it. */
export interface Edge {
  orientation: Orientation;
  pos: number;
  start: number;
  end: number;
  /** Added by layout (the missing top of a continued table), not drawn on the page. */
  synthetic?: boolean;
}

type EdgeSettings = Pick<LayoutSettings, "orientationTolerance" | "minEdgeLength" | "maxRulingThickness">;

/** Stroked segments → edges; oblique segments are dropped. */
export function segmentsToEdges(segments: readonly Segment[], s: EdgeSettings): Edge[] {
  const out: Edge[] = [];
  for (const g of segments) {
    const dx = Math.abs(g.x1 - g.x0);
    const dy = Math.abs(g.y1 - g.y0);
    if (dy <= s.orientationTolerance && dx >= s.minEdgeLength) {
      out.push({ orientation: "h", pos: (g.y0 + g.y1) / 2, start: Math.min(g.x0, g.x1), end: Math.max(g.x0, g.x1) });
    } else if (dx <= s.orientationTolerance && dy >= s.minEdgeLength) {
      out.push({ orientation: "v", pos: (g.x0 + g.x1) / 2, start: Math.min(g.y0, g.y1), end: Math.max(g.y0, g.y1) });
    }
  }
  return out;
}

/** Thin filled rectangles → edges along their centre lines; thick ones (backgrounds) are not rulings. */
export function rectsToEdges(rects: readonly FilledRect[], s: EdgeSettings): Edge[] {
  const out: Edge[] = [];
  for (const { bbox } of rects) {
    const w = bbox[2] - bbox[0];
    const h = bbox[3] - bbox[1];
    if (h <= s.maxRulingThickness && w > h && w >= s.minEdgeLength) {
      out.push({ orientation: "h", pos: (bbox[1] + bbox[3]) / 2, start: bbox[0], end: bbox[2] });
    } else if (w <= s.maxRulingThickness && h > w && h >= s.minEdgeLength) {
      out.push({ orientation: "v", pos: (bbox[0] + bbox[2]) / 2, start: bbox[1], end: bbox[3] });
    }
  }
  return out;
}

/** Cluster sorted values: a value within `tol` of the previous one joins its cluster. */
export function clusterValues(values: readonly number[], tol: number): number[][] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! <= tol) last.push(v);
    else out.push([v]);
  }
  return out;
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Snaps edge positions that differ by at most `snapTolerance` to their mean. */
export function snapEdges(edges: readonly Edge[], s: Pick<LayoutSettings, "snapTolerance">): Edge[] {
  const out: Edge[] = [];
  for (const o of ["h", "v"] as const) {
    const group = edges.filter((e) => e.orientation === o);
    const clusters = clusterValues(
      group.map((e) => e.pos),
      s.snapTolerance,
    );
    const snapped = new Map<number, number>();
    for (const c of clusters) {
      const m = mean(c);
      for (const v of c) snapped.set(v, m);
    }
    for (const e of group) out.push({ ...e, pos: snapped.get(e.pos) ?? e.pos });
  }
  return out;
}

/** Joins collinear edges (same `pos`) that overlap or leave a gap of at most `joinTolerance`. */
export function joinEdges(edges: readonly Edge[], s: Pick<LayoutSettings, "joinTolerance">): Edge[] {
  const byLine = new Map<string, Edge[]>();
  for (const e of edges) {
    const k = `${e.orientation}:${e.pos}`;
    const list = byLine.get(k);
    if (list) list.push(e);
    else byLine.set(k, [e]);
  }
  const out: Edge[] = [];
  for (const list of byLine.values()) {
    list.sort((a, b) => a.start - b.start);
    let cur: Edge | null = null;
    for (const e of list) {
      if (cur && e.start <= cur.end + s.joinTolerance) {
        cur.end = Math.max(cur.end, e.end);
        if (!e.synthetic) delete cur.synthetic;
      } else {
        if (cur) out.push(cur);
        cur = { ...e };
      }
    }
    if (cur) out.push(cur);
  }
  return out.sort((a, b) => (a.orientation === b.orientation ? a.pos - b.pos || a.start - b.start : a.orientation === "h" ? -1 : 1));
}

/** Snap, then join. */
export function mergeEdges(edges: readonly Edge[], s: Pick<LayoutSettings, "snapTolerance" | "joinTolerance">): Edge[] {
  return joinEdges(snapEdges(edges, s), s);
}

/** Length of [a0, a1] covered by the given intervals. */
export function coveredLength(a0: number, a1: number, intervals: readonly [number, number][]): number {
  const clipped = intervals
    .map(([s, e]) => [Math.max(s, a0), Math.min(e, a1)] as [number, number])
    .filter(([s, e]) => e > s)
    .sort((p, q) => p[0] - q[0]);
  let total = 0;
  let curS = -Infinity;
  let curE = -Infinity;
  for (const [s, e] of clipped) {
    if (s > curE) {
      if (curE > curS) total += curE - curS;
      curS = s;
      curE = e;
    } else curE = Math.max(curE, e);
  }
  if (curE > curS) total += curE - curS;
  return total;
}

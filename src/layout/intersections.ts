/**
 * Edges → intersections, and edges → groups of edges that touch (one group per ruled table).
 */
import type { Edge } from "./edges.js";
import type { LayoutSettings } from "./settings.js";

export interface Intersection {
  x: number;
  y: number;
  /** Indexes into the edge list. */
  h: number;
  v: number;
}

function meets(h: Edge, v: Edge, tol: number): boolean {
  return v.pos >= h.start - tol && v.pos <= h.end + tol && h.pos >= v.start - tol && h.pos <= v.end + tol;
}

export function edgesToIntersections(edges: readonly Edge[], s: Pick<LayoutSettings, "intersectionTolerance">): Intersection[] {
  const out: Intersection[] = [];
  edges.forEach((h, i) => {
    if (h.orientation !== "h") return;
    edges.forEach((v, j) => {
      if (v.orientation !== "v") return;
      if (meets(h, v, s.intersectionTolerance)) out.push({ x: v.pos, y: h.pos, h: i, v: j });
    });
  });
  return out;
}

/** A small union-find over 0..n-1. */
export class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    let k = i;
    while (this.parent[k] !== r) {
      const next = this.parent[k]!;
      this.parent[k] = r;
      k = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * Groups of edges connected through intersections; each group with both orientations may be a
 * table. A vertical edge that meets nothing (the side of a merged cell that runs through a whole
 * page, with no top or bottom border on it) joins the group beside it when it runs alongside the
 * group's height and lies within `orphanEdgeReach` of it.
 */
export function intersectionsToEdgeGroups(
  edges: readonly Edge[],
  intersections: readonly Intersection[],
  s: Pick<LayoutSettings, "orphanEdgeReach" | "intersectionTolerance">,
): Edge[][] {
  const uf = new UnionFind(edges.length);
  const touched = new Set<number>();
  for (const p of intersections) {
    uf.union(p.h, p.v);
    touched.add(p.h);
    touched.add(p.v);
  }
  const collect = () => {
    const groups = new Map<number, number[]>();
    edges.forEach((_, i) => {
      const r = uf.find(i);
      const g = groups.get(r);
      if (g) g.push(i);
      else groups.set(r, [i]);
    });
    return [...groups.values()];
  };
  const isTable = (g: number[]) => g.some((i) => edges[i]!.orientation === "h") && g.some((i) => edges[i]!.orientation === "v");
  const tables = collect().filter(isTable);
  edges.forEach((e, i) => {
    if (touched.has(i) || e.orientation !== "v") return;
    for (const g of tables) {
      const vs = g.map((k) => edges[k]!).filter((k) => k.orientation === "v");
      const hs = g.map((k) => edges[k]!).filter((k) => k.orientation === "h");
      const top = Math.min(...vs.map((k) => k.start));
      const bottom = Math.max(...vs.map((k) => k.end));
      const left = Math.min(...hs.map((k) => k.start));
      const right = Math.max(...hs.map((k) => k.end));
      const ov = Math.min(bottom, e.end) - Math.max(top, e.start);
      const len = e.end - e.start;
      const tol = s.intersectionTolerance;
      const alongside = ov >= len - 2 * tol && Math.abs(e.start - top) <= tol && Math.abs(e.end - bottom) <= tol;
      const dist = e.pos < left ? left - e.pos : e.pos > right ? e.pos - right : 0;
      if (alongside && dist <= s.orphanEdgeReach) {
        uf.union(i, g[0]!);
        break;
      }
    }
  });
  return collect()
    .filter(isTable)
    .map((g) => g.map((i) => edges[i]!));
}

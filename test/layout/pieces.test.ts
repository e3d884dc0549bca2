import { describe, expect, it } from "vitest";
import { findTables } from "../../src/layout/find-tables.js";
import type { LayoutPage, Segment } from "../../src/layout/geometry.js";

/** A line drawn as pieces of 3–7 pt that overlap, touch or leave hairline gaps, wobbling ±0.3 pt. */
function pieces(x0: number, y0: number, x1: number, y1: number, seed: number): Segment[] {
  let r = seed;
  const rnd = () => ((r = (r * 48271) % 2147483647) / 2147483647);
  const out: Segment[] = [];
  const len = Math.hypot(x1 - x0, y1 - y0);
  for (let t = 0; t < len; ) {
    const end = Math.min(len, t + 3 + 4 * rnd());
    const w = () => (rnd() - 0.5) * 0.6;
    const h = y0 === y1;
    out.push({
      x0: x0 + ((x1 - x0) * t) / len + (h ? 0 : w()),
      y0: y0 + ((y1 - y0) * t) / len + (h ? w() : 0),
      x1: x0 + ((x1 - x0) * end) / len + (h ? 0 : w()),
      y1: y0 + ((y1 - y0) * end) / len + (h ? w() : 0),
      lineWidth: 0.8,
      kind: "stroke",
    });
    t = end + (rnd() - 0.6) * 1.2;
  }
  return out;
}

function grid(drawn: (x0: number, y0: number, x1: number, y1: number, k: number) => Segment[]): LayoutPage {
  const segs: Segment[] = [];
  let k = 1;
  for (const y of [0, 20, 40, 60]) segs.push(...drawn(0, y, 300, y, k++));
  for (const x of [0, 100, 200, 300]) segs.push(...drawn(x, 0, x, 60, k++));
  return { page: 1, width: 600, height: 800, runs: [], segments: segs, rects: [] };
}

describe("borders drawn as many short segments", () => {
  it("merge into the same rulings and cells as whole lines", () => {
    const whole = findTables(grid((a, b, c, d) => [{ x0: a, y0: b, x1: c, y1: d, lineWidth: 0.8, kind: "stroke" }]), { flavour: "lattice" });
    const pieced = findTables(grid(pieces), { flavour: "lattice" });
    expect(pieced.edges.length).toBe(whole.edges.length);
    const cells = (l: typeof whole) => l.tables[0]!.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan]);
    expect(cells(pieced)).toEqual(cells(whole));
    expect(pieced.tables[0]!.cells).toHaveLength(9);
  });
});

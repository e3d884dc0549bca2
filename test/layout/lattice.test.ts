import { describe, expect, it } from "vitest";
import { edgesToTable } from "../../src/layout/cells.js";
import { mergeEdges, rectsToEdges, segmentsToEdges, type Edge } from "../../src/layout/edges.js";
import { findTables } from "../../src/layout/find-tables.js";
import type { LayoutPage, Segment, TextRun } from "../../src/layout/geometry.js";
import { edgesToIntersections, intersectionsToEdgeGroups } from "../../src/layout/intersections.js";
import { defaultLayoutSettings, layoutSettings } from "../../src/layout/settings.js";
import { joinLines } from "../../src/layout/text.js";

const s = defaultLayoutSettings;

function seg(x0: number, y0: number, x1: number, y1: number): Segment {
  return { x0, y0, x1, y1, lineWidth: 1, kind: "stroke" };
}

function run(str: string, x0: number, y0: number, page = 1, size = 10): TextRun {
  return { str, page, bbox: [x0, y0, x0 + size * [...str].length, y0 + size], fontName: "f", fontSize: size };
}

/**
 * A 3×3 grid on x = 0,100,200,300 and y = 0,20,40,60 with two merged cells:
 * row 0 columns 1–2 (no border at x=200 between y 0–20), and column 0 rows 1–2 (no border at
 * y=40 between x 0–100).
 */
function mergedGridSegments(): Segment[] {
  return [
    seg(0, 0, 300, 0),
    seg(0, 20, 300, 20),
    seg(100, 40, 300, 40),
    seg(0, 60, 300, 60),
    seg(0, 0, 0, 60),
    seg(100, 0, 100, 60),
    seg(200, 20, 200, 60),
    seg(300, 0, 300, 60),
  ];
}

function page(segments: Segment[], runs: TextRun[], n = 1): LayoutPage {
  return { page: n, width: 600, height: 800, runs, segments, rects: [] };
}

describe("rulings → edges", () => {
  it("keeps horizontal and vertical segments, drops oblique ones", () => {
    const edges = segmentsToEdges([seg(0, 0, 100, 0.3), seg(5, 0, 5, 50), seg(0, 0, 40, 40)], s);
    expect(edges.map((e) => e.orientation)).toEqual(["h", "v"]);
  });

  it("turns thin filled rectangles into edges along their centre line and ignores thick ones", () => {
    const edges = rectsToEdges([{ bbox: [10, 19.5, 110, 20.5] }, { bbox: [9.5, 20, 10.5, 80] }, { bbox: [0, 0, 50, 50] }], s);
    expect(edges).toEqual([
      { orientation: "h", pos: 20, start: 10, end: 110 },
      { orientation: "v", pos: 10, start: 20, end: 80 },
    ]);
  });

  it("snaps nearby positions and joins touching pieces (Chromium draws one piece per cell side)", () => {
    const merged = mergeEdges(
      [
        { orientation: "h", pos: 20, start: 0, end: 50 },
        { orientation: "h", pos: 20.6, start: 50, end: 100 },
        { orientation: "h", pos: 20.2, start: 101.5, end: 150 },
      ],
      s,
    );
    expect(merged).toHaveLength(1);
    expect(merged[0]!.start).toBe(0);
    expect(merged[0]!.end).toBe(150);
  });
});

describe("lattice: edges → cells with spans", () => {
  it("finds merged cells by union-find over missing borders", () => {
    const edges = mergeEdges(segmentsToEdges(mergedGridSegments(), s), s);
    const groups = intersectionsToEdgeGroups(edges, edgesToIntersections(edges, s), s);
    expect(groups).toHaveLength(1);
    const t = edgesToTable(groups[0]!, 1, s)!;
    expect([t.rows, t.cols]).toEqual([3, 3]);
    const spans = t.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan]);
    expect(spans).toEqual([
      [0, 0, 1, 1],
      [0, 1, 1, 2],
      [1, 0, 2, 1],
      [1, 1, 1, 1],
      [1, 2, 1, 1],
      [2, 1, 1, 1],
      [2, 2, 1, 1],
    ]);
    // Σ of cell areas in elementary cells = grid size (pdf-parse's TableData.check).
    expect(t.cells.reduce((a, c) => a + c.rowSpan * c.colSpan, 0)).toBe(9);
  });

  it("assigns runs by their centre and joins a multi-line cell in reading order", () => {
    const runs = [run("项目名称", 5, 5), run("绩效", 5, 25), run("指标", 5, 42), run("100.0", 105, 22), run("0%", 105, 30)];
    const layout = findTables(page(mergedGridSegments(), runs), s);
    const t = layout.tables[0]!;
    const byPos = (r: number, c: number) => t.cells.find((x) => x.row === r && x.col === c)!.text;
    expect(byPos(0, 0)).toBe("项目名称");
    expect(byPos(1, 0)).toBe("绩效指标");
    expect(byPos(1, 1)).toBe("100.00%");
    expect(layout.outside).toHaveLength(0);
  });

  it("closes a table whose top border is missing (a continued table) with a synthetic edge", () => {
    const segs = mergedGridSegments().filter((g) => !(g.y0 === 0 && g.y1 === 0));
    const layout = findTables(page(segs, []), s);
    const t = layout.tables[0]!;
    expect(t.edges.some((e: Edge) => e.synthetic && e.orientation === "h" && e.pos === 0)).toBe(true);
    expect(t.cells.filter((c) => c.row === 0).every((c) => c.openTop)).toBe(true);
  });
});

describe("stream flavour", () => {
  it("clusters unruled text into rows and columns", () => {
    const runs = [run("项目名称", 10, 10), run("乡村道路", 200, 10), run("主管部门", 10, 30), run("交通局", 200, 30)];
    const layout = findTables(page([], runs), s);
    expect(layout.flavour).toBe("stream");
    const cells = layout.tables[0]!.cells.map((c) => [c.row, c.col, c.text]);
    expect(cells).toEqual([
      [0, 0, "项目名称"],
      [0, 1, "乡村道路"],
      [1, 0, "主管部门"],
      [1, 1, "交通局"],
    ]);
  });
});

describe("settings", () => {
  it("rejects unknown keys and fills defaults", () => {
    expect(() => layoutSettings({ snapTolerence: 3 } as never)).toThrow();
    expect(layoutSettings({ snapTolerance: 5 }).joinTolerance).toBe(defaultLayoutSettings.joinTolerance);
  });
});

describe("joinLines", () => {
  it("joins wrapped lines directly except between Latin words", () => {
    expect(joinLines(["1000000.", "00"])).toBe("1000000.00");
    expect(joinLines(["思想", "and党"])).toBe("思想and党");
    expect(joinLines(["annual", "report"])).toBe("annual report");
  });
});

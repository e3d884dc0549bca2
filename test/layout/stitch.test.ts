import { describe, expect, it } from "vitest";
import type { LayoutPage, Segment, TextRun } from "../../src/layout/geometry.js";
import { layoutPages } from "../../src/layout/to-grid.js";

function seg(x0: number, y0: number, x1: number, y1: number): Segment {
  return { x0, y0, x1, y1, lineWidth: 1, kind: "stroke" };
}
function run(str: string, x0: number, y0: number, page: number, size = 10): TextRun {
  return { str, page, bbox: [x0, y0, x0 + size * [...str].length, y0 + size], fontName: "f", fontSize: size };
}
function hline(y: number, x0 = 0, x1 = 300): Segment {
  return seg(x0, y, x1, y);
}
function vline(x: number, y0: number, y1: number): Segment {
  return seg(x, y0, x, y1);
}

/** Columns x = 0 | 100 | 200 | 300; column 0 is a vertical label merged down both pages. */
function pages(opts: { cutRow?: boolean; repeatHeader?: boolean }): LayoutPage[] {
  const p1: LayoutPage = {
    page: 1,
    width: 400,
    height: 500,
    segments: [
      hline(100),
      hline(120, 100),
      hline(140, 100),
      ...(opts.cutRow ? [] : [hline(160, 100)]),
      vline(0, 100, 160),
      vline(100, 100, 160),
      vline(200, 100, 160),
      vline(300, 100, 160),
    ],
    rects: [],
    runs: [
      run("财政项目支出绩效自评表", 80, 60, 1),
      run("绩效指标", 5, 125, 1),
      run("二级指标", 105, 105, 1),
      run("三级指标", 205, 105, 1),
      run("数量指标", 105, 125, 1),
      run("完成率", 205, 125, 1),
      run("质量指标", 105, 145, 1),
      run("本项目更改", 205, 145, 1),
      run("-1-", 190, 470, 1),
    ],
  };
  const top = 40;
  const p2: LayoutPage = {
    page: 2,
    width: 400,
    height: 500,
    segments: [
      // No top border: the table goes on from page 1.
      hline(top + 20, 100),
      hline(top + 40, 100),
      hline(top + 60),
      vline(0, top, top + 60),
      vline(100, top, top + 60),
      vline(200, top, top + 60),
      vline(300, top, top + 60),
    ],
    rects: [],
    runs: [
      ...(opts.repeatHeader ? [run("二级指标", 105, top + 5, 2), run("三级指标", 205, top + 5, 2)] : [run("时效指标", 105, top + 5, 2), run(opts.cutRow ? "为完成率" : "及时", 205, top + 5, 2)]),
      run("总分", 105, top + 25, 2),
      run("95", 205, top + 25, 2),
      run("满意度指标", 105, top + 45, 2),
      run("满意", 205, top + 45, 2),
      run("-2-", 190, 470, 2),
    ],
  };
  return [p1, p2];
}

function texts(rows: { cells: { text: string }[] }[]): string[] {
  return rows.map((r) => r.cells.map((c) => c.text).join("\t"));
}

describe("stitching a table continued on the next page", () => {
  it("joins the merged label cell across the break and keeps each fragment's page", () => {
    const { grid, items } = layoutPages(pages({}));
    const tables = items.filter((i) => i.kind === "table");
    expect(tables).toHaveLength(1);
    expect(texts(grid.rows)).toEqual([
      "财政项目支出绩效自评表",
      "绩效指标\t二级指标\t三级指标",
      "数量指标\t完成率",
      "质量指标\t本项目更改",
      "-1-",
      "时效指标\t及时",
      "总分\t95",
      "满意度指标\t满意",
      "-2-",
    ]);
    const label = grid.rows[1]!.cells[0]!;
    expect(label).toMatchObject({ col: 0, rowSpan: 6, source: { page: 1 } });
    expect(label.parts?.map((p) => p.page)).toEqual([1, 2]);
    expect(grid.rows[5]!.pageBreakBefore).toBe(true);
    expect(grid.rows[5]!.cells[0]).toMatchObject({ col: 1, source: { page: 2 } });
    expect(grid.rows[1]!.boundaries).toBe("exact");
    expect(grid.rows[0]!.boundaries).toBe("spaces");
  });

  it("joins a row cut by the page break into one row", () => {
    const { grid, items } = layoutPages(pages({ cutRow: true }));
    const t = items.find((i) => i.kind === "table");
    expect(t?.kind === "table" && t.table.cutRows).toEqual([1]);
    const row = grid.rows.find((r) => r.cells.some((c) => c.text.startsWith("质量指标")))!;
    expect(row.cells.map((c) => c.text)).toEqual(["质量指标时效指标", "本项目更改为完成率"]);
    expect(row.cells[1]!.parts?.map((p) => p.page)).toEqual([1, 2]);
  });

  it("drops a header row repeated at the top of the continued part", () => {
    const { grid, items } = layoutPages(pages({ repeatHeader: true }));
    const t = items.find((i) => i.kind === "table");
    expect(t?.kind === "table" && t.table.repeatedHeaders).toEqual([{ part: 1, row: 0 }]);
    expect(texts(grid.rows).filter((x) => x === "二级指标\t三级指标")).toHaveLength(0);
    expect(texts(grid.rows)).toContain("总分\t95");
  });
});

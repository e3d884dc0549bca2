/**
 * A merged 一级 cell holds whole 二级 cells: the layout never lets a column's merged cells begin
 * or end inside a merged cell of the column to its right. Made-up positioned text in the geometry
 * a word processor prints an unruled indicator table with (rows touching, cells centred, a cell
 * the page break cuts drawn from its top).
 */
import { describe, expect, it } from "vitest";
import type { TableCell } from "../../src/layout/cells.js";
import { findTables } from "../../src/layout/find-tables.js";
import type { LayoutPage, TextRun } from "../../src/layout/geometry.js";
import { insideMerged, tileColumn, type StreamRowCell } from "../../src/layout/stream/rows.js";

/** A run of `str` at (x, y) in a 10-point font, 10 points a character. */
function run(str: string, x: number, y: number): TextRun {
  return { str, page: 1, bbox: [x, y, x + 10 * [...str].length, y + 10], fontName: "f", fontSize: 10 };
}

/**
 * Four 产出 rows (the 时效 二级 cell merged over the last three, centred on them; its middle row
 * has no 三级 name), then two 效益 rows whose merged 一级 cell runs on down the next page and is
 * drawn at its top, level with the first line of the tall deviation beside it.
 */
function indicatorPage(): LayoutPage {
  const runs = [
    run("一级指标", 169, 354), run("二级指标", 246, 354), run("三级指标", 323, 354), run("指标值", 395, 354), run("分值", 565, 354), run("得分", 642, 354), run("偏差原因", 700, 354),
    run("数量指标", 233, 383), run("受检单位户", 310, 376), run("数", 310, 390), run("700", 423, 383), run("15", 570, 382), run("15", 647, 382), run("无", 696, 383),
    run("产出指标", 156, 412),
    run("整改完成及时", 310, 405), run("率", 310, 419), run("≥95%", 409, 411), run("10", 570, 411), run("8.9", 646, 411), run("未做抽样调查", 696, 405), run("统计口径", 696, 419),
    run("时效指标", 233, 426),
    run("≤30天", 407, 434), run("10", 570, 433), run("10", 647, 433), run("已完成", 696, 434),
    run("工程验收时间", 310, 448), run("≤12月", 407, 448), run("15", 570, 447), run("15", 647, 447),
    run("效益指标", 156, 463), run("部分设备到货", 696, 463),
    run("经济效益指标", 233, 477), run("带动社会投资", 310, 477), run("≥479%", 406, 476), run("10", 570, 476), run("7.1", 646, 476), run("延迟影响了", 696, 477),
    run("项目进度", 696, 492),
    run("可持续影响指", 233, 506), run("标", 233, 521), run("人员队伍稳定", 310, 506), run("性", 310, 521), run("有效", 411, 506), run("10", 570, 504), run("10", 647, 504),
  ];
  return { page: 1, width: 842, height: 595, runs, segments: [], rects: [] };
}

const rowsOf = (cells: readonly TableCell[], text: string): [number, number] => {
  const c = cells.find((x) => x.text === text)!;
  return [c.row, c.row + c.rowSpan - 1];
};

describe("merged cells nest in the column to their right", () => {
  it("keeps a 一级 cell drawn at the top of a cell the page break cuts out of the 二级 cell above it", () => {
    const t = findTables(indicatorPage(), {}, null, true).tables[0]!;
    const [timeTop, timeBottom] = rowsOf(t.cells, "时效指标");
    const [, outputBottom] = rowsOf(t.cells, "产出指标");
    const [benefitTop] = rowsOf(t.cells, "效益指标");
    expect(rowsOf(t.cells, "工程验收时间")).toEqual([timeBottom, timeBottom]);
    expect(timeTop).toBeLessThan(timeBottom);
    // 产出指标 ends with 时效指标's last row; 效益指标 starts on 经济效益指标's.
    expect(outputBottom).toBe(timeBottom);
    expect(benefitTop).toBe(rowsOf(t.cells, "经济效益指标")[0]);
  });

  it("lists the rows inside a column's merged cells, below each one's first", () => {
    const b = { lines: [], col: 2, colSpan: 1, top: 0, bottom: 10, centre: 5, em: 10 };
    const cells: StreamRowCell[] = [
      { row: 1, col: 2, rowSpan: 3, colSpan: 1, block: b, top: 0, bottom: 10 },
      { row: 5, col: 2, rowSpan: 1, colSpan: 1, block: b, top: 0, bottom: 10 },
      { row: 6, col: 3, rowSpan: 2, colSpan: 1, block: b, top: 0, bottom: 10 },
    ];
    expect([...insideMerged(cells, 2)].sort()).toEqual([2, 3]);
  });

  it("tiles a column on its own when no tiling fits inside the next column's cells", () => {
    const rows = [{ top: 0, bottom: 10 }, { top: 10, bottom: 20 }, { top: 20, bottom: 30 }];
    const b = (y: number) => ({ lines: [], col: 1, colSpan: 1, top: y - 5, bottom: y + 5, centre: y, em: 10 });
    // Two cells, on rows 0 and 1, and a merged cell beside them over rows 0–1: the second can
    // start nowhere but inside it, so the nesting is dropped rather than the cells.
    const cells: StreamRowCell[] = [
      { row: 0, col: 1, rowSpan: 1, colSpan: 1, block: b(5), top: 0, bottom: 10 },
      { row: 1, col: 1, rowSpan: 1, colSpan: 1, block: b(15), top: 10, bottom: 20 },
    ];
    tileColumn(cells, rows, 0.01, false, new Set([1]));
    expect(cells.map((c) => c.row)).toEqual([0, 1]);
  });
});

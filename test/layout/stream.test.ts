import { describe, expect, it } from "vitest";
import { joinPagesAcross } from "../../src/layout/across.js";
import type { Table, TableCell } from "../../src/layout/cells.js";
import { findTables, type PageLayout } from "../../src/layout/find-tables.js";
import type { LayoutPage, Segment, TextRun } from "../../src/layout/geometry.js";
import { defaultLayoutSettings as s } from "../../src/layout/settings.js";
import { isHeaderText } from "../../src/layout/stream/headers.js";
import { splitAtBoundaries } from "../../src/layout/stream/fragments.js";
import { tileColumn, wholeValue, type StreamRowCell } from "../../src/layout/stream/rows.js";
import { layoutPages } from "../../src/layout/to-grid.js";

/** A run of `str` at (x, y) in a 10-point font, 10 points a character. */
function run(str: string, x: number, y: number, page = 1): TextRun {
  return { str, page, bbox: [x, y, x + 10 * [...str].length, y + 10], fontName: "f", fontSize: 10 };
}

function page(runs: TextRun[], segments: Segment[] = [], n = 1): LayoutPage {
  return { page: n, width: 600, height: 800, runs, segments, rects: [] };
}

/**
 * An unruled indicator table as a word processor prints it: cells centred in their rows, rows
 * touching, the level-3 names wrapped over two lines, 产出指标 merged over both rows.
 */
function unruledIndicators(): TextRun[] {
  return [
    run("一级指标", 40, 100), run("三级指标", 100, 100), run("年度指标值", 200, 100), run("分值", 300, 100), run("得分", 360, 100),
    run("信息系统", 100, 120), run("完成率", 100, 130), run("≥95%", 205, 125), run("10", 305, 125), run("9", 365, 125),
    run("产出指标", 40, 135),
    run("运维系统", 100, 140), run("数量", 100, 150), run("≥21个", 205, 145), run("5", 305, 145), run("5", 365, 145),
  ];
}

function rowsOf(p: LayoutPage) {
  const grid = layoutPages([p]).grid;
  return grid.rows.map((r) => r.cells.filter((c) => c.text !== "").map((c) => c.text));
}

describe("stream flavour", () => {
  it("takes columns from the header row the template knows and joins wrapped lines inside a column", () => {
    expect(rowsOf(page(unruledIndicators()))).toEqual([
      ["一级指标", "三级指标", "年度指标值", "分值", "得分"],
      ["产出指标", "信息系统完成率", "≥95%", "10", "9"],
      ["运维系统数量", "≥21个", "5", "5"],
    ]);
  });

  it("gives a cell centred between rows the rows it spans", () => {
    const t = findTables(page(unruledIndicators())).tables[0]!;
    const merged = t.cells.find((c) => c.text === "产出指标")!;
    const first = t.cells.find((c) => c.text === "信息系统完成率")!;
    expect(merged.rowSpan).toBe(2);
    expect(merged.row).toBe(first.row);
  });

  it("never joins lines across a column boundary or a horizontal ruling", () => {
    const runs = [...unruledIndicators(), run("偏差原因", 420, 100), run("无偏差说", 420, 120), run("明", 420, 130)];
    const rows = rowsOf(page(runs));
    expect(rows[1]).toContain("无偏差说明");
    expect(rows.flat().some((t) => t.includes("9无") || t.includes("说明5"))).toBe(false);
    // A ruling under the first row: the wrapped name above it is not joined with the one below.
    const ruled = rowsOf(page(unruledIndicators(), [{ x0: 30, y0: 140, x1: 400, y1: 140, lineWidth: 0.5, kind: "stroke" }]));
    expect(ruled.flat()).toContain("运维系统数量");
  });

  it("cuts a column of wrapped names on the rows even when the column beside it chains wrongly too", () => {
    // Lines 13 pt apart, rows touching (a frame-only Writer form): 成本指标 chains on to the wrapped
    // 社会效益指 / 标 below it, and that chain's centre meets the merged 效益指标's, a row that is
    // not there, which once kept the level-3 names (项目总成本, 科技成果转 / 化率, …) in one cell.
    const runs = [
      run("一级指标", 40, 100), run("二级指标", 100, 100), run("三级指标", 180, 100), run("指标值", 280, 100), run("分值", 340, 100), run("得分", 400, 100),
      run("产出指标", 40, 120), run("数量指标", 100, 120), run("发布信息", 180, 120), run("1500", 280, 120), run("25", 340, 120), run("20", 400, 120),
      run("成本指标", 100, 160), run("项目总成本", 180, 160), run("374", 280, 160), run("25", 340, 160), run("25", 400, 160),
      run("效益指标", 40, 173), run("社会效益指", 100, 173), run("标", 100, 186), run("科技成果转", 180, 173), run("化率", 180, 186),
      run("95", 280, 179.5), run("10", 340, 179.5), run("10", 400, 179.5),
      run("可持续影响", 100, 205.5), run("指标", 100, 218.5), run("项目持续发", 180, 199), run("挥效益", 180, 212), run("情况", 180, 225),
      run("90", 280, 212), run("5", 340, 212), run("5", 400, 212),
    ];
    // 效益指标 is centred on the line between two rows: which of them it starts in is not asked here.
    const rows = rowsOf(page(runs)).map((r) => r.filter((t) => t !== "效益指标"));
    expect(rows.find((r) => r.includes("项目总成本"))).toEqual(["成本指标", "项目总成本", "374", "25", "25"]);
    expect(rows.find((r) => r.includes("科技成果转化率"))).toEqual(["社会效益指标", "科技成果转化率", "95", "10", "10"]);
    expect(rows.find((r) => r.includes("项目持续发挥效益情况"))).toEqual(["可持续影响指标", "项目持续发挥效益情况", "90", "5", "5"]);
  });

  it("never cuts a line of a paragraph whose runs touch, not even in a table with row lines", () => {
    const f = (gap: number) => ({ runs: [run("1", 116, 300), run("、建立健全制度", 116 + 10 + gap, 300)], bbox: [116, 300, 196 + gap, 310] as [number, number, number, number], text: "", em: 10, line: 0 });
    expect(splitAtBoundaries(f(0), [130], s)).toHaveLength(1);
    expect(splitAtBoundaries(f(4), [130], s)).toHaveLength(2);
    // Row lines only; the paragraph's last short line (线。) ends left of the header 预期目标 and
    // once made a boundary through the text, where the digits (another font, another run) were cut off.
    const hr = (y: number): Segment => ({ x0: 10, y0: y, x1: 500, y1: y, lineWidth: 0.5, kind: "stroke" });
    const runs = [
      run("项目年度目标", 10, 140),
      run("预期目标", 170, 100), run("实际完成情况", 370, 100),
      run("1", 100, 120), run("、建立健全项目管理制度明确", 110, 120), run("已完成测评和整改筑牢安全防", 280, 120),
      run("责任分工；", 100, 134), run("2", 150, 134), run("、建设数据共享交换", 160, 134), run("线按照年度计划有序推进", 280, 134),
      run("平台推动部门间数据互联互", 100, 148), run("各项任务", 280, 148),
      run("通；3", 100, 162), run("、完成档案数字化加工提高", 130, 162),
      run("线。", 100, 176),
      run("评价结论", 10, 200), run("良", 100, 200),
    ];
    const rows = rowsOf(page(runs, [hr(95), hr(115), hr(195), hr(215)]));
    expect(rows.flat()).toContain("1、建立健全项目管理制度明确责任分工；2、建设数据共享交换平台推动部门间数据互联互通；3、完成档案数字化加工提高线。");
  });

  it("gives a merged cell cut by the page break the rows above its text down to the page's last row", () => {
    // Two tall rows (one merged label centred on them), three short ones, the last merged label in
    // the last row: centred on a cell that runs on down the next page, so its text sits low.
    const rows = [{ top: 100, bottom: 140 }, { top: 145, bottom: 185 }, { top: 190, bottom: 200 }, { top: 205, bottom: 215 }, { top: 220, bottom: 230 }];
    const b = (y: number) => ({ lines: [], col: 1, colSpan: 1, top: y - 5, bottom: y + 5, centre: y, em: 10 });
    const cells = (): StreamRowCell[] => [
      { row: 0, col: 1, rowSpan: 2, colSpan: 1, block: b(145), top: 140, bottom: 150 },
      { row: 4, col: 1, rowSpan: 1, colSpan: 1, block: b(225), top: 220, bottom: 230 },
    ];
    const closed = cells();
    tileColumn(closed, rows, 0.01);
    // Closed at the bottom: the last label keeps to the rows around its text; the first takes the short rows.
    expect(closed[1]!.row).toBeGreaterThan(2);
    expect(closed[0]!.rowSpan).toBeGreaterThan(2);
    const open = cells();
    tileColumn(open, rows, 0.01, true);
    expect(open.map((c) => [c.row, c.rowSpan])).toEqual([[0, 2], [2, 3]]);
  });

  it("reads labels and headers shrunk to fit their cells, printed a hair from the next cell", () => {
    // 项目名称 1 pt from its value; 年度指标值 3 pt from 全年实际值 (one fragment at these gaps).
    const runs = [
      run("项目名称", 10, 50), run("学前教育专项", 51, 50), run("联系电话", 330, 50), run("12345", 380, 50),
      run("一级指标", 10, 100), run("三级指标", 60, 100), run("年度指标值", 110, 100), run("全年实际值", 163, 100), run("分值", 230, 100), run("得分", 270, 100),
      run("产出指标", 10, 120), run("系统可用率", 60, 120), run("≥99%", 120, 120), run("99.7%", 170, 120), run("20", 232, 120), run("20", 272, 120),
    ];
    const rows = rowsOf(page(runs));
    expect(rows.find((r) => r.includes("项目名称"))).toEqual(["项目名称", "学前教育专项", "联系电话", "12345"]);
    expect(rows.find((r) => r.includes("系统可用率"))).toEqual(["产出指标", "系统可用率", "≥99%", "99.7%", "20", "20"]);
  });

  it("keeps amounts stacked in a column as separate rows", () => {
    expect(wholeValue("1,180.81")).toBe(true);
    expect(wholeValue("—")).toBe(true);
    expect(wholeValue("信息系统")).toBe(false);
  });

  it("knows wrapped header beginnings but not block labels", () => {
    expect(isHeaderText("年初预算")).toBe(true);
    expect(isHeaderText("年度 指")).toBe(true);
    expect(isHeaderText("分值")).toBe(true);
    expect(isHeaderText("绩效指标")).toBe(false);
    expect(isHeaderText("数")).toBe(false);
  });

  it("clusters label | value rows without a header", () => {
    const runs = [run("项目名称", 10, 10), run("乡村道路", 200, 10), run("主管部门", 10, 30), run("交通局", 200, 30)];
    const layout = findTables(page(runs), s);
    expect(layout.flavour).toBe("stream");
    expect(layout.tables[0]!.cells.map((c) => [c.row, c.col, c.text])).toEqual([
      [0, 0, "项目名称"],
      [0, 1, "乡村道路"],
      [1, 0, "主管部门"],
      [1, 1, "交通局"],
    ]);
  });

  it("keeps 实施单位 apart from its value: a centred year line above closes no gap, a label printed close to its value is cut off", () => {
    const labelRows = (unit: TextRun[]) => [
      run("项目支出绩效自评表", 150, 10), run("（2024年度）", 180, 30),
      run("项目名称", 10, 50), run("乡村道路", 60, 50), run("联系电话", 330, 50), run("12345", 380, 50),
      run("主管部门", 10, 70), run("交通局", 60, 70), ...unit,
    ];
    // One em between label and value; the year line (180–260) runs over that gap (190–200).
    const wide = rowsOf(page(labelRows([run("实施单位", 150, 70), run("公路站", 200, 70)])));
    expect(wide.find((r) => r.includes("主管部门"))).toEqual(["主管部门", "交通局", "实施单位", "公路站"]);
    expect(wide.flat()).toContain("（2024年度）");
    // Under half an em (a right-aligned spreadsheet label): one fragment, cut after the label.
    const close = rowsOf(page(labelRows([run("实施单位(盖章)", 150, 70), run("公路站", 234, 70)])));
    expect(close.find((r) => r.includes("主管部门"))).toEqual(["主管部门", "交通局", "实施单位(盖章)", "公路站"]);
  });
});

function cell(row: number, col: number, text: string, y: number): TableCell {
  return { row, col, rowSpan: 1, colSpan: 1, bbox: [col * 50, y, col * 50 + 50, y + 20], text, runs: [], openTop: false, openBottom: false };
}

function table(pageNo: number, cells: TableCell[], cols: number): Table {
  return { flavour: "lattice", page: pageNo, bbox: [0, 100, cols * 50, 160], xs: Array.from({ length: cols + 1 }, (_, i) => i * 50), ys: [100, 120, 140, 160], cells, edges: [], rows: 3, cols };
}

function layout(t: Table, outside: PageLayout["outside"] = []): PageLayout {
  return { page: t.page, width: 600, height: 800, flavour: "lattice", edges: [], intersections: [], tables: [t], outside };
}

describe("stream columns and chains beside a paragraph", () => {
  it("starts a paragraph in the value column when it begins left of the gap's middle (年度总体目标 beside its text)", () => {
    // As Calc prints c07: the funds sub-labels start far right of the label column, the goals
    // paragraph at the value column's edge. The paragraph is too wide to count in the
    // projection, yet it tells where its column begins: the label stays a cell of its own.
    const r = (str: string, x: number, y: number): TextRun => ({ ...run(str, x, y), bbox: [x, y, x + 10 * [...str].length, y + 8.8] });
    const runs = [
      r("年初预算数", 319.3, 127.1), r("全年预算数", 543.3, 127.1),
      r("年度资金总额", 167.4, 144.3), r("1928000.00", 317.7, 144.3), r("1928000.00", 541.7, 144.3),
      r("项目资金（元）", 53.9, 161.6), r("其中：当年财政拨款", 152.4, 161.6), r("1723163.06", 317.7, 161.6), r("1723163.06", 541.7, 161.6),
      r("其他资金", 177.4, 178.8), r("0.00", 334.5, 178.8), r("0.00", 558.5, 178.8),
      r("按照年度工作计划有序推进各项任务提高适龄儿童免疫规划疫苗接种率维持高水平人群免疫屏障加强项目", 128.4, 215.8),
      r("年度总体目标", 58.9, 229.0), r("全过程绩效管理确保资金使用安全规范有效健全突发公共卫生事件应急处置机制提", 128.4, 230.3),
      r("高应急响应能力做好项目宣传和信息公开工作。", 128.4, 244.8),
    ];
    const rows = rowsOf({ ...page(runs), width: 842, height: 595 });
    const goals = rows.find((row) => row.some((t) => t.includes("年度总体目标")))!;
    expect(goals[0]).toBe("年度总体目标");
    expect(goals[1]).toMatch(/^按照年度工作计划.*信息公开工作。$/);
  });

  it("cuts a block label shrunk to fit off the text a hair right of it (c08: 年度总体目标 in 4 pt beside the goals)", () => {
    const r = (str: string, x: number, y: number, size: number, w = size): TextRun => ({ str, page: 1, bbox: [x, y, x + w * [...str].length, y + size * 1.25], fontName: "f", fontSize: size });
    const runs = [
      r("预期目标", 131.0, 211.3, 6.1), r("实际完成情况", 268.0, 211.3, 6.1),
      r("1、开展教师全员培训，提升教师信息技术应用能", 76.6, 240.3, 6.1, 6.0), r("改善办学条件，提升义务教育均衡发展水平", 211.1, 240.3, 6.1),
      r("意度进一步提高；4、建立健全项目管理制度，明", 76.6, 248.0, 6.1, 6.0), r("年度总体目标", 51.2, 249.1, 4.0),
      r("确责任分工；5、加强项目资金管理，严格执行政", 76.6, 255.7, 6.1, 6.0), r("已做好项目宣传和信息公开工作。", 211.1, 248.0, 6.1),
    ];
    const rows = rowsOf({ ...page(runs), width: 420, height: 600 });
    expect(rows.flat()).toContain("年度总体目标");
    expect(rows.flat().some((t) => t.includes("年度总体目标") && t !== "年度总体目标")).toBe(false);
  });

  it("merges a label centred in the room between two rows of a sheet shrunk to fit (tall rows, small text)", () => {
    // c08's indicator rows: 社会效益指标 is merged over 教育教学质量提升 and the tall row under it;
    // its text sits in the room between the two rows' texts, nearer the lower one than any two
    // rows sit to each other. It is not a row of its own.
    const r = (str: string, x: number, y: number): TextRun => ({ str, page: 1, bbox: [x, y, x + 6 * [...str].length, y + 7.7], fontName: "f", fontSize: 6.1 });
    const runs = [
      r("一级指标", 86.2, 347.4), r("二级指标", 124.6, 347.4), r("三级指标", 169.4, 347.4), r("年度指标值", 212.8, 347.4), r("分值", 286.0, 347.4), r("得分", 308.4, 347.4),
      r("质量指标", 121.4, 371.2), r("系统可用率", 153.4, 371.2), r("≥99%", 219.7, 371.2), r("20", 288.4, 371.2), r("20", 310.8, 371.2),
      r("产出指标", 76.6, 380.8),
      r("成本指标", 121.4, 390.4), r("单位面积维修成本", 153.4, 390.4), r("≤450元", 217.0, 390.4), r("30", 288.4, 390.4), r("30", 310.8, 390.4),
      r("教育教学质量提升", 153.4, 409.6), r("有效", 222.0, 409.6), r("9", 290.2, 409.6), r("6.68", 308.0, 409.6),
      r("社会效益指标", 121.4, 441.4),
      r("学生满意度", 153.4, 451.0), r("≥95%", 219.7, 451.0), r("8", 290.2, 451.0), r("6.82", 308.0, 451.0),
    ];
    const rows = rowsOf({ ...page(runs), width: 420, height: 600 });
    expect(rows.some((row) => row.length === 1 && row[0] === "社会效益指标")).toBe(false);
    expect(rows.find((row) => row.includes("教育教学质量提升"))).toContain("社会效益指标");
  });

  it("never wraps an amount into a column header the template knows printed right under it", () => {
    const runs = [
      run("年初预算数", 300, 100), run("全年预算数", 420, 100), run("分值", 540, 100),
      run("年度资金总额", 160, 120), run("100", 310, 120), run("100", 430, 120), run("10", 545, 120),
      run("其他资金", 170, 135), run("0.00", 310, 135), run("0.00", 430, 135), run("—", 545, 135),
      run("预算目标", 300, 145),
    ];
    const rows = rowsOf(page(runs));
    expect(rows.flat()).toContain("预算目标");
    expect(rows.flat().some((t) => t.includes("0.00预算目标") || t.includes("0.00 预算目标"))).toBe(false);
  });
});

describe("a table printed two pages across", () => {
  it("is rejoined by its rows, the repeated row labels dropped", () => {
    const left = table(1, [cell(0, 0, "项目资金", 100), cell(0, 1, "年初预算数", 100), cell(1, 0, "年度资金总额", 120), cell(1, 1, "100", 120), cell(2, 0, "其他资金", 140), cell(2, 1, "0", 140)], 2);
    const right = table(2, [cell(0, 0, "项目资金", 100), cell(0, 1, "全年执行数", 100), cell(1, 0, "年度资金总额", 120), cell(1, 1, "90", 120), cell(2, 0, "其他资金", 140), cell(2, 1, "0", 140)], 2);
    const layouts = [layout(left), layout(right)];
    joinPagesAcross(layouts, s);
    expect(layouts[1]!.tables).toEqual([]);
    const row1 = left.cells.filter((c) => c.row === 1).map((c) => c.text);
    expect(row1).toEqual(["年度资金总额", "100", "90"]);
    expect(left.cells.find((c) => c.text === "90")!.page).toBe(2);
  });

  it("drops the next page's title lines that repeat a title cell of the table (its end cut by the page edge)", () => {
    const title = { row: 0, col: 0, rowSpan: 1, colSpan: 2, bbox: [0, 60, 100, 80] as [number, number, number, number], text: "财政支出项目绩效自评表", runs: [], openTop: false, openBottom: false };
    const left = table(1, [title, cell(1, 0, "年度资金总额", 100), cell(1, 1, "100", 100), cell(2, 0, "其他资金", 120), cell(2, 1, "0", 120), cell(3, 0, "上年结转", 140), cell(3, 1, "0", 140)], 2);
    const right = table(2, [cell(1, 0, "90", 100), cell(1, 1, "10", 100), cell(2, 0, "0", 120), cell(2, 1, "—", 120), cell(3, 0, "0", 140), cell(3, 1, "—", 140)], 2);
    const line = (str: string, y: number) => ({ runs: [run(str, 0, y, 2)], bbox: [0, y, 10 * str.length, y + 10] as [number, number, number, number] });
    const layouts = [layout(left), layout(right, [line("支出项目绩效自评表", 65), line("第2页", 780)])];
    joinPagesAcross(layouts, s);
    expect(layouts[1]!.tables).toEqual([]);
    expect(layouts[1]!.outside.map((l) => l.runs[0]!.str)).toEqual(["第2页"]);
  });

  it("drops what the suite printed on both pages at the same place, and keeps the next page's own repeated words", () => {
    const withRuns = (row: number, col: number, y: number, pageNo: number, ...rs: [string, number][]): TableCell => {
      const runs = rs.map(([str, x]) => run(str, x, y, pageNo));
      return { row, col, rowSpan: 1, colSpan: 1, bbox: [runs[0]!.bbox[0], y, runs[runs.length - 1]!.bbox[2], y + 10], text: rs.map(([t]) => t).join(" "), runs, openTop: false, openBottom: false };
    };
    // 总分 is merged over columns of both pages and printed on each at x = 300; 有所提升 is both the
    // target and the actual of a row, both on the second page.
    const left = table(1, [withRuns(0, 0, 100, 1, ["社会效益指标", 10]), withRuns(1, 0, 120, 1, ["其他", 10]), withRuns(2, 0, 140, 1, ["合计", 10]), withRuns(2, 1, 140, 1, ["总分", 300])], 2);
    const right = table(2, [withRuns(0, 0, 100, 2, ["有所提升", 10]), withRuns(0, 1, 100, 2, ["有所提升", 100]), withRuns(1, 0, 120, 2, ["明显", 10]), withRuns(2, 1, 140, 2, ["总分", 300], ["96", 330])], 2);
    const layouts = [layout(left), layout(right)];
    joinPagesAcross(layouts, s);
    expect(layouts[1]!.tables).toEqual([]);
    expect(left.cells.filter((c) => c.row === 0).map((c) => c.text)).toEqual(["社会效益指标", "有所提升", "有所提升"]);
    expect(left.cells.filter((c) => c.row === 2).map((c) => c.text)).toEqual(["合计", "总分", "96"]);
  });

  it("keeps a cell of several lines that repeats its row word for word (goals expected and achieved alike)", () => {
    // The goals paragraph, two lines, printed as expected on the first page and, the same words,
    // as achieved on the second; a one-line title's end repeated is still dropped.
    // The second page's column is narrower: the same words wrap elsewhere.
    const para = (row: number, pageNo: number): TableCell => {
      const runs = pageNo === 1 ? [run("按照年度工作计划有序推进", 130, 200, pageNo), run("各项任务确保资金安全", 130, 212, pageNo)] : [run("按照年度工作计划有序", 130, 200, pageNo), run("推进各项任务确保资金安全", 130, 212, pageNo)];
      return { row, col: 1, rowSpan: 1, colSpan: 1, bbox: [130, 200, 250, 222], text: "按照年度工作计划有序推进各项任务确保资金安全", runs, openTop: false, openBottom: false };
    };
    const titleOn = (pageNo: number, str: string, x: number): TableCell => ({ row: 0, col: 1, rowSpan: 1, colSpan: 1, bbox: [x, 100, x + 10 * str.length, 110], text: str, runs: [run(str, x, 100, pageNo)], openTop: false, openBottom: false });
    const left = table(1, [cell(0, 0, "项目名称", 100), titleOn(1, "支出项目绩效自评表", 300), cell(1, 0, "年度总体目标", 206), para(1, 1), cell(2, 0, "其他资金", 240), cell(2, 1, "0", 240)], 2);
    const right = table(2, [cell(0, 0, "项目名称", 100), titleOn(2, "绩效自评表", 20), cell(1, 0, "年度总体目标", 206), para(1, 2), cell(2, 0, "其他资金", 240), cell(2, 1, "—", 240)], 2);
    const layouts = [layout(left), layout(right)];
    joinPagesAcross(layouts, s);
    expect(layouts[1]!.tables).toEqual([]);
    expect(left.cells.filter((c) => c.row === 1).map((c) => c.page ?? 1)).toEqual([1, 1, 2]);
    expect(left.cells.filter((c) => c.row === 0).map((c) => c.text)).toEqual(["项目名称", "支出项目绩效自评表"]);
  });

  it("is not joined to a table that continues down the next page", () => {
    const top = table(1, [cell(0, 0, "a", 100), cell(1, 0, "b", 120), cell(2, 0, "c", 140)], 1);
    const down = table(2, [cell(0, 0, "d", 300), cell(1, 0, "e", 320), cell(2, 0, "f", 340)], 1);
    const layouts = [layout(top), layout(down)];
    joinPagesAcross(layouts, s);
    expect(layouts[1]!.tables).toHaveLength(1);
  });
});

describe("a table that turns unruled at a page break", () => {
  it("keeps the ruled part's columns on the next page", () => {
    const seg = (x0: number, y0: number, x1: number, y1: number): Segment => ({ x0, y0, x1, y1, lineWidth: 0.5, kind: "stroke" });
    // Page 1: three ruled columns (x 0–100–200–300) with the indicator header and one row.
    const ruled: Segment[] = [seg(0, 100, 300, 100), seg(0, 120, 300, 120), seg(0, 140, 300, 140), ...[0, 100, 200, 300].map((x) => seg(x, 100, x, 140))];
    const p1 = page([run("三级指标", 10, 105), run("分值", 110, 105), run("得分", 210, 105), run("完成率", 10, 125), run("10", 110, 125), run("9", 210, 125)], ruled, 1);
    // Page 2: rows go on without rulings, and without their names (merged above): on their own
    // they would make columns 0 and 1.
    const p2 = page([run("5", 150, 60, 2), run("4", 250, 60, 2), run("10", 150, 80, 2), run("8", 250, 80, 2)], [], 2);
    const grid = layoutPages([p1, p2]).grid;
    const last = grid.rows[grid.rows.length - 1]!.cells;
    expect(last.map((c) => [c.col, c.text])).toEqual([
      [1, "10"],
      [2, "8"],
    ]);
  });
});

/**
 * The lines of a cell (text-lines.ts) on drawn ink maps whose lines are known, and the snapping
 * rule that keeps a reading two characters short of a label as read, and the header-row reading.
 */
import { describe, expect, it } from "vitest";
import { evenLines, joinLines, lineBands } from "../../../src/extract/image/text-lines.js";
import { fitsInk, overfillsInk } from "../../../src/extract/ocr/recognise.js";
import { snapFundsLabelUnit, snapTitle, snapToVocabulary, snapYearLine } from "../../../src/extract/ocr/snap.js";
import { snapFundRowLabels, snapFundsHeaderRow, snapHeaderRow, snapIndicatorLevels } from "../../../src/extract/ocr/header-row.js";
import { snapTotalRow } from "../../../src/extract/ocr/total-row.js";
import { snapLabelColumn } from "../../../src/extract/ocr/label-column.js";

/** An ink map `w`×`h` with the given rectangles [x0, y0, x1, y1) inked. */
function inkMap(w: number, h: number, rects: [number, number, number, number][]): Uint8Array {
  const ink = new Uint8Array(w * h);
  for (const [x0, y0, x1, y1] of rects) for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) ink[y * w + x] = 1;
  return ink;
}

describe("lines of a cell", () => {
  it("finds two lines of text, each with its own width", () => {
    // Line 1: rows 2–11, columns 3–40; line 2: rows 16–25, columns 3–12 (a wrapped last word).
    const ink = inkMap(50, 30, [
      [3, 2, 40, 12],
      [3, 16, 13, 26],
    ]);
    const bands = lineBands(ink, 50, [0, 0, 50, 30]);
    expect(bands.map((b) => [b.x0, b.y0, b.x1, b.y1])).toEqual([
      [3, 2, 40, 12],
      [3, 16, 13, 26],
    ]);
    expect(evenLines(bands)).toBe(true);
  });

  it("keeps a glyph with a gap across its width (亩: a lid over a box) as one line", () => {
    // A full line (rows 2–11), then one glyph wrapped alone: a lid (rows 16–17) and, three blank
    // rows below, a box (rows 21–25). Together the glyph is 10 rows: one line's height.
    const ink = inkMap(50, 32, [
      [3, 2, 40, 12],
      [3, 16, 13, 18],
      [4, 21, 12, 26],
    ]);
    const bands = lineBands(ink, 50, [0, 0, 50, 32]);
    expect(bands.map((b) => [b.y0, b.y1])).toEqual([
      [2, 12],
      [16, 26],
    ]);
  });

  it("joins a line cut in two by a ruling found through it, given the page's line height", () => {
    // One line of ten rows with rows 6–7 erased (a false ruling): two pieces of 4 and 3 rows.
    const ink = inkMap(40, 14, [
      [2, 2, 38, 6],
      [2, 8, 38, 11],
    ]);
    expect(lineBands(ink, 40, [0, 0, 40, 14])).toHaveLength(2);
    expect(lineBands(ink, 40, [0, 0, 40, 14], 10)).toHaveLength(1);
  });

  it("does not call two touching lines (one band twice as tall as the other) even", () => {
    const ink = inkMap(40, 40, [
      [2, 2, 38, 22],
      [2, 26, 20, 35],
    ]);
    expect(evenLines(lineBands(ink, 40, [0, 0, 40, 40]))).toBe(false);
  });

  it("cuts lines that touch (a fax's thickened strokes) at their thin rows, given the page's line height", () => {
    // Three lines of ten rows whose edges meet: a thin row of ink (2 px) joins each to the next.
    const ink = inkMap(40, 36, [
      [2, 2, 38, 12],
      [20, 12, 22, 13],
      [2, 13, 30, 23],
      [10, 23, 12, 24],
      [2, 24, 38, 34],
    ]);
    expect(lineBands(ink, 40, [0, 0, 40, 36])).toHaveLength(1);
    const bands = lineBands(ink, 40, [0, 0, 40, 36], 10);
    expect(bands.map((b) => [b.x0, b.y0, b.x1, b.y1])).toEqual([
      [2, 2, 38, 12],
      [2, 13, 30, 23],
      [2, 24, 38, 34],
    ]);
    // One line with a thin row inside a glyph (a bar of 三) is not cut: it is one line's height.
    const one = inkMap(40, 14, [
      [2, 2, 38, 6],
      [20, 6, 22, 7],
      [2, 7, 38, 12],
    ]);
    expect(lineBands(one, 40, [0, 0, 40, 14], 10)).toHaveLength(1);
  });

  it("lays the lines end to end on white, separated by a gap", () => {
    const w = 20;
    const img = { width: w, height: 12, data: new Uint8Array(w * 12).fill(255) };
    // Two 'lines' of dark pixels: rows 1–3 columns 2–9, rows 7–9 columns 2–5.
    for (let y = 1; y < 4; y++) for (let x = 2; x < 10; x++) img.data[y * w + x] = 0;
    for (let y = 7; y < 10; y++) for (let x = 2; x < 6; x++) img.data[y * w + x] = 0;
    const out = joinLines(
      img,
      [
        { x0: 2, y0: 1, x1: 10, y1: 4, ink: 24 },
        { x0: 2, y0: 7, x1: 6, y1: 10, ink: 12 },
      ],
      1,
    );
    // 8 + gap 3 + 4 columns, 3 rows.
    expect([out.width, out.height]).toEqual([15, 3]);
    const row = Array.from(out.data.subarray(out.width, 2 * out.width));
    expect(row).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 255, 255, 255, 0, 0, 0, 0]);
  });
});

describe("snapping to the template's labels", () => {
  it("puts back one misread character", () => {
    expect(snapToVocabulary("数童指标")).toEqual({ text: "数量指标", from: "数童指标" });
  });
  it("leaves a reading two characters short of a label as read", () => {
    expect(snapToVocabulary("服务对象满意度")).toEqual({ text: "服务对象满意度" });
  });
  it("puts back one misread character of the template's verdicts, not of one near two of them", () => {
    expect(snapToVocabulary("达成拓期指标")).toEqual({ text: "达成预期指标", from: "达成拓期指标" });
    expect(snapToVocabulary("效果骨显")).toEqual({ text: "效果明显", from: "效果骨显" });
    // Two characters from 未达成预期指标 and from 达成预期指标 alike: left as read.
    expect(snapToVocabulary("木达成预期指称")).toEqual({ text: "木达成预期指称" });
  });
  it("reads a unit of two characters in 元 that is no unit as 万元, leaving units as read", () => {
    expect(snapToVocabulary("力元")).toEqual({ text: "万元", from: "力元" });
    for (const t of ["万元", "亿元", "千元", "元", "5元", "公里"]) expect(snapToVocabulary(t)).toEqual({ text: t });
  });
  it("reads the year line with 年 misread as the year line, closing its bracket", () => {
    expect(snapYearLine("(2020毕度")).toEqual({ text: "(2020年度)", from: "(2020毕度" });
    expect(snapYearLine("（2019 华度）")).toEqual({ text: "（2019年度）", from: "（2019 华度）" });
    // A fax's speck kept as a point between the bracket and the year.
    expect(snapYearLine("(.2020年度 )")).toEqual({ text: "(2020年度)", from: "(.2020年度 )" });
    expect(snapYearLine("2021牛度")).toEqual({ text: "2021年度", from: "2021牛度" });
    expect(snapYearLine("(2020年度 }")).toEqual({ text: "(2020年度)", from: "(2020年度 }" });
    expect(snapYearLine("{( 2022年度 )")).toEqual({ text: "(2022年度)", from: "{( 2022年度 )" });
    expect(snapYearLine("《2020年度 )")).toEqual({ text: "(2020年度)", from: "《2020年度 )" });
  });
  it("leaves other lines with a year in them alone", () => {
    for (const t of ["(2020年度)", "( 2020年度 )", "（2020年度)", "2020年度", "2020年妇幼健康服务项目", "(3020毕度", "(2020毕度报表", "12020华度", "(2020年)"]) expect(snapYearLine(t)).toEqual({ text: t });
  });
});

describe("a number's glyphs against its ink width", () => {
  // Ink widths in ink heights measured on d-photo-p12 and p06: 26 is 1.23, 20 is 1.37, 100 is 1.8.
  it("says a blurred 26 or 20 read as one digit lost a glyph", () => {
    expect(fitsInk("6", 1.23)).toBe(false);
    expect(fitsInk("0", 1.37)).toBe(false);
    expect(fitsInk("26", 1.23)).toBe(true);
    expect(fitsInk("20", 1.37)).toBe(true);
  });
  it("lets readings that fill their ink, or are no numbers, or have no width, stand", () => {
    expect(fitsInk("100", 1.8)).toBe(true);
    expect(fitsInk("1", 0.3)).toBe(true);
    expect(fitsInk("92.6", 2.0)).toBe(true);
    expect(fitsInk("合计", 1.9)).toBe(true);
    expect(fitsInk("6", undefined)).toBe(true);
  });
  it("says a number read with a digit more than its ink holds overfills it (a fax's ≥85% read ≥835%)", () => {
    // d-fax-p01: the ink after the ≥ is 2.14 heights wide.
    expect(overfillsInk("835%", 2.14)).toBe(true);
    expect(overfillsInk("85%", 2.14)).toBe(false);
    expect(overfillsInk("100", 1.8)).toBe(false);
    expect(overfillsInk("合计", 0.5)).toBe(false);
  });
});

/** Cells of one row, left to right, each 100 wide. */
function rowOf(texts: string[], y = 50): { bbox: [number, number, number, number]; text: string }[] {
  return texts.map((text, i) => ({ bbox: [100 * i, y, 100 * i + 90, y + 20], text }));
}

describe("the title's ending", () => {
  it("puts back one misread character of the ending, leaving the rest as read", () => {
    expect(snapTitle("部方预算项目支出绩效自评胡")).toEqual({ text: "部方预算项目支出绩效自评表", from: "部方预算项目支出绩效自评胡" });
    expect(snapTitle("财政支出项目绩效白评表")).toEqual({ text: "财政支出项目绩效自评表", from: "财政支出项目绩效白评表" });
    expect(snapTitle("专项资金绩效目标自评衣")).toEqual({ text: "专项资金绩效目标自评表", from: "专项资金绩效目标自评衣" });
  });
  it("leaves titles read right, short lines and other text alone", () => {
    for (const t of ["财政支出项目绩效自评表", "绩效白评表", "加强绩效运行监控，及时纠正偏差", "报表编号:510120200605"]) expect(snapTitle(t)).toEqual({ text: t });
  });
});

describe("the funds label with its unit", () => {
  it("reads a misread bracket or unit as the label with 元 or 万元", () => {
    expect(snapFundsLabelUnit("项目资金【万元")).toEqual({ text: "项目资金（万元）", from: "项目资金【万元" });
    expect(snapFundsLabelUnit("预算执行情况( 方元1")).toEqual({ text: "预算执行情况（万元）", from: "预算执行情况( 方元1" });
    expect(snapFundsLabelUnit("项目资金情况〔元〕")).toEqual({ text: "项目资金情况（元）", from: "项目资金情况〔元〕" });
    expect(snapFundsLabelUnit("项日资金( 册元 )")).toEqual({ text: "项目资金（万元）", from: "项日资金( 册元 )" });
  });
  it("leaves a label read right, or other text, alone", () => {
    for (const t of ["项目资金（万元）", "项目资金(元)", "项目资金", "项目资金情况说明", "预算执行情况(万美元)", "项目名称(元)", "资金(万元)"]) expect(snapFundsLabelUnit(t)).toEqual({ text: t });
  });
});

describe("the funds table's header row", () => {
  // As the bilevel TIFF read it: only 调整后预算数 (snapped alone) and 权重 came out right.
  const row = ["华初蝴算", "调整后预算数", "孔八执行数", "颜饶执行率", "权重", "短分"];

  it("reads each misread label as the one fund column within half its characters", () => {
    const got = snapFundsHeaderRow(rowOf(row));
    expect(Object.fromEntries([...got].map(([i, l]) => [row[i], l]))).toEqual({ 华初蝴算: "年初预算", 孔八执行数: "全年执行数", 颜饶执行率: "预算执行率", 短分: "得分" });
  });

  it("needs a label only the funds table has: the indicator header's 权重 and 得分 are not enough", () => {
    expect(snapFundsHeaderRow(rowOf(["指标值", "完成入", "权重", "得分", "短分"])).size).toBe(0);
    expect(snapFundsHeaderRow(rowOf(["华初蝴算", "孔八执行数", "权重", "短分"])).size).toBe(0);
  });

  it("takes neither of two cells near one column", () => {
    const got = snapFundsHeaderRow(rowOf(["年初预算", "调整后预算数", "孔八执行数", "全华执行数"]));
    expect(got.size).toBe(0);
  });
});

describe("the funds table's row labels", () => {
  /** A column of row labels, top to bottom. */
  const column = (texts: string[]) => texts.map((text, i) => ({ bbox: [10, 100 + 40 * i, 120, 130 + 40 * i] as [number, number, number, number], text }));

  it("reads a misread label between recognised ones as the row label missing from the column", () => {
    const cells = column(["总额", "其中:财政资金", "对政到户管理次会", "单位资金", "其他资金"]);
    expect([...snapFundRowLabels(cells)]).toEqual([[2, "财政专户管理资金"]]);
  });

  it("reads the row just below the last recognised one too (其他资金 is the table's last row)", () => {
    expect([...snapFundRowLabels(column(["总额", "其中:财政资金", "单位资金", "其他责多"]))]).toEqual([[3, "其他资金"]]);
  });

  it("leaves a cell two rows beyond the recognised ones, in another column, or far from every label alone", () => {
    expect(snapFundRowLabels(column(["总额", "其中:财政资金", "单位资金", "", "对政到户管理次会"])).size).toBe(0);
    const beside = [...column(["总额", "单位资金"]), { bbox: [300, 140, 410, 170] as [number, number, number, number], text: "对政到户管理次会" }];
    expect(snapFundRowLabels(beside).size).toBe(0);
    expect(snapFundRowLabels(column(["总额", "江宁区卫生健康委员会", "单位资金"])).size).toBe(0);
  });

  it("leaves a longer row label that holds a row label whole (a 资金结构 subtotal) as read", () => {
    expect(snapFundRowLabels(column(["合计", "财政拨款小计", "基本支出", "项目支出"])).size).toBe(0);
    // One character misread or lost is still snapped.
    expect([...snapFundRowLabels(column(["合计", "财政拨疑", "基本支出", "项目支出"]))]).toEqual([[1, "财政拨款"]]);
  });
});

describe("the indicator table's header row", () => {
  // A header row as a bilevel scan reads it (thin horizontal strokes lost), cells left to right.
  const row = ["记指标", "二级指标", "2: 颖指标", "指标性质", "指标得", "度量单位", "完成入", "权重", "得分", "林完成原因分折"];
  const cells = row.map((text, i) => ({ bbox: [100 * i, 50, 100 * i + 90, 70] as [number, number, number, number], text }));

  it("reads each misread label as the column its neighbours leave for it", () => {
    const got = snapHeaderRow(cells);
    expect(Object.fromEntries([...got].map(([i, l]) => [row[i], l]))).toEqual({
      记指标: "一级指标",
      "2: 颖指标": "三级指标",
      指标得: "指标值",
      完成入: "完成值",
      林完成原因分折: "未完成原因分析",
    });
  });

  it("leaves a row with too few recognised labels alone", () => {
    expect(snapHeaderRow(cells.map((c, i) => (i === 1 || i === 3 || i === 5 ? { ...c, text: "某某" } : c))).size).toBe(0);
  });

  it("leaves a cell of another row alone (a label spanning rows, text below)", () => {
    const other = [...cells, { bbox: [400, 75, 490, 95] as [number, number, number, number], text: "指标得" }];
    expect(snapHeaderRow(other).has(other.length - 1)).toBe(false);
  });
});

describe("the indicator table's 一级指标 column", () => {
  it("reads a misread name between recognised ones as the one name within half its characters, names repeating", () => {
    const cells = ["产出指标", "效益措怀", "产出指标", "满意度指标"].map((text, i) => ({ bbox: [10, 100 + 40 * i, 120, 130 + 40 * i] as [number, number, number, number], text }));
    expect([...snapIndicatorLevels(cells)]).toEqual([[1, "效益指标"]]);
    // As near two names (效具指怀: 效益指标 and the department form's 效果指标), it is no one name: left as read.
    expect(snapIndicatorLevels(cells.map((c, i) => (i === 1 ? { ...c, text: "效具指怀" } : c))).size).toBe(0);
    // Alone in its column (no two recognised names), or far from every name, it stays as read.
    expect(snapIndicatorLevels(cells.slice(1, 3)).size).toBe(0);
    expect(snapIndicatorLevels(cells.map((c, i) => (i === 1 ? { ...c, text: "江宁区卫生" } : c))).size).toBe(0);
  });

  it("takes the name of the reading's length where a shorter one is as near (d-fax-p05: 社会效益措称)", () => {
    const cells = ["质量指标", "社会效益措称", "可持续影响指标"].map((text, i) => ({ bbox: [10, 100 + 40 * i, 120, 130 + 40 * i] as [number, number, number, number], text }));
    // Two misread of 社会效益指标, or two more than 社会效益 (Hubei's name without 指标).
    expect([...snapIndicatorLevels(cells)]).toEqual([[1, "社会效益指标"]]);
  });
});

describe("the total row's label", () => {
  // d-fax-p06's last indicator rows: a row of an indicator, then 合计 (read 合半) with the total
  // weight 100 and score 87.8 to its right; the level-1 name spans both rows to the left.
  const cells = [
    { bbox: [100, 100, 300, 200] as [number, number, number, number], text: "满意度指标" },
    { bbox: [320, 100, 500, 140] as [number, number, number, number], text: "企业满意度" },
    { bbox: [600, 100, 650, 140] as [number, number, number, number], text: "10" },
    { bbox: [320, 160, 500, 200] as [number, number, number, number], text: "合半" },
    { bbox: [600, 160, 650, 200] as [number, number, number, number], text: "100" },
    { bbox: [700, 160, 760, 200] as [number, number, number, number], text: "87.8" },
  ];
  it("reads a two-character label sharing a character with 合计 as 合计 where its row holds the total weight", () => {
    expect([...snapTotalRow(cells)]).toEqual([[3, "合计"]]);
  });
  it("leaves it without 100 in its row, with a cell to its left, or when it is a word of the form", () => {
    expect(snapTotalRow(cells.map((c, i) => (i === 4 ? { ...c, text: "10" } : c))).size).toBe(0);
    expect(snapTotalRow([...cells, { bbox: [200, 160, 300, 200], text: "数量" }]).size).toBe(0);
    expect(snapTotalRow(cells.map((c, i) => (i === 3 ? { ...c, text: "合格" } : c))).size).toBe(0);
  });
});

describe("the left column of labels", () => {
  // d-fax-p06's left column as read (pixels of the upright page), and the project name beside it.
  const cells = [
    { bbox: [179, 398, 343, 446] as [number, number, number, number], text: "项目名称" },
    { bbox: [182, 478, 342, 531] as [number, number, number, number], text: "让管部1" },
    { bbox: [180, 709, 343, 842] as [number, number, number, number], text: "预算执行情锅(轧元)" },
    { bbox: [180, 1113, 344, 1206] as [number, number, number, number], text: "项卓年度里标" },
    { bbox: [180, 1678, 345, 1730] as [number, number, number, number], text: "级效指标" },
    { bbox: [360, 398, 781, 446] as [number, number, number, number], text: "2020年妇幼健康服务项目" },
  ];
  it("reads cells in the column of a recognised label as the one label within half their characters", () => {
    expect([...snapLabelColumn(cells)]).toEqual([
      [1, "主管部门"],
      [3, "项目年度目标"],
      [4, "绩效指标"],
    ]);
  });
  it("leaves a column with no label read exactly, and one with a cell to the anchor's left", () => {
    expect(snapLabelColumn(cells.map((c, i) => (i === 0 ? { ...c, text: "项日名称" } : c))).size).toBe(0);
    expect(snapLabelColumn([...cells, { bbox: [20, 398, 170, 446], text: "序号" }]).size).toBe(0);
  });
});

/**
 * A page in two shapes (shape-parts.ts): a base table one cell a line before or after a form of
 * rows (laid out with spaces), each part read in its own shape. Texts written for this test, the
 * expected readings typed by hand from them.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../../src/pipeline.js";
import { cellLine, shapeParts } from "../../../src/reconstruct/text-rows/shape-parts.js";
import { detectShape } from "../../../src/reconstruct/text-rows/detect-shape.js";
import { textReadings } from "../../../src/extract/text/read-text.js";

/** A base table as a portal converts it, one cell a line, an empty line after each. */
const BASE_TABLE = ["部门整体支出绩效评价基础数据表", "填报单位:", "单位:万元", "人员情况", "编制数", "实有人数", "控制率", "", "52", "50", "96.15%", "经费控制情况", "上年决算数", "本年预算数", "本年决算数", "三公经费", "8.4", "7", "6.6", "公用经费", "30.2", "28", "27.5", "政府采购金额", "16.1", "15", "14.8"].join("\n\n");

/**
 * A department scoring sheet laid out with spaces as a document site copies it: rows wrapped onto
 * short lines, each line opening on the points of the row before, an empty line after each.
 */
const SPACED_SHEET = [
  "部门整体支出绩效评价指标表 一级指标 得分 二级指标 得分 三级指标 得分 评价标准 指标说明 得分 投入",
  "20 预算配置",
  "20 人员控制率",
  "10 以100%为基准,每高出一个百分点减0.5分 本单位实有人员50人",
  "10 公用经费 变动率",
  "10 变动率不大于0,得10分 本年公用经费较上年减少",
  "9 过程",
  "40 预算执行",
  "20 预算完成率",
  "10 每低于5%扣2分 完成率为98%",
  "10 预算控制率",
  "10 控制率为0,计10分 本年未追加预算",
  "10 产出",
  "40 履职产出",
  "40 重点工作完成率",
  "40 全部完成计满分 完成全部工作",
  "38",
].join("\n\n");

/** What the sheet alone reads as: each indicator's 一级, 三级, points and score. */
const SHEET_INDICATORS = [
  ["投入", "人员控制率", 10, 10],
  ["投入", "公用经费变动率", 10, 9],
  ["过程", "预算完成率", 10, 10],
  ["过程", "预算控制率", 10, 10],
  ["产出", "重点工作完成率", 40, 38],
];

const indicators = async (text: string) => {
  const doc = await parse(text, { path: "two-shapes.txt" });
  return doc.forms.flatMap((f) => f.indicators.map((i) => [i.level1, i.level3, i.weight, i.score]));
};

const NEVER_FLAT = () => false;
const parts = (text: string) => shapeParts(text, detectShape(textReadings(text)), detectShape, NEVER_FLAT);

describe("a page in two shapes", () => {
  it("reads the sheet alone as the test expects", async () => {
    expect(await indicators(SPACED_SHEET)).toEqual(SHEET_INDICATORS);
  });

  it("reads a sheet of spaced rows after a base table one cell a line (the table made the page look one cell a line)", async () => {
    expect(detectShape(textReadings(BASE_TABLE + "\n\n" + SPACED_SHEET))).toBe("cell-per-line");
    expect(await indicators(BASE_TABLE + "\n\n" + SPACED_SHEET)).toEqual(SHEET_INDICATORS);
  });

  it("reads a sheet of spaced rows before a base table one cell a line, its last score a line of its own", async () => {
    expect(await indicators(SPACED_SHEET + "\n\n" + BASE_TABLE)).toEqual(SHEET_INDICATORS);
  });

  it("numbers the later part's lines as the page does", () => {
    const text = BASE_TABLE + "\n\n" + SPACED_SHEET;
    const found = parts(text);
    expect(found?.map((p) => p.shape)).toEqual(["cell-per-line", "linear"]);
    expect(text.split("\n")[found![1]!.offset]).toMatch(/^部门整体支出绩效评价指标表/);
  });

  it("leaves whole a page whose rest is one cell a line too (a base table, then the sheet one cell a line)", () => {
    const cellSheet = SPACED_SHEET.split("\n\n").flatMap((l) => l.split(" ")).join("\n\n");
    expect(parts(BASE_TABLE + "\n\n" + cellSheet)).toBeNull();
  });

  it("leaves whole a page whose rest holds as many cells as rows (the detector's doubt, not another shape)", () => {
    const lines = SPACED_SHEET.split("\n\n");
    const mixed = lines.flatMap((l, k) => (k % 2 === 0 ? l.split(" ") : [l]));
    expect(parts(BASE_TABLE + "\n\n" + mixed.join("\n\n"))).toBeNull();
  });

  it("leaves whole a page read in the shape of its rows", () => {
    expect(shapeParts(BASE_TABLE + "\n\n" + SPACED_SHEET, "linear", detectShape, NEVER_FLAT)).toBeNull();
  });

  it("leaves whole a page whose run of cells is a title or a caption (fewer than eight lines)", () => {
    const caption = ["附件2", "绩效评价", "指标表", "单位:万元"].join("\n\n");
    expect(parts(caption + "\n\n" + SPACED_SHEET)).toBeNull();
  });

  it("cuts off a run of rows closing the page where a line of it is a form flattened, the rest mostly cells", () => {
    const flat = "2021年度项目支出绩效自评表 项目名称 某项目 主管部门 某局 实施单位 某局 项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分";
    // (A portal's path line opens the page: no run of cells opens it.)
    const page = "当前位置: 首页 > 工作动态\n\n" + BASE_TABLE + "\n\n" + flat;
    const found = shapeParts(page, "cell-per-line", detectShape, (l) => l === flat);
    expect(found?.map((p) => p.shape)).toEqual(["cell-per-line", "linear"]);
    // Not where no line of the run is a form flattened: one long line of prose after a table stays a cell.
    expect(shapeParts(page, "cell-per-line", detectShape, NEVER_FLAT)).toBeNull();
  });

  it("tells a cell's line from a row's", () => {
    expect([cellLine("实有人数"), cellLine("96.15%"), cellLine("产出指标 数量指标"), cellLine("本单位年底实有在编在岗人员共五十人,占核定编制数")]).toEqual([true, true, false, false]);
  });
});

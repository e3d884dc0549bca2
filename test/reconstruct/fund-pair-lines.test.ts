import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { joinFundPairLines } from "../../src/reconstruct/fund-pair-lines.js";
import type { Row } from "../../src/layout/grid.js";

// An evaluation report the unit made of itself, its funds block as label and value pairs, one cell a line. All text made up.
const report = (funds: string[]) =>
  [
    "某县财政支出项目绩效评价报告",
    "项目名称 2021年农村公路养护补助",
    "项目单位 某县公路事业发展中心",
    "主管部门 某县交通运输局",
    "评价方式:部门(单位)绩效自评☑ 财政部门组织评价□",
    "评价机构:中介机构□ 部门(单位)评价组☑",
    "一、项目基本概况",
    ...funds,
    "二、项目支出明细情况",
  ].join("\n");
const funds = async (text: string) => {
  const f = (await parse(text, { path: "report.txt" })).forms[0]!.funds;
  return { unit: f.unit, rows: f.rows.map((r) => [r.label, r.initialBudget, r.annualBudget, r.executed]) };
};
const rows = (lines: string[]): Row[] => lines.map((text, i) => ({ cells: [{ text, source: { line: i + 1 } }], boundaries: "spaces" }));
const texts = (read: Row[]) => read.map((r) => r.cells.map((c) => c.text));

describe("a pair layout's funds one cell a line", () => {
  it("reads each label with the amount on the lines after it, and the parts printed once per amount", async () => {
    expect(
      await funds(report(["计划安排资金(万元)", "320.00", "实际到位资金", "(万元)", "300.50", "其中:中央财政", "其中:中央财政", "县财政", "300.50", "县财政", "300.50", "实际支出(万元)", "(万元)298.00"])),
    ).toEqual({
      unit: "万元",
      rows: [
        ["计划安排资金(万元)", 320, 300.5, 298],
        ["其中:中央财政", null, null, null],
        ["县财政", 300.5, 300.5, null],
      ],
    });
  });

  it("joins the block's lines into one row, the unit run onto an amount parted from it", () => {
    expect(texts(joinFundPairLines(rows(["计划投资额", "(万元)18.5", "实际使用情况", "(万元)", "18.5", "项目负责人"])))).toEqual([
      ["计划投资额", "(万元)", "18.5", "实际使用情况", "(万元)", "18.5"],
      ["项目负责人"],
    ]);
  });

  it("parts the block's parts printed on one line, each run onto its amount, from the line's rest", () => {
    expect(texts(joinFundPairLines(rows(["实际使用情况", "(万元)", "52.4", "其中:中央财政30 其中:中央财政30 县财政22.4县财政22.4 三、绩效评价指标评分"])))).toEqual([
      ["实际使用情况", "(万元)", "52.4", "其中:中央财政", "30", "其中:中央财政", "30", "县财政", "22.4", "县财政", "22.4"],
      ["三、绩效评价指标评分"],
    ]);
  });

  it("leaves a line of words with figures that are no parts' labels as it is", () => {
    expect(texts(joinFundPairLines(rows(["实际使用情况", "52.4", "培训教师120 人次 覆盖学校8 所"])))).toEqual([["实际使用情况", "52.4"], ["培训教师120 人次 覆盖学校8 所"]]);
  });

  it("leaves a pair label with no amount after it alone", () => {
    expect(texts(joinFundPairLines(rows(["计划投资额", "项目负责人", "18.5"])))).toEqual([["计划投资额"], ["项目负责人"], ["18.5"]]);
  });
});

/**
 * An evaluation sheet's funds printed as label and value pairs, run together onto the line of the
 * row before (`项目类型经常性项目(√)一次性项目()计划投资额(万元)260.00实际到位资金(万元)198.5…`): the
 * pairs begin a row at the planned amount's label, and the row is cut into its labels and figures.
 * Texts made up for this test; the expected values typed from them.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { fundPairRun } from "../../src/reconstruct/run-together-fund-pairs.js";
import { cutAtRowStarts } from "../../src/reconstruct/text-rows/flattened-form.js";

const source = { line: 1 };

describe("funds as pairs run together", () => {
  it.each([
    ["计划投资额(万元)260.00实际到位资金(万元)198.5实际使用情况(万元)198.5", ["计划投资额(万元)", "260.00", "实际到位资金(万元)", "198.5", "实际使用情况(万元)", "198.5"]],
    ["预算数:12.5执行数:12.5执行率100%", ["预算数:", "12.5", "执行数:", "12.5", "执行率", "100%"]],
    // a piece of text that is no pair's label: no such row
    ["计划投资额260.00其中:中央财政198.5", null],
    // one pair alone says too little
    ["实际使用情况(万元)198.5", null],
  ])("fundPairRun(%j)", (text, cells) => {
    expect(fundPairRun({ text, source })?.map((c) => c.text) ?? null).toEqual(cells);
  });

  it("the pairs begin a row of a flattened page at the planned amount's label", () => {
    const line = "项目实施单位某某县农业农村局主管部门某某县人民政府项目类型经常性项目(√)一次性项目()计划投资额(万元)260.00实际到位资金(万元)198.5实际使用情况(万元)198.5其中:中央财政";
    expect(cutAtRowStarts(line)).toContain("计划投资额(万元)260.00实际到位资金(万元)198.5实际使用情况(万元)198.5");
  });

  it("a report's cover and its 基本信息 page read so give the form's funds", async () => {
    const text =
      "1、2019年某某灌区维修项目财政支出绩效评价报告评价类型:□实施过程评价☑完成结果评价项目名称:2019年某某灌区维修项目项目单位:某某县水务局主管部门:某某县人民政府" +
      "组织方式:□财政部门□主管部门☑项目单位评价机构:□中介机构□专家组☑项目单位评价组上报时间:2020年3月20日-7-项目基本信息一、项目基本情况项目实施单位某某县水务局" +
      "主管部门某某县人民政府项目类型经常性项目()一次性项目(√)计划投资额(万元)260.00实际到位资金(万元)198.5实际使用情况(万元)198.5其中:中央财政\n";
    const f = (await parse(text, { path: "pairs.txt" })).forms[0]!;
    const total = f.funds.rows.find((r) => r.key === "total")!;
    expect([f.funds.unit, total.initialBudget, total.annualBudget, total.executed]).toEqual(["万元", 260, 198.5, 198.5]);
  });
});

/**
 * An evaluation sheet's funds printed as label and value pairs, run together onto the line of the
 * row before (`项目类型经常性项目(√)一次性项目()计划投资额(万元)260.00实际到位资金(万元)198.5…`): the
 * pairs begin a row at the planned amount's label, and the row is cut into its labels and figures.
 * Texts made up for this test; the expected values typed from them.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { fundPairRun, repeatedPartsRun } from "../../src/reconstruct/run-together-fund-pairs.js";
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

describe("the parts of funds printed as pairs, run together", () => {
  it.each([
    [
      "其中:中央财政其中:中央财政省级补助省级补助县级配套60.00县级配套45.5其他资金其他资金",
      ["其中:中央财政", "其中:中央财政", "省级补助", "省级补助", "县级配套", "60.00", "县级配套", "45.5", "其他资金", "其他资金"],
    ],
    // a row that opens on no label printed twice, nor again after its figure, is none
    // (`县级配套60.00县级配套45.5` is a part printed once per amount: fund-part-per-amount.test.ts)
    ["县级配套60.00省级补助45.5", null],
    // nor an indicator row whose level names repeat one another, nor one with a comparator
    ["满意度指标服务对象满意度指标服务对象满意度≥90%100%1010", null],
    ["验收验收合格率≥95%100%55", null],
  ])("repeatedPartsRun(%j)", (text, cells) => {
    expect(repeatedPartsRun({ text, source })?.map((c) => c.text) ?? null).toEqual(cells);
  });

  it("a part's label printed again after itself is no new row of a flattened page", () => {
    const line = "项目实施单位某某局主管部门某某县政府计划投资额(万元)60.00实际使用情况(万元)45.5其中:中央财政其中:中央财政县级配套60.00县级配套45.5";
    expect(cutAtRowStarts(line)).toContain("其中:中央财政其中:中央财政县级配套60.00县级配套45.5");
  });

  it("each part takes the amounts printed beside its label, in the order the pairs named them", async () => {
    const text =
      "1、2019年某某灌区维修项目财政支出绩效评价报告评价类型:□实施过程评价☑完成结果评价项目名称:2019年某某灌区维修项目项目单位:某某县水务局主管部门:某某县人民政府" +
      "组织方式:□财政部门□主管部门☑项目单位评价机构:□中介机构□专家组☑项目单位评价组上报时间:2020年3月20日-7-项目基本信息一、项目基本情况项目实施单位某某县水务局" +
      "主管部门某某县人民政府项目类型经常性项目()一次性项目(√)计划投资额(万元)260.00实际到位资金(万元)198.5实际使用情况(万元)198.5" +
      "其中:中央财政其中:中央财政其中:中央财政省财政预算省财政预算省财政预算县财政预算260.00县财政预算198.5县财政预算198.5\n";
    const f = (await parse(text, { path: "parts.txt" })).forms[0]!;
    expect(f.funds.rows.map((r) => [r.label, r.initialBudget, r.annualBudget, r.executed])).toEqual([
      ["计划投资额(万元)", 260, 198.5, 198.5],
      ["其中:中央财政", null, null, null],
      ["省财政预算", null, null, null],
      ["县财政预算", 260, 198.5, 198.5],
    ]);
  });
});

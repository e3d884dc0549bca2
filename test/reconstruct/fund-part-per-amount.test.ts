import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { repeatedPartsRun } from "../../src/reconstruct/run-together-fund-pairs.js";

// A report's funds as label and value pairs, run together onto one line, each part's label printed
// once beside each amount. All text made up.
const cover =
  "某某县财政支出项目绩效评价自评报告评价类型:项目完成结果评价■项目名称某某道路建设项目项目单位某某中心主管部门某某局" +
  "评价方式:部门(单位)绩效自评评价机构:部门(单位)评价组计划投资额(万元)300.00实际到位资金(万元)260.00实际使用情况(万元)198.50";

describe("a fund part whose label ends in 资金, printed between its figures", () => {
  it.each([
    ["县级配套资金260.00县级配套资金220.00县级配套资金158.50", ["县级配套资金", "260.00", "县级配套资金", "220.00", "县级配套资金", "158.50"]],
    ["地方补助15地方补助15", ["地方补助", "15", "地方补助", "15"]],
    // The amount's unit printed after it; a printing left blank keeps its unit apart.
    ["其中:省级补助3.15万元其中:省级补助3.10万元县级资金/其他万元县级资金/其他万元", ["其中:省级补助", "3.15万元", "其中:省级补助", "3.10万元", "县级资金/其他", "万元", "县级资金/其他", "万元"]],
    // Another label after the figure: no part printed again.
    ["县级配套资金260.00省级补助资金40.00", null],
  ] as const)("%s", (text, expected) => {
    expect(repeatedPartsRun({ text, source: {} })?.map((c) => c.text) ?? null).toEqual(expected);
  });

  it("is one part with an amount per printing, not a fund row per printing", async () => {
    const text = `${cover}其中:中央财政其中:中央财政其中:中央财政省财政预算40.00省财政预算40.00省财政预算40.00县级配套资金260.00县级配套资金220.00县级配套资金158.50年度总体目标预期目标实际完成情况某某道路完成。已完成。`;
    const f = (await parse(text, { path: "parts.txt" })).forms[0]!;
    const parts = f.funds.rows.filter((r) => r.label === "县级配套资金");
    expect(parts.map((r) => [r.initialBudget, r.annualBudget, r.executed])).toEqual([[260, 220, 158.5]]);
  });

  it("with the amounts' unit, after a regional form's pairs", async () => {
    const text =
      "某某补助资金区域绩效目标自评表专项名称某某补助资金中央主管部门某某总局自评得分省级财政部门某某省财政厅" +
      "预算执行情况预算数:3.15执行数:3.10其中:省级补助3.15万元其中:省级补助3.10万元县级资金/其他万元县级资金/其他万元" +
      "年度目标完成情况预期目标目标实际完成情况某某目标。已完成某某目标。";
    const f = (await parse(text, { path: "regional-parts.txt" })).forms[0]!;
    expect(f.funds.rows.map((r) => [r.label, r.annualBudget, r.executed])).toEqual([
      ["预算数:", 3.15, 3.1],
      ["其中:省级补助", 3.15, 3.1],
      ["县级资金/其他", null, null],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { runFundRowStarts } from "../../../src/reconstruct/text-rows/run-fund-rows.js";
import { cutAtRowStarts } from "../../../src/reconstruct/text-rows/flattened-form.js";
import { parse } from "../../../src/pipeline.js";

// A funds block flattened onto one line with its cells run together: a fund row named in a unit's own
// words (not a label of the template) between the row before's figures and its own. All text made up.
const HEAD = "某某救助资金绩效自评表(2024年度)转移支付(项目)名称某某救助资金中央主管部门某某局地方主管部门某某局资金使用单位某某局资金投入情况(万元)全年预算数(A)全年执行数(B)预算执行率(B/A×100%)";
const startsOf = (t: string) => runFundRowStarts(t, []).map((at) => t.slice(at, at + 4));

describe("a fund row named in a unit's own words between figures", () => {
  it.each([
    ["年度资金总额:500万500万100%其中:中央财政资金300万300万100%体育彩票公益金资助项目5050100%地方资金150万150万100%", ["其中:中", "体育彩票", "地方资金"]],
    // after an amount's unit (万元): the unit is the figure's, the name begins after it
    ["年度资金总额:500万元500万元省级专项资金120万元120万元", ["省级专项"]],
    // a unit alone between two figures is no name
    ["年度资金总额:829.3万829.3万100%", []],
    // outside the funds block (before its total row, after the goals' label): none
    ["单位资金100年度资金总额:5050100%年度总体目标预期目标完成救助100人次实际完成情况120人次", []],
  ])("%s", (funds, expected) => {
    expect(startsOf(funds)).toEqual(expected);
  });

  it("cuts the flattened form's funds there and reads the rows' amounts", async () => {
    const funds = "年度资金总额:1050万1050万100%其中:中央财政资金800万800万100%福利彩票公益金救助项目5050100%地方资金200万200万100%其他资金总体目标完成情况年初设定目标全年实际完成情况完成救助发放。已完成。";
    expect(cutAtRowStarts(HEAD + funds)).toContain("福利彩票公益金救助项目5050100%");
    const f = (await parse(HEAD + funds, { path: "a.txt" })).forms[0]!;
    expect(f.funds.rows.find((r) => r.label?.includes("中央财政资金"))).toMatchObject({ annualBudget: 800, executed: 800 });
    expect(f.funds.rows.find((r) => r.label?.includes("福利彩票"))).toMatchObject({ annualBudget: 50, executed: 50 });
  });
});

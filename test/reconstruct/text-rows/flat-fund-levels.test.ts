import { describe, expect, it } from "vitest";
import { cutAtRowStarts } from "../../../src/reconstruct/text-rows/flattened-form.js";
import { parse } from "../../../src/pipeline.js";

// A transfer payment's funds block flattened onto one line: fund rows named by a level of
// government (中央财政资金, 地方资金, 县级财政资金), some printed with no amounts. All text made up.
const HEAD = "某某补助资金绩效自评表(2023年度)转移支付(项目)名称某某补助资金中央主管部门某某部地方主管部门某某厅资金使用单位某某县某某局资金情况(万元)全年预算数(A)全年执行数(B)预算执行率(B/A)";

describe("a fund row of a level of government starts its row", () => {
  it.each([
    // an empty row after the funds' figures, then 其他资金 (no task table's 财政资金 | 其他资金 head)
    ["年度资金总额:512.4480.694%其中:中央财政资金512.4480.694%地方财政资金其他资金总体目标完成情况年初设定目标全年实际完成情况完成补助发放。", ["其中:中央财政资金512.4480.694%", "地方财政资金", "其他资金"]],
    // empty rows one after another, the last with its amounts
    ["年度资金总额:6565100%其中:中央、省补助市级财政资金县级财政资金6565100%其他资金总体目标", ["其中:中央、省补助", "市级财政资金", "县级财政资金6565100%"]],
    // after an empty amount's dash, its own amounts dashes too
    ["年度资金总额:5510100%10其中:中央财政资金55——地方财政资金————其他资金————总体目标完成情况年初设定目标全年实际完成情况完成补助发放。", ["其中:中央财政资金55——", "地方财政资金————", "其他资金————"]],
    // after a figure, its amounts after a colon
    ["年度资金总额:3030100%其中:中央资金2020100%县级资金:1010100%其他资金", ["其中:中央资金2020100%", "县级资金:1010100%"]],
  ])("%s", (funds, expected) => {
    const rows = cutAtRowStarts(HEAD + funds);
    for (const row of expected) expect(rows).toContain(row);
  });

  it.each([
    // a level word right after a label's colon is the label's
    ["年度资金总额:3030100%其中:中央财政资金3030100%其他资金", "其中:中央财政资金3030100%"],
    // a level word inside a sentence is the sentence's
    ["年度资金总额:3030100%其他资金总体目标完成情况年初设定目标全年实际完成情况争取中央资金支持", "总体目标完成情况年初设定目标全年实际完成情况争取中央资金支持"],
  ])("leaves %s whole where it should", (funds, row) => {
    expect(cutAtRowStarts(HEAD + funds)).toContain(row);
  });

  it("keeps the task table's head 总额 | 财政拨款 | 其他资金 together", () => {
    const rows = cutAtRowStarts("2022年度部门整体支出绩效自评表部门名称某局年度主要任务任务名称主要内容预算金额总额财政拨款其他资金日常运转保障机关运转1212");
    expect(rows.some((r) => r.startsWith("其他资金"))).toBe(false);
  });

  it("reads the amounts of the rows after an empty one", async () => {
    const text = HEAD + "年度资金总额:512.4480.694%其中:中央财政资金512.4480.694%地方财政资金其他资金总体目标完成情况年初设定目标全年实际完成情况完成补助发放。已完成。";
    const f = (await parse(text, { path: "a.txt" })).forms[0]!;
    const central = f.funds.rows.find((r) => r.label?.includes("中央财政资金"));
    expect(central).toMatchObject({ annualBudget: 512.4, executed: 480.6 });
  });
});

describe("fund rows printed with no amounts keep their places", () => {
  it("reads each empty row as a row of the block, the amounts on the row that prints them", async () => {
    const text = HEAD + "年度资金总额:6565100%其中:中央、省补助市级财政资金县级财政资金6565100%其他资金总体目标完成情况年初设定目标全年实际完成情况完成补助发放。已完成。";
    const f = (await parse(text, { path: "a.txt" })).forms[0]!;
    const rows = f.funds.rows.map((r) => [r.label, r.annualBudget, r.executed]);
    expect(rows).toEqual(expect.arrayContaining([["其中:中央、省补助", null, null], ["市级财政资金", null, null], ["县级财政资金", 65, 65]]));
  });
});

/**
 * A funds block of one row whose label carries its formula in brackets, the column names after it
 * and the amounts on the next line, all run together (`总体支出进度(当年实际支出金额/项目当年下达额度)
 * 实际支出金额下达额度…` / `2,6002,6001001010`): the formula is the label's, not cells of the row, and
 * the line of digits is the row's amounts. Texts made up for this test; the expected values typed
 * from them.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { splitAtLabels } from "../../src/reconstruct/run-together.js";

const source = { line: 1 };
const isLabel = (s: string) => ["总体支出进度", "实际支出金额", "下达额度", "分值", "得分", "预算执行率"].includes(s);

describe("a label's bracketed formula run together", () => {
  it.each([
    ["总体支出进度(当年实际支出金额/项目当年下达额度)实际支出金额下达额度", ["总体支出进度(当年实际支出金额/项目当年下达额度)", "实际支出金额", "下达额度"]],
    // a bracket naming no column stays a cell of its own
    ["总体支出进度(全年)实际支出金额", ["总体支出进度", "(全年)", "实际支出金额"]],
  ])("splitAtLabels(%j)", (text, cells) => {
    expect(splitAtLabels({ text, source }, isLabel).map((c) => c.text)).toEqual(cells);
  });

  it("the amounts on the line under the header are the row's", async () => {
    const text = [
      "项目名称某某片区雨污分流改造工程",
      "项目主管部门某某区水务局项目单位某某街道办事处",
      "年度绩效目标预期目标全年实际完成情况",
      "完成片区雨污分流管网改造。已完成片区管网改造并通过验收。",
      "当年绩效指标债券资金管理指标(10分)总体支出进度(当年实际支出金额/项目当年下达额度)实际支出金额下达额度实际完成值分值得分偏差原因分析及改进措施",
      "2,6002,6001001010",
      "一级指标二级指标三级指标目标值实际完成值分值得分偏差原因分析及改进措施",
      "产出指标数量指标改造管网长度8公里8公里2020",
      "质量指标工程验收合格率100%100%2020",
      "效益指标社会效益指标片区内涝点减少明显明显3030",
      "满意度指标服务对象满意度指标居民满意度≥90%96%2020",
    ].join("\n");
    const f = (await parse(text + "\n", { path: "formula.txt" })).forms[0]!;
    const total = f.funds.rows.find((r) => r.key === "total")!;
    expect([total.annualBudget, total.executed, f.funds.weight, f.funds.executionRatePercent, f.funds.score]).toEqual([2600, 2600, 10, 100, 10]);
  });
});

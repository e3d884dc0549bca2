/**
 * Run-together figures each followed by a lost character shown as `?` (text-rows/lost-marks.ts):
 * the marks after two decimals are dropped, the text as printed kept in the source; other marks
 * stay. Text written for this test.
 */
import { describe, expect, it } from "vitest";
import type { Row } from "../../../src/layout/grid.js";
import { dropLostMarks } from "../../../src/reconstruct/text-rows/lost-marks.js";
import { parse } from "../../../src/pipeline.js";

const row = (...texts: string[]): Row => ({ boundaries: "none", cells: texts.map((text) => ({ text, source: { line: 4 } })) });

describe("lost marks after run-together figures", () => {
  it.each<[string, string]>([
    ["年度资金总额820,000.00?900,000.00?855,000.00?", "年度资金总额820,000.00900,000.00855,000.00"],
    ["95.0010.009.50?", "95.0010.009.50"],
    ["12.50?其中:财政拨款", "12.50其中:财政拨款"],
    // Before a unit the lost character may be the unit's (万): left as printed.
    ["12.50?元", "12.50?元"],
    ["12.50?万元", "12.50?万元"],
    ["是否达标?", "是否达标?"],
    ["12?30", "12?30"],
    ["3.5?", "3.5?"],
  ])("%j → %j", (input, expected) => {
    const [out] = dropLostMarks([row(input)]);
    expect(out!.cells[0]!.text).toBe(expected);
    if (input !== expected) expect(out!.cells[0]!.source.printed).toBe(input);
  });

  it("reads a run-together funds row whose figures carry the marks", async () => {
    const text = [
      "2023年度部门整体绩效自评表",
      "项目主管部门:某县档案馆",
      "资金情况年初预算数全年预算数全年执行数执行率分值得分",
      "年度资金总额820,000.00?900,000.00?855,000.00?95.0010.009.50?",
    ].join("\n");
    const funds = (await parse(text + "\n", { path: "marks.txt" })).forms[0]!.funds;
    expect([funds.rows.map((r) => [r.initialBudget, r.annualBudget, r.executed]), funds.executionRatePercent, funds.weight, funds.score]).toEqual([[[820000, 900000, 855000]], 95, 10, 9.5]);
  });

  it("reads a funds table laid out with spaces whose figures carry the marks (pdftotext -layout)", async () => {
    const text = [
      "    2023年度部门整体绩效自评表",
      "    项目名称:           某县档案馆整体支出      自评总分:   96.50",
      "    项目主管部门:       某县档案馆              联系电话:   12345678",
      "    资金情况",
      "    年初预算数            全年(调整)预算数     全年执行数       执行率          执行率权重   执行率得分",
      "    年度总金额            820,000.00?          900,000.00?      855,000.00?",
      "    其中:财政拨款         820,000.00?          900,000.00?      855,000.00?     95.00        10.00        9.50?",
      "    一般公共预算          820,000.00?          900,000.00?      855,000.00?     95.00",
      "    绩效目标",
      "    年初绩效目标          全年(调整)绩效目标    全年目标实际完成情况",
    ].join("\n");
    const funds = (await parse(text + "\n", { path: "marks-spaced.txt" })).forms[0]!.funds;
    expect(funds.rows.find((r) => r.key === "total")).toMatchObject({ initialBudget: 820000, annualBudget: 900000, executed: 855000 });
  });
});

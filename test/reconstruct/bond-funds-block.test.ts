/**
 * A special bond project's funds (债券资金管理指标): one fund row whose label, with its formula,
 * stands among the block's column heads (总体支出进度(当年实际支出金额/项目当年下达额度) | 实际支出金额 |
 * 下达额度 | 实际完成值 | 分值 | 得分 …) and whose amounts are printed on the line below, before the
 * indicator table's own heads. The contract reads budget execution scored in the indicator table into
 * `funds`, never as an indicator. Texts written for this test; the expected values typed from them.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { classifyRow } from "../../src/reconstruct/row-classifier.js";
import { prepareRow } from "../../src/reconstruct/row-prepare.js";
import { labelRole } from "../../src/reconstruct/row-view.js";
import type { Row } from "../../src/layout/grid.js";

const PIPE = [
  "项目名称 | 某区老旧小区燃气管道改造工程 | 投向领域 | 城市更新 | |||",
  "项目主管部门 | 某区住房和建设局 | 项目单位 | 某街道办事处 | |||",
  "当年绩效指标 | 债券资金管理指标(10分) | 总体支出进度 (当年实际支出金额/项目当年下达额度) | 实际支出 金额 | 下达 额度 | 实际 完成值 | 分值 | 得分 | 偏差原因分析 及改进措施 |",
  "820.5 | 900 | 91.17% | 10 | 9.12 | |||",
  "一级指标 | 二级指标 | 三级指标 | 目标值 | 实际 完成值 | 分值 | 得分 | 偏差原因分析 及改进措施 |",
  "产出指标 (50分) | 数量指标 | 改造户数 | 600户 | 612户 | 20 | 20 | |",
  "质量指标 | 验收合格率 | 100% | 100% | 30 | 30 | ||",
].join("\n");

describe("a special bond project's funds block", () => {
  it("reads the block's one row into funds, and the indicators after it from their own heads", async () => {
    const f = (await parse(PIPE + "\n", { path: "bond.txt" })).forms[0]!;
    expect(f.funds.rows.map((r) => [r.key, r.label, r.annualBudget, r.executed])).toEqual([
      ["total", "总体支出进度(当年实际支出金额/项目当年下达额度)", 900, 820.5],
    ]);
    expect([f.funds.weight, f.funds.executionRatePercent, f.funds.score]).toEqual([10, 91.17, 9.12]);
    expect(f.indicators.map((i) => [i.level1, i.level2, i.level3, i.target, i.actual, i.weight, i.score])).toEqual([
      ["产出指标", "数量指标", "改造户数", "600户", "612户", 20, 20],
      ["产出指标", "质量指标", "验收合格率", "100%", "100%", 30, 30],
    ]);
  });

  it.each([
    ["总体支出进度 (当年实际支出金额/项目当年下达额度)", "total"],
    ["总体支出进度", "total"],
    // A long cell that is not a label stays none, formula or not.
    ["按照合同约定完成全部管线敷设并通过燃气公司验收 (完成户数/计划户数)", null],
  ])("labelRole(%j) names the fund row %j", (text, key) => {
    const role = labelRole(text);
    expect(role?.role === "fundRow" ? role.key : null).toBe(key);
  });

  const row = (cells: string[]): Row => ({ cells: cells.map((text, col) => ({ text, col, source: { line: 1 } })), boundaries: "exact" });

  it.each([
    ["amounts after a fund row left without them", ["820.5", "900", "91.17%", "10", "9.12"], true, true],
    ["the same amounts where no fund row waits for them", ["820.5", "900", "91.17%", "10", "9.12"], false, false],
    ["a row with a name among the figures", ["改造户数", "600", "612", "20"], true, false],
    ["a single figure", ["900", "", ""], true, false],
  ] as const)("%s", (_name, cells, waiting, values) => {
    const v = prepareRow(row([...cells]), "funds")!;
    expect(classifyRow(v, "funds", { indicatorColumns: 0, fundRowAwaitingValues: waiting }).kind === "fundValues").toBe(values);
  });
});

/**
 * A layout-ordered dump's funds table whose first row prints its 分值, 执行率 and 得分 before its
 * label and its amounts after it (layout-rows.ts): the figures before the label are the columns
 * that are no amount, the amounts after it the amount columns. The text is written for this test,
 * its expectations typed by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

describe("a funds row whose points come before its label", () => {
  it("reads the amounts after the label and the points, the rate and the score before it", async () => {
    const text = [
      "项目支出绩效自评表",
      "( 2022 年度)",
      "项目名称",
      "社区养老服务补助",
      "主管部门",
      "民政局",
      "项目资金 (万元)",
      "年初预算数",
      "全年预算数",
      "全年执行数",
      "分值",
      "执行率",
      "得分",
      "10 90% 9",
      "年度资金总额",
      "80万",
      "80万",
      "72万",
      "其中:当年财政拨款",
      "80万",
      "80万",
      "72万",
      "上年结转资金",
      "—",
      "—",
      "—",
      "年度总体目标",
      "预期目标",
      "实际完成情况",
      "为辖区老年人提供日间照料服务。",
      "全年服务老年人1200人次。",
      "绩 效 指 标",
      "一级指标",
      "二级指标",
      "三级指标",
      "年度指标值",
      "实际完成值",
      "分值",
      "得分",
      "偏差原因分析及改进措施",
      "产出指标",
      "数量指标",
      "服务老年人次数",
      "≥1000人次",
      "1200人次",
      "20",
      "20",
    ].join("\n");
    const f = (await parse(text, { path: "funds-points-first.txt" })).forms[0]!;
    const total = f.funds.rows.find((r) => r.key === "total")!;
    expect([total.initialBudget, total.annualBudget, total.executed]).toEqual([80, 80, 72]);
    expect([f.funds.weight, f.funds.executionRatePercent, f.funds.score]).toEqual([10, 90, 9]);
  });
});

/**
 * Chongqing's department-wide form prints its funds block with the rate's points in heads of their
 * own (执行率 | 执行率权重 | 执行率得分), the budget as 全年(调整)预算数, the total row as 年度总金额
 * and a budget kind alone under 财政拨款 (一般公共预算, 政府性基金预算). Text written for this test,
 * values typed by hand; merged cells collapsed as a page's pipes give them (no label column in the head).
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const form = (kind: string) => [
  "2023年度部门整体绩效自评表 | ||||||",
  "项目名称: | 某县档案馆整体支出 | 自评总分: | 97.20 | ||||",
  "项目主管部门: | 某县档案馆 | 联系电话: | 12345678 | |||",
  "资金情况 | ||||||",
  "年初预算数 | 全年(调整)预算数 | 全年执行数 | 执行率 | 执行率权重 | 执行率得分 | |",
  "年度总金额 | 820,000.00 | 900,000.00 | 855,000.00 | ||||",
  "其中:财政拨款 | 820,000.00 | 900,000.00 | 855,000.00 | 95.00 | 10.00 | 9.50 |",
  `${kind} | 820,000.00 | 900,000.00 | 855,000.00 | 95.00 | ||`,
];

const read = async (lines: string[]) => (await parse(lines.join("\n") + "\n", { path: "rate-points.txt" })).forms;

describe("a funds block with the rate's points in heads of their own", () => {
  it.each([["一般公共预算"], ["政府性基金预算"]])("reads the rows, the budget columns and the rate's weight and score (%s)", async (kind) => {
    const forms = await read(form(kind));
    expect(forms).toHaveLength(1);
    const funds = forms[0]!.funds;
    expect(funds.rows.map((r) => [r.key, r.label, r.initialBudget, r.annualBudget, r.executed])).toEqual([
      ["total", "年度总金额", 820000, 900000, 855000],
      ["currentYear", "其中:财政拨款", 820000, 900000, 855000],
      ["extra1", kind, 820000, 900000, 855000],
    ]);
    expect([funds.executionRatePercent, funds.weight, funds.score]).toEqual([95, 10, 9.5]);
  });

  it("leaves 执行率 and 得分 run together in a linear head to the run-together reading (two columns)", async () => {
    const forms = await read([
      "项目支出绩效自评表",
      "项目名称 某某项目 主管部门 某县文化局 实施单位 某县剧团",
      "项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
      "年度资金总额 40 40 40 10 100% 10",
    ]);
    expect([forms[0]!.funds.weight, forms[0]!.funds.executionRatePercent, forms[0]!.funds.score]).toEqual([10, 100, 10]);
  });
});

// The same block one cell a line, each cell a paragraph (a portal's copy of the table): the funds'
// head row goes on over the rate's points to the first fund row. Text written for this test.
describe("a funds block with the rate's points in heads of their own, one cell a line", () => {
  it("reads the rows and the rate's weight and score", async () => {
    const cells = form("一般公共预算")
      .flatMap((l) => l.split("|"))
      .map((c) => c.trim())
      .filter((c) => c !== "");
    const forms = await read(cells.flatMap((c) => [c, ""]));
    expect(forms).toHaveLength(1);
    const funds = forms[0]!.funds;
    expect(funds.rows.map((r) => [r.key, r.initialBudget, r.annualBudget, r.executed])).toEqual([
      ["total", 820000, 900000, 855000],
      ["currentYear", 820000, 900000, 855000],
      ["extra1", 820000, 900000, 855000],
    ]);
    expect([funds.executionRatePercent, funds.weight, funds.score]).toEqual([95, 10, 9.5]);
  });
});

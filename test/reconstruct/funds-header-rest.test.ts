/**
 * The funds header broken over two lines in linear text, its last column names on the second with
 * the rest of a head's formula (`… 分值 预算执行率` / `( B/A×100%) 得分`): the columns of both lines
 * are the header's, so the fund row's last amount is the 得分. Texts written for this test; the
 * expected values typed from them.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { classifyRow } from "../../src/reconstruct/row-classifier.js";
import { prepareRow } from "../../src/reconstruct/row-prepare.js";
import type { Row } from "../../src/layout/grid.js";

const TEXT = [
  "某县转移支付区域(项目)绩效自评表",
  "( 2024 年度)",
  "转移支付(项目)名称 农村公益电影放映补助",
  "地方主管部门 某县委宣传部 资金使用单位 某县电影公司",
  "资金投入情况",
  "(万元) 全年预算数( A ) 全年执行数( B ) 分值 预算执行率",
  "( B/A×100%) 得分",
  "年度资金总额: 12 11.4 10 95% 9.5",
  "其中:中央财政资金 12 11.4 ——",
].join("\n");

describe("a funds header broken over two lines", () => {
  it("reads the second line's columns too", async () => {
    const f = (await parse(TEXT + "\n", { path: "f.txt" })).forms[0]!;
    expect(f.funds.rows[0]).toMatchObject({ key: "total", annualBudget: 12, executed: 11.4 });
    expect([f.funds.weight, f.funds.executionRatePercent, f.funds.score]).toEqual([10, 95, 9.5]);
  });

  const row = (cells: string[]): Row => ({ cells: cells.map((text, col) => ({ text, col, source: { line: 1 } })), boundaries: "spaces" });
  it.each([
    ["a formula's rest and a column name", ["(", "B/A×100%)", "得分"], true, true],
    ["a column name alone", ["得分"], true, true],
    ["the same where no funds header came just before", ["(", "B/A×100%)", "得分"], false, false],
    ["a fund row", ["其他资金", "0", "0"], true, false],
    ["figures alone", ["10", "95%"], true, false],
  ] as const)("%s", (_name, cells, after, rest) => {
    const v = prepareRow(row([...cells]), "funds")!;
    expect(classifyRow(v, "funds", { indicatorColumns: 0, afterFundsHeader: after }).kind === "fundsHeaderRest").toBe(rest);
  });
});

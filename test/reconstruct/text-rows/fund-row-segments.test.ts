import { describe, expect, it } from "vitest";
import type { Row } from "../../../src/layout/grid.js";
import { joinFundRowSegments } from "../../../src/reconstruct/text-rows/fund-row-segments.js";

// A fund row's figures all perhaps broken over lines: cut into its heads' cells where one cut alone keeps its sums. All text made up.
const rowsOf = (text: string): Row[] =>
  text.split("\n").map((line, i) => ({ boundaries: "spaces", cells: line.split(" ").map((t) => ({ text: t, source: { line: i + 1 } })) }));
const linesOf = (rows: Row[]) => rows.map((r) => r.cells.map((c) => c.text).join(" | "));
const HEADS = "年初预算数 全年预算数 全年执行数 分值 执行率 得分";

describe("a fund row's pieces are its cells where one cut alone keeps its sums", () => {
  it.each([
    // 7730.25 twice and 6957.2 / 3 (90.00 %), the rate 9 / 0. / 00 / %
    [`${HEADS}\n年度资金总额\n7730\n.25\n7730.25\n6957.2\n3\n10\n9\n0.\n00\n%\n9\n其中：当年财政拨款`, "年度资金总额 | 7730.25 | 7730.25 | 6957.23 | 10 | 90.00% | 9"],
    // the amounts whole, broken 4812 / 0 (48120 / 48120 / 43308: 90 %)
    [`${HEADS}\n年度资金总额 4812 0 4812 0 4330 8 10 90% 9\n其他资金 0 0`, "年度资金总额 | 48120 | 48120 | 43308 | 10 | 90% | 9"],
  ])("%j", (text, row) => {
    expect(linesOf(joinFundRowSegments(rowsOf(text)))[1]).toEqual(row);
  });

  it("takes the last line's figures and leaves its words to a 原因 column after them", () => {
    // 312.40 / 350.00 = 89.26 %: 31 / 2. / 40, 89. / 26%, then 10 8.93 and the reason
    const text = "年初预算 调整后预算数 预算执行数 预算执行率 权重 得分 原因\n总额 340.00 350.00 31\n2.\n40\n89.\n26%\n10 8.93 部分资金尚未支付\n其他资金 0 0";
    expect(linesOf(joinFundRowSegments(rowsOf(text)))[1]).toEqual("总额 | 340.00 | 350.00 | 312.40 | 89.26% | 10 | 8.93 | 部分资金尚未支付");
  });

  it.each([
    // a cell a head: nothing broken
    `${HEADS}\n年度资金总额 500.00 500.00 450.00 10 90% 9`,
    // two cuts keep the sums alike (111 | 1 | 1 and 1 | 11 | 11, each spent whole at 100 %)
    `${HEADS}\n年度资金总额 1 1 1 1 1 10 100% 10`,
    // no cut gives the rate printed (6957.23 / 7730.25 is no 80 %)
    `${HEADS}\n年度资金总额\n7730\n.25\n7730.25\n6957.2\n3\n10\n80%\n8`,
    // no funds head row
    `年度资金总额\n7730\n.25\n7730.25\n6957.2\n3\n10\n90%\n9`,
  ])("%j is left as read", (text) => {
    expect(linesOf(joinFundRowSegments(rowsOf(text)))).toEqual(linesOf(rowsOf(text)));
  });
});

// A department's 资金结构 row: its amounts whole on the label's line, its rate and balance broken
// after it. The table's own sums (结余 = 小计 − 拨付, 支出实现率 and 资金结余率 over 小计) settle the cut.
const DEPARTMENT_HEADS = "年初部门预算安排金额 年中调整金额 小计 年度拨付金额 支出实现率 结余金额 资金结余率";

describe("a department's 资金结构 row broken over lines is cut where its sums settle it", () => {
  it.each([
    // 1,250.00 + 50.00 = 1,300.00; 1,172.60 spent: 90.20 %, 127.40 left, 9.80 %
    [`${DEPARTMENT_HEADS}\n合计 1,250.00 50.00 1,300.00 1,172.60\n90.2\n0%\n127.\n40\n9.80%\n财政拨款小计 0 0`, "合计 | 1,250.00 | 50.00 | 1,300.00 | 1,172.60 | 90.20% | 127.40 | 9.80%"],
    // a label the template spells by place only, its balance broken after its point: 80 − 76.4 = 3.6
    [`${DEPARTMENT_HEADS}\n财政拨款小计 80 0 80 76.4\n95.5%\n3.\n6\n4.5%\n合计 0`, "财政拨款小计 | 80 | 0 | 80 | 76.4 | 95.5% | 3.6 | 4.5%"],
  ])("%j", (text, row) => {
    expect(linesOf(joinFundRowSegments(rowsOf(text)))[1]).toEqual(row);
  });

  it.each([
    // the balance printed is no 小计 − 拨付 however cut
    `${DEPARTMENT_HEADS}\n合计 1,250.00 50.00 1,300.00 1,172.60\n90.2\n0%\n128.\n40\n9.80%`,
    // a row of words under the head is no fund row
    `${DEPARTMENT_HEADS}\n合计 1,250.00 说明\n90.2\n0%`,
  ])("%j is left as read", (text) => {
    expect(linesOf(joinFundRowSegments(rowsOf(text)))).toEqual(linesOf(rowsOf(text)));
  });
});

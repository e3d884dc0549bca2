import { describe, expect, it } from "vitest";
import type { Row } from "../../../src/layout/grid.js";
import { joinBrokenFigures } from "../../../src/reconstruct/text-rows/broken-figures.js";
import { joinFundFigureLines } from "../../../src/reconstruct/text-rows/fund-figure-lines.js";

// Figures a converter broke over lines, and a fund row's figures drawn one a line. All text made up.
const rowsOf = (text: string): Row[] =>
  text.split("\n").map((line, i) => ({ boundaries: "spaces", cells: line.split(" ").map((t) => ({ text: t, source: { line: i + 1 } })) }));
const linesOf = (rows: Row[]) => rows.map((r) => r.cells.map((c) => c.text).join(" | "));

describe("a figure broken over lines is one figure where the text settles it", () => {
  it.each([
    // a line that is only a decimal part ends the figure above
    ["总额\n3,456\n.78\n3,456.78", ["总额", "3,456.78", "3,456.78"]],
    ["总额 120.00 1,234\n.56 10", ["总额 | 120.00 | 1,234.56", "10"]],
    // a figure ending on its point, ended by the next line's first figure
    ["其他资金 5,912.\n36 5,912.36", ["其他资金 | 5,912.36", "5,912.36"]],
    ["执行率\n91.\n45%", ["执行率", "91.45%"]],
  ])("%j", (text, expected) => {
    expect(linesOf(joinBrokenFigures(rowsOf(text)))).toEqual(expected);
  });

  it.each([
    // a short decimal part with a short piece after it: 64.37 % or 64.3 and 7 %? left as read
    "64\n.3\n7%",
    // a piece alone before the figure ending on its point may be its start: left as read
    "5\n1.\n25",
    // a decimal part after words is no figure's end
    "完成率\n.5",
  ])("%j", (text) => {
    expect(linesOf(joinBrokenFigures(rowsOf(text)))).toEqual(linesOf(rowsOf(text)));
  });
});

describe("a fund row's figures drawn one a line are its cells", () => {
  it.each([
    ["年度资金总额\n3,456.78\n3,456.78\n3,100.00\n10\n89.68%\n8.97\n其中：当年财政拨款", ["年度资金总额 | 3,456.78 | 3,456.78 | 3,100.00 | 10 | 89.68% | 8.97", "其中：当年财政拨款"]],
    // a dash for an empty cell is a figure line too
    ["上年结转资金\n12.00\n12.00\n—\n其他资金 0 0", ["上年结转资金 | 12.00 | 12.00 | —", "其他资金 | 0 | 0"]],
    // the wide cells on one line, the narrow ones one a line after it
    ["年度资金总额\n520.30 520.30 480.10 10\n92.27%\n9.2\n其他资金 0 0", ["年度资金总额 | 520.30 | 520.30 | 480.10 | 10 | 92.27% | 9.2", "其他资金 | 0 | 0"]],
    // the amounts one a line, the narrow cells on one line after them
    ["年度资金总额\n64000\n63500.25\n60010.75\n10 94.5% 9.45\n其中：当年财政拨款", ["年度资金总额 | 64000 | 63500.25 | 60010.75 | 10 | 94.5% | 9.45", "其中：当年财政拨款"]],
    // a figure perhaps broken across lines (88.4 / 5: 88.45, or 88.4 and 5?): the lines of one figure that open the run only
    ["年度资金总额\n88.4\n5\n88.45 —\n其他资金 0 0", ["年度资金总额 | 88.4 | 5", "88.45 | —", "其他资金 | 0 | 0"]],
  ])("%j", (text, expected) => {
    expect(linesOf(joinFundFigureLines(rowsOf(text)))).toEqual(expected);
  });

  it.each([
    // one figure line alone, or a line of several figures: rows as read
    "上年结转资金\n12.00\n其他资金 0 0",
    "上年结转资金\n12.00 12.00 12.00",
    "上年结转资金\n12.00 12.00 12.00\n其他资金 0 0",
    // no fund row's label
    "数量指标\n12\n15",
  ])("%j", (text) => {
    expect(linesOf(joinFundFigureLines(rowsOf(text)))).toEqual(linesOf(rowsOf(text)));
  });
});

describe("a fund row's label with its first figures takes the lines of figures after it", () => {
  const HEADS = "年初预算数 全年预算数 全年执行数 分值 执行率 得分";
  it.each([
    [`${HEADS}\n年度资金总额 640 655.5\n600.25\n10 91.57% 9.2\n其他资金 0 0 0`, [HEADS.split(" ").join(" | "), "年度资金总额 | 640 | 655.5 | 600.25 | 10 | 91.57% | 9.2", "其他资金 | 0 | 0 | 0"]],
  ])("%j", (text, expected) => {
    expect(linesOf(joinFundFigureLines(rowsOf(text)))).toEqual(expected);
  });

  it.each([
    // more figures than the head row has heads: some figure is broken, left as read
    `${HEADS}\n年度资金总额 640 655.5\n600.25 10\n91.57% 9.2 7`,
    // a figure perhaps broken across the lines (655.5 / 0: 655.50, or 655.5 and 0?)
    `${HEADS}\n年度资金总额 640 655.5\n0\n600.25 10 91.57% 9.2`,
    // no funds head row above: how many figures the row holds is not told
    "年度资金总额 640 655.5\n600.25\n10 91.57% 9.2",
  ])("%j is left as read", (text) => {
    expect(linesOf(joinFundFigureLines(rowsOf(text)))).toEqual(linesOf(rowsOf(text)));
  });
});

describe("a form whose fund figures a converter drew one a line, read end to end", () => {
  it("reads the total row's amounts, rate and score", async () => {
    const { parse } = await import("../../../src/pipeline.js");
    const text = [
      "项目支出绩效自评表",
      "( 2021 年度 )",
      "项目名称 某某河道保洁经费",
      "主管部门 某某水务局",
      "实施单位 某某河道管理所",
      "项目资金(万元)",
      "年初预算数 全年预算数 全年执行数 分值 执行率 得分",
      "年度资金总额",
      "3,456.78",
      "3,456.78",
      "3,100.00",
      "10",
      "89.68%",
      "8.97",
      "其他资金 3,456.78 3,456.78 3,100.00",
    ].join("\n");
    const doc = await parse(Buffer.from(text), { path: "made-up.txt", input: "text" });
    const form = doc.forms[0]!;
    const total = form.funds.rows.find((r) => r.key === "total");
    expect(total?.executed).toBe(3100);
    expect(form.funds.executionRatePercent).toBe(89.68);
    expect(form.funds.score).toBe(8.97);
  });
});

describe("a fund row's figures one a line, some perhaps broken (656.2 / 5), joined where the rows around settle it", () => {
  const HEADS = "年初预算数 全年预算数 全年执行数 分值 执行率 得分";
  const heads = HEADS.split(" ").join(" | ");
  it.each([
    // nine pieces under six heads, three of them figures perhaps broken: each is one figure
    [`${HEADS}\n年度资金总额\n5400.0\n0\n5400.0\n0\n4980.3\n5\n10 92.23% 9.2`, [heads, "年度资金总额 | 5400.00 | 5400.00 | 4980.35 | 10 | 92.23% | 9.2"]],
    // a rate's digits and its sign a line each (10 / 0%) count among the pieces perhaps broken
    [`${HEADS}\n年度资金总额\n86.4\n2\n86.42\n86.4\n2\n10\n10\n0%\n10\n其他资金 0 0`, [heads, "年度资金总额 | 86.42 | 86.42 | 86.42 | 10 | 100% | 10", "其他资金 | 0 | 0"]],
    // a rate's sign alone below its digits (96 / %) is a piece too, where the count settles it with the sign
    [`${HEADS}\n年度资金总额\n3120.4\n0\n3120.40\n2995.5\n0\n10\n96\n%\n9.6\n其中：财政拨款`, [heads, "年度资金总额 | 3120.40 | 3120.40 | 2995.50 | 10 | 96% | 9.6", "其中：财政拨款"]],
    // the row above ends on its dash after three amounts; only joined does this one
    [
      `${HEADS}\n其中：财政拨款 410.00 410.00 398.10 —\n上年结转资金\n656.2\n5\n656.25\n656.2\n5\n—`,
      [heads, "其中：财政拨款 | 410.00 | 410.00 | 398.10 | —", "上年结转资金 | 656.25 | 656.25 | 656.25 | —"],
    ],
  ])("%j", (text, expected) => {
    expect(linesOf(joinFundFigureLines(rowsOf(text)))).toEqual(expected);
  });

  it.each([
    // read apart the pieces fit the head row: 656.2 and a 5 may be two cells, not joined
    [`${HEADS}\n年度资金总额\n656.2\n5\n656.25\n10`, [heads, "年度资金总额 | 656.2 | 5 | 656.25 | 10"]],
    // more pieces than the broken figures make up for: not joined
    [`${HEADS}\n年度资金总额\n5400.0\n0\n5400.00\n4980.35\n10\n92.23%\n9.25\n7`, [heads, "年度资金总额 | 5400.0 | 0 | 5400.00 | 4980.35 | 10 | 92.23% | 9.25 | 7"]],
    // no row above ends on a dash: how many amounts come before this one's is not told
    [`${HEADS}\n上年结转资金\n656.2\n5\n656.25\n—`, [heads, "上年结转资金 | 656.2 | 5 | 656.25 | —"]],
  ])("%j is not joined", (text, expected) => {
    expect(linesOf(joinFundFigureLines(rowsOf(text)))).toEqual(expected);
  });
});

describe("a fund row's label with figures, a whole number ending a line and a decimal opening the next (3120 / 5.6)", () => {
  const HEADS = "年初预算数 全年预算数 全年执行数 分值 执行率 得分";
  const heads = HEADS.split(" ").join(" | ");
  it.each([
    // the sub-row below holds three figures; only joined does this one
    [`${HEADS}\n其中：财政拨款 31205.60 31205.6\n3120\n5.6\n其他资金 0 0.00 0\n年度总体目标`, [heads, "其中：财政拨款 | 31205.60 | 31205.6 | 31205.6", "其他资金 | 0 | 0.00 | 0", "年度总体目标"]],
    // the sub-row above holds three figures; read apart so does this one
    [`${HEADS}\n财政拨款 3907 4490.4 3607.79\n其他资金 1650 1650\n1598.04\n年度总体目标`, [heads, "财政拨款 | 3907 | 4490.4 | 3607.79", "其他资金 | 1650 | 1650 | 1598.04", "年度总体目标"]],
  ])("%j", (text, expected) => {
    expect(linesOf(joinFundFigureLines(rowsOf(text)))).toEqual(expected);
  });

  it.each([
    // the total's row: no sub-row tells how many figures it holds, the lines after it stay as read
    `${HEADS}\n总额 31205.60 31205.60\n3120\n5.60\n100.00%\n其中：财政拨款 1 1 1`,
    // no sub-row beside it: not told
    `${HEADS}\n其中：财政拨款 31205.60 31205.6\n3120\n5.6\n年度总体目标`,
  ])("%j is left as read", (text) => {
    expect(linesOf(joinFundFigureLines(rowsOf(text)))).toEqual(linesOf(rowsOf(text)));
  });
});

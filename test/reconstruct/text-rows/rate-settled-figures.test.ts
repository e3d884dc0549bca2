import { describe, expect, it } from "vitest";
import type { Row } from "../../../src/layout/grid.js";
import { joinRateSettledFigures } from "../../../src/reconstruct/text-rows/rate-settled-figures.js";

// An executed amount broken at its narrow column's width with no mark (pdftotext -raw), its
// pieces read as two figures. All text made up.
const rowsOf = (text: string): Row[] =>
  text.split("\n").map((line, i) => ({ boundaries: "spaces", cells: line.split(" ").map((t) => ({ text: t, source: { line: i + 1 } })) }));
const linesOf = (rows: Row[]) => rows.map((r) => r.cells.map((c) => c.text).join(" | "));

const HEAD = "年初预算数 全年预算数 全年执行数 执行率 分值 得分 原因";

describe("an executed amount broken in two where the printed rate settles it", () => {
  it("joins the whole number and the decimal figure before the rate where the joined amount gives the rate", () => {
    // 48213.60 / 52400.00 = 92.0 %
    const text = `${HEAD}\n年度资金总额 52400.00 52400.00 4821 3.60 92% 10 9.2`;
    expect(linesOf(joinRateSettledFigures(rowsOf(text)))[1]).toBe("年度资金总额 | 52400.00 | 52400.00 | 48213.60 | 92% | 10 | 9.2");
  });

  it.each([
    // the joined amount does not give the rate: the pieces are not told to be one figure
    `${HEAD}\n年度资金总额 52400.00 52400.00 4821 3.60 80% 10 8`,
    // as many figures before the rate as the head has columns: nothing broken
    `${HEAD}\n年度资金总额 52400.00 52400.00 48213.60 92% 10 9.2`,
    // no rate on the row: the count does not settle it
    `${HEAD}\n其中：财政拨款 52400.00 52400.00 4821 3.60`,
    // a head without 执行率 right after 执行数
    `年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 52400.00 52400.00 4821 3.60 92% 10 9.2`,
  ])("%j is left as read", (text) => {
    expect(linesOf(joinRateSettledFigures(rowsOf(text)))).toEqual(linesOf(rowsOf(text)));
  });
});

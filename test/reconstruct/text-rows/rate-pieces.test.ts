import { describe, expect, it } from "vitest";
import type { Row } from "../../../src/layout/grid.js";
import { joinRatePieces } from "../../../src/reconstruct/text-rows/rate-pieces.js";

// A fund row's rate broken over lines in its narrow column: joined where the row's amounts give it. All text made up.
const rowsOf = (text: string): Row[] =>
  text.split("\n").map((line, i) => ({ boundaries: "spaces", cells: line.split(" ").map((t) => ({ text: t, source: { line: i + 1 } })) }));
const linesOf = (rows: Row[]) => rows.map((r) => r.cells.map((c) => c.text).join(" | "));
const HEADS = "年初预算数 全年预算数 全年执行数 分值 执行率 得分";

describe("a fund row's rate broken over lines is one rate where the amounts give it", () => {
  it.each([
    // 455.10 / 500.00 = 91.02 %: 91 / .0 / 2% one rate, 9.1 the score after it
    [`${HEADS}\n年度资金总额 500.00 500.00 455.10 10 91\n.0\n2%\n9.1\n其中：当年财政拨款`, "年度资金总额 | 500.00 | 500.00 | 455.10 | 10 | 91.02% | 9.1"],
    // 731 / 760 = 96.2 %: the row's line ends at 分值, the rate's pieces and the score on the lines below
    [`${HEADS}\n年度资金总额 760 760 731 10\n96.1\n8%\n9.6\n其他资金 0 0`, "年度资金总额 | 760 | 760 | 731 | 10 | 96.18% | 9.6"],
    // 1,430.00 / 1,530.00 = 93.46 %: a whole rate broken 9 / 3% with the score on its line
    [`${HEADS}\n年度资金总额 1,530.00 1,530.00 1,430.00 10 9\n3% 9.3\n其他资金 0 0`, "年度资金总额 | 1,530.00 | 1,530.00 | 1,430.00 | 10 | 93% | 9.3"],
  ])("%j", (text, row) => {
    expect(linesOf(joinRatePieces(rowsOf(text)))[1]).toEqual(row);
  });

  it.each([
    // the pieces make a rate the amounts do not give (455.10 / 500.00 is no 81.02 %)
    `${HEADS}\n年度资金总额 500.00 500.00 455.10 10 81\n.0\n2%\n9.1`,
    // the rate whole on its line: nothing broken
    `${HEADS}\n年度资金总额 500.00 500.00 455.10 10 91.02%\n9.1`,
    // more figures after the rate than the head row has heads
    `${HEADS}\n年度资金总额 500.00 500.00 455.10 10 91\n.0\n2%\n9.1 7 8`,
    // no funds head row: where the rate stands is not told
    `年度资金总额 500.00 500.00 455.10 10 91\n.0\n2%\n9.1`,
  ])("%j is left as read", (text) => {
    expect(linesOf(joinRatePieces(rowsOf(text)))).toEqual(linesOf(rowsOf(text)));
  });
});

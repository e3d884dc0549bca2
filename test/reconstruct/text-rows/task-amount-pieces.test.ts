import { describe, expect, it } from "vitest";
import type { Row } from "../../../src/layout/grid.js";
import { joinTaskAmountPieces } from "../../../src/reconstruct/text-rows/task-amount-pieces.js";

// A task's amounts drawn one a line after its row, one broken at the column's width
// (pdftotext -raw). All text made up.
const rowsOf = (text: string): Row[] =>
  text.split("\n").map((line, i) => ({ boundaries: "spaces", cells: line.split(" ").map((t) => ({ text: t, source: { line: i + 1 } })) }));
const linesOf = (rows: Row[]) => rows.map((r) => r.cells.map((c) => c.text).join(" | "));

const HEAD = "任务名称 主要内容 预算金额\n总额 财政拨款 其他资金";

describe("a task's amounts one a line, one broken in two", () => {
  it("joins the one pair that makes 总额 the sum of 财政拨款 and 其他资金", () => {
    const text = `${HEAD}\n河道清淤 清理主干河道 318.46\n300.4\n6\n18`;
    expect(linesOf(joinTaskAmountPieces(rowsOf(text))).slice(2)).toEqual(["河道清淤 | 清理主干河道 | 318.46 | 300.46 | 18"]);
  });

  it.each([
    // no join makes the sum
    `${HEAD}\n河道清淤 清理主干河道 318.46\n300.4\n6\n17`,
    // as many figures as heads: nothing broken
    `${HEAD}\n河道清淤 清理主干河道 318.46\n300.46\n18`,
    // no task head above
    "河道清淤 清理主干河道 318.46\n300.4\n6\n18",
  ])("%j is left as read", (text) => {
    expect(linesOf(joinTaskAmountPieces(rowsOf(text)))).toEqual(linesOf(rowsOf(text)));
  });
});

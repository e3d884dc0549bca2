import { describe, expect, it } from "vitest";
import type { Row } from "../../../src/layout/grid.js";
import { joinNamePieceRows } from "../../../src/reconstruct/text-rows/name-piece-rows.js";

// A 三级 name wrapped in its column, its first line alone and the rest opening the row's values
// line (pdftotext -raw). All text made up.
const rowsOf = (text: string): Row[] =>
  text.split("\n").map((line, i) => ({ boundaries: "spaces", cells: line.split(" ").map((t) => ({ text: t, source: { line: i + 1 } })) }));
const linesOf = (rows: Row[]) => rows.map((r) => r.cells.map((c) => c.text).join(" | "));

const HEAD = "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 未完成原因分析";

describe("a 三级 name's first line alone before the values line its rest opens", () => {
  it("joins the piece after a 二级 name, then one as wide after a row's values", () => {
    const text = `${HEAD}\n社会效益指标\n河道沿岸绿化覆\n盖率 明显提升 明显提升 10 10\n农村饮水安全保\n障水平 有效 有效 10 9`;
    expect(linesOf(joinNamePieceRows(rowsOf(text))).slice(1)).toEqual(["社会效益指标", "河道沿岸绿化覆盖率 | 明显提升 | 明显提升 | 10 | 10", "农村饮水安全保障水平 | 有效 | 有效 | 10 | 9"]);
  });

  it.each([
    // after a row's values with no name width settled: a line of the row before's 原因 may stand there
    `${HEAD}\n河道治理长度 ≥12公里 10公里 10 8\n工期延误\n合格率 =100% 100% 10 10`,
    // a piece narrower than the name's first cell on the values line: no wrap's first line
    `${HEAD}\n社会效益指标\n河道\n沿岸绿化覆盖率 明显提升 明显提升 10 10`,
    // the values line holds four cells before its points (a 二级 name's rest?): not a whole row's name
    `${HEAD}\n效益指标\n社会效益\n指标 绿化覆盖率 明显提升 明显提升 10 10`,
    // no indicator head above
    "社会效益指标\n河道沿岸绿化覆\n盖率 明显提升 明显提升 10 10",
  ])("%j is left as read", (text) => {
    expect(linesOf(joinNamePieceRows(rowsOf(text)))).toEqual(linesOf(rowsOf(text)));
  });

  it("leaves a piece after a row's values that is not as wide as the settled name width", () => {
    const text = `${HEAD}\n社会效益指标\n河道沿岸绿化覆\n盖率 明显提升 明显提升 10 10\n已整改\n饮水 有效 有效 10 9`;
    expect(linesOf(joinNamePieceRows(rowsOf(text))).slice(3)).toEqual(["已整改", "饮水 | 有效 | 有效 | 10 | 9"]);
  });
});

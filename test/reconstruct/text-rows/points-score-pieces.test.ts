import { describe, expect, it } from "vitest";
import type { Row } from "../../../src/layout/grid.js";
import { joinPointsScorePieces } from "../../../src/reconstruct/text-rows/points-score-pieces.js";

// A row's points, then its score broken after the point, a line each (pdftotext -raw). All text made up.
const rowsOf = (text: string): Row[] =>
  text.split("\n").map((line, i) => ({ boundaries: "spaces", cells: line.split(" ").map((t) => ({ text: t, source: { line: i + 1 } })) }));
const linesOf = (rows: Row[]) => rows.map((r) => r.cells.map((c) => c.text).join(" | "));

const HEAD = "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施";

describe("points then a score broken after its point: the row's points and score", () => {
  it.each([
    ["部分完成\n2\n1.\n45\n工期延误，下年度加快进度", ["部分完成", "2 | 1.45", "工期延误，下年度加快进度"]],
    ["道路硬化 ≥8公里 7公里 6\n5\n4.\n3", ["道路硬化 | ≥8公里 | 7公里 | 6", "5", "4.", "3"]],
    ["基本达成\n6\n5.\n3", ["基本达成", "6 | 5.3"]],
  ])("%j", (body, lines) => {
    expect(linesOf(joinPointsScorePieces(rowsOf(`${HEAD}\n${body}`))).slice(1)).toEqual(lines);
  });

  it("keeps both pieces' sources in the score", () => {
    const rows = joinPointsScorePieces(rowsOf(`${HEAD}\n部分完成\n2\n1.\n45`));
    expect(rows[2]!.cells[1]!.parts).toEqual([{ line: 4 }, { line: 5 }]);
  });

  it.each([
    // no indicator head above
    "部分完成\n2\n1.\n45",
    // a score above its points: 2 and 3.45 is no row, 23.45 may be one figure
    `${HEAD}\n部分完成\n2\n3.\n45`,
    // a figure alone after the pieces: one more piece may belong to them
    `${HEAD}\n部分完成\n2\n1.\n45\n6`,
    // the line before ends on a figure the first piece could go on
    `${HEAD}\n部分完成 1\n2\n1.\n45`,
  ])("%j is left as read", (text) => {
    expect(linesOf(joinPointsScorePieces(rowsOf(text)))).toEqual(linesOf(rowsOf(text)));
  });
});

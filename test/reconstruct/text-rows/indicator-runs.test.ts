import { describe, expect, it } from "vitest";
import type { Row } from "../../../src/layout/grid.js";
import { cellPieceText, indicatorHeadColumns, joinedLines, oneFilledCell, opensRowAfterFigures, pointsPairAt, rewriteIndicatorRuns } from "../../../src/reconstruct/text-rows/indicator-runs.js";

// What the indicator-row passes share: where the table runs, its head's columns, a cell's lines joined. All text made up.
const rowsOf = (text: string): Row[] =>
  text.split("\n").map((line, i) => ({ boundaries: "spaces", cells: line.split(" ").map((t) => ({ text: t, source: { line: i + 1 } })) }));
const linesOf = (rows: Row[]) => rows.map((r) => r.cells.map((c) => c.text).join(" | "));
// A run that joins two lines both marked 「甲」 into one row, wherever it is asked.
const joinMarked = (rows: readonly Row[], i: number) =>
  rows[i]!.cells[0]!.text === "甲" && rows[i + 1]?.cells[0]!.text === "甲" ? { row: { ...rows[i]!, cells: [joinedLines(rows, i, 2)] }, last: i + 1 } : null;

describe("indicator runs: where the indicator table runs", () => {
  it.each([
    // before any head row: nothing asked
    ["甲\n甲", ["甲", "甲"]],
    // after a head row of three indicator heads: asked
    ["三级指标 分值 得分\n甲\n甲", ["三级指标 | 分值 | 得分", "甲甲"]],
    // two heads are no head row
    ["三级指标 分值\n甲\n甲", ["三级指标 | 分值", "甲", "甲"]],
    // a title ends the table
    ["三级指标 分值 得分\n甲\n甲\n某某项目支出绩效自评表\n甲\n甲", ["三级指标 | 分值 | 得分", "甲甲", "某某项目支出绩效自评表", "甲", "甲"]],
  ])("%j", (text, expected) => {
    expect(linesOf(rewriteIndicatorRuns(rowsOf(text), joinMarked))).toEqual(expected);
  });

  it("a head row's columns in order, a cell no head null; no head row null", () => {
    expect(indicatorHeadColumns(rowsOf("三级指标 分值 某某 得分")[0]!)).toEqual(["level3", "weight", null, "score"]);
    expect(indicatorHeadColumns(rowsOf("三级指标 某某")[0]!)).toBeNull();
  });

  it("a cell's lines joined keep each line's source; one line is the cell as it was", () => {
    const rows = rowsOf("河道保洁长\n度达标率");
    expect(joinedLines(rows, 0, 2)).toEqual({ text: "河道保洁长度达标率", source: { line: 1 }, parts: [{ line: 1 }, { line: 2 }] });
    expect(joinedLines(rows, 1, 1)).toBe(rows[1]!.cells[0]);
  });
});

describe("indicator runs: the row tests the passes share", () => {
  it.each([
    // points and score after a target and a completion
    ["≥10个 12个 5 5", 2],
    // a 偏差原因 in words after them
    ["5 4 未达到目标", 0],
    // a figure after the pair: no points line
    ["5 4 3", -1],
    // one figure alone
    ["某某指标 5", -1],
    // the first pair counts
    ["98.5 5 5 某某", -1],
  ])("points pair in %j: %i", (text, at) => {
    expect(pointsPairAt(rowsOf(text)[0]!)).toBe(at);
  });

  it.each([
    // after a label of the table alone
    ["产出指标\n某某", true],
    // after a figure alone (a row's points)
    ["5\n某某", true],
    // after a line of cells ending on a figure
    ["某某 5\n某某", true],
    // after a line of three cells or more
    ["某某 甲 乙\n某某", true],
    // after words (a 偏差原因 run on): no
    ["某某某某\n某某", false],
    ["某某 甲\n某某", false],
    // the first line: no
    ["某某", false],
  ])("a row opens after %j: %s", (text, opens) => {
    const rows = rowsOf(text);
    expect(opensRowAfterFigures(rows, rows.length - 1)).toBe(opens);
  });

  it("a wrapped cell's piece: one filled cell, no label of the table, no title", () => {
    const rows = rowsOf("新增养老\n产出指标\n某某项目支出绩效自评表\n甲 乙\n");
    expect(rows.map(cellPieceText)).toEqual(["新增养老", null, null, null, null]);
    expect(rows.map(oneFilledCell)).toEqual([true, true, true, false, false]);
  });
});

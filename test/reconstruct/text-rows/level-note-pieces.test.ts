import { describe, expect, it } from "vitest";
import type { Row } from "../../../src/layout/grid.js";
import { joinLevelNotePieces } from "../../../src/reconstruct/text-rows/level-note-pieces.js";

// A 一级 name and its points note wrapped over lines (pdftotext -raw). All text made up.
const rowsOf = (text: string): Row[] =>
  text.split("\n").map((line, i) => ({ boundaries: "spaces", cells: line.split(" ").map((t) => ({ text: t, source: { line: i + 1 } })) }));
const linesOf = (rows: Row[]) => rows.map((r) => r.cells.map((c) => c.text).join(" | "));

const HEAD = "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分";

describe("a 一级 name with its points note broken over lines is one cell", () => {
  it.each([
    ["效益指标\n(30分)", "效益指标(30分)"],
    ["效益指标（30\n分）", "效益指标（30分）"],
    ["效益指标(3\n0分)", "效益指标(30分)"],
    ["效益指标（\n30分）", "效益指标（30分）"],
    ["满意度指\n标（10\n分）", "满意度指标（10分）"],
  ])("%j", (pieces, joined) => {
    const text = `${HEAD}\n${pieces}\n社会效益指标\n受益群众人数 ≥500人 620人 8 8`;
    expect(linesOf(joinLevelNotePieces(rowsOf(text))).slice(1)).toEqual([joined, "社会效益指标", "受益群众人数 | ≥500人 | 620人 | 8 | 8"]);
  });

  it("keeps the source of every piece", () => {
    const rows = joinLevelNotePieces(rowsOf(`${HEAD}\n效益指标\n(30分)`));
    expect(rows[1]!.cells[0]!.parts).toEqual([{ line: 2 }, { line: 3 }]);
  });

  it.each([
    // no indicator head above
    "效益指标\n(30分)\n社会效益指标",
    // the name alone with no note: nothing to join
    `${HEAD}\n效益指标\n社会效益指标`,
    // a note after a word that is no 一级 name
    `${HEAD}\n群众满意\n(30分)`,
    // the name's note whole on its line: left as it is
    `${HEAD}\n效益指标(30分)\n社会效益指标`,
    // the note's piece on a line with other cells: not a wrapped cell
    `${HEAD}\n效益指标（30\n分） 8`,
  ])("%j is left as read", (text) => {
    expect(linesOf(joinLevelNotePieces(rowsOf(text)))).toEqual(linesOf(rowsOf(text)));
  });
});

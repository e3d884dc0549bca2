import { describe, expect, it } from "vitest";
import { readCellPerLine } from "../../src/extract/text/stream.js";
import { emptyLinesEndCells } from "../../src/extract/text/blank-ended-cells.js";

// A table copied out with each cell a paragraph, an empty line closing every cell and a long cell's
// own line breaks kept (names broken where the column is narrow, a rule one clause a line), an empty
// cell an empty line of its own. All text made up.
const ROWS: string[][][] = [
  [["一级指标"], ["二级指标"], ["三级指标"], ["评分标准"], ["分值"], ["得分"], ["备注"]],
  [["投入", "(20分)"], ["预算编制", "(10分)"], ["预算编制", "准确率"], ["准确率≥95%,得5分;", "每低一个百分点扣0.5分。"], ["5"], ["5"], []],
  [["公用经费", "控制率"], ["控制率≤100%,得5分;", "超出不得分。"], ["5"], ["4"], ["超支"]],
  [["预算执行", "(10分)"], ["执行率"], ["执行率≥90%,得5分;", "每低一个百分点扣0.5分,", "扣完为止。"], ["5"], ["5"], []],
  [["结转结余", "控制率"], ["结余率≤5%,得5分;", "超出不得分。"], ["5"], ["5"], []],
  // (Empty lines after the page's last text are no cells: the table ends on a filled one.)
  [["合计"], ["20"], ["19"]],
];
/** Each cell's lines, then an empty line closing it; an empty cell an empty line alone. */
const page = (rows: string[][][]) => rows.flat().map((lines) => (lines.length === 0 ? "" : lines.join("\n") + "\n")).join("\n");
const cellsOf = (text: string) => readCellPerLine(text).rows[0]!.cells.map((c) => c.text);

describe("one cell a paragraph, a cell's own line breaks kept", () => {
  it("reads the lines since the last empty line as one cell, a further empty line as an empty cell", () => {
    expect(cellsOf(page(ROWS))).toEqual(ROWS.flat().map((lines) => lines.join("")));
  });

  it("is told by its short runs of lines, some of two or more", () => {
    expect(emptyLinesEndCells(page(ROWS).split("\n"))).toBe(true);
  });

  it("is not a page of one cell a line with empty cells among long runs of cells", () => {
    const lines = ROWS.flat().flatMap((cell) => (cell.length === 0 ? [""] : cell));
    // (Two rows a run: the runs are long.)
    const longRuns = [...lines.slice(0, 14), "", ...lines.slice(14), "", ...lines.slice(0, 14)];
    expect(emptyLinesEndCells(longRuns)).toBe(false);
  });

  it("is not a page of pipes (read by its pipes) nor one too short to tell", () => {
    expect(emptyLinesEndCells(page(ROWS).replace(/\n\n/g, "\n|\n").split("\n"))).toBe(false);
    expect(emptyLinesEndCells(page(ROWS.slice(0, 2)).split("\n"))).toBe(false);
  });
});

describe("a cell of several lines keeps its lines (the reconstructor parts a converter's block by them)", () => {
  const lines = (text: string) => readCellPerLine(text).rows[0]!.cells.map((c) => c.wrappedLines ?? null);
  it("records the lines of each cell joined with nothing between them", () => {
    const got = lines(page(ROWS));
    expect(got).toEqual(ROWS.flat().map((cell) => (cell.length > 1 ? cell : null)));
  });
  it("records none where a space was put between two lines", () => {
    const rows: string[][][] = [...ROWS, [["Total", "2031"], ["20"]]];
    expect(lines(page(rows)).at(-2)).toBeNull();
  });
});

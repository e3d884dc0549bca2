/**
 * A line's closing ` |` (an export that ends every line with one) over text whose own marks already
 * tell its cells: lone pipes that close cells one a line, or rows whose cells ran together one a
 * line. The closing pipe is the line's end, no cell's text and no empty cell. Text written for this
 * test, each cell typed by hand.
 */
import { describe, expect, it } from "vitest";
import { readCellPerLine, readLines } from "../../src/extract/text/stream.js";

const cellsOf = (text: string) => readCellPerLine(text).rows[0]!.cells.map((c) => c.text);

/** Cells closed by lone pipes, a pipe after a pipe an empty cell, a long cell on two lines. */
const LONE_CLOSED = ["三级指标", "|", "指标说明", "|", "分值", "|", "得分", "|", "|", "培训人次", "|", "全年培训不少于", "200人次", "|", "10", "|", "9", "|", "|", "宣传次数", "|", "发放资料", "|", "5", "|", "5", "|", "|"];
const CELLS = ["三级指标", "指标说明", "分值", "得分", "", "培训人次", "全年培训不少于200人次", "10", "9", "", "宣传次数", "发放资料", "5", "5", ""];
/** Every line that is not a pipe alone closed by ` |` as well. */
const closeLines = (lines: string[]) => lines.map((l) => (/\|\s*$/.test(l) ? l : `${l} |`));

describe("lone pipes closing cells, each line closed by a pipe of its own too", () => {
  it("reads the lone pipes as the page without the lines' pipes gives them", () => {
    expect(cellsOf(LONE_CLOSED.join("\n"))).toEqual(CELLS);
    expect(cellsOf(closeLines(LONE_CLOSED).join("\n"))).toEqual(CELLS);
  });

  it("keeps a lone pipe an empty cell where the lines' pipes close the cells and lone pipes follow only some", () => {
    const lines = ["三级指标 |", "分值 |", "得分 |", "备注 |", "培训人次 |", "10 |", "9 |", "|", "宣传次数 |", "5 |", "5 |", "|", "满意度 |", "10 |", "10 |", "|"];
    expect(cellsOf(lines.join("\n"))).toEqual(["三级指标", "分值", "得分", "备注", "培训人次", "10", "9", "", "宣传次数", "5", "5", "", "满意度", "10", "10", ""]);
  });
});

describe("a pipe closing a line of cells run together", () => {
  const rows = ["项目名称乡村道路养护工程 |", "主管部门某县交通运输局 |", "年度资金总额120120118.510 |"];
  it("is no part of the line's text", () => {
    const read = readLines(rows.join("\n"), "none").rows.map((r) => r.cells.map((c) => c.text));
    expect(read).toEqual([["项目名称乡村道路养护工程"], ["主管部门某县交通运输局"], ["年度资金总额120120118.510"]]);
  });

  it("leaves a pipe that is a line's only text, or one with no space before it, as it is", () => {
    const read = readLines(["项目名称乡村道路养护工程|", "｜"].join("\n"), "none").rows.map((r) => r.cells.map((c) => c.text));
    expect(read).toEqual([["项目名称乡村道路养护工程|"], ["｜"]]);
  });
});

/**
 * One cell a line, each cell closed by a pipe of its own line, and every line set apart as a
 * paragraph (a converter's double line breaks): the reader's cells. Text written for this test,
 * each cell typed by hand.
 */
import { describe, expect, it } from "vitest";
import { readCellPerLine } from "../../src/extract/text/stream.js";

const read = (text: string) => readCellPerLine(text).rows[0]!.cells.map((c) => [c.text, c.source.line]);

/** Cells closed by lone pipes, a pipe after a pipe an empty cell (a browser's copy of a table). */
const PIPED = ["三级指标", "|", "分值", "|", "得分", "|", "备注", "|", "培训人次", "|", "10", "|", "9", "|", "|", "宣传次数", "|", "5", "|", "5", "|", "|"];

describe("lone pipes closing cells, every line a paragraph", () => {
  it("reads the cells as the page without the paragraphs' empty lines gives them, with the page's line numbers", () => {
    const doubled = PIPED.join("\n\n");
    const cells = read(doubled);
    expect(cells.map(([t]) => t)).toEqual(["三级指标", "分值", "得分", "备注", "培训人次", "10", "9", "", "宣传次数", "5", "5", ""]);
    // (Each cell's line is the doubled page's: the first cell's 1, the second's 5.)
    expect(cells.slice(0, 2).map(([, l]) => l)).toEqual([1, 5]);
    expect(cells.map(([t]) => t)).toEqual(read(PIPED.join("\n")).map(([t]) => t));
  });

  it("leaves a page of paragraphs without lone pipes as it reads it", () => {
    const cells = ["三级指标", "分值", "得分", "培训人次", "10", "9", "宣传次数", "5", "5", "服务对象满意度", "10", "10"];
    expect(read(cells.join("\n\n")).map(([t]) => t)).toEqual(cells);
  });
});

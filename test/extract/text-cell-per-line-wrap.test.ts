import { describe, expect, it } from "vitest";
import { readCellPerLine } from "../../src/extract/text/stream.js";

// One cell a line as a PDF's text layer gives it: long cells wrapped at one width (20 characters
// here). All text made up.
describe("one cell a line with long cells wrapped at a fixed width", () => {
  it("joins every line of a cell wrapped over three lines or more, not only the first two", () => {
    const goal = ["甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉", "一二三四五六七八九十百千万亿兆京垓秭穰沟", "完成全年各项工作任务。"];
    const done = ["春夏秋冬东西南北上下左右前后内外天地日月", "金木水火土琴棋书画诗酒花柴米油盐酱醋茶烟", "已完成。"];
    const text = ["年度总体目标", "预期目标", "实际完成情况", ...goal, ...done, "一级指标"].join("\n");
    const cells = readCellPerLine(text).rows[0]!.cells.map((c) => c.text);
    expect(cells).toEqual(["年度总体目标", "预期目标", "实际完成情况", goal.join(""), done.join(""), "一级指标"]);
  });
});

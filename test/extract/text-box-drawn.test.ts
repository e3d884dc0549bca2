/**
 * A table drawn with box-drawing borders (a text browser's dump of a web page's table) is read as
 * the tab-separated rows it draws: wrapped cell lines joined, a cell spanning rows in its first row.
 */
import { describe, expect, it } from "vitest";
import { boxDrawnAsTabs } from "../../src/extract/text/box-drawn.js";
import { parse } from "../../src/pipeline.js";

describe("boxDrawnAsTabs", () => {
  it("joins a cell's wrapped lines and keeps the lines around the table", () => {
    const text = ["某某页", "┌────┬──────┐", "│甲乙│丙丁戊  │", "│丙  │己    │", "├────┼──────┤", "│ab  │12.5  │", "└────┴──────┘", "页脚"].join("\n");
    expect(boxDrawnAsTabs(text)).toBe(["某某页", "甲乙丙\t丙丁戊己", "ab\t12.5", "页脚"].join("\n"));
  });
  it("gives a cell spanning rows in its first row, the rows it also covers an empty cell there", () => {
    const text = [
      "┌────┬────┬───┐",
      "│    │名目│数 │",
      "│资金├────┼───┤",
      "│（万│总额│10 │",
      "│元）├────┼───┤",
      "│    │其他│0  │",
      "└────┴────┴───┘",
    ].join("\n");
    expect(boxDrawnAsTabs(text)).toBe(["资金（万元）\t名目\t数", "\t总额\t10", "\t其他\t0"].join("\n"));
  });
  it("places columns by display width: a CJK character is two columns", () => {
    const text = ["┌──────┬──┐", "│中文字│1 │", "│ab    │2 │", "├──────┼──┤", "│a     │中│", "└──────┴──┘"].join("\n");
    expect(boxDrawnAsTabs(text)).toBe(["中文字ab\t12", "a\t中"].join("\n"));
  });
  it("puts a border drawn after an ambiguous-width character (≤ drawn two wide) where the rules put it", () => {
    const text = ["┌──────┬────┬──┐", "│≤30天│甲  │5 │", "│以内  │乙  │  │", "├──────┼────┼──┤", "│ab    │丙  │6 │", "└──────┴────┴──┘"].join("\n");
    expect(boxDrawnAsTabs(text)).toBe(["≤30天以内\t甲乙\t5", "ab\t丙\t6"].join("\n"));
  });
  it("reads an ASCII grid table (pandoc's plain text) the same way", () => {
    const text = ["+------+------+", "| 甲   | 丙丁 |", "| 乙   | 戊   |", "+======+======+", "| a-b  | -    |", "+------+------+", "| 1+1  | 2    |", "+------+------+"].join("\n");
    expect(boxDrawnAsTabs(text)).toBe(["甲乙\t丙丁戊", "a-b\t-", "1+1\t2"].join("\n"));
  });
  it("leaves an ASCII table not ruled between its rows alone (its rows would run together)", () => {
    expect(boxDrawnAsTabs(["+---+---+", "| a | b |", "| c | d |", "+---+---+"].join("\n"))).toBeNull();
  });
  it("leaves text without a drawn table alone", () => {
    expect(boxDrawnAsTabs("甲 │ 乙\n丙 │ 丁\n")).toBeNull();
    expect(boxDrawnAsTabs("| a | b |\n|---|---|\n| c | d |\n")).toBeNull();
    expect(boxDrawnAsTabs("普通文字\n")).toBeNull();
  });
});

describe("a form's drawn table read end to end", () => {
  it("reads the project's name, wrapped in its cell, and the funds", async () => {
    const text = [
      "项目支出绩效自评表",
      "┌────┬──────────────┐",
      "│项目│某某示范工程  │",
      "│名称│              │",
      "├────┼──────┬───────┤",
      "│主管│某某局│实施单位│",
      "│部门│      │        │",
      "└────┴──────┴───────┘",
    ].join("\n");
    const doc = await parse(text, { input: "text" });
    expect(doc.forms[0]?.projectName).toBe("某某示范工程");
    expect(doc.forms[0]?.department).toBe("某某局");
  });
});

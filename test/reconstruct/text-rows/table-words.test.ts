/**
 * The form's words the text reader's pipe and line readings weigh, given by the text-rows stage
 * from the template (table-words.ts): with them, a loose pipe table numbered by 序号 joins a row's
 * broken rest, and a target's nature alone keeps a parted `%` apart; without them the reader does
 * neither. Texts written for this test.
 */
import { describe, expect, it } from "vitest";
import { readMarkdownTable } from "../../../src/extract/text/delimited.js";
import { unitColumnOf, withSigns } from "../../../src/extract/text/linear-signs.js";
import { tableWords } from "../../../src/reconstruct/text-rows/table-words.js";

const never = () => false;

describe("the table words the template gives the text reader", () => {
  it.each([
    ["度量单位", true],
    ["计量单位", true],
    ["度量單位", true],
    ["計量單位", true],
    ["单位名称", false],
  ])("a text naming %s names a unit column: %s", (head, named) => {
    expect(unitColumnOf(`指标值 ${head} 完成值`, tableWords.unitColumn)()).toBe(named);
    // Without the words, no text names one.
    expect(unitColumnOf(`指标值 ${head} 完成值`, undefined)()).toBe(false);
  });

  it.each([
    { name: "a nature alone: the target printed in its parts, % stays apart", tokens: ["达标率", "定量", "95", "%", "10"], natures: tableWords.natures, want: ["达标率", "定量", "95", "%", "10"] },
    { name: "a nature behind a system's code", tokens: ["达标率", "004 定性", "95", "%"], natures: tableWords.natures, want: ["达标率", "004 定性", "95", "%"] },
    { name: "no natures given: % goes back to its figure", tokens: ["达标率", "定量", "95", "%", "10"], natures: [], want: ["达标率", "定量", "95 %", "10"] },
  ])("$name", ({ tokens, natures, want }) => {
    expect(withSigns(tokens, never, natures)).toEqual(want);
  });

  it("a loose pipe table headed 序号 joins a row's rest (narrower than the widest row) only with the words", () => {
    const text = ["序号 | 一级 | 二级 | 分值", "指标 | 指标", "1 | 产出指标 | 数量指标 | 10 | 10", "2 | 效益指标 | 社会效益指标 | 5 | 4"].join("\n");
    const withWords = readMarkdownTable(text, tableWords).rows.map((r) => r.cells.map((c) => c.text));
    expect(withWords[0]).toEqual(["序号", "一级", "二级", "分值", "指标", "指标"]);
    expect(withWords).toHaveLength(3);
    const without = readMarkdownTable(text).rows.map((r) => r.cells.map((c) => c.text));
    expect(without[1]).toEqual(["指标", "指标"]);
    expect(without).toHaveLength(4);
  });
});

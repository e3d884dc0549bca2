import { describe, expect, it } from "vitest";
import { hasText, isBlankText, isSpaceUnit } from "../../src/reconstruct/classify.js";
import { headerLabelValue, isPageNumber } from "../../src/reconstruct/row-classifier.js";

// hasText and isBlankText loop over code units instead of running a regular expression; the
// regular expressions they replace are the definition they must keep to.
describe("the cell tests written as loops keep to their regular expressions", () => {
  it("isSpaceUnit is \\s, for every UTF-16 code unit", () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpaceUnit(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it.each([
    ["", false, true],
    [" ", false, true],
    ["\u3000\u00a0\t\n", false, true],
    ["\u200b", true, false],
    ["\ufeff", false, true],
    ["项目", true, false],
    ["  x ", true, false],
    ['""', true, true],
    [" — ", true, true],
    ["－/／\\-–", true, true],
    ["—1", true, false],
    ["𠀀", true, false],
    ["\ud800", true, false],
  ])("%j: hasText %s, isBlankText %s", (text, has, blank) => {
    expect(hasText(text)).toBe(has);
    expect(hasText(text)).toBe(/\S/.test(text));
    expect(isBlankText(text)).toBe(blank);
    const t = text.replace(/[\s\u3000"]/g, "");
    expect(isBlankText(text)).toBe(t === "" || /^[—\-－–\/／\\]+$/.test(t));
  });
});

describe("prefilters before the row classifier's patterns", () => {
  it.each([
    ["第1234页,共1234页", true],
    ["page1234of1234", true],
    ["PAGE 12 OF 1234", true],
    ["- 12 -", true],
    ["1234/1234", true],
    ["page12345of1234", false],
    ["第1页", true],
    ["项目名称", false],
  ])("page number %j: %s", (text, is) => {
    expect(isPageNumber(text)).toBe(is);
  });

  it("a label and its value spaces apart, ideographic spaces too", () => {
    const cell = (text: string) => ({ text, source: {} });
    expect(headerLabelValue(cell("项目名称 低保专项"))).toEqual({ field: "projectName", value: "低保专项" });
    expect(headerLabelValue(cell("项目名称\u3000\u3000低保专项"))).toEqual({ field: "projectName", value: "低保专项" });
    expect(headerLabelValue(cell("项目名称低保专项"))).toBeNull();
  });
});

describe("headerLabelValue's cache by text", () => {
  it("gives on every later ask what it gave on the first, for cells alike in text only", () => {
    const texts = ["项目名称：低保专项", "项目名称 低保专项", "主管部门:县教育局", "实施单位 (盖章)", "年度资金总额", "总分:91", "项目名称：", "项 目 名 称：x"];
    // A text never asked before (the cache is shared by the process), so the first answer is computed.
    const cold = texts.map((t) => headerLabelValue({ text: t + "\u200c", source: { line: 1 } }));
    const warm = texts.map((t) => headerLabelValue({ text: t + "\u200c", source: { page: 2 } }));
    expect(warm).toEqual(cold);
    expect(cold[0]).toEqual({ field: "projectName", value: "低保专项\u200c" });
    expect(cold[4]).toBeNull();
  });
});

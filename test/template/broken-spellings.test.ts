import { describe, expect, it } from "vitest";
import { columnHeadStarts, headerLabelKeys, spellsColumnHead, properStarts, rowLabelKeys, rowLabelStarts } from "../../src/template/broken-spellings.js";

describe("broken spellings: the vocabulary pieces are spelt back from", () => {
  it("a word's proper starts, code point by code point, the word itself left out", () => {
    expect([...properStarts(["甲乙丙"])].sort()).toEqual(["甲", "甲乙"].sort());
    expect(properStarts(["甲"]).size).toBe(0);
  });

  it.each([
    ["项目名", true],
    ["主管部", true],
    ["项目名称", false],
    ["某某局", false],
  ])("%s is a proper start of a row label: %s", (text, starts) => {
    expect(rowLabelStarts.has(text)).toBe(starts);
  });

  it("row labels hold the header's labels and the table's names; the header's labels are only the header's", () => {
    expect(rowLabelKeys.has("项目名称")).toBe(true);
    expect(rowLabelKeys.has("产出指标")).toBe(true);
    expect(headerLabelKeys.has("项目名称")).toBe(true);
    expect(headerLabelKeys.has("产出指标")).toBe(false);
  });

  it.each([
    ["执行率", true],
    ["年初预算数", true],
    ["三级指标", true],
    ["执行", false],
    ["某某局", false],
    ["", false],
  ])("%s is a column head: %s", (text, head) => {
    expect(spellsColumnHead(text)).toBe(head);
  });

  it("a column head's pieces so far are a start of one", () => {
    expect(columnHeadStarts.has("执行")).toBe(true);
    expect(columnHeadStarts.has("年初预")).toBe(true);
    expect(columnHeadStarts.has("某某")).toBe(false);
  });
});

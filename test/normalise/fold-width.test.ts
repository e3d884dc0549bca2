import { describe, expect, it } from "vitest";
import { ANY_FOLDED, hasFoldable } from "../../src/normalise/fold-width.js";

// hasFoldable is a loop over code units; the character class it replaces is its definition.
describe("hasFoldable keeps to the full-width class", () => {
  it("for every UTF-16 code unit", () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (hasFoldable(ch) !== ANY_FOLDED.test(ch)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it.each(["", "项目名称", "１００％", "指标１：", "（万元）：；，？", "abc 123", "达到 ≥ 90%", "ｘ"])("%j", (text) => {
    expect(hasFoldable(text)).toBe(ANY_FOLDED.test(text));
  });
});

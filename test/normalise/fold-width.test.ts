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

  it("for long texts, with a full-width character at any place or none (the pattern's path)", () => {
    const base = "年度总体目标：完成全年宣传任务（万元），提高科普覆盖率；达到 ≥ 90%。".repeat(3);
    expect(base.length).toBeGreaterThan(32);
    expect(hasFoldable(base)).toBe(false);
    for (let at = 0; at <= base.length; at += 7) {
      for (const ch of ["１", "％", "ｘ", "！", "（", "　"]) {
        const text = base.slice(0, at) + ch + base.slice(at);
        expect(hasFoldable(text), `${ch} at ${at}`).toBe(ANY_FOLDED.test(text));
      }
    }
  });

  it.each(["", "项目名称", "１００％", "指标１：", "（万元）：；，？", "abc 123", "达到 ≥ 90%", "ｘ"])("%j", (text) => {
    expect(hasFoldable(text)).toBe(ANY_FOLDED.test(text));
  });
});

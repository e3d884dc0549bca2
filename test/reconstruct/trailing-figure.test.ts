/** The figure at a text's end (align.ts's trailingFigureStart), scanned from the end: what the pattern it replaced found, in linear time. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { trailingFigureStart } from "../../src/reconstruct/align.js";

const PATTERN = /(?:[0-9.,%％]+|[0-9.,]+[\u4e00-\u9fff]{1,3})$/u;
const byPattern = (t: string) => PATTERN.exec(t)?.index ?? -1;

describe("trailingFigureStart", () => {
  it.each([
    ["专款专用1", 4],
    ["5亿元6.47亿元", 3],
    ["完成率95%", 3],
    ["完成率95％", 3],
    ["1,234.5", 0],
    ["专款专用", -1],
    ["12亿元人民币", -1],
    ["", -1],
    ["abc", -1],
  ])("%s → %i", (text, start) => {
    expect(trailingFigureStart(text)).toBe(start);
    expect(byPattern(text)).toBe(start);
  });
  it("agrees with the pattern on random texts of figures, signs, Chinese and other characters", () => {
    const ch = fc.constantFrom(..."0123456789.,%％元亿万专用a -、（");
    fc.assert(fc.property(fc.array(ch, { maxLength: 30 }).map((a) => a.join("")), (t) => trailingFigureStart(t) === byPattern(t)), { numRuns: 2000 });
  });
  it("takes linear time on a long run of digits with something after it", () => {
    const text = "1".repeat(200_000) + "x";
    const t = Date.now();
    expect(trailingFigureStart(text)).toBe(-1);
    expect(Date.now() - t).toBeLessThan(500);
  });
});

import { describe, expect, it } from "vitest";
import { indicatorPlausibility, splitNumericRun } from "../../src/reconstruct/run-together.js";

// Made-up runs of a row's figures.
describe("run-together figures of more than two decimals", () => {
  it("are read wherever a run holds a part of three or four decimals, not only before a rate", () => {
    // A completion of four decimals before 分值 and 得分 of two: 32.9999 | 22.50 | 22.50.
    expect(splitNumericRun("41.999918.5018.50")).toContainEqual(["41.9999", "18.50", "18.50"]);
    // A short run, or one of two decimals at most, is read as before.
    expect(splitNumericRun("10.510.5").every((r) => r.every((p) => !/\.\d{3}/.test(p)))).toBe(true);
  });

  it("price points of more than two decimals above points of two", () => {
    const v = (o: Record<string, string>) => new Map(Object.entries(o));
    expect(indicatorPlausibility(v({ weight: "18.502", score: "8.50" }))).toBeGreaterThan(indicatorPlausibility(v({ weight: "18.50", score: "18.50" })));
  });
});

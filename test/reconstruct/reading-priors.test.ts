/**
 * How a reading of a run-together row's digits is priced: a completion is of its target's order,
 * whether or not its amount is printed with thousands separators. Made-up values.
 */
import { describe, expect, it } from "vitest";
import { indicatorPlausibility } from "../../src/reconstruct/run-together.js";

const price = (values: Record<string, string>) => indicatorPlausibility(new Map(Object.entries(values)));

describe("a completion of its target's order", () => {
  it.each([
    ["23,333.56", "23333.56"],
    ["1,250,000", "1250000"],
    ["≥1,200次", "≥1200次"],
  ])("%s is priced as %s", (grouped, plain) => {
    const target = plain.startsWith("≥") ? "≥1000次" : "20000";
    expect(price({ level3: "服务量", target, actual: grouped, score: "10" })).toBeCloseTo(price({ level3: "服务量", target, actual: plain, score: "10" }), 9);
  });

  it("still prices a completion far from its target's order", () => {
    expect(price({ level3: "服务量", target: "20000", actual: "2", score: "10" })).toBeGreaterThan(price({ level3: "服务量", target: "20000", actual: "23,333.56", score: "10" }) + 0.5);
  });
});

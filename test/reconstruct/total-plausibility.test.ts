import { describe, expect, it } from "vitest";
import { totalPlausibility } from "../../src/reconstruct/sections/total.js";

// Readings of a total row's digits run together (合计100): which the total's rules allow.
describe("a total row's digits", () => {
  const cost = (rowMax: number, v: Record<string, string>) => totalPlausibility(rowMax)(new Map(Object.entries(v)));
  it("takes 100 whole over 10 | 0 under rows of 22.5 points", () => {
    expect(cost(22.5, { weight: "100" })).toBeLessThan(cost(22.5, { weight: "10", score: "0" }));
  });
  it.each([
    // a total above 100, a score above its weight, a total below one row's points
    [10, { weight: "120" }],
    [10, { weight: "90", score: "95" }],
    [20, { weight: "10", score: "0" }],
  ])("prices %s %j as impossible", (rowMax, v) => {
    expect(cost(rowMax, v)).toBeGreaterThanOrEqual(3);
  });
  it("does not price a total of all the points as an indicator over half of them", () => {
    expect(cost(10, { weight: "100", score: "95" })).toBe(0);
  });
});

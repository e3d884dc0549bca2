import { describe, expect, it } from "vitest";
import type { Cell } from "../../src/layout/grid.js";
import { givesRate, joinedCell, PRINTED_AMOUNT } from "../../src/reconstruct/fund-row-figures.js";

describe("fund row figures: the shared sums and shapes", () => {
  it.each([
    // amount, budget, printed rate, gives it?
    [2453.29, 2778.87, "88.28", true],
    [2453.29, 2778.87, "88.3", true],
    [2453.29, 2778.87, "88", true],
    [2453.29, 2778.87, "88.2", false],
    [116102.05, 126040, "92", true],
    [11610, 126040, "92", false],
    [10, 0, "100", false],
  ])("%d over %d gives %s %%: %s", (amount, budget, rate, gives) => {
    expect(givesRate(amount, budget, rate)).toBe(gives);
  });

  it.each([
    ["4707.31", true],
    ["2,778.87", true],
    ["0.5", true],
    ["05.1", false],
    ["4707.312", false],
    ["27,78.87", false],
  ])("%s is an amount as printed: %s", (text, ok) => {
    expect(PRINTED_AMOUNT.test(text)).toBe(ok);
  });

  it("joins pieces' trimmed texts and keeps each piece's source; one piece stays as it is", () => {
    const a: Cell = { text: " 2459", source: { line: 3 } };
    const b: Cell = { text: "4.30 ", source: { line: 4 } };
    expect(joinedCell([a, b])).toEqual({ text: "24594.30", source: { line: 3 }, parts: [{ line: 3 }, { line: 4 }] });
    expect(joinedCell([a])).toBe(a);
  });
});

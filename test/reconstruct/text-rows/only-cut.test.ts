import { describe, expect, it } from "vitest";
import { onlyCut } from "../../../src/reconstruct/text-rows/only-cut.js";

// The cut of a run of pieces taken only where exactly one fits. Made-up pieces.
const sumsToTen = (a: string, b: string) => Number(a) + Number(b) === 10;

describe("only cut", () => {
  it.each([
    // one cut fits: 1 | 9
    [["1", "9"], 1],
    // 0 | 10 fits, 01 | 0 does not
    [["0", "1", "0"], 1],
    // none fits
    [["2", "2"], null],
    // two fit (0 | 010 and 00 | 10): none taken
    [["0", "0", "10"], null],
    // a single piece has no cut
    [["10"], null],
  ])("%j → %j", (pieces, cut) => {
    expect(onlyCut(pieces, sumsToTen)).toBe(cut);
  });

  it("a run that parts two ways is left", () => {
    // a test that every cut meets: three pieces give two cuts, none taken; two pieces give one
    expect(onlyCut(["a", "b", "c"], () => true)).toBeNull();
    expect(onlyCut(["a", "b"], () => true)).toBe(1);
  });

  it("the two sides are the pieces' texts joined", () => {
    const seen: [string, string][] = [];
    onlyCut(["1", "2", "3"], (a, b) => (seen.push([a, b]), false));
    expect(seen).toEqual([["1", "23"], ["12", "3"]]);
  });
});

import { describe, expect, it } from "vitest";
import { atomize, splitNumericRun } from "../../src/reconstruct/run-together.js";

const atoms = (text: string) => atomize({ text, source: { line: 1 } }).map((c) => c.text);

describe("cutting a run-together row's digits", () => {
  it("keeps, among the readings of a long run, the one of numbers of like size", () => {
    // 150 | 150 | 125.25 | 100 | 83.5 — five numbers in one run, outnumbered by readings of fewer.
    const readings = splitNumericRun("150150125.2510083.5").map((r) => r.join("|"));
    expect(readings).toContain("150|150|125.25|100|83.5");
    // Still fewer numbers first.
    const counts = splitNumericRun("150150125.2510083.5").map((r) => r.length);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });

  it("keeps a scale printed after an amount with it (150万, 2.4亿元)", () => {
    expect(atoms("年度资金总额150万150万125.25万")).toEqual(["年度资金总额", "150万", "150万", "125.25万"]);
    expect(atoms("投资2.4亿元完成")).toEqual(["投资", "2.4亿元", "完成"]);
  });
});

import { describe, expect, it } from "vitest";
import { atomize } from "../../src/reconstruct/run-together.js";

const atoms = (text: string) => atomize({ text, source: { line: 1 } }).map((c) => c.text);

// A row's figures run together with the text of the next cell, which opens on a year. Made up.
describe("a year that opens the text after a row's figures", () => {
  it("is cut off the run of digits before it", () => {
    expect(atoms("1012.5011.29.52023年末测算单价下降")).toEqual(["1012.5011.29.5", "2023年", "末测算单价下降"]);
    // (年度 opens a word: the year keeps no 年 then, as elsewhere.)
    expect(atoms("95962022年度新增").slice(0, 2)).toEqual(["9596", "2022"]);
  });

  it("leaves a year alone, a duration and digits that no text follows", () => {
    expect(atoms("2022年底前完成")[0]).toBe("2022");
    expect(atoms("≥12021年")).toEqual(["≥", "12021年"]);
    expect(atoms("1020212021年度")[0]).toBe("1020212021");
    // (A decimal point before the year: the digits are the figure's.)
    expect(atoms("3.2021年起")).toEqual(["3.2021年", "起"]);
  });
});

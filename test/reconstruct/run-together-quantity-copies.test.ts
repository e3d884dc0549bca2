import { describe, expect, it } from "vitest";
import { atomize } from "../../src/reconstruct/run-together.js";

const atoms = (text: string) => atomize({ text, source: { line: 1 } }).map((c) => c.text);

// A target and its completion printed alike, a figure with its unit, then something other than a
// figure: a dash for an empty cell, or the deviation's words. Made up.
describe("a quantity printed twice before what is not a figure", () => {
  it("is the target and the completion, each one atom", () => {
    expect(atoms("某某审批办理时间2个月2个月——")).toEqual(["某某审批办理时间", "2个月", "2个月", "——"]);
    expect(atoms("某某工程完工周期6个月6个月因天气原因").slice(-3)).toEqual(["6个月", "6个月", "因天气原因"]);
  });

  it("is so with a unit in Latin letters too", () => {
    expect(atoms("某某存储设备容量40TB40TB10")).toEqual(["某某存储设备容量", "40TB", "40TB", "10"]);
  });

  it("is not cut where the text after the copy goes on with its unit, nor where words, not a quantity, repeat", () => {
    // (万 then 万元: the second figure's unit is 万元, no copy of 5万.)
    expect(atoms("某某补助5万5万元已拨付")).not.toEqual(expect.arrayContaining(["元已拨付"]));
    expect(atoms("某某补助5万5万元已拨付")).toContain("5万元");
    expect(atoms("服务服务范围")).toEqual(["服务", "服务范围"]);
  });
});

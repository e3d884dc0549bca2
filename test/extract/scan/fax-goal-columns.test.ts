/** The goals block's column heads as a fax reads them (issue 21 item 3; no OCR). */
import { describe, expect, it } from "vitest";
import { snapGoalColumns } from "../../../src/extract/ocr/header-row.js";

type Box = [number, number, number, number];
/** One row of cells 100 units apart; a cell given as [text, height] is that tall (a label spanning rows). */
const cellsOf = (row: (string | [string, number])[]) =>
  row.map((c, i) => {
    const [text, h] = typeof c === "string" ? [c, 20] : c;
    return { bbox: [100 * i, 50, 100 * i + 90, 50 + h] as Box, text };
  });
const snapped = (row: (string | [string, number])[]) =>
  Object.fromEntries([...snapGoalColumns(cellsOf(row))].map(([i, l]) => [`${i}`, l]));

describe("goal column heads read on a fax", () => {
  it("a head one stroke off beside the other head read exactly is read as its column", () => {
    expect(snapped(["预期日标", "实际完成情况"])).toEqual({ "0": "预期目标" });
    expect(snapped(["预期目标", "实际完戍情况"])).toEqual({ "1": "实际完成情况" });
    // The row's own goals label (a template label) beside them is left alone.
    expect(snapped(["年度总体目标", "预期日标", "实际完成情况"])).toEqual({ "1": "预期目标" });
  });
  it("leaves heads read right, cells on the wrong side, far readings and rows without an exact head", () => {
    expect(snapped(["预期目标", "实际完成情况"])).toEqual({});
    // 预期目标 stands left of 实际完成情况: a cell right of it is not the expected head.
    expect(snapped(["实际完成情况", "预期日标"])).toEqual({});
    expect(snapped(["某某某某", "实际完成情况"])).toEqual({});
    expect(snapped(["预期日标", "实际完戍情况"])).toEqual({});
    // A tall cell is no head of this row.
    expect(snapped([["预期日标", 60], "实际完成情况"])).toEqual({});
  });
});

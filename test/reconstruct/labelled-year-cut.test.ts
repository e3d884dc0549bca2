/**
 * A cover's labelled year (评价年度:2022) on a flattened line begins a row of its own, as the
 * classifier's year line reads it; 评价年度 in a sentence, with no colon, begins none.
 */
import { describe, expect, it } from "vitest";

describe("a cover's labelled year on a flattened line", () => {
  it("begins a row of its own, after the project's name", async () => {
    const { cutAtRowStarts } = await import("../../src/reconstruct/text-rows/flattened-form.js");
    const pieces = cutAtRowStarts("某县2022年度水库除险加固工程项目支出绩效自评报告项目名称:某县山内水库等5宗水库除险加固工程评价年度:2022主管部门:某县水务局实施单位:某县水库管理所");
    expect(pieces).toContain("项目名称:某县山内水库等5宗水库除险加固工程");
    expect(pieces).toContain("评价年度:2022");
  });
  it("in a sentence, with no colon, is no row's start", async () => {
    const { cutAtRowStarts } = await import("../../src/reconstruct/text-rows/flattened-form.js");
    const pieces = cutAtRowStarts("某县2022年度水库除险加固工程项目支出绩效自评报告项目名称:某县山内水库等5宗水库除险加固工程按评价年度计划完成主管部门:某县水务局实施单位:某县水库管理所");
    expect(pieces.some((p) => p.startsWith("评价年度"))).toBe(false);
  });
});

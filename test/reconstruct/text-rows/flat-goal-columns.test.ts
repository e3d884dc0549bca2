import { describe, expect, it } from "vitest";
import { cutAtRowStarts } from "../../../src/reconstruct/text-rows/flattened-form.js";

// The goals block flattened onto one line, its second column named 年度目标完成情况 (or
// 年度总体目标完成情况) after the block's label and its first column's name: a column name, not a second
// goals block to cut at. All text made up.
const HEAD = "某县林业局2021年度部门整体支出绩效自评表部门(单位)名称某县林业局部门预算编码402001";
const TAIL = "绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分";

describe("a goals block's completion column named after the block", () => {
  it.each([
    ["年度总体目标预期目标年度目标完成情况"],
    ["年度总体目标年初设定目标年度总体目标完成情况"],
    ["年度目标预期目标年度目标完成情况"],
  ])("%s", (columns) => {
    const goals = columns + "完成人工造林300亩。全年完成造林320亩。";
    expect(cutAtRowStarts(HEAD + goals + TAIL)).toContain(goals);
  });
});

import { describe, expect, it } from "vitest";
import { cutAtRowStarts } from "../../../src/reconstruct/text-rows/flattened-form.js";

// A 一级 name that is no row-start label of its own (效果目标, 产出目标 of department layouts), run on
// after the 偏差原因 that ends the row before it and right before a 二级 name: it opens a row, as
// 产出指标 does. All text made up.
const HEAD =
  "某县林业局2021年度部门整体支出绩效自评表部门(单位)名称某县林业局年度绩效指标" +
  "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施产出目标";

describe("a 一级 name before a 二级 name opens its own row", () => {
  const rowsOf = (table: string) => cutAtRowStarts(HEAD + table);
  it.each([
    [
      "数量指标造林面积≥300亩280亩109雨季推迟栽植效果目标社会效益指标森林覆盖率提高0.5%0.6%2020",
      ["数量指标造林面积≥300亩280亩109雨季推迟栽植", "效果目标", "社会效益指标森林覆盖率提高0.5%0.6%2020"],
    ],
    // its points printed after it
    [
      "数量指标造林面积≥300亩280亩109雨季推迟栽植效果目标(30分)生态效益指标森林覆盖率提高0.5%0.6%3030",
      ["数量指标造林面积≥300亩280亩109雨季推迟栽植", "效果目标(30分)", "生态效益指标森林覆盖率提高0.5%0.6%3030"],
    ],
  ])("%s", (table, expected) => {
    expect(rowsOf(table).slice(-expected.length)).toEqual(expected);
  });

  it("does not cut a 一级 name's words inside a 二级 row's text", () => {
    const rows = rowsOf("数量指标完成产出目标任务数≥5项5项1010");
    expect(rows.at(-1)).toBe("数量指标完成产出目标任务数≥5项5项1010");
  });
});

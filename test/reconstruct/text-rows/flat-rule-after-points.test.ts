import { describe, expect, it } from "vitest";
import { cutAtRowStarts } from "../../../src/reconstruct/text-rows/flattened-form.js";

// A department form's indicator table flattened onto one line, its 评分标准 column printed after
// 分值 | 得分: each row's scoring rule is the row's last cell, not the next row's head, also where
// the rule opens with a formula's letter (B/A×分值) and where the row's target and completion are
// the same value printed twice. All text made up.
const HEAD =
  "某县林业局2021年度部门整体支出绩效自评表部门(单位)名称某县林业局年度绩效指标" +
  "一级指标二级指标三级指标年度指标值实际完成值指标分值自评得分评分标准偏差原因分析及改进措施产出指标";

describe("a scoring rule after a flattened row's points ends that row", () => {
  const rowsOf = (table: string) => cutAtRowStarts(HEAD + table);
  it.each([
    // a rule in words after the points, before the next row's name
    [
      "数量指标造林面积≥300亩320亩1010完成目标得满分，未完成按比例扣分苗木成活率≥85%88%55达到目标值得满分",
      ["数量指标造林面积≥300亩320亩1010完成目标得满分，未完成按比例扣分", "苗木成活率≥85%88%55达到目标值得满分"],
    ],
    // a formula opening with a letter after the points
    [
      "数量指标护林员培训人次≥120人次126人次88B/A×分值森林火灾受害率≤0.9‰0.3‰66完成得满分，未完成酌情扣分",
      ["数量指标护林员培训人次≥120人次126人次88B/A×分值", "森林火灾受害率≤0.9‰0.3‰66完成得满分，未完成酌情扣分"],
    ],
    // the target printed twice (=100%100%), then the points, the rule, the next row
    [
      "质量指标补植补造验收合格率=100%100%44达到目标值得满分。病虫害防治率=95%95%44B/A×分值",
      ["质量指标补植补造验收合格率=100%100%44达到目标值得满分。", "病虫害防治率=95%95%44B/A×分值"],
    ],
    // spaced apart as a dump leaves a row: the points, a space, the rule, the next row's name
    [
      "数量指标 造林面积 ≥300亩 320亩 10 10 完成目标得满分，未完成按比例扣分苗木成活率 ≥85% 88% 5 4.5 B/A×分值森林火灾受害率 ≤0.9‰ 0.3‰ 5 5",
      ["数量指标 造林面积 ≥300亩 320亩 10 10 完成目标得满分，未完成按比例扣分", "苗木成活率 ≥85% 88% 5 4.5 B/A×分值", "森林火灾受害率 ≤0.9‰ 0.3‰ 5 5"],
    ],
  ])("%s", (table, expected) => {
    expect(rowsOf(table).slice(-expected.length)).toEqual(expected);
  });

  it("leaves text after the rule with no figure in it (the row's 偏差原因) with the row", () => {
    const rows = rowsOf("数量指标造林面积≥300亩280亩109完成目标得满分，未完成按比例扣分雨季推迟栽植");
    expect(rows.at(-1)).toBe("数量指标造林面积≥300亩280亩109完成目标得满分，未完成按比例扣分雨季推迟栽植");
  });
});

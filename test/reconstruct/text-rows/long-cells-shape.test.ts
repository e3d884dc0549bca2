/**
 * One cell a line with no empty lines, a few cells long paragraphs of prose (a scoring sheet's
 * 评分标准) among many short ones, no label of the project form starting a line: the shape the
 * text-rows stage tells. Text written for this test.
 */
import { describe, expect, it } from "vitest";
import { textReadings } from "../../../src/extract/text/read-text.js";
import { detectShape } from "../../../src/reconstruct/text-rows/detect-shape.js";

const shape = (lines: string[]) => detectShape(textReadings(lines.join("\n")));

const RULE = "评价部门是否按要求编制年度绩效目标,目标是否明确、具体、可衡量,各项要素齐全的得满分,每缺一项扣一分,扣完为止;未编制绩效目标的不得分,目标与年度工作任务不相符的酌情扣分。";

const SHEET = [
  "绩效指标", "指标分值", "指标解释", "计分标准", "自评得分",
  "一级", "指标", "二级", "指标", "三级", "指标",
  "预算管理(60分)", "预算编制(20分)", "目标制定", "10", "目标是否完整", RULE, "9",
  "目标实现", "10", "目标是否实现", RULE + RULE, "10",
  "预算执行(40分)", "执行率", "20", "执行是否及时", "18",
];

describe("one cell a line, a few long prose cells among short ones", () => {
  it("is one cell a line, though its long cells make the lines' average long", () => {
    expect(shape(SHEET)).toBe("cell-per-line");
  });

  it("rows parted by spaces stay linear", () => {
    const linear = ["一级 二级 三级 分值 得分", "预算管理 预算编制 目标制定 10 9", "预算执行 执行率 20 18", RULE + " 9", "目标实现 10 " + RULE, "合计 100 90"];
    expect(shape(linear)).toBe("linear");
  });
});

import { describe, expect, it } from "vitest";
import type { Row } from "../../../src/layout/grid.js";
import { joinDeviationBelowRows } from "../../../src/reconstruct/text-rows/deviation-below-row.js";

// A row's 偏差原因 printed below it a piece a line (pdftotext -raw). All text made up.
const rowsOf = (text: string): Row[] =>
  text.split("\n").map((line, i) => ({ boundaries: "spaces", cells: line.split(" ").map((t) => ({ text: t, source: { line: i + 1 } })) }));
const linesOf = (rows: Row[]) => rows.map((r) => r.cells.map((c) => c.text).join(" | "));

const HEAD = "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施";
const WITH_METHOD = "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 评分标准";

describe("a row's 偏差原因 wrapped below it joins the row", () => {
  it.each([
    // before a label of the table
    [[HEAD, "路灯维修数 ≥300盏 281盏 5 4", "材料到货较晚", "，下年提前采购", "质量指标"], ["路灯维修数 | ≥300盏 | 281盏 | 5 | 4 | 材料到货较晚，下年提前采购", "质量指标"]],
    // before a whole row with its own name
    [[HEAD, "路灯维修数 ≥300盏 281盏 5 4", "材料到货较晚", "，下年提前采购", "验收合格率 100% 100% 5 5"], ["路灯维修数 | ≥300盏 | 281盏 | 5 | 4 | 材料到货较晚，下年提前采购", "验收合格率 | 100% | 100% | 5 | 5"]],
    // before the total
    [[HEAD, "群众满意度 ≥90% 88% 10 9", "样本偏少", "，将扩大调查", "总分 100 96"], ["群众满意度 | ≥90% | 88% | 10 | 9 | 样本偏少，将扩大调查", "总分 | 100 | 96"]],
  ])("%j", (lines, expected) => {
    expect(linesOf(joinDeviationBelowRows(rowsOf(lines.join("\n")))).slice(1)).toEqual(expected);
  });

  it.each([
    // one piece alone: perhaps the rest of a name wrapped below its values
    [HEAD, "路灯维修 ≥300盏 281盏 5 4", "数量", "质量指标"],
    // the pieces before a completion line: they may be the next row's name and target
    [HEAD, "路灯维修数 ≥300盏 281盏 5 4", "按时完成年度", "工作", "达成预期 4 4"],
    // the row has its 偏差原因 already
    [HEAD, "路灯维修数 ≥300盏 281盏 5 4 材料晚到", "下年提前", "采购", "质量指标"],
    // a column after the 偏差原因 (评分标准): the pieces may be its
    [WITH_METHOD, "路灯维修数 ≥300盏 281盏 5 4", "完成得满分", "，未完成扣分", "质量指标"],
    // no 偏差原因 column
    ["一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分", "路灯维修数 ≥300盏 281盏 5 4", "材料到货较晚", "，下年提前采购", "质量指标"],
  ])("%j is left as read", (...lines) => {
    expect(linesOf(joinDeviationBelowRows(rowsOf(lines.join("\n"))))).toEqual(linesOf(rowsOf(lines.join("\n"))));
  });
});

import { describe, expect, it } from "vitest";
import type { Row } from "../../../src/layout/grid.js";
import { joinStackedCellRows } from "../../../src/reconstruct/text-rows/stacked-cell-rows.js";

// An indicator row whose name, target and completion a converter printed one cell after the other,
// each wrapped at its column's width (pdftotext -raw). All text made up.
const rowsOf = (text: string): Row[] =>
  text.split("\n").map((line, i) => ({ boundaries: "spaces", cells: line.split(" ").map((t) => ({ text: t, source: { line: i + 1 } })) }));
const linesOf = (rows: Row[]) => rows.map((r) => r.cells.map((c) => c.text).join(" | "));

const HEAD = "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施";
const HEAD_CELLS = HEAD.split(" ").join(" | ");

describe("an indicator row's cells printed one after the other are one row again", () => {
  it.each([
    // three wrapped cells, then the points and score
    [[HEAD, "数量指标", "河道保洁长", "度", "≥20公", "里", "22公", "里", "5 5"], [HEAD_CELLS, "数量指标", "河道保洁长度 | ≥20公里 | 22公里 | 5 | 5"]],
    // after a row's values; its 偏差原因 on the points' line
    [[HEAD, "保洁车辆 ≥3辆 3辆 5 5", "水质检测次", "数", "不少于12", "次", "十次", "整", "5 4 天气影响"], [HEAD_CELLS, "保洁车辆 | ≥3辆 | 3辆 | 5 | 5", "水质检测次数 | 不少于12次 | 十次整 | 5 | 4 | 天气影响"]],
    // two wrapped cells, the completion on the points' line
    [[HEAD, "成本指标", "每公里保洁", "成本", "不高于3", "%", "2.5% 5 5"], [HEAD_CELLS, "成本指标", "每公里保洁成本 | 不高于3% | 2.5% | 5 | 5"]],
    // a target that just fills its column (its last line full), a narrower completion after it
    [[HEAD, "数量指标", "1、培训人次数2", "、覆盖街道", "1、210", "0人；2、", "全区各街道", "基本达到", "目标", "5 5"], [HEAD_CELLS, "数量指标", "1、培训人次数2、覆盖街道 | 1、2100人；2、全区各街道 | 基本达到目标 | 5 | 5"]],
    // a completion that just fills its column after a target ending short: the fewest full ends
    [[HEAD, "数量指标", "指标3：1、新增", "公厕数量2、改造", "率", "1、=21", "0座；2、", "80%", "部分完成", "预期目标", "2 1.5"], [HEAD_CELLS, "数量指标", "指标3：1、新增公厕数量2、改造率 | 1、=210座；2、80% | 部分完成预期目标 | 2 | 1.5"]],
  ])("%j", (lines, expected) => {
    expect(linesOf(joinStackedCellRows(rowsOf(lines.join("\n"))))).toEqual(expected);
  });

  it.each([
    // a cell of one line: where the target ends is not told (≤2万元 / 1.7万: one cell or two?)
    [HEAD, "成本指标", "每场活动成", "本", "≤2万元", "1.7万", "元", "5 5"],
    // words after words: the lines before may be a row's 偏差原因
    [HEAD, "保洁车辆 ≥3辆 3辆 5 5", "天气原因延", "误", "水质检测次", "数", "不少于12", "次", "十次", "整", "5 4"],
    // four wrapped cells before the points: not a row's three
    [HEAD, "数量指标", "河道保洁长", "度", "河道保洁长", "度", "≥20公", "里", "22公", "里", "5 5"],
    // a name alone before a line of target, completion and points: spread-indicator-rows.ts's, left here
    [HEAD, "数量指标", "河道保洁长", "度", "≥20公里 22公里 5 5"],
    // two ways to part the lines, each with one cell ending on a full line: not told
    [HEAD, "数量指标", "河道保洁长", "度", "不少于二", "十公里河", "道全部完", "成保洁工", "作", "5 5"],
    // a row's 偏差原因 wrapped below it, then the total row: no row's cells
    [HEAD, "数量指标", "读者满意度 ≥90% 70% 10 7.8", "实际完成值略低于", "目标值，主要是申", "报对象减少", "今后调整", "总分 100 92.3"],
    // no indicator head above
    ["数量指标", "河道保洁长", "度", "≥20公", "里", "22公", "里", "5 5"],
  ])("%j is left as read", (...lines) => {
    expect(linesOf(joinStackedCellRows(rowsOf(lines.join("\n"))))).toEqual(linesOf(rowsOf(lines.join("\n"))));
  });
});

import { describe, expect, it } from "vitest";
import type { Row } from "../../../src/layout/grid.js";
import { joinWrappedNameRows } from "../../../src/reconstruct/text-rows/wrapped-name-rows.js";

// A 三级 name wrapped on lines of its own, the row's values whole on the next (pdftotext -raw). All text made up.
const rowsOf = (text: string): Row[] =>
  text.split("\n").map((line, i) => ({ boundaries: "spaces", cells: line.split(" ").map((t) => ({ text: t, source: { line: i + 1 } })) }));
const linesOf = (rows: Row[]) => rows.map((r) => r.cells.map((c) => c.text).join(" | "));

const HEAD = "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施";

describe("a name wrapped on lines of its own is the name of the values line after it", () => {
  it.each([
    ["质量指标\n路灯亮灯\n率\n≥98% 99% 4 4", ["质量指标", "路灯亮灯率 | ≥98% | 99% | 4 | 4"]],
    ["质量指标\n农村饮水工程\n验收合格率达\n标\n=100% 96% 5 4 个别工程返工", ["质量指标", "农村饮水工程验收合格率达标 | =100% | 96% | 5 | 4 | 个别工程返工"]],
    // after a row's points
    ["路灯维修 ≥300盏 320盏 3 3\n群众投诉办\n结率\n≥95% 97% 3 3", ["路灯维修 | ≥300盏 | 320盏 | 3 | 3", "群众投诉办结率 | ≥95% | 97% | 3 | 3"]],
  ])("%j", (body, lines) => {
    expect(linesOf(joinWrappedNameRows(rowsOf(`${HEAD}\n${body}`))).slice(1)).toEqual(lines);
  });

  it.each([
    // no indicator head above
    "质量指标\n路灯亮灯\n率\n≥98% 99% 4 4",
    // after words, which may be a row's 偏差原因: the name is not told from them
    `${HEAD}\n质量指标\n个别路段施工\n路灯亮灯\n率\n≥98% 99% 4 4`,
    // a line longer than the first: not one cell wrapped to a width
    `${HEAD}\n质量指标\n路灯\n亮灯率\n≥98% 99% 4 4`,
    // lines with a sentence's mark are a 偏差原因's
    `${HEAD}\n质量指标\n工期延误，\n加快进度\n≥98% 99% 4 4`,
    // the values line wants its target and completion before the points
    `${HEAD}\n质量指标\n路灯亮灯\n率\n99% 4 4`,
  ])("%j is left as read", (text) => {
    expect(linesOf(joinWrappedNameRows(rowsOf(text)))).toEqual(linesOf(rowsOf(text)));
  });
});

import { describe, expect, it } from "vitest";
import type { Row } from "../../../src/layout/grid.js";
import { joinWrappedGoalColumns } from "../../../src/reconstruct/text-rows/wrapped-goal-columns.js";

// The goals' two columns printed one after the other, each wrapped at its width (pdftotext -raw). All text made up.
const rowsOf = (text: string): Row[] =>
  text.split("\n").map((line, i) => ({ boundaries: "spaces", cells: line.split(" ").map((t) => ({ text: t, source: { line: i + 1 } })) }));
const linesOf = (rows: Row[]) => rows.map((r) => r.cells.map((c) => c.text).join(" | "));

const EXPECTED = ["完成河道保洁任务，保洁长", "度不少于二十公里，提高水", "质达标率。"];
const ACTUAL = ["已完成河道保洁任务，保洁长度达", "二十二公里，水质达标率提高至九", "成七。"];

describe("the goals' columns printed one after the other are one row again", () => {
  it("parts two wrapped paragraphs", () => {
    const text = ["预期目标 实际完成情况", ...EXPECTED, ...ACTUAL, "绩效指标"].join("\n");
    expect(linesOf(joinWrappedGoalColumns(rowsOf(text)))).toEqual(["预期目标 | 实际完成情况", `${EXPECTED.join("")} | ${ACTUAL.join("")}`, "绩效指标"]);
  });

  it("parts paragraphs of two widths, one after the other", () => {
    const second = ["一、已完成河道保洁任务，保洁长度", "达二十二公里。", "二、水质达标率提高至九成七，群众", "满意度明显提高。"];
    const text = ["预期目标 实际完成情况", ...EXPECTED, ...second].join("\n");
    expect(linesOf(joinWrappedGoalColumns(rowsOf(text)))).toEqual(["预期目标 | 实际完成情况", `${EXPECTED.join("")} | ${second.join("")}`]);
  });

  it("parts a paragraph whose last line fell short by the slack only, where a wider one opens after its sentence's end", () => {
    const first = ["完成河道保洁任务，保洁长", "度不少于二十公里，提高水", "质达标率至九成以上。"];
    const text = ["预期目标 实际完成情况", ...first, ...ACTUAL].join("\n");
    expect(linesOf(joinWrappedGoalColumns(rowsOf(text)))).toEqual(["预期目标 | 实际完成情况", `${first.join("")} | ${ACTUAL.join("")}`]);
  });

  it.each([
    // a wider line after a line that ends no sentence: one paragraph, left as read
    ["预期目标 实际完成情况", "完成河道保洁任务，保洁长", "度不少于二十公里，提高水", "质达标率至九成以上，并", ...ACTUAL].join("\n"),
    // one paragraph: which lines are whose is not told
    ["预期目标 实际完成情况", ...EXPECTED].join("\n"),
    // three paragraphs of one width: where the columns part is not told
    ["预期目标 实际完成情况", ...EXPECTED, ...EXPECTED, ...EXPECTED].join("\n"),
    // items one a line, of about one width, no sentence ended short: not wrapped paragraphs
    ["预期目标 实际完成情况", "目标1:完成河道保洁任务", "目标2:提质", "目标3:组织保洁人员培训", "目标1:完成保洁22公里", "目标2:达标率提高至97%"].join("\n"),
    // no goals head row
    ["年度总体目标", ...EXPECTED, ...ACTUAL].join("\n"),
  ])("%j is left as read", (text) => {
    expect(linesOf(joinWrappedGoalColumns(rowsOf(text)))).toEqual(linesOf(rowsOf(text)));
  });
});

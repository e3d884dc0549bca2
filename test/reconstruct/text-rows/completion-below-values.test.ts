import { describe, expect, it } from "vitest";
import type { Row } from "../../../src/layout/grid.js";
import { joinCompletionBelowValues } from "../../../src/reconstruct/text-rows/completion-below-values.js";

// An indicator row whose name and target share a line, its completion wrapped below them before the
// points (pdftotext -raw). All text made up.
const rowsOf = (text: string): Row[] =>
  text.split("\n").map((line, i) => ({ boundaries: "spaces", cells: line.split(" ").map((t) => ({ text: t, source: { line: i + 1 } })) }));
const linesOf = (rows: Row[]) => rows.map((r) => r.cells.map((c) => c.text).join(" | "));

const HEAD = "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施";
const HEAD_CELLS = HEAD.split(" ").join(" | ");

describe("a completion wrapped below its row's name and target joins the row", () => {
  it.each([
    [[HEAD, "质量指标", "档案合格率 ≥95%", "96.4", "%", "5 5"], [HEAD_CELLS, "质量指标", "档案合格率 | ≥95% | 96.4% | 5 | 5"]],
    // a unit of two characters, the 偏差原因 after the points
    [[HEAD, "成本指标", "每户补助标准 ≤3千元", "2.8千", "元", "4 3.5 物价上涨"], [HEAD_CELLS, "成本指标", "每户补助标准 | ≤3千元 | 2.8千元 | 4 | 3.5 | 物价上涨"]],
  ])("%j", (lines, expected) => {
    expect(linesOf(joinCompletionBelowValues(rowsOf(lines.join("\n"))))).toEqual(expected);
  });

  it.each([
    // the target no whole figure (a piece below may be its rest)
    [HEAD, "质量指标", "档案合格率 不低于", "95%", "%", "5 5"],
    // the pieces joined are no figure with its unit: words, not a completion
    [HEAD, "质量指标", "档案合格率 ≥95%", "基本达", "到", "5 5"],
    // the pieces no wrapped cell (the second longer)
    [HEAD, "质量指标", "档案合格率 ≥95%", "9", "6.4%", "5 5"],
    // no points line after the pieces
    [HEAD, "质量指标", "档案合格率 ≥95%", "96.4", "%", "时效指标"],
    // no indicator head above
    ["质量指标", "档案合格率 ≥95%", "96.4", "%", "5 5"],
  ])("%j is left as read", (...lines) => {
    expect(linesOf(joinCompletionBelowValues(rowsOf(lines.join("\n"))))).toEqual(linesOf(rowsOf(lines.join("\n"))));
  });
});

import { describe, expect, it } from "vitest";
import type { Row } from "../../../src/layout/grid.js";
import { joinScoreBelowRows } from "../../../src/reconstruct/text-rows/score-below-row.js";

// An indicator row whose score a converter drew on the line below (pdftotext -raw). All text made up.
const rowsOf = (text: string): Row[] =>
  text.split("\n").map((line, i) => ({ boundaries: "spaces", cells: line.split(" ").map((t) => ({ text: t, source: { line: i + 1 } })) }));
const linesOf = (rows: Row[]) => rows.map((r) => r.cells.map((c) => c.text).join(" | "));

const HEAD = "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施";
const METHOD_HEAD = "一级指标 二级指标 三级指标 分值 年度指标值 实际完成值 得分计算方法 得分";

describe("a score drawn below its row is the row's", () => {
  it("joins the figure alone below a row of a name, a target, a completion and its points", () => {
    const text = `${HEAD}\n质量指标\n河道水质达标率 ≥90% 86% 6\n5.4\n设备完好率 ≥95% 97% 4 4`;
    expect(linesOf(joinScoreBelowRows(rowsOf(text))).slice(1)).toEqual(["质量指标", "河道水质达标率 | ≥90% | 86% | 6 | 5.4", "设备完好率 | ≥95% | 97% | 4 | 4"]);
  });

  it.each([
    // the row has its points and score already: the figure below is another row's
    `${HEAD}\n河道水质达标率 ≥90% 86% 6 5.4\n5`,
    // a piece of a figure below: left to the broken figures' reading
    `${HEAD}\n河道水质达标率 ≥90% 86% 6\n5.\n4`,
    // a head with a column between the points and the score: the figure is not told to be the score
    `${METHOD_HEAD}\n河道水质达标率 ≥90% 86% 6\n5.4`,
    // no indicator head above
    "河道水质达标率 ≥90% 86% 6\n5.4",
  ])("%j is left as read", (text) => {
    expect(linesOf(joinScoreBelowRows(rowsOf(text)))).toEqual(linesOf(rowsOf(text)));
  });
});

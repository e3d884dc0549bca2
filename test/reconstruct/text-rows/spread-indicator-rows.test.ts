import { describe, expect, it } from "vitest";
import type { Row } from "../../../src/layout/grid.js";
import { joinSpreadIndicatorRows } from "../../../src/reconstruct/text-rows/spread-indicator-rows.js";

// An indicator row a converter spread over lines (pdftotext -raw). All text made up.
const HEAD = "一级指标 二级指标 三级指标 分值 年度指标值 实际完成值 得分计算方法 得分";
const rowsOf = (text: string): Row[] =>
  text.split("\n").map((line, i) => ({ boundaries: "spaces", cells: line.split(" ").map((t) => ({ text: t, source: { line: i + 1 } })) }));
const linesOf = (rows: Row[]) => rows.map((r) => r.cells.map((c) => c.text).join(" | "));
const body = (text: string) => linesOf(joinSpreadIndicatorRows(rowsOf(`${HEAD}\n${text}`))).slice(1);

describe("an indicator row spread over lines is one row again", () => {
  it.each([
    // the name wrapped, the values, the method wrapped, the score alone
    ["数量指标\n河道保洁长\n度达标率\n20 ≥95% 97%\n完成得满分，\n未完成酌情扣\n分\n20", ["数量指标", "河道保洁长度达标率 | 20 | ≥95% | 97% | 完成得满分，未完成酌情扣分 | 20"]],
    // after a score alone, the next row's name
    ["数量指标\n巡查次\n数\n10 ≥12次 12次\n按比例\n扣分\n10\n设备完好\n率\n5 100% 98%\n按比例\n扣分\n4", ["数量指标", "巡查次数 | 10 | ≥12次 | 12次 | 按比例扣分 | 10", "设备完好率 | 5 | 100% | 98% | 按比例扣分 | 4"]],
    // the name wrapped and the values on one line, nothing after
    ["质量指标\n水质监测合\n格率\n10 ≥90% 93% 按比例扣分 10", ["质量指标", "水质监测合格率 | 10 | ≥90% | 93% | 按比例扣分 | 10"]],
    // the name's lines all full, its last piece drawn below the values, words after it
    ["质量指标\n河道保洁覆\n盖范围扩大\n=100% 100% 5 5\n率\n巡查次\n数\n10 ≥12次 12次", ["质量指标", "河道保洁覆盖范围扩大率 | =100% | 100% | 5 | 5", "巡查次数 | 10 | ≥12次 | 12次"]],
  ])("%j", (text, expected) => {
    expect(body(text)).toEqual(expected);
  });

  it.each([
    // words after a row's values: its 偏差原因 or the next row's name? left as read
    "数量指标 巡查次数 10 ≥12次 12次 按比例扣分 10\n汛期巡查增\n加\n5 100% 98%",
    // lines that do not fill one width are no wrapped cell
    "数量指标\n巡查\n次数合计\n10 ≥12次 12次",
    // a 二级 name on its line is no piece of a name
    "产出指标\n数量指标\n10 ≥12次 12次",
    // a short line after the values followed by values: the next row's name of one line
    "质量指标\n河道保洁覆\n盖范围扩大\n=100% 100% 5 5\n巡查率\n10 ≥12次 12次",
    // a name that ended (its last line short) takes no piece after its values
    "质量指标\n河道保洁覆\n盖范围\n=100% 100% 5 5\n率\n巡查次\n数",
  ])("%j", (text) => {
    expect(body(text)).toEqual(text.split("\n").map((l) => l.split(" ").join(" | ")));
  });

  it("leaves lines before an indicator head as read", () => {
    const text = "巡查次\n数\n10 ≥12次 12次\n按比例\n扣分\n10";
    expect(linesOf(joinSpreadIndicatorRows(rowsOf(text)))).toEqual(linesOf(rowsOf(text)));
  });
});

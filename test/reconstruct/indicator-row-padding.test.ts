/**
 * One cell a line (or a paragraph), an indicator row's merged cells on its left printed as empty
 * cells, or as a piece of the table's vertical label (`指标` of 年度绩效指标 beside a middle row): not
 * the row's cells, where the row's 分值 and 得分 stand in their columns only without them. An empty
 * 三级 name stays a cell. Cells written for these tests, each expected row typed by hand.
 */
import { describe, expect, it } from "vitest";
import { segmentStream } from "../../src/reconstruct/segment-stream.js";
import type { Cell } from "../../src/layout/grid.js";

const cellsOf = (texts: string[]): Cell[] => texts.map((text, i) => ({ text, source: { line: i + 1 } }));
// (A row of empty cells alone, before a 一级 name, is read as nothing.)
const rowsOf = (texts: string[]) => segmentStream(cellsOf(texts)).map((r) => r.cells.map((c) => c.text)).filter((r) => r.some((t) => t !== ""));

const HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "评分标准"];
const FIRST = ["产出指标", "数量指标", "植树面积", "≥500亩", "520亩", "20", "20", "完成得满分"];

describe("a row's merged cells printed as empty cells before it", () => {
  const cases: Array<{ name: string; cells: string[]; expected: string[][] }> = [
    {
      name: "an empty cell before a row's 三级 name is no cell of the row",
      cells: [...HEADER, ...FIRST, "", "苗木成活率", "≥90%", "92%", "10", "10", "按比例扣分", "", "管护及时率", "≥95%", "96%", "10", "10", "按比例扣分"],
      expected: [HEADER, FIRST, ["苗木成活率", "≥90%", "92%", "10", "10", "按比例扣分"], ["管护及时率", "≥95%", "96%", "10", "10", "按比例扣分"]],
    },
    {
      name: "nor a piece of the vertical label 年度绩效指标 with empty cells after it",
      cells: [...HEADER, ...FIRST, "指标", "", "苗木成活率", "≥90%", "92%", "10", "10", "按比例扣分"],
      expected: [HEADER, FIRST, ["苗木成活率", "≥90%", "92%", "10", "10", "按比例扣分"]],
    },
    {
      name: "an actual value with its unit where the 分值 would stand counting the empty cell: the cell is padding",
      cells: [...HEADER, ...FIRST, "", "单位面积成本", "≤450元", "473.5元", "10", "8", "按比例扣分"],
      expected: [HEADER, FIRST, ["单位面积成本", "≤450元", "473.5元", "10", "8", "按比例扣分"]],
    },
    {
      name: "of two empty cells the one the row's figures need is its empty 三级 name",
      cells: [...HEADER, ...FIRST, "", "", "≥90%", "92%", "10", "10", "按比例扣分"],
      expected: [HEADER, FIRST, ["", "≥90%", "92%", "10", "10", "按比例扣分"]],
    },
    {
      name: "an empty 三级 name the row's figures need is kept (merged cells left out)",
      cells: [...HEADER, ...FIRST, "", "不超过2万元", "2.3万元", "3", "2.61", "按比例扣分"],
      expected: [HEADER, FIRST, ["", "不超过2万元", "2.3万元", "3", "2.61", "按比例扣分"]],
    },
    {
      name: "the label's piece after a row's 分值 and 得分, its empty cells left out, ends that row and is no cell of the next",
      cells: [...HEADER, "偏差原因分析及改进措施", "产出指标", "数量指标", "植树面积", "≥500亩", "520亩", "20", "20", "完成得满分", "无", "质量指标", "≥90%", "92%", "10", "10", "按比例扣分", "年度绩效", "", "时效指标", "完工及时率", "=100%", "100%", "10", "10", "按比例扣分", "无"],
      expected: [
        [...HEADER, "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "植树面积", "≥500亩", "520亩", "20", "20", "完成得满分", "无"],
        ["质量指标", "≥90%", "92%", "10", "10", "按比例扣分"],
        ["时效指标", "完工及时率", "=100%", "100%", "10", "10", "按比例扣分", "无"],
      ],
    },
    {
      name: "the table's label 绩效指标 beside a middle row, empty cells after it: the row is counted from its name",
      cells: [...HEADER, ...FIRST, "绩效指标", "", "苗木成活率", "≥90%", "92%", "10", "10", "按比例扣分"],
      expected: [HEADER, FIRST, ["绩效指标", "苗木成活率", "≥90%", "92%", "10", "10", "按比例扣分"]],
    },
  ];
  it.each(cases)("$name", ({ cells, expected }) => {
    expect(rowsOf(cells)).toEqual(expected);
  });
});

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
const rowsOf = (texts: string[]) => segmentStream(cellsOf(texts)).map((r) => r.cells.map((c) => c.text));

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
  ];
  it.each(cases)("$name", ({ cells, expected }) => {
    expect(rowsOf(cells)).toEqual(expected);
  });
});

import { describe, expect, it } from "vitest";
import { fundPairRun, spacedFundPairRun } from "../../src/reconstruct/run-together-fund-pairs.js";

const cell = (text: string) => ({ text, source: { line: 1 } });
const texts = (cells: Array<{ text: string }> | null) => cells?.map((c) => c.text) ?? null;

/**
 * An evaluation sheet's funds as label and figure pairs, run together, with the balance left among
 * them (结余(万元)): a pair of the row, read by no field. Every text made up.
 */
describe("funds pairs run together with the balance among them", () => {
  it.each([
    ["计划安排资金(万元)80.5实际到位资金(万元)80.5实际支出(万元)62.3结余(万元)18.2", ["计划安排资金(万元)", "80.5", "实际到位资金(万元)", "80.5", "实际支出(万元)", "62.3", "结余(万元)", "18.2"]],
    ["预算数40执行数36结余4", ["预算数", "40", "执行数", "36", "结余", "4"]],
    // Balances alone, or another label among the pairs: no funds pairs row.
    ["结余10结余资金10", null],
    ["预算数40执行数36得分9", null],
  ])("%s", (text, expected) => {
    expect(texts(fundPairRun(cell(text)))).toEqual(expected);
  });

  it.each([
    [["计划安排资金", "(万元)80.5实际到位资金", "(万元)80.5实际支出", "(万元)62.3结余(万元)18.2"], ["计划安排资金(万元)", "80.5", "实际到位资金(万元)", "80.5", "实际支出(万元)", "62.3", "结余(万元)", "18.2"]],
    // A space parting two figures: joined they would read as one.
    [["预算数", "40", "36", "执行数", "36"], null],
  ])("read by a line's spaces: %j", (cells, expected) => {
    expect(texts(spacedFundPairRun(cells.map(cell)))).toEqual(expected);
  });
});

import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { fundPlausibility } from "../../src/reconstruct/run-together.js";

// Made-up funds blocks run together onto one line: a header with a 执行率 column, rows where nothing
// was spent print `0` twice (执行数 0, 执行率 0 without `%`).
const form = (rows: string) =>
  [
    "项目支出绩效自评表项目名称某某监测能力建设资金主管部门某某局实施单位某某站",
    `项目资金(万元)全年预算数(A)全年执行数(B)执行率(B/A)${rows}`,
    "年度总体目标预期目标实际完成情况某某建设目标。尚在招标。",
  ].join("");

describe("a run-together fund row whose rate column printed 0", () => {
  it.each([
    ["decimals then 0 | 0", "年度资金总额:1650.3100其中:中央资金650.6100其他资金999.7100", [[1650.31, 0], [650.61, 0], [999.71, 0]]],
    ["whole amounts then 0 | 0", "年度资金总额:562.2500其中:中央资金43700其他资金125.2500", [[562.25, 0], [437, 0], [125.25, 0]]],
    // (A whole rate printed bare that the amounts give stays the rate: 60 | 60 | 100, not 60601 | 0 | 0.)
    ["a bare rate of 100 beside rows of 0 | 0", "年度资金总额:60.2500其中:中央资金6060100其他资金0.2500", [[60.25, 0], [60, 60], [0.25, 0]]],
  ])("%s", async (_, rows, expected) => {
    const f = (await parse(form(rows), { path: "zero-rate.txt" })).forms[0]!;
    expect(f.funds.rows.map((r) => [r.annualBudget, r.executed])).toEqual(expected);
  });

  it("prices 执行数 without its rate above the rate printed, where the header names a rate column", () => {
    const v = (o: Record<string, string>) => new Map(Object.entries(o));
    const header = ["annualBudget", "executed", "rate"];
    const noRate = fundPlausibility(v({ annualBudget: "380.9", executed: "100" }), header);
    expect(noRate).toBeGreaterThan(fundPlausibility(v({ annualBudget: "380.9", executed: "100" })));
    expect(fundPlausibility(v({ annualBudget: "380.91", executed: "0", rate: "0" }), header)).toBeLessThan(noRate);
  });
});

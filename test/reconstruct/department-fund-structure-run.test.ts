/**
 * A 资金结构 row whose figures ran together, whole amounts among them (no decimal point tells where
 * one ends): read as the one cut that keeps the table's sums (小计 = 年初 + 调整, 结余 = 小计 − 拨付,
 * 支出实现率 = 拨付 ÷ 小计, 资金结余率 = 结余 ÷ 小计; fund-structure-run.ts), else priced by those sums
 * (fund-sums.ts). Text written for this test, each figure worked out by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { fundStructureReading } from "../../src/reconstruct/fund-structure-run.js";
import type { FundColumn } from "../../src/template/project.js";

const COLUMNS: FundColumn[] = ["initialBudget", "adjustment", "annualBudget", "executed", "rate", "balance", "balanceRate"];
const cells = (...texts: string[]) => texts.map((text) => ({ text, source: { line: 1 } }));

describe("fundStructureReading", () => {
  it.each([
    // 2300 | 0 | 2300 | 2250 | 97.83% | 50 | 2.17%
    ["230002300225097.83%502.17%", ["2300", "0", "2300", "2250", "97.83%", "50", "2.17%"]],
    // 263 | 0 | 263 | 250 | 95.06% | 13 | 4.94%
    ["263026325095.06%134.94%", ["263", "0", "263", "250", "95.06%", "13", "4.94%"]],
    // 4063 | 26.73 | 4089.73 | 4000.00 | 97.81% | 89.73 | 2.19%: a whole 年初 before decimals
    ["406326.734089.734000.0097.81%89.732.19%", ["4063", "26.73", "4089.73", "4000.00", "97.81%", "89.73", "2.19%"]],
    // 120 | 30 | 150 | 150 | 100% | 0 | 0%: all spent
    ["12030150150100%00%", ["120", "30", "150", "150", "100%", "0", "0%"]],
  ])("%s", (run, want) => {
    expect(fundStructureReading(cells(run), COLUMNS)).toEqual(want);
  });

  it("reads the run however its atoms were cut (a percent sign an atom of its own)", () => {
    expect(fundStructureReading(cells("230002300225097.83", "%", "502.17", "%"), COLUMNS)).toEqual(["2300", "0", "2300", "2250", "97.83%", "50", "2.17%"]);
  });

  it("gives nothing when no cut keeps the sums (a misprinted 年初: 2310 + 0 ≠ 2300)", () => {
    expect(fundStructureReading(cells("231002300225097.83%502.17%"), COLUMNS)).toBeNull();
  });

  it("gives nothing where one sum alone could be checked (a table of 年初 | 调整 | 小计 only: kept by chance too often)", () => {
    expect(fundStructureReading(cells("10020120"), ["initialBudget", "adjustment", "annualBudget"])).toBeNull();
  });

  it("leaves rows of other layouts alone (no 年中调整 or 结余 column)", () => {
    expect(fundStructureReading(cells("10010090%"), ["initialBudget", "annualBudget", "executed", "rate"])).toBeNull();
  });
});

const FORM = [
  "某县水利局2021年度部门整体支出绩效自评表",
  "部门(单位)名称某县水利局部门预算编码101002",
  "资金结构(万元)年初部门预算安排金额年中调整金额小计年度拨付金额支出实现率结余金额资金结余率",
  "合计256330.002593253097.57%632.43%",
  "财政资金小计230030.002330228097.85%502.15%",
  "①项目支出100030.00103098095.15%504.85%",
  "②基本支出1300013001300100%00%",
  "单位其他收入263026325095.06%134.94%",
  "年度总体目标预期目标实际完成情况",
  "保障单位正常运转。单位运转正常。",
  "一级指标二级指标三级指标年度指标值实际完成值分值得分",
  "产出指标数量指标整治河道长度≥12公里12公里5050",
  "满意度指标服务对象满意度指标群众满意度≥90%95%5050",
  "总分100100",
];

describe("a 资金结构 table run together with whole amounts", () => {
  it("reads every row by the table's sums", async () => {
    const f = (await parse(FORM.join("\n") + "\n", { path: "funds.txt" })).forms[0]!;
    expect(f.funds.rows.map((r) => [r.key, r.initialBudget, r.adjustment, r.annualBudget, r.executed, r.balance, r.balanceRatePercent])).toEqual([
      ["total", 2563, 30, 2593, 2530, 63, 2.43],
      ["extra1", 2300, 30, 2330, 2280, 50, 2.15],
      ["project", 1000, 30, 1030, 980, 50, 4.85],
      ["basic", 1300, 0, 1300, 1300, 0, 0],
      ["unitIncome", 263, 0, 263, 250, 13, 4.94],
    ]);
  });

  it("still reads 结余 by its sum when the row's 年初 is misprinted (2310 + 0 ≠ 2300: no cut keeps every sum)", async () => {
    const text = FORM.join("\n").replace("②基本支出1300013001300100%00%", "②基本支出231002300225097.83%502.17%");
    const f = (await parse(text + "\n", { path: "funds.txt" })).forms[0]!;
    const row = f.funds.rows.find((r) => r.key === "basic")!;
    expect([row.annualBudget, row.executed, row.balance, row.balanceRatePercent]).toEqual([2300, 2250, 50, 2.17]);
  });
});

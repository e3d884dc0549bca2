/**
 * A 资金结构 row with fewer figures than its header has columns, every amount fitting every amount
 * column: where the reading taken breaks the table's sums (3.10 read as the 小计), the sums place the
 * figures (fund-sums-placement.ts). Text written for this test, each figure worked out by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { sumsSettledPlacement } from "../../src/reconstruct/fund-sums-placement.js";
import type { FundColumn } from "../../src/template/project.js";

const COLUMNS: FundColumn[] = ["initialBudget", "adjustment", "annualBudget", "executed", "rate", "balance", "balanceRate"];
/** A reading that breaks a sum (1 + 1 ≠ 5): the one the alignment took, as the row's figures are placed wrong. */
const WRONG = new Map<FundColumn, string>([["initialBudget", "1"], ["adjustment", "1"], ["annualBudget", "5"]]);

describe("sumsSettledPlacement", () => {
  it.each([
    // 800.40 + 3.10 = 803.50, then 拨付: the first four columns
    [["800.40", "3.10", "803.50", "760.25"], ["initialBudget", "adjustment", "annualBudget", "executed"]],
    // no adjustment printed: 55.00 + 0.00 = 55.00, then 拨付 (not 结余: the latest columns are left empty)
    [["55.00", "0.00", "55.00", "41.20"], ["initialBudget", "adjustment", "annualBudget", "executed"]],
    // the rate after the amounts: 拨付 ÷ 小计 = 94.62 %
    [["800.40", "3.10", "803.50", "760.25", "94.62%"], ["initialBudget", "adjustment", "annualBudget", "executed", "rate"]],
    // 年初 and 小计 alone, 结余 after 拨付: 300 − 280 = 20 checks the 结余 column
    [["300.00", "300.00", "280.00", "20.00"], ["initialBudget", "annualBudget", "executed", "balance"]],
  ])("%j", (figures, want) => {
    expect(sumsSettledPlacement(figures, COLUMNS, WRONG)).toEqual(want);
  });

  it.each([
    // no placement keeps a sum: 800.40 + 3.10 ≠ 810.00 and nothing else checks
    [["800.40", "3.10", "810.00", "760.25"], COLUMNS],
    // a project form's header prints no 资金结构 sums: nothing to settle by
    [["800.40", "3.10", "803.50", "760.25"], ["initialBudget", "annualBudget", "executed", "weight", "rate", "score"] as FundColumn[]],
  ])("%j leaves the reading as it was", (figures, columns) => {
    expect(sumsSettledPlacement(figures, columns, WRONG)).toBeNull();
  });

  it("keeps a reading that breaks no sum", () => {
    const kept = new Map<FundColumn, string>([["initialBudget", "800.40"], ["adjustment", "3.10"], ["annualBudget", "803.50"], ["executed", "760.25"]]);
    expect(sumsSettledPlacement(["800.40", "3.10", "803.50", "760.25"], COLUMNS, kept)).toBeNull();
  });
});

describe("a 资金结构 row's figures short of its columns, in a form", () => {
  it("reads the 小计 as the sum of 年初 and 调整, not the adjustment", async () => {
    const text = [
      "部门整体支出绩效自评表",
      "单位名称 某某县某某中心",
      "资金结构（万元）",
      "年初部门预算安排金额 年中调整金额 小计 年度拨付金额 支出实现率 结余金额 资金结余率",
      "合计 800.40 3.10 803.50 760.25",
      "财政拨款小计 700.40 3.10 703.50 690.00",
    ].join("\n");
    const doc = await parse(Buffer.from(text), { path: "made-up.txt" });
    const rows = doc.forms[0]!.funds.rows.map((r) => [r.annualBudget, r.executed, r.adjustment]);
    expect(rows).toEqual([
      [803.5, 760.25, 3.1],
      [703.5, 690, 3.1],
    ]);
  });
});

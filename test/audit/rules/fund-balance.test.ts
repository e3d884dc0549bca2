import { ruleTester } from "../rule-tester.js";
import { fundBalance } from "../../../src/audit/rules/fund-balance.js";
import { form, fundRow, src } from "../form-builder.js";
import type { FundRow } from "../../../src/schema/index.js";

/** A 资金结构 row: 全年预算数 (小计), 年度拨付金额, 结余金额, 资金结余率. */
const row = (annual: number | null, executed: number | null, balance: number | null, rate: number | null, over: Partial<FundRow> = {}): FundRow =>
  fundRow({ initialBudget: annual, annualBudget: annual, executed, balance, balanceRatePercent: rate, ...over });

ruleTester(fundBalance, {
  valid: [
    { name: "a project form prints no balance", form: form() },
    { name: "结余 = 预算 − 执行, 结余率 = 结余 ÷ 预算", form: form({ rows: [row(200, 150, 50, 25)] }) },
    { name: "a rate within one unit of its last printed place (33.33 beside 33.333…)", form: form({ rows: [row(300, 200, 100, 33.33)] }) },
    { name: "no balance printed: skipped", form: form({ rows: [row(200, 150, null, null)] }) },
    { name: "a zero budget has no rate", form: form({ rows: [row(0, 0, 0, 0)] }) },
    { name: "executed not printed: skipped", form: form({ rows: [row(200, null, 80, 40)] }) },
  ],
  invalid: [
    {
      name: "a balance that is not budget − executed",
      form: form({ rows: [row(200, 150, 40, 20)] }),
      findings: [
        { path: "/funds/rows/0/balance", reported: 40, expected: 50, message: "年度资金总额·结余金额 为 40，按 全年预算数 − 全年执行数 应为 50" },
        { path: "/funds/rows/0/balanceRatePercent", reported: 20, expected: 25 },
      ],
    },
    {
      name: "a rate that does not match, on the second row",
      form: form({ rows: [row(200, 150, 50, 25), row(80, 60, 20, 20, { key: "basic", label: "基本支出" })] }),
      findings: [{ path: "/funds/rows/1/balanceRatePercent", reported: 20, expected: 25 }],
    },
    {
      name: "a balance compared at its printed precision",
      form: form({ rows: [row(100, 99.5, 1, 0.5)], sources: { "/funds/rows/0/balance": src("1.0") } }),
      findings: [{ path: "/funds/rows/0/balance", reported: 1, expected: 0.5 }],
    },
  ],
});

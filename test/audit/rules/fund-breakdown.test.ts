import { ruleTester } from "../rule-tester.js";
import { fundBreakdown } from "../../../src/audit/rules/fund-breakdown.js";
import { form, fundRow, src } from "../form-builder.js";

const total = (i: number | null, a: number | null, e: number | null) => fundRow({ initialBudget: i, annualBudget: a, executed: e });
const part = (key: string, i: number | null, a: number | null, e: number | null) =>
  fundRow({ key, label: key, initialBudget: i, annualBudget: a, executed: e });

/** A department form's 资金结构: 合计 = 财政资金小计 + 单位其它收入; 小计 = ①项目支出 + ②基本支出 (110 when ① executed 40). */
const structure = (projectExecuted: number) => [
  total(150, 150, 120),
  fundRow({ key: "extra1", label: "财政资金小计", initialBudget: 130, annualBudget: 130, executed: 110 }),
  fundRow({ key: "project", label: "①项目支出", initialBudget: 50, annualBudget: 50, executed: projectExecuted, parent: "extra1" }),
  fundRow({ key: "basic", label: "②基本支出", initialBudget: 80, annualBudget: 80, executed: 70, parent: "extra1" }),
  fundRow({ key: "unitIncome", label: "单位其它收入", initialBudget: 20, annualBudget: 20, executed: 10 }),
];

ruleTester(fundBreakdown, {
  valid: [
    { name: "100 = 100 + 0 in every column", form: form() },
    {
      // seed: breakdown 全年执行数 all blank → that column is skipped
      name: "a column whose breakdown is all blank is skipped",
      form: form({ rows: [total(1000000, 1000000, 1000000), part("currentYear", 1000000, 1000000, null), part("carryOver", 0, 0, null), part("other", 0, 0, null)] }),
    },
    {
      // blank counts 0: 100 = 100 + (blank)
      name: "a blank breakdown cell counts 0",
      form: form({ rows: [total(100, 100, 100), part("currentYear", 100, 100, 100), part("carryOver", null, null, null)] }),
    },
    {
      // 0.3 = 0.1 + 0.2 on decimals
      name: "decimal amounts add up exactly",
      form: form({ rows: [total(0.3, 0.3, 0.3), part("currentYear", 0.1, 0.1, 0.1), part("other", 0.2, 0.2, 0.2)] }),
    },
    { name: "only a total row", form: form({ rows: [total(100, 100, 90)] }) },
    {
      // department 资金结构: 合计 = 财政资金小计 + 单位其它收入; 小计 = ①项目支出 + ②基本支出
      name: "rows naming a parent add up to it, and the others to the total",
      form: form({
        rows: structure(40),
      }),
    },
    { name: "total not printed: skipped", form: form({ rows: [total(null, null, null), part("currentYear", 5, 5, 5)] }) },
    {
      name: "an unreadable breakdown cell: the column is skipped",
      form: form({
        rows: [total(100, 100, 100), part("currentYear", null, 100, 100), part("carryOver", 0, 0, 0)],
        sources: { "/funds/rows/1/initialBudget": src("l00") },
      }),
    },
  ],
  invalid: [
    {
      name: "a subtotal that is not the sum of the rows naming it as parent",
      form: form({
        rows: structure(45),
      }),
      findings: [{ path: "/funds/rows/1/executed", reported: 110, expected: 115, message: "财政资金小计·全年执行数 为 110，按其下各行合计应为 115" }],
    },
    {
      // a 年度资金总额 row of zeros above a filled breakdown:
      //   年初 0 vs 50 + 10 = 60; 全年 0 vs 50 + 10 = 60; 执行 0 vs 40 + (blank) = 40
      // ordered by path: annualBudget, executed, initialBudget
      name: "a total row of zeros above a filled breakdown",
      form: form({ rows: [total(0, 0, 0), part("currentYear", 50, 50, 40), part("carryOver", 10, 10, null)] }),
      findings: [
        { path: "/funds/rows/0/annualBudget", reported: 0, expected: 60, message: "年度资金总额·全年预算数 为 0，按其下各行合计应为 60" },
        { path: "/funds/rows/0/executed", reported: 0, expected: 40 },
        { path: "/funds/rows/0/initialBudget", reported: 0, expected: 60 },
      ],
    },
    {
      // printed "1000000.00": 600000 + 300000.5 = 900000.5
      name: "a breakdown that does not add up",
      form: form({
        rows: [total(1000000, 1000000, 1000000), part("currentYear", 600000, 600000, 600000), part("other", 300000.5, 400000, 400000)],
        sources: { "/funds/rows/0/initialBudget": src("1000000.00") },
      }),
      findings: [{ path: "/funds/rows/0/initialBudget", reported: 1000000, expected: 900000.5 }],
    },
  ],
});

import { ruleTester } from "../rule-tester.js";
import { budgetScoreRule } from "../../../src/audit/rules/budget-score.js";
import { form, fundRow, src } from "../form-builder.js";

function funds(rate: number | null, score: number | null, opts: { weight?: number | null; scoreText?: string; executed?: number } = {}) {
  return form({
    rows: [fundRow({ annualBudget: 100, executed: opts.executed ?? 100 })],
    funds: { weight: opts.weight === undefined ? 10 : opts.weight, executionRatePercent: rate, score },
    ...(opts.scoreText !== undefined ? { sources: { "/funds/score": src(opts.scoreText) } } : {}),
  });
}

ruleTester(budgetScoreRule, {
  valid: [
    { name: "10 × 100% = 10", form: form() },
    // 10 × 86% = 8.6; printed 9 (0 places): |9 − 8.6| = 0.4 ≤ 1
    { name: "9 beside 10 × 86%", form: funds(86, 9) },
    // 10 × 79.57% = 7.957; printed 7.96: 0.003 ≤ 0.01
    { name: "7.96 beside 10 × 79.57%", form: funds(79.57, 7.96) },
    // a rate above 100% is capped: 10 × 100% = 10
    { name: "rate over 100% capped at the weight", form: funds(105, 10) },
    // printed "7.9" (1 place): |7.9 − 7.957| = 0.057 ≤ 0.1
    { name: "one printed decimal", form: funds(79.57, 7.9, { scoreText: "7.9" }) },
    { name: "weight missing: skipped", form: funds(80, 3, { weight: null }) },
    { name: "score missing: skipped", form: funds(80, null) },
  ],
  invalid: [
    {
      // 10 × 79.57% = 7.957 → 7.96
      name: "full budget score for a 79.57% rate",
      form: funds(79.57, 10),
      findings: [{ path: "/funds/score", reported: 10, expected: 7.96, message: "项目资金·得分 为 10，按 分值 × 执行率 应为 7.96" }],
    },
    {
      // printed "7.8": |7.8 − 7.957| = 0.157 > 0.1
      name: "off by more than one unit of the printed place",
      form: funds(79.57, 7.8, { scoreText: "7.8" }),
      findings: [{ path: "/funds/score", reported: 7.8, expected: 7.96 }],
    },
    {
      // no rate printed: recomputed 80 ÷ 100 = 80% → 10 × 80% = 8
      name: "falls back to the recomputed rate",
      form: funds(null, 10, { executed: 80 }),
      findings: [{ path: "/funds/score", reported: 10, expected: 8, message: /复核执行率/ }],
    },
    {
      // uses the REPORTED rate (50%), not the recomputed 100%: 10 × 50% = 5
      name: "uses the printed rate even when it is wrong",
      form: funds(50, 10),
      findings: [{ path: "/funds/score", reported: 10, expected: 5 }],
    },
  ],
});

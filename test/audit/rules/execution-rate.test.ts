import { ruleTester } from "../rule-tester.js";
import { executionRateRule } from "../../../src/audit/rules/execution-rate.js";
import { form, fundRow, src } from "../form-builder.js";

/** A form whose total row is budget/executed (全年预算数), rate as printed. */
function rate(annualBudget: number | null, executed: number | null, printed: number | null, text?: string, initialBudget: number | null = annualBudget) {
  return form({
    rows: [fundRow({ initialBudget, annualBudget, executed })],
    funds: { executionRatePercent: printed },
    ...(text !== undefined ? { sources: { "/funds/executionRatePercent": src(text) } } : {}),
  });
}

ruleTester(executionRateRule, {
  valid: [
    { name: "100 of 100 is 100%", form: form() },
    // 318246.5 ÷ 400000 = 79.561625% ; printed 79.57%: |79.57 − 79.561625| = 0.008375 ≤ 0.01
    { name: "79.57% beside 318246.5 ÷ 400000 (misrounded, within one unit)", form: rate(400000, 318246.5, 79.57, "79.57%") },
    // 52.6 ÷ 61.5 = 85.528…% ; printed 86%: |86 − 85.53| = 0.47 ≤ 1
    { name: "86% beside 52.6 ÷ 61.5 (whole percent)", form: rate(61.5, 52.6, 86, "86%") },
    // 86.2 ÷ 100 = 86.2% ; printed 86: 0.2 ≤ 1
    { name: "86% beside 86.2%", form: rate(100, 86.2, 86, "86%") },
    // |90.01 − 90| = 0.01 exactly: inclusive (binary floats would make it 0.010000000000005)
    { name: "exactly one unit off holds", form: rate(100, 90, 90.01, "90.01%") },
    // read as a fraction: text "1" → 100; precision of "1" in percent is 0 places
    { name: "a rate printed as the fraction 1", form: rate(100, 100, 100, "1") },
    // "0.8" read as 80%: two places less than printed → 0; 80.4 is within 1
    { name: "a rate printed as the fraction 0.8", form: rate(100, 80.4, 80, "0.8") },
    { name: "a zero budget: skipped", form: rate(0, 10, 50) },
    { name: "nothing executed printed: skipped", form: rate(100, null, 50) },
    { name: "no rate printed: skipped", form: rate(100, 50, null) },
    {
      // no 全年预算数 column (Beijing 2016): 150 ÷ 200 = 75%
      name: "divides by 年初预算数 when no row prints 全年预算数",
      form: rate(null, 150, 75, "75%", 200),
    },
  ],
  invalid: [
    {
      // 执行率 off by more than rounding: 90 ÷ 100 = 90%, printed 92%
      name: "rate off by more than rounding",
      form: rate(100, 90, 92, "92%"),
      findings: [{ path: "/funds/executionRatePercent", reported: 92, expected: 90, message: "项目资金·执行率 为 92%，按 全年执行数 ÷ 全年预算数 应为 90%" }],
    },
    {
      // |90.02 − 90| = 0.02 > 0.01
      name: "two units of the last place off",
      form: rate(100, 90, 90.02, "90.02%"),
      findings: [{ path: "/funds/executionRatePercent", reported: 90.02, expected: 90 }],
    },
    {
      // 150 ÷ 200 = 75%, printed 100%
      name: "Beijing 2016 template, wrong rate",
      form: rate(null, 150, 100, "100%", 200),
      findings: [{ path: "/funds/executionRatePercent", reported: 100, expected: 75, message: /年初预算数/ }],
    },
    {
      // 318246.5 ÷ 400000 = 79.561625 → 79.56 ; printed 79.58: 0.018 > 0.01
      name: "79.58% beside 318246.5 ÷ 400000",
      form: rate(400000, 318246.5, 79.58, "79.58%"),
      findings: [{ path: "/funds/executionRatePercent", reported: 79.58, expected: 79.56 }],
    },
  ],
});

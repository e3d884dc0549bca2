import { ruleTester } from "../rule-tester.js";
import { totalWeight } from "../../../src/audit/rules/total-weight.js";
import { edit, form, indicator, src } from "../form-builder.js";

ruleTester(totalWeight, {
  valid: [
    { name: "10 + 20 + 20 + 10 + 20 + 10 + 10 = 100", form: form() },
    { name: "total weight not printed: skipped", form: form({ total: { weight: null } }) },
    { name: "an indicator weight missing: skipped", form: edit((f) => (f.indicators[0]!.weight = null)) },
    {
      // 0.1 + 0.2 = 0.3 exactly on decimals (binary floats give 0.30000000000000004)
      name: "decimal weights add up exactly",
      form: form({ funds: { weight: 0.1 }, indicators: [indicator({ weight: 0.2, score: 0.2 })], total: { weight: 0.3 } }),
    },
    {
      // printed "100" (0 places): 10 + 89.6 = 99.6, rounded to 0 places = 100
      name: "the sum rounded to the printed places equals it",
      form: form({ funds: { weight: 10 }, indicators: [indicator({ weight: 89.6, score: 89.6 })], total: { weight: 100 }, sources: { "/total/weight": src("100") } }),
    },
  ],
  invalid: [
    {
      // weights not summing to 100: 10 + 15 + 20 + 10 + 20 + 10 + 10 = 95
      name: "weights do not sum to the printed total",
      form: edit((f) => (f.indicators[0]!.weight = 15)),
      findings: [{ path: "/total/weight", reported: 100, expected: 95, message: "总分·分值 为 100，按预算执行与各项指标分值合计应为 95" }],
    },
    {
      // printed "100.0" (1 place): 10 + 89.96 = 99.96 → 100.0 holds; 10 + 89.94 = 99.94 → 99.9 ≠ 100.0
      name: "printed with one decimal: compared at one decimal",
      form: form({ indicators: [indicator({ weight: 89.94, score: 89.94 })], total: { weight: 100 }, sources: { "/total/weight": src("100.0") } }),
      findings: [{ path: "/total/weight", reported: 100, expected: 99.94 }],
    },
  ],
});

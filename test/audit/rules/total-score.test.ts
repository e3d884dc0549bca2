import { ruleTester } from "../rule-tester.js";
import { totalScore } from "../../../src/audit/rules/total-score.js";
import { edit, form, indicator, src } from "../form-builder.js";

ruleTester(totalScore, {
  valid: [
    { name: "10 + 20 + 20 + 10 + 20 + 10 + 10 = 100", form: form() },
    { name: "total score not printed: skipped", form: form({ total: { score: null } }) },
    { name: "budget score missing: skipped", form: form({ funds: { score: null } }) },
    {
      // printed "85.5": 7.96 + 77.58 = 85.54 → 85.5 at one place
      name: "sum rounded to the printed place",
      form: form({ funds: { score: 7.96 }, indicators: [indicator({ weight: 90, score: 77.58 })], total: { score: 85.5 }, sources: { "/total/score": src("85.5") } }),
    },
    {
      // printed "100.00" (2 places) for 100
      name: "printed with trailing zeros",
      form: form({ sources: { "/total/score": src("100.00") } }),
    },
  ],
  invalid: [
    {
      // totals that do not add up: 10 + 15 + 20 + 10 + 20 + 10 + 5 = 90, printed 95
      name: "the total does not add up",
      form: edit(
        (f) => {
          f.indicators[0]!.score = 15;
          f.indicators[5]!.score = 5;
        },
        { total: { score: 95 } },
      ),
      findings: [{ path: "/total/score", reported: 95, expected: 90, message: "总分·得分 为 95，按各项得分合计应为 90" }],
    },
    {
      // 7.96 + 77.6 = 85.56 → 85.6 at one place ≠ 85.5
      name: "off at the printed place",
      form: form({ funds: { score: 7.96 }, indicators: [indicator({ weight: 90, score: 77.6 })], total: { score: 85.5 }, sources: { "/total/score": src("85.5") } }),
      findings: [{ path: "/total/score", reported: 85.5, expected: 85.56 }],
    },
  ],
});

import { ruleTester } from "../rule-tester.js";
import { scoreRange } from "../../../src/audit/rules/score-range.js";
import { edit, form, indicator } from "../form-builder.js";

ruleTester(scoreRange, {
  valid: [
    { name: "every score within its weight", form: form() },
    { name: "a score of 0", form: edit((f) => (f.indicators[2]!.score = 0)) },
    { name: "score not printed", form: edit((f) => (f.indicators[2]!.score = null)) },
    { name: "weight not printed: only the lower bound", form: edit((f) => (f.indicators[2]!.weight = null)) },
  ],
  invalid: [
    {
      name: "an indicator scored above its weight",
      form: edit((f) => (f.indicators[2]!.score = 12)),
      findings: [{ path: "/indicators/2/score", reported: 12, expected: 10, message: "绩效指标 3·得分 为 12，超过其分值 10" }],
    },
    {
      name: "a negative budget score",
      form: form({ funds: { score: -1 } }),
      findings: [{ path: "/funds/score", reported: -1, expected: 0 }],
    },
    {
      // paths ordered numerically: /indicators/9 before /indicators/10
      name: "budget row and indicators 10 and 11 over their weights, in path order",
      form: form({
        funds: { score: 11 },
        indicators: Array.from({ length: 11 }, (_, i) => indicator({ weight: 5, score: i >= 9 ? 6 : 5 })),
      }),
      findings: [
        { path: "/funds/score", reported: 11, expected: 10 },
        { path: "/indicators/9/score", reported: 6, expected: 5 },
        { path: "/indicators/10/score", reported: 6, expected: 5 },
      ],
    },
  ],
});

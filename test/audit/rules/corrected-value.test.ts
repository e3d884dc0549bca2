import { ruleTester } from "../rule-tester.js";
import { correctedValue } from "../../../src/audit/rules/corrected-value.js";
import { form, src } from "../form-builder.js";

ruleTester(correctedValue, {
  valid: [
    { name: "no sources", form: form() },
    { name: "sources without corrections", form: form({ sources: { "/total/score": src("100") } }) },
  ],
  invalid: [
    {
      name: "a rate printed as a fraction, read as percent",
      form: form({ sources: { "/funds/executionRatePercent": src("1", 7, { corrected: { from: "1", reason: "执行数等于预算数，1 为比率" } }) } }),
      findings: [
        {
          path: "/funds/executionRatePercent",
          reported: "1",
          expected: 100,
          message: "项目资金·执行率 原文读作“1”，更正为 100：执行数等于预算数，1 为比率",
        },
      ],
    },
    {
      // ordered by path, numeric-aware
      name: "two corrections, in path order",
      form: form({
        sources: {
          "/total/score": src("1OO", 30, { corrected: { from: "1OO", reason: "OCR" } }),
          "/funds/rows/0/executed": src("1OO", 6, { corrected: { from: "1OO", reason: "OCR" } }),
        },
      }),
      findings: [
        { path: "/funds/rows/0/executed", reported: "1OO", expected: 100 },
        { path: "/total/score", reported: "1OO", expected: 100 },
      ],
    },
  ],
});

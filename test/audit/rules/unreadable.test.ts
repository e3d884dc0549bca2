import { ruleTester } from "../rule-tester.js";
import { unreadable } from "../../../src/audit/rules/unreadable.js";
import { edit, form, src } from "../form-builder.js";

ruleTester(unreadable, {
  valid: [
    { name: "no sources", form: form() },
    { name: "read values", form: form({ sources: { "/total/score": src("100") } }) },
    { name: "a dash is simply not printed", form: form({ total: { score: null }, sources: { "/total/score": src("—") } }) },
    { name: "a slash is not printed", form: edit((f) => (f.funds.rows[1]!.executed = null), { sources: { "/funds/rows/1/executed": src("/") } }) },
    { name: "empty text", form: form({ total: { score: null }, sources: { "/total/score": src(" ") } }) },
    {
      name: "targets and actuals are never unreadable",
      form: edit((f) => (f.indicators[0]!.target = null), { sources: { "/indicators/0/target": src("l0场") } }),
    },
  ],
  invalid: [
    {
      name: "a total score printed l0",
      form: form({ total: { score: null }, sources: { "/total/score": src("9l") } }),
      findings: [{ path: "/total/score", reported: "9l", message: "总分·得分 印作“9l”，无法读作数字" }],
    },
    {
      name: "an amount, a rate and an indicator weight, in path order",
      form: edit(
        (f) => {
          f.funds.rows[0]!.executed = null;
          f.funds.executionRatePercent = null;
          f.indicators[0]!.weight = null;
        },
        { sources: { "/indicators/0/weight": src("2O"), "/funds/executionRatePercent": src("1O0%"), "/funds/rows/0/executed": src("l00") } },
      ),
      findings: [
        { path: "/funds/executionRatePercent", reported: "1O0%" },
        { path: "/funds/rows/0/executed", reported: "l00" },
        { path: "/indicators/0/weight", reported: "2O" },
      ],
    },
  ],
});

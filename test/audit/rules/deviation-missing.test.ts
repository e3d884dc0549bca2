import { ruleTester } from "../rule-tester.js";
import { deviationMissing } from "../../../src/audit/rules/deviation-missing.js";
import { form, indicator } from "../form-builder.js";

const one = (weight: number | null, score: number | null, deviation: string | null) =>
  form({ indicators: [indicator({ weight, score, deviation })] });

ruleTester(deviationMissing, {
  valid: [
    { name: "full score, no reason needed", form: one(10, 10, null) },
    { name: "below weight with a reason", form: one(10, 5, "本项目未做满意度调查") },
    { name: "score not printed", form: one(10, null, null) },
    { name: "weight not printed", form: one(null, 5, null) },
  ],
  invalid: [
    {
      name: "below weight, no reason",
      form: one(10, 8, null),
      findings: [{ path: "/indicators/0/deviation", message: "绩效指标 1 得分 8 低于分值 10，但未填写偏差原因" }],
    },
    {
      name: "below weight, only a dash",
      form: one(10, 8, "—"),
      findings: [{ path: "/indicators/0/deviation" }],
    },
  ],
});

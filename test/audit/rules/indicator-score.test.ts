import { ruleTester } from "../rule-tester.js";
import { indicatorScore } from "../../../src/audit/rules/indicator-score.js";
import { hubei, national } from "../../../src/audit/profiles.js";
import { form, indicator, src } from "../form-builder.js";

/** A form of one indicator. */
const one = (target: string | null, actual: string | null, weight: number | null, score: number | null, sources?: Record<string, ReturnType<typeof src>>) =>
  form({ indicators: [indicator({ target, actual, weight, score })], ...(sources ? { sources } : {}) });

const linear = { ...national, name: "linear", reverseFormula: "linear" as const };

ruleTester(indicatorScore, {
  valid: [
    { name: "target met, full weight", form: one("≥10场", "12场", 10, 10) },
    { name: "=100% met", form: one("=100%", "100%", 20, 20) },
    // 10 × 50 ÷ 85 = 5.882… → printed 5.88
    { name: "short of ≥85%: in proportion", form: one("≥85%", "50%", 10, 5.88) },
    // printed 5.9 (one place): 5.882 → 5.9
    { name: "strict at the printed place", form: one("≥85%", "50%", 10, 5.9, { "/indicators/0/score": src("5.9") }) },
    // ≤5天 and 8天: 10 × 5 ÷ 8 = 6.25
    { name: "reverse target missed: weight × target ÷ actual", form: one("≤5天", "8天", 10, 6.25) },
    { name: "以内 is ≤, met", form: one("30天以内", "25天", 10, 10) },
    // linear: 10 × (1 − (8 − 5) ÷ 5) = 4
    { name: "linear profile for a reverse target", form: one("≤5天", "8天", 10, 4), profile: linear },
    // linear floors at 0: 1 − (12 − 5) ÷ 5 < 0
    { name: "linear profile floors at 0", form: one("≤5天", "12天", 10, 0), profile: linear },
    // 百分之九十 = 90%: 10 × 85 ÷ 90 = 9.444… → 9 at 0 places
    { name: "Chinese numerals in the target", form: one("百分之九十", "85%", 10, 9) },
    { name: "units differ: skipped", form: one("≥10场", "8次", 10, 10) },
    // seed form 1: target 满意 is qualitative, actual 50%
    { name: "qualitative target: skipped", form: one("满意", "50%", 10, 5) },
    { name: "several targets in one cell: skipped", form: one("1、≥10场；2、≥5篇", "8场", 10, 10) },
    { name: "score missing: skipped", form: one("≥90%", "80%", 10, null) },
    { name: "weight 0: skipped", form: one("≥90%", "80%", 0, 0) },
    { name: "部分达成预期指标 scored 70% of the weight", form: one("达成", "部分达成预期指标", 10, 7) },
    { name: "达成预期指标 scored 80% of the weight (band lower bound inclusive)", form: one("达成", "达成预期指标", 10, 8) },
    { name: "达成预期指标 scored full", form: one("达成", "达成预期指标", 10, 10) },
    { name: "未达成预期指标 scored 5.9 of 10", form: one("达成", "未达成预期指标", 10, 5.9) },
    { name: "other qualitative actuals are not graded", form: one("及时", "较及时", 10, 2) },
    { name: "Hubei profile has the same bands", form: one("达成", "部分达成预期指标", 10, 6), profile: hubei },
  ],
  invalid: [
    {
      // seed form 2: ≥85%, actual 50%, weight 10 → 10 × 50 ÷ 85 = 5.882… → 5.88, printed 5
      name: "seed: satisfaction 50% of a ≥85% target scored 5",
      form: one("≥85%", "50%", 10, 5),
      findings: [{ path: "/indicators/0/score", reported: 5, expected: 5.88, message: "绩效指标 1·得分 为 5，目标 ≥85%、实际 50%，按 分值 10 × 50 ÷ 85 应为 5.88" }],
    },
    {
      // full marks for a missed target: =100% target, 80% actual, weight 20 → 20 × 80 ÷ 100 = 16
      name: "full marks for a missed target",
      form: one("=100%", "80%", 20, 20),
      findings: [{ path: "/indicators/0/score", reported: 20, expected: 16 }],
    },
    {
      name: "met but not given the full weight",
      form: one("不少于10场", "12场", 10, 8),
      findings: [{ path: "/indicators/0/score", reported: 8, expected: 10, message: /应得满分/ }],
    },
    {
      // ≤5天, 8天: ratio 10 × 5 ÷ 8 = 6.25
      name: "reverse target missed, full marks",
      form: one("≤5天", "8天", 10, 10),
      findings: [{ path: "/indicators/0/score", reported: 10, expected: 6.25 }],
    },
    {
      // linear: 10 × (1 − 3 ÷ 5) = 4; the ratio formula's 6.25 is a finding here
      name: "linear profile: the ratio score is wrong",
      form: one("≤5天", "8天", 10, 6.25),
      profile: linear,
      findings: [{ path: "/indicators/0/score", reported: 6.25, expected: 4 }],
    },
    {
      // a bare-number actual takes the target's unit: 80 → 80%; 10 × 80 ÷ 90 = 8.888… → 8.89
      name: "bare-number actual in the target's unit",
      form: one("≥90%", "80", 10, 10),
      findings: [{ path: "/indicators/0/score", reported: 10, expected: 8.89 }],
    },
    {
      // 部分达成: [60%, 80%) of 10 = [6, 8); 8 is outside
      name: "部分达成预期指标 scored 8 of 10",
      form: one("达成", "部分达成预期指标", 10, 8),
      findings: [{ path: "/indicators/0/score", reported: 8, expected: { min: 6, max: 8 } }],
    },
    {
      name: "达成预期指标 scored 7.9 of 10",
      form: one("达成", "达成预期指标", 10, 7.9),
      findings: [{ path: "/indicators/0/score", reported: 7.9, expected: { min: 8, max: 10 } }],
    },
    {
      // a page in traditional characters: the same verdict, the same band
      name: "部分達成預期指標 scored 8 of 10",
      form: one("達成", "部分達成預期指標", 10, 8),
      findings: [{ path: "/indicators/0/score", reported: 8, expected: { min: 6, max: 8 } }],
    },
    {
      name: "未达成预期指标 scored 6 of 10 (upper bound exclusive)",
      form: one("达成", "未达成预期指标", 10, 6),
      findings: [{ path: "/indicators/0/score", reported: 6, expected: { min: 0, max: 6 } }],
    },
  ],
});

import { ruleTester } from "../rule-tester.js";
import { level1Weights } from "../../../src/audit/rules/level1-weights.js";
import { hubei } from "../../../src/audit/profiles.js";
import { form, indicator } from "../form-builder.js";

const ind = (level1: string | null, weight: number | null) => indicator({ level1, weight, score: weight });

ruleTester(level1Weights, {
  valid: [
    { name: "national 产出 50 / 效益 30 / 满意度 10, 预算执行 10", form: form() },
    {
      // 成本指标 printed as a 一级 counts with 产出: 40 + 10 = 50
      name: "成本指标 counted with 产出",
      form: form({ indicators: [ind("产出指标", 40), ind("成本指标", 10), ind("效益指标", 30), ind("满意度指标", 10)] }),
    },
    {
      // Hubei: 预算执行 20, 产出 40, 效益 + 满意度 20 + 20 = 40
      name: "Hubei scheme under the Hubei profile",
      form: form({ funds: { weight: 20 }, indicators: [ind("产出指标", 40), ind("效益指标", 20), ind("满意度指标", 20)] }),
      profile: hubei,
    },
    {
      // a page in traditional characters: its 一级 names are the profile's in the other script
      name: "national scheme printed in traditional characters (產出指標 50 / 效益指標 30 / 滿意度指標 10)",
      form: form({ indicators: [ind("產出指標", 40), ind("成本指標", 10), ind("效益指標", 30), ind("滿意度指標", 10)] }),
    },
    { name: "a 一级 missing: skipped", form: form({ indicators: [ind(null, 50), ind("效益指标", 30), ind("满意度指标", 10)] }) },
    { name: "no indicators: skipped", form: form({ indicators: [] }) },
  ],
  invalid: [
    {
      name: "产出 40 / 效益 30 / 满意度 20",
      form: form({ indicators: [ind("产出指标", 40), ind("效益指标", 30), ind("满意度指标", 20)] }),
      findings: [
        {
          path: "/indicators",
          reported: { 产出指标: 40, 效益指标: 30, 满意度指标: 20, 预算执行: 10 },
          expected: { 产出指标: 50, 效益指标: 30, 满意度指标: 10, 预算执行: 10 },
          message: "一级指标分值为 产出指标 40，效益指标 30，满意度指标 20，预算执行 10；按 national 方案应为 产出指标 50，效益指标 30，满意度指标 10，预算执行 10",
        },
      ],
    },
    {
      name: "the Hubei scheme under the national profile",
      form: form({ funds: { weight: 20 }, indicators: [ind("产出指标", 40), ind("效益指标", 20), ind("满意度指标", 20)] }),
      findings: [
        {
          path: "/indicators",
          reported: { 产出指标: 40, 效益指标: 20, 满意度指标: 20, 预算执行: 20 },
          expected: { 产出指标: 50, 效益指标: 30, 满意度指标: 10, 预算执行: 10 },
        },
      ],
    },
    {
      name: "the national scheme under the Hubei profile",
      form: form(),
      profile: hubei,
      findings: [
        {
          path: "/indicators",
          reported: { 产出指标: 50, "效益指标+满意度指标": 40, 预算执行: 10 },
          expected: { 产出指标: 40, "效益指标+满意度指标": 40, 预算执行: 20 },
        },
      ],
    },
    {
      name: "a 一级 outside the scheme",
      form: form({ indicators: [ind("产出指标", 45), ind("长效管理", 5), ind("效益指标", 30), ind("满意度指标", 10)] }),
      findings: [
        {
          path: "/indicators",
          reported: { 产出指标: 45, 效益指标: 30, 满意度指标: 10, 长效管理: 5, 预算执行: 10 },
          expected: { 产出指标: 50, 效益指标: 30, 满意度指标: 10, 长效管理: null, 预算执行: 10 },
        },
      ],
    },
  ],
});

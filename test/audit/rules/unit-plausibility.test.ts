import { ruleTester } from "../rule-tester.js";
import { unitPlausibility } from "../../../src/audit/rules/unit-plausibility.js";
import { form, fundRow } from "../form-builder.js";

const amounts = (unit: "元" | "万元" | null, executed: number) =>
  form({ funds: { unit }, rows: [fundRow({ initialBudget: 100, annualBudget: 100, executed })] });

ruleTester(unitPlausibility, {
  valid: [
    { name: "元 amounts may be large", form: amounts("元", 25_000_000) },
    { name: "万元 up to 10,000,000", form: amounts("万元", 10_000_000) },
    { name: "no unit printed", form: amounts(null, 25_000_000) },
  ],
  invalid: [
    {
      name: "25,000,000 万元 is 2,500 亿元: probably 元",
      form: amounts("万元", 25_000_000),
      findings: [{ path: "/funds/unit", reported: "万元", expected: "元", message: /年度资金总额·全年执行数 为 25000000/ }],
    },
  ],
});

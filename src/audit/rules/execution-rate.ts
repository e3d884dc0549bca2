/** execution-rate: 执行率 = 100 × 全年执行数 ÷ 全年预算数 of the total row, within one unit of the last printed place. */
import type { Rule } from "../context.js";
import { budgetColumn, executionRate } from "../compute.js";
import { toNumber, within } from "../precision.js";

const PATH = "/funds/executionRatePercent";

export const executionRateRule: Rule = {
  id: "execution-rate",
  severity: "error",
  confirmsReadings: true,
  roundedByAuthor: true,
  doc: "执行率等于年度资金总额的全年执行数 ÷ 全年预算数（无全年预算数时 ÷ 年初预算数），误差不超过末位一个单位",
  *check(ctx) {
    const reported = ctx.printed(PATH, ctx.form.funds.executionRatePercent);
    const rate = executionRate(ctx.form);
    if (!reported || !rate) return;
    if (within(rate, reported.value, reported.places)) return;
    const base = budgetColumn(ctx.form) === "annualBudget";
    yield {
      path: PATH,
      reported: ctx.form.funds.executionRatePercent,
      expected: toNumber(rate),
      message: ctx.t(
        `${ctx.field(PATH)} 为 ${ctx.fmt(reported.value, reported.places)}%，按 全年执行数 ÷ ${base ? "全年预算数" : "年初预算数"} 应为 ${ctx.fmt(rate)}%`,
        `${ctx.field(PATH)} is ${ctx.fmt(reported.value, reported.places)}%; executed ÷ ${base ? "annual budget" : "initial budget"} gives ${ctx.fmt(rate)}%`,
      ),
    };
  },
};

export default executionRateRule;

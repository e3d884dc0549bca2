/** budget-score: 预算执行得分 = 分值 × min(执行率, 100%), within one unit of the last printed place. */
import type { Rule } from "../context.js";
import { budgetScore } from "../compute.js";
import { toNumber, within } from "../precision.js";

const PATH = "/funds/score";

export const budgetScoreRule: Rule = {
  id: "budget-score",
  severity: "error",
  confirmsReadings: true,
  roundedByAuthor: true,
  doc: "预算执行得分等于分值 × 执行率（执行率超过 100% 按 100% 计），误差不超过末位一个单位",
  *check(ctx) {
    const reported = ctx.printed(PATH, ctx.form.funds.score);
    const expected = budgetScore(ctx.form);
    if (!reported || !expected) return;
    if (within(expected, reported.value, reported.places)) return;
    const printedRate = ctx.form.funds.executionRatePercent !== null;
    yield {
      path: PATH,
      reported: ctx.form.funds.score,
      expected: toNumber(expected),
      message: ctx.t(
        `${ctx.field(PATH)} 为 ${ctx.fmt(reported.value, reported.places)}，按 分值 × ${printedRate ? "执行率" : "复核执行率"} 应为 ${ctx.fmt(expected)}`,
        `${ctx.field(PATH)} is ${ctx.fmt(reported.value, reported.places)}; weight × ${printedRate ? "execution rate" : "recomputed execution rate"} gives ${ctx.fmt(expected)}`,
      ),
    };
  },
};

export default budgetScoreRule;

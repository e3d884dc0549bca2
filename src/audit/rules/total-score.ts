/** total-score: 总分·得分 = 预算执行得分 + Σ 指标得分, exact at the printed precision. */
import type { Rule } from "../context.js";
import { scoreSum } from "../compute.js";
import { equalAtPlaces, toNumber } from "../precision.js";

const PATH = "/total/score";

export const totalScore: Rule = {
  id: "total-score",
  severity: "error",
  confirmsReadings: true,
  doc: "总分的得分等于预算执行得分与各项指标得分之和 (total.score = funds.score + Σ indicators[].score)",
  *check(ctx) {
    const reported = ctx.printed(PATH, ctx.form.total.score);
    const sum = scoreSum(ctx.form);
    if (!reported || !sum) return;
    if (equalAtPlaces(sum, reported.value, reported.places)) return;
    yield {
      path: PATH,
      reported: ctx.form.total.score,
      expected: toNumber(sum),
      message: ctx.t(
        `${ctx.field(PATH)} 为 ${ctx.fmt(reported.value, reported.places)}，按各项得分合计应为 ${ctx.fmt(sum)}`,
        `${ctx.field(PATH)} is ${ctx.fmt(reported.value, reported.places)}; the scores add up to ${ctx.fmt(sum)}`,
      ),
    };
  },
};

export default totalScore;

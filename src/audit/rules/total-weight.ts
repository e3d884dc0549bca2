/** total-weight: 总分·分值 = 预算执行分值 + Σ 指标分值, exact at the printed precision. */
import type { Rule } from "../context.js";
import { weightSum } from "../compute.js";
import { equalAtPlaces, toNumber } from "../precision.js";

const PATH = "/total/weight";

export const totalWeight: Rule = {
  id: "total-weight",
  severity: "error",
  confirmsReadings: true,
  doc: "总分的分值等于预算执行分值与各项指标分值之和 (total.weight = funds.weight + Σ indicators[].weight)",
  *check(ctx) {
    const reported = ctx.printed(PATH, ctx.form.total.weight);
    const sum = weightSum(ctx.form);
    if (!reported || !sum) return;
    if (equalAtPlaces(sum, reported.value, reported.places)) return;
    yield {
      path: PATH,
      reported: ctx.form.total.weight,
      expected: toNumber(sum),
      message: ctx.t(
        `${ctx.field(PATH)} 为 ${ctx.fmt(reported.value, reported.places)}，按预算执行与各项指标分值合计应为 ${ctx.fmt(sum)}`,
        `${ctx.field(PATH)} is ${ctx.fmt(reported.value, reported.places)}; budget execution and the indicators' weights add up to ${ctx.fmt(sum)}`,
      ),
    };
  },
};

export default totalWeight;

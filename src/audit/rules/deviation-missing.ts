/** deviation-missing: an indicator scored below its weight explains why (偏差原因分析及改进措施). */
import { isPrinted, type Rule } from "../context.js";
import { cmp, fromNumber } from "../precision.js";

export const deviationMissing: Rule = {
  id: "deviation-missing",
  severity: "warning",
  doc: "得分低于分值的指标须填写偏差原因分析及改进措施",
  *check(ctx) {
    for (const [i, ind] of ctx.form.indicators.entries()) {
      if (ind.weight === null || ind.score === null) continue;
      if (cmp(fromNumber(ind.score), fromNumber(ind.weight)) >= 0) continue;
      if (ind.deviation !== null && isPrinted(ind.deviation)) continue;
      const path = `/indicators/${i}/deviation`;
      yield {
        path,
        message: ctx.t(
          `${ctx.field(`/indicators/${i}`)} 得分 ${ctx.fmt(ind.score, 4)} 低于分值 ${ctx.fmt(ind.weight, 4)}，但未填写偏差原因`,
          `${ctx.field(`/indicators/${i}`)} scores ${ctx.fmt(ind.score, 4)} below its weight ${ctx.fmt(ind.weight, 4)} but gives no reason for the deviation`,
        ),
      };
    }
  },
};

export default deviationMissing;

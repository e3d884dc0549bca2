/** unreadable: an amount, weight, score or rate printed but not read as a number (`l0`, `1O0%`). */
import type { Form } from "../../schema/index.js";
import { isPrinted, type Rule } from "../context.js";

/**
 * The numeric fields this rule covers, with their values; targets and actuals are never
 * unreadable. Walking the form's own fields costs less than testing every `sources` key.
 */
export function* numericFields(form: Form): Generator<[path: string, value: number | null]> {
  for (let i = 0; i < form.funds.rows.length; i++) {
    const row = form.funds.rows[i]!;
    yield [`/funds/rows/${i}/initialBudget`, row.initialBudget];
    yield [`/funds/rows/${i}/annualBudget`, row.annualBudget];
    yield [`/funds/rows/${i}/executed`, row.executed];
  }
  yield ["/funds/weight", form.funds.weight];
  yield ["/funds/executionRatePercent", form.funds.executionRatePercent];
  yield ["/funds/score", form.funds.score];
  for (let i = 0; i < form.indicators.length; i++) {
    const ind = form.indicators[i]!;
    yield [`/indicators/${i}/weight`, ind.weight];
    yield [`/indicators/${i}/score`, ind.score];
  }
  yield ["/total/weight", form.total.weight];
  yield ["/total/score", form.total.score];
}

export const unreadable: Rule = {
  id: "unreadable",
  severity: "error",
  confirmsReadings: true,
  doc: "金额、分值、得分或执行率印有文字却读不成数字（如 l0、1O0%）",
  *check(ctx) {
    const sources = ctx.form.sources;
    if (!sources) return;
    for (const [path, value] of numericFields(ctx.form)) {
      if (value !== null) continue;
      const source = sources[path];
      if (!source || !isPrinted(source.text)) continue;
      yield {
        path,
        reported: source.text,
        message: ctx.t(
          `${ctx.field(path)} 印作“${source.text}”，无法读作数字`,
          `${ctx.field(path)} is printed “${source.text}”, which cannot be read as a number`,
        ),
      };
    }
  },
};

export default unreadable;

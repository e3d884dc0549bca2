/** unreadable: an amount, weight, score or rate printed but not read as a number (`l0`, `1O0%`). */
import type { Form } from "../../schema/index.js";
import { isPrinted, type Rule } from "../context.js";

/**
 * The paths of the numeric fields this rule covers that hold no number (null); targets and
 * actuals are never unreadable. Walking the form's own fields costs less than testing every
 * `sources` key, and a path is built only for a field left null (most hold their number: building
 * every field's path for every form was most of the rule's time).
 */
export function* nullNumericPaths(form: Form): Generator<string> {
  for (let i = 0; i < form.funds.rows.length; i++) {
    const row = form.funds.rows[i]!;
    if (row.initialBudget === null) yield `/funds/rows/${i}/initialBudget`;
    if (row.annualBudget === null) yield `/funds/rows/${i}/annualBudget`;
    if (row.executed === null) yield `/funds/rows/${i}/executed`;
  }
  if (form.funds.weight === null) yield "/funds/weight";
  if (form.funds.executionRatePercent === null) yield "/funds/executionRatePercent";
  if (form.funds.score === null) yield "/funds/score";
  for (let i = 0; i < form.indicators.length; i++) {
    const ind = form.indicators[i]!;
    if (ind.weight === null) yield `/indicators/${i}/weight`;
    if (ind.score === null) yield `/indicators/${i}/score`;
  }
  if (form.total.weight === null) yield "/total/weight";
  if (form.total.score === null) yield "/total/score";
}

export const unreadable: Rule = {
  id: "unreadable",
  severity: "error",
  confirmsReadings: true,
  doc: "金额、分值、得分或执行率印有文字却读不成数字（如 l0、1O0%）",
  *check(ctx) {
    const sources = ctx.form.sources;
    if (!sources) return;
    for (const path of nullNumericPaths(ctx.form)) {
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

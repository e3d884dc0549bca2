/** unreadable: an amount, weight, score or rate printed but not read as a number (`l0`, `1O0%`). */
import { isPrinted, valueAt, type Rule } from "../context.js";

/** The numeric fields this rule covers; targets and actuals are never unreadable. */
export const NUMERIC_PATH = /^\/(?:funds\/rows\/\d+\/(?:initialBudget|annualBudget|executed)|funds\/(?:weight|executionRatePercent|score)|indicators\/\d+\/(?:weight|score)|total\/(?:weight|score))$/;

export const unreadable: Rule = {
  id: "unreadable",
  severity: "error",
  doc: "金额、分值、得分或执行率印有文字却读不成数字（如 l0、1O0%）",
  *check(ctx) {
    for (const [path, source] of Object.entries(ctx.form.sources ?? {})) {
      if (!NUMERIC_PATH.test(path)) continue;
      if (valueAt(ctx.form, path) !== null) continue;
      if (!isPrinted(source.text)) continue;
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

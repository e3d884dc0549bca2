/** task-budget: each 年度主要任务's 预算金额 总额 = 财政拨款 + 其他资金, exact at the printed precision. */
import type { Rule } from "../context.js";
import { add, equalAtPlaces, fromNumber, int, toNumber } from "../precision.js";

export const taskBudget: Rule = {
  id: "task-budget",
  severity: "error",
  doc: "年度主要任务的预算金额：总额等于财政拨款与其他资金之和（空白按 0 计，两者都空白的不查）",
  *check(ctx) {
    const tasks = ctx.form.tasks ?? [];
    for (let i = 0; i < tasks.length; i++) {
      const { total, fiscal, other } = tasks[i]!.budget;
      // Nothing to add up when neither part is printed (a task budgeted only in 总额).
      if (fiscal === null && other === null) continue;
      const path = `/tasks/${i}/budget/total`;
      const reported = ctx.printed(path, total);
      if (!reported) continue;
      const sum = [fiscal, other].reduce((acc, v) => (v === null ? acc : add(acc, fromNumber(v))), int(0));
      if (equalAtPlaces(sum, reported.value, reported.places)) continue;
      yield {
        path,
        reported: total,
        expected: toNumber(sum),
        message: ctx.t(
          `${ctx.field(path)} 为 ${ctx.fmt(reported.value, reported.places)}，财政拨款与其他资金合计应为 ${ctx.fmt(sum)}`,
          `${ctx.field(path)} is ${ctx.fmt(reported.value, reported.places)}; fiscal and other funds add up to ${ctx.fmt(sum)}`,
        ),
      };
    }
  },
};

export default taskBudget;

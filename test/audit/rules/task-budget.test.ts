import { ruleTester } from "../rule-tester.js";
import { taskBudget } from "../../../src/audit/rules/task-budget.js";
import { edit, form, src } from "../form-builder.js";
import type { Task } from "../../../src/schema/index.js";

const task = (total: number | null, fiscal: number | null, other: number | null, name = "任务"): Task => ({ name, content: "内容", budget: { total, fiscal, other } });
const withTasks = (...tasks: Task[]) => edit((f) => (f.tasks = tasks));

ruleTester(taskBudget, {
  valid: [
    { name: "a project form has no tasks", form: form() },
    { name: "总额 = 财政拨款 + 其他资金", form: withTasks(task(120, 100, 20), task(35.5, 35.5, 0)) },
    { name: "a blank 其他资金 counts 0", form: withTasks(task(80, 80, null)) },
    { name: "only 总额 printed: nothing to add up", form: withTasks(task(50, null, null)) },
    { name: "总额 not printed: skipped", form: withTasks(task(null, 10, 5)) },
    { name: "decimals add up exactly (0.1 + 0.2 = 0.3)", form: withTasks(task(0.3, 0.1, 0.2)) },
  ],
  invalid: [
    {
      name: "a task whose parts do not make its total",
      form: withTasks(task(120, 100, 20), task(60, 45, 10, "宣传")),
      findings: [{ path: "/tasks/1/budget/total", reported: 60, expected: 55, message: "年度主要任务 2·预算金额·总额 为 60，财政拨款与其他资金合计应为 55" }],
    },
    {
      // printed 100.00: 99.99 + 0 = 99.99
      name: "compared at the printed precision",
      form: edit((f) => {
        f.tasks = [task(100, 99.99, 0)];
        f.sources = { "/tasks/0/budget/total": src("100.00") };
      }),
      findings: [{ path: "/tasks/0/budget/total", reported: 100, expected: 99.99 }],
    },
  ],
});

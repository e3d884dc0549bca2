/**
 * The parts of the paper form only the department-wide form (部门整体支出绩效自评表) prints, as rows
 * of the same cell model as form-table.ts (11 columns): its header (部门(单位)名称, 部门预算编码), the
 * 年度主要任务 table with 预算金额 split into 总额 / 财政拨款 / 其他资金, and the 资金结构 table with its
 * extra columns (年中调整金额, 结余金额, 资金结余率). Findings land on these cells by their paths
 * (`/tasks/2/budget/total`, `/funds/rows/1/balance`) like on any other.
 */
import type { Form } from "../schema/index.js";
import { head, numCell, textCell, type TableRow } from "./cells.js";
import type { Words } from "./words.js";

export function departmentHeaderRows(form: Form, w: Words): TableRow[] {
  return [[
    head(w.departmentName),
    textCell("/department", form.department, { colSpan: 6 }),
    head(w.departmentCode, { colSpan: 2 }),
    textCell("/departmentCode", form.departmentCode ?? null, { colSpan: 2 }),
  ]];
}

/** 年度主要任务: the header over two lines, then one row per task. */
export function taskRows(form: Form, w: Words): TableRow[] {
  const tasks = form.tasks ?? [];
  if (tasks.length === 0) return [];
  const rows: TableRow[] = [
    [
      head(w.tasks, { rowSpan: tasks.length + 2, paths: ["/tasks"] }),
      head(w.taskName, { colSpan: 2, rowSpan: 2 }),
      head(w.taskContent, { colSpan: 5, rowSpan: 2 }),
      head(w.taskBudget(form.funds.unit), { colSpan: 3 }),
    ],
    [head(w.taskTotal), head(w.taskFiscal), head(w.taskOther)],
  ];
  tasks.forEach((t, i) => {
    const p = `/tasks/${i}`;
    rows.push([
      textCell(`${p}/name`, t.name, { colSpan: 2, paths: [`${p}/name`, p] }),
      textCell(`${p}/content`, t.content, { colSpan: 5 }),
      numCell(form, `${p}/budget/total`, t.budget.total, { paths: [`${p}/budget/total`, `${p}/budget`] }),
      numCell(form, `${p}/budget/fiscal`, t.budget.fiscal),
      numCell(form, `${p}/budget/other`, t.budget.other),
    ]);
  });
  return rows;
}

/** Does the form's funds block carry the 资金结构 table's columns? */
export function isFundStructure(form: Form): boolean {
  return form.funds.rows.some((r) => r.adjustment !== undefined || r.balance !== undefined || r.balanceRatePercent !== undefined);
}

/**
 * 资金结构: label column, row names (a part under its parent indented by the form's own ①②), then
 * 年初 / 年中调整 / 小计 / 拨付 / 支出实现率 / 结余 / 结余率. The schema holds 支出实现率 once, for the
 * total (`executionRatePercent`); the other rows' rates are not read, so their cells stay empty.
 */
export function fundStructureRows(form: Form, w: Words): TableRow[] {
  const fundRows = form.funds.rows;
  const rows: TableRow[] = [[
    head(w.fundStructure(form.funds.unit), { rowSpan: fundRows.length + 1, paths: ["/funds", "/funds/unit"] }),
    head("", { colSpan: 3 }),
    head(w.structureInitial),
    head(w.adjustment),
    head(w.subtotal),
    head(w.disbursed),
    head(w.spendRate),
    head(w.balance),
    head(w.balanceRate),
  ]];
  fundRows.forEach((r, i) => {
    const p = `/funds/rows/${i}`;
    const rate = r.key === "total" ? numCell(form, "/funds/executionRatePercent", form.funds.executionRatePercent) : textCell(`${p}/rate`, null);
    if (r.key === "total" && rate.text !== null && !rate.unread) rate.text = `${rate.text}%`;
    const balanceRate = numCell(form, `${p}/balanceRatePercent`, r.balanceRatePercent ?? null);
    if (balanceRate.text !== null && !balanceRate.unread) balanceRate.text = `${balanceRate.text}%`;
    rows.push([
      textCell(`${p}/label`, r.label, { colSpan: 3, head: true, paths: [`${p}/label`, p] }),
      numCell(form, `${p}/initialBudget`, r.initialBudget),
      numCell(form, `${p}/adjustment`, r.adjustment ?? null),
      numCell(form, `${p}/annualBudget`, r.annualBudget),
      numCell(form, `${p}/executed`, r.executed),
      rate,
      numCell(form, `${p}/balance`, r.balance ?? null),
      balanceRate,
    ]);
  });
  return rows;
}

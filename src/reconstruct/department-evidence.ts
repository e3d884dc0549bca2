import { labelKey } from "../template/labels.js";
import type { IndicatorColumn } from "../template/project.js";
import { projectTitleWords } from "../template/project.js";
import type { ColumnSpec } from "./align.js";
import type { RawForm } from "./raw-form.js";

/**
 * Labels of the header only the department-wide form prints (its unit is a 部门(单位), not a project's
 * 主管部门 or 实施单位), after labelKey.
 */
export const DEPARTMENT_ONLY_LABELS = new Set(["部门(单位)名称", "部门名称", "部门(单位)", "部门单位名称", "部门(单位)全称", "部门全称", "被评价部门", "部门预算编码", "评价部门名称"]);

/** Does a header cell (its label, or `label：value`) begin with a label only the department form prints? */
export function isDepartmentOnlyLabel(text: string): boolean {
  const key = labelKey(text);
  for (const l of DEPARTMENT_ONLY_LABELS) if (key.startsWith(l)) return true;
  return false;
}

/** Fund rows and columns only the department-wide form's 预算资金 / 资金结构 tables have. */
const DEPARTMENT_FUND_ROWS = new Set(["basic", "project", "unitIncome"]);
const DEPARTMENT_FUND_COLUMNS = new Set(["adjustment", "balance", "balanceRate"]);
/** A scoring sheet's columns: 指标解释, 评分标准 (a project form's indicator table has neither). */
const SCORING_SHEET_COLUMNS = new Set<IndicatorColumn>(["note", "method"]);

/**
 * Is a form whose title did not say which form it is (none printed, or only the family's name: `2023年度绩效自评表`)
 * the department-wide form by what it holds? Its title names no project (项目), it has no 项目名称,
 * and it prints something only the department form has: a header label of the department's own
 * (部门(单位)名称), a 年度主要任务 table, 基本支出 / 项目支出 rows or 资金结构 columns (年中调整金额,
 * 结余金额), or a scoring sheet's 指标解释 / 评分标准 columns. A project form printed without its
 * title keeps its 项目名称, and so stays a project form.
 */
export function isUntitledDepartmentForm(form: RawForm, evidence: { departmentLabel: boolean; indicatorColumns: readonly ColumnSpec<IndicatorColumn>[] | null }): boolean {
  if (form.template === "department" || form.projectName) return false;
  // A title that names a project's form (项目支出绩效自评表, 专项资金绩效自评表, a 民生工程's sheet) says which it is.
  if (form.title && projectTitleWords.test(labelKey(form.title.text))) return false;
  if (evidence.departmentLabel || form.departmentCode || form.tasks.length > 0) return true;
  if (form.funds.rows.some((r) => r.key !== null && DEPARTMENT_FUND_ROWS.has(r.key))) return true;
  if (form.funds.columns.some((c) => DEPARTMENT_FUND_COLUMNS.has(c))) return true;
  return form.indicators.length > 0 && (evidence.indicatorColumns?.some((c) => SCORING_SHEET_COLUMNS.has(c.name)) ?? false);
}

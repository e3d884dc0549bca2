import type { Cell } from "../layout/grid.js";
import { labelKey } from "../template/labels.js";
import { hasText } from "./classify.js";
import { isDepartmentOnlyLabel } from "./department-evidence.js";
import type { RawForm } from "./raw-form.js";
import type { RowView } from "./row-prepare.js";
import { headerLabelValue } from "./row-classifier.js";

/**
 * A page of several department-wide forms, one after another, whose second form's title was not
 * printed (or was lost with the page above it): the second begins where the department form's own
 * header begins again. A project form's second 项目名称 starts a form (sections/header.ts); the
 * department form's header is its unit's label (部门(单位)名称, 评价部门名称 …) or its task table's
 * head (年度主要任务), printed once at the top of each form, never after its indicators.
 */

/**
 * Has the form read so far come to its table's end: indicators read, or its total after a table?
 * A total read before any funds, task or indicator row is the header's own 自评总分 (a header
 * row `项目名称 | … | 自评总分 | 99.68`, as Chongqing's form prints it): the form has only begun.
 */
export function formHasEnded(form: RawForm | null): boolean {
  if (form === null) return false;
  if (form.indicators.length > 0) return true;
  if (form.total.score === null && form.total.weight === null) return false;
  return form.funds.rows.length > 0 || form.tasks.length > 0;
}

/** The header row's first label cell and the field it names (`部门名称:某局` holds its value). */
function firstLabel(v: RowView): { cell: Cell; field: string } | null {
  for (let i = 0; i < v.cells.length; i++) {
    const cell = v.cells[i]!;
    if (!hasText(cell.text)) continue;
    const role = v.roles[i];
    if (role?.role === "header") return { cell, field: role.field };
    const inline = headerLabelValue(cell);
    return inline ? { cell, field: inline.field } : null;
  }
  return null;
}

/**
 * Does a header row start the next form: after a form that has ended, a label only the department
 * form prints, or, after a department form, any label of its unit (单位名称, 部门)?
 */
export function departmentHeaderStartsForm(form: RawForm | null, v: RowView): boolean {
  if (!formHasEnded(form)) return false;
  const label = firstLabel(v);
  if (!label) return false;
  if (label.field === "department") return isDepartmentOnlyLabel(label.cell.text) || form!.template === "department";
  // (Not 填报单位 or 单位(盖章): a trailer's signature line may print them under the table.)
  return label.field === "unitName" && form!.template === "department" && UNIT_LABELS.has(labelKey(label.cell.text).replace(/[:：].*$/, ""));
}

/** The unit's labels a department form's header opens with that name no field of the project form. */
const UNIT_LABELS: ReadonlySet<string> = new Set(["单位名称", "部门"]);

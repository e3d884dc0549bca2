import { labelKey } from "../template/labels.js";
import { type RawForm, type RawValue, readsNoTableYet } from "./raw-form.js";

/**
 * A self-evaluation report's cover (its title, 部门(单位)名称, 预算编码, 报告日期) followed by the report's
 * body, which opens on the same title again with the unit's name before it
 * (`某县林业局2021年部门整体支出绩效自评报告`, then 一、部门基本情况): the heading of the same report,
 * not a second form. Told by the cover having read no table yet (no fund, task or indicator row,
 * no goals, no total), both titles being a report's (…报告), and the heading naming the cover's unit.
 */
const REPORT_TITLE = /报告$/;

/** The unit's name as the heading prints it: without a bracketed note after it (`(单位)`, `(盖章)`). */
function unitName(department: RawValue): string {
  return labelKey(department.text).replace(/\([^()]*\)$/u, "");
}

export function restatesReportCover(form: RawForm | null, heading: RawValue): boolean {
  if (!form || !form.title || !form.department) return false;
  if (!readsNoTableYet(form) || form.total.score || form.total.weight) return false;
  const key = labelKey(heading.text);
  if (!REPORT_TITLE.test(key) || !REPORT_TITLE.test(labelKey(form.title.text))) return false;
  const unit = unitName(form.department);
  return unit.length >= 2 && key.includes(unit);
}

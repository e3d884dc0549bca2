/**
 * A self-evaluation report's cover read as the unit's form (the report-form rule): its label lines
 * (项目名称:…, 主管部门:…) open the form, and the report's title printed beside them, just above the
 * first label line (`关于省级财政项目支出绩效自评情况报告` / `项目名称:…`) or just under the last
 * (`…报告时间:2021年6月` / `某委2020年“…”项目绩效自评报告`), is the form's title. A bare report
 * heading (…绩效自评报告) is no form's title elsewhere: only where it touches such a cover, and only
 * for a form no title has named yet.
 */
import { labelKey } from "../template/labels.js";
import { selfEvaluationReportTitleEnd } from "../template/report-cover.js";
import { titlePattern, yearPattern } from "../template/project.js";
import { type RawForm, type RawValue, readsNoTableYet } from "./raw-form.js";

/** Longest report title taken (a project's full name in quotes makes them long). */
const MAX_REPORT_TITLE = 80;

/** Is `text` (one row's whole text) a self-evaluation report's title? */
export function isSelfEvaluationReportTitle(text: string): boolean {
  const key = labelKey(text).replace(/\(?(19|20)\d{2}(年度?)?\)?$/, "");
  if (key.length < 6 || key.length > MAX_REPORT_TITLE || /[:：]/.test(text)) return false;
  return selfEvaluationReportTitleEnd.test(key) && !titlePattern.test(key);
}

/** Is `form` a cover's form still open to its report's title: no title, nothing read past its header labels? */
export function takesReportTitle(form: RawForm | null): form is RawForm {
  return form !== null && !form.title && readsNoTableYet(form);
}

/** Gives `form` the report's title, and its year where the title prints one and no year was read. */
export function giveReportTitle(form: RawForm, title: RawValue): void {
  form.title = title;
  if (!form.year && yearPattern.test(title.text)) form.year = title;
}

/**
 * A cover's project name broken at the line's end just before the report family's words
 * (`项目名称: 2023年造林补助资金项目支出` / `绩效自评报告`): the line under it, the family's words
 * alone, is the name's tail, not a heading. Only where the tail spells the family's name with the
 * name's last words and neither does alone (…项目支出 + 绩效自评报告 = 项目支出绩效自评报告), the name
 * was read from the row just above, and the form has read nothing past its header labels.
 */
import { labelKey } from "../template/labels.js";
import { selfEvaluationReportTitleEnd } from "../template/report-cover.js";
import { titlePattern } from "../template/project.js";
import type { Row } from "../layout/grid.js";
import { type RawForm, type RawValue, readsNoTableYet } from "./raw-form.js";

/** Is `tail` (a row's whole text) the report family's words alone: 绩效自评报告, 绩效自评情况报告? */
function isFamilyWordsAlone(tail: string): boolean {
  const key = labelKey(tail);
  return selfEvaluationReportTitleEnd.exec(key)?.[0] === key;
}

/** The row's text, its cells joined. */
function rowText(row: Row): string {
  return row.cells.map((c) => c.text).join("").trim();
}

/**
 * Joins `tail` to `form`'s project name where it is the name's broken tail (see above); true when
 * it did. `above` is the row read just before the tail's.
 */
export function joinCoverNameTail(form: RawForm | null, tail: RawValue, above: Row | undefined): boolean {
  const name = form?.projectName;
  if (!form || !name || !above || !readsNoTableYet(form)) return false;
  if (!isFamilyWordsAlone(tail.text)) return false;
  if (!rowText(above).endsWith(name.text.trim())) return false;
  const joined = name.text.trim() + tail.text.trim();
  if (titlePattern.test(labelKey(name.text)) || titlePattern.test(labelKey(tail.text)) || !titlePattern.test(labelKey(joined))) return false;
  form.projectName = { ...name, text: joined };
  return true;
}

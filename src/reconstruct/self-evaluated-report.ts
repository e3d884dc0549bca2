import type { Row } from "../layout/grid.js";
import { labelKey } from "../template/labels.js";
import { toSimplified } from "../normalise/script.js";

/** How many rows after a report's title its cover may run before its text begins. */
const COVER_ROWS = 8;
/** The cover's line naming who evaluated: 评价单位 / 评价机构, then the name. */
const EVALUATOR = /^评价(?:单位|机构)[:：]\s*(\S.*)$/;
/** A unit's name alone on a line: words of a name, no clause. */
const UNIT_NAME = /^[\u4e00-\u9fff()（）]{4,30}$/;

/**
 * Does the evaluation report titled at `rows[at]` name as its evaluator (评价单位 / 评价机构) the unit
 * it reports on, the unit printed alone on the line above the title (`儋州市人民法院` /
 * `2018年度部门整体支出绩效评价报告` / `评价单位:儋州市人民法院`) or at the title's head? Then it is
 * the unit's self-evaluation in the report's layout, as a cover that ticks 部门(单位)绩效自评 says.
 * A report whose evaluator is another body (a firm, the finance bureau) stays another form.
 */
export function evaluatedByItself(rows: readonly Row[], at: number): boolean {
  const title = labelKey(rowText(rows[at]!));
  const above = at > 0 ? labelKey(rowText(rows[at - 1]!)) : "";
  for (let i = at + 1; i < Math.min(rows.length, at + 1 + COVER_ROWS); i++) {
    // (On the simplified script: 評價單位 is 评价单位.)
    const m = EVALUATOR.exec(toSimplified(rowText(rows[i]!)).trim());
    if (!m) continue;
    const evaluator = labelKey(m[1]!.replace(/[(（]\s*(?:公章|盖章)\s*[)）]/g, ""));
    return evaluator.length >= 4 && UNIT_NAME.test(evaluator) && (evaluator === above || title.startsWith(evaluator));
  }
  return false;
}

function rowText(row: Row): string {
  return row.cells.map((c) => c.text).join("");
}

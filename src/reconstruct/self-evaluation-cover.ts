/**
 * Whether an evaluation report's cover says the unit it reports on evaluated itself, which makes the
 * report that unit's self-evaluation in the report's layout: by a ticked option
 * (coverMarksSelfEvaluation), or by naming the unit as its evaluator (evaluatedByItself).
 */
import type { Row } from "../layout/grid.js";
import { labelKey } from "../template/labels.js";
import { selfEvaluationOptions, tickedBox } from "../template/project.js";
import { toSimplified } from "../normalise/script.js";
import { coverLabelsAfterEvaluator } from "../template/report-cover.js";

/** How many rows after a report's title its cover may run before its tables begin. */
const COVER_ROWS = 12;
/** How many of them may come before the line naming the evaluator (it follows the title's own lines). */
const EVALUATOR_ROWS = 8;
/** The cover's line naming who evaluated: 评价单位 / 评价机构, then the name. */
const EVALUATOR = /^评价(?:单位|机构)[:：]\s*(\S.*)$/;
/** A unit's name alone on a line: words of a name, no clause. */
const UNIT_NAME = /^[\u4e00-\u9fff()（）]{4,30}$/;

/**
 * Does the cover of the report titled at `rows[at]` tick an option that says the unit evaluated
 * itself (template selfEvaluationOptions)? Its rows are read from the title's own (a cover run
 * together onto the title's line) to COVER_ROWS below it. An option with its box unticked (□), or
 * ticked for someone else (☑财政部门), says nothing.
 */
export function coverMarksSelfEvaluation(rows: readonly Row[], at: number): boolean {
  const end = Math.min(rows.length, at + 1 + COVER_ROWS);
  for (let i = at; i < end; i++) {
    const key = labelKey(rowText(rows[i]!, " "));
    if (selfEvaluationOptions.some((option) => optionTicked(key, option))) return true;
  }
  // A cover run together and cut again at its labels leaves a ticked box at one row's end and its
  // option at the next's head (评价机构:□中介机构□专家组☑ / 项目单位 | 评价组): the cover read as one
  // text finds them. Only a box's glyph counts here; a lost glyph is told within its own row above.
  const cover = labelKey(rows.slice(at, end).map((row) => rowText(row, " ")).join(""));
  return selfEvaluationOptions.some((option) => optionTickedByGlyph(cover, option));
}

function optionTickedByGlyph(key: string, option: string): boolean {
  for (let from = key.indexOf(option); from >= 0; from = key.indexOf(option, from + 1)) {
    if (tickedBox.before.test(key.slice(Math.max(0, from - 1), from)) || tickedBox.after.test(key.slice(from + option.length))) return true;
  }
  return false;
}

function optionTicked(key: string, option: string): boolean {
  for (let from = key.indexOf(option); from >= 0; from = key.indexOf(option, from + 1)) {
    const before = key.slice(Math.max(0, from - 1), from);
    const after = key.slice(from + option.length);
    if (tickedBox.before.test(before) || tickedBox.after.test(after)) return true;
    // The ticked box's glyph lost with its font while the empty boxes stayed: among options each
    // with its □, the one with none is the one ticked (组织方式:□财政部门□主管部门 项目单位).
    if (key.includes(EMPTY_BOX) && !before.endsWith(EMPTY_BOX) && !after.startsWith(EMPTY_BOX) && !/^[A-Za-z]/.test(after)) return true;
  }
  return false;
}

/** An unticked box. */
const EMPTY_BOX = "□";

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
  for (let i = at + 1; i < Math.min(rows.length, at + 1 + EVALUATOR_ROWS); i++) {
    // (On the simplified script: 評價單位 is 评价单位.)
    const m = EVALUATOR.exec(toSimplified(rowText(rows[i]!)).trim());
    if (!m) continue;
    const evaluator = labelKey(m[1]!.replace(/[(（]\s*(?:公章|盖章)\s*[)）]/g, ""));
    if (evaluator.length >= 4 && UNIT_NAME.test(evaluator) && (evaluator === above || title.startsWith(evaluator))) return true;
    return namesUnitBeforeLabel(m[1]!, [above, TITLE_HEAD_UNIT.exec(title)?.[1] ?? ""]);
  }
  return false;
}

/** The unit's name at a report title's head, before the year (儋州市人民法院2018年度…). */
const TITLE_HEAD_UNIT = /^([\u4e00-\u9fff()（）]{4,30}?)\d{4}年/;
/** The cover's next label, its colon after it (报告时间:): where a name run on before it ends. */
const NEXT_LABEL = new RegExp(`^\\s*(?:${[...coverLabelsAfterEvaluator].sort((a, b) => b.length - a.length).join("|")})\\s*[:：]`);

/**
 * A cover run together onto one line (`评价单位:儋州市人民法院报告时间: 2019年…`): the evaluator's name
 * runs on into the cover's next label. The evaluator is the unit when its text is the unit's name
 * (printed above the title or at its head) and then a label with its colon: a name of another body
 * that merely opens with the unit's (某县财政局绩效评价中心) is followed by no such label there.
 */
function namesUnitBeforeLabel(value: string, units: readonly string[]): boolean {
  const text = value.trim();
  for (const unit of units) {
    if (unit.length < 4 || !UNIT_NAME.test(unit) || !text.startsWith(unit)) continue;
    if (NEXT_LABEL.test(text.slice(unit.length))) return true;
  }
  return false;
}

function rowText(row: Row, separator = ""): string {
  return row.cells.map((c) => c.text).join(separator);
}

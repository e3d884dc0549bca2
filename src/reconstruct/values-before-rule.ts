import type { Cell } from "../layout/grid.js";
import { toSimplified } from "../normalise/script.js";
import { scoringRuleWords } from "../template/scoring-rules.js";
import { hasText } from "./classify.js";
import type { RawIndicator } from "./raw-form.js";

/** The columns whose cells are read again, in the order Beijing's 2016 heads print them. */
const TEXT_COLUMNS = ["target", "actual", "method", "deviation"] as const;
type TextColumn = (typeof TEXT_COLUMNS)[number];

/**
 * Under column heads that print the target and the completion before the scoring rule (Beijing's
 * 年度指标值 | 全年实际值 | 得分计算方法), a row whose cells are parted by spaces and whose target and
 * completion are texts (`加大保护力度 程度较高 完成指标值得满分…`) may have them priced into the text
 * columns after them: all three in the rule's column, or each one column on, the rule in 偏差原因 —
 * any words fit a text column, and a value column prices them dearer. The rule says how points are
 * given, which no target, completion or 偏差原因 does: the row's last text is the rule, and the two
 * before it that say no such thing are the target and the completion, in the columns' order. Only
 * when exactly those three texts stand in those columns.
 */
export function valuesBeforeRule(ind: RawIndicator, placed: (column: TextColumn) => readonly Cell[], targetThenActualBeforeMethod: boolean): void {
  if (!targetThenActualBeforeMethod) return;
  const cells = TEXT_COLUMNS.flatMap((c) => placed(c).filter((x) => hasText(x.text)));
  if (cells.length !== 3) return;
  const [target, actual, rule] = cells as [Cell, Cell, Cell];
  if (!isRule(rule.text) || isRule(target.text) || isRule(actual.text)) return;
  // (Read right already: the target and completion in their columns, the rule in its own.)
  if (placed("method").some((x) => x === rule) && placed("target").includes(target)) return;
  ind.target = { text: target.text, source: target.source };
  ind.actual = { text: actual.text, source: actual.source };
  ind.method = { text: rule.text, source: rule.source };
  ind.deviation = null;
}

function isRule(text: string): boolean {
  return scoringRuleWords.test(toSimplified(text));
}

import type { RawIndicator, RawValue } from "./raw-form.js";

/** A target opened by a comparator with a bare figure, no unit (`≥3`, `≤ 20`, `=100`). */
const BARE_COMPARED_TARGET = /^\s*(?:[≥≤=<>＞＜＝≧≦]|不少于|不低于|不超过|不高于)\s*[0-9]+(?:\.[0-9]+)?\s*$/;
/** A whole figure standing alone (`4`, `253`): a count as printed, no points' decimals, no unit. */
const BARE_WHOLE = /^\s*[0-9]+\s*$/;

/**
 * In a table whose column heads were not seen (an excerpt that starts mid-table), a row that prints
 * a target with a comparator and a bare figure (`≥3`) and then one more bare whole figure (`4`) prints
 * its completion there, as the target is printed: a form prints the completion beside its target,
 * while points may be left to the reviewer. The alignment, knowing no columns, priced that figure
 * as points; it is moved to the completion. A target with a unit (`=100%`, `≤10次`) beside a bare
 * figure (`22.5`) is not touched: a completion would carry the target's unit, points carry none.
 *
 * So too under column heads that print the completion right after the target and the points apart
 * from them (Beijing's 分值 | 年度指标值 | 全年实际值 | 得分计算方法 | 得分), where the row's cells are
 * parted by spaces and its empty ones vanished: the figure beside the target is in the completion's
 * place (`actualBesideTarget`).
 */
export function bareCompletionBesideTarget(ind: RawIndicator, columnsFromHeader: boolean, actualBesideTarget = false): void {
  if ((columnsFromHeader && !actualBesideTarget) || !ind.target || filled(ind.actual) || !BARE_COMPARED_TARGET.test(ind.target.text)) return;
  loneWholePointsAsCompletion(ind);
}

function filled(x: RawValue | null | undefined): boolean {
  return !!x && x.text.trim() !== "";
}

/** A target's figure alone (`100`, `4.5`): its comparator in the 指标性质 cell, its unit in 度量单位's. */
const BARE_FIGURE = /^\s*[0-9]+(?:\.[0-9]+)?\s*$/;

/**
 * Under column heads that print the target cut into 指标值 | 度量单位 with the completion right after
 * (Sichuan's 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分), a row whose cells are parted by spaces
 * and whose empty ones vanished prints `100 % 100`: the figure after the unit stands in the
 * completion's place, as the target is printed, while points may be left to the reviewer. The
 * alignment, counting the vanished cells, priced it as points; it is moved to the completion. Only
 * a whole figure and only one: points with decimals (9.5), or both points printed, stay as read.
 */
export function bareCompletionAfterUnit(ind: RawIndicator, unitBeforeCompletion: boolean): void {
  if (!unitBeforeCompletion || !filled(ind.unit) || !ind.target || !BARE_FIGURE.test(ind.target.text) || filled(ind.actual)) return;
  loneWholePointsAsCompletion(ind);
}

/**
 * The one figure the alignment priced as points (weight or score, not both), when it is a whole
 * figure, moved to the completion; points with decimals, or both printed, stay as read.
 */
function loneWholePointsAsCompletion(ind: RawIndicator): void {
  if (filled(ind.weight) === filled(ind.score)) return;
  const only = (filled(ind.weight) ? ind.weight : ind.score)!;
  if (!BARE_WHOLE.test(only.text)) return;
  ind.actual = only;
  ind.weight = null;
  ind.score = null;
}

import type { Boundaries } from "../layout/grid.js";
import type { RawIndicator } from "./raw-form.js";
import { isComparatorCell } from "./split-target-cells.js";

/** A value opened by a comparator or a comparator's word (≥, =, 不少于 …). */
const OPENS_ON_COMPARATOR = /^\s*(?:[≥≤=<>＞＜＝≧≦]|不少于|不低于|不超过|不高于|小于|大于|低于|高于)/;

/**
 * A row's one value, opened by a comparator and aligned as the completion with the target empty
 * (`足额保障率=100% 22.5`), is the target: a comparator sets a target, and a target is what a form
 * prints where a completion may be left blank. Only where the row's cells ran together or were
 * parted by spaces: in a table whose cells are known, the value's column is evidence of its own.
 */
export function comparedValueIsTarget(ind: RawIndicator, boundaries: Boundaries): void {
  if (boundaries === "exact" || !ind.actual || (ind.target && ind.target.text.trim() !== "")) return;
  if (!OPENS_ON_COMPARATOR.test(ind.actual.text)) return;
  ind.target = ind.actual;
  ind.actual = null;
}

// (A comparator alone, as the 指标性质 column prints it (Sichuan's layout): a sign, or in words, 大于等于,
// as other split targets print it: split-target-cells.ts's isComparatorCell.)

/**
 * A comparator in the 指标性质 column qualifies the figure printed right after it, the target: a
 * row parted by spaces whose empty cells vanished (`药品抽验品种 ≥ 3 4`, no points printed) and
 * aligned with the target and completion empty and its figures as points (3 | 4) has them in the
 * target and the completion. Only with both points printed and no completion, target or unit:
 * a row that prints its points (≥ 95 96 10 10) aligns them where they are; in a table whose cells
 * are known, the columns say.
 */
export function comparatorQualifiesNextFigure(ind: RawIndicator, boundaries: Boundaries): void {
  if (boundaries === "exact" || !ind.nature || !isComparatorCell(ind.nature.text)) return;
  if (printed(ind.target) || printed(ind.actual) || printed(ind.unit) || !printed(ind.weight) || !printed(ind.score)) return;
  ind.target = ind.weight;
  ind.actual = ind.score;
  ind.weight = null;
  ind.score = null;
}

const printed = (x: RawIndicator["target"]) => x !== null && x.text.trim() !== "";

/**
 * A comparator in the 指标性质 column with no target after it, and the figure right after it aligned
 * as the completion (`≤ | 10次`: a count and its unit, printed as one, fill no 指标值 | 度量单位 pair)
 * qualifies that figure, the target: a form compares its target, never its completion. Only where
 * the row's cells ran together or were parted by spaces, and with no unit printed apart.
 */
export function comparatorQualifiesCompletion(ind: RawIndicator, boundaries: Boundaries): void {
  if (boundaries === "exact" || !ind.nature || !isComparatorCell(ind.nature.text)) return;
  if (printed(ind.target) || printed(ind.unit) || !printed(ind.actual)) return;
  ind.target = ind.actual;
  ind.actual = null;
}

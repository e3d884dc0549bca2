import type { Boundaries } from "../layout/grid.js";
import type { RawIndicator } from "./raw-form.js";

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

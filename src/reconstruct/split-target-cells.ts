import type { RawIndicator, RawValue } from "./raw-form.js";
import { comparatorWords, directionWords } from "../template/split-target.js";
import { plain } from "./classify.js";

/** A comparator alone in its cell: a sign (≥ ≤ = > <, >= <=) or its words (大于等于 …), behind a system's code (`004 >=`) or not. */
const COMPARATOR_CELL = new RegExp(`^(?:\\d{2,4})?(?:[≥≤=<>]|${[...comparatorWords].sort((a, b) => b.length - a.length).join("|")})$`);
const DIRECTION_CELL = new RegExp(`^(?:${directionWords.join("|")})$`);
const COMPARATOR_WORDS = [...comparatorWords].sort((a, b) => b.length - a.length).join("|");
/** A direction, a comparator in words, or both, ending a run of text (the figure after it is the target's). */
const WORDS_AT_END = new RegExp(`(${directionWords.join("|")})?(${COMPARATOR_WORDS})?$`);

/**
 * Where a run of text that ends on a split target's words (`租车达标率正向等于`, before the target's
 * figure, in a row run together) is cut: before the direction and before the comparator, each a
 * cell of its own (the comparator whole: 大于等于, not 大于 | 等于). The offsets in `key` (the run's
 * pattern key; 0 where the run is the words alone), none where the run does not end so.
 */
export function splitTargetWordCuts(key: string): number[] {
  const m = WORDS_AT_END.exec(key);
  if (!m || m[0] === "") return [];
  const cuts = [m.index];
  if (m[1] && m[2]) cuts.push(m.index + m[1].length);
  return cuts;
}

/** Whether a cell holds a comparator alone (plain() folds full-width signs and >=, ≧ to ≥). */
export function isComparatorCell(text: string): boolean {
  return COMPARATOR_CELL.test(plain(text));
}

/** Whether a cell holds a direction word alone (正向, 反向). */
export function isDirectionCell(text: string): boolean {
  return DIRECTION_CELL.test(plain(text));
}

/**
 * A target split into columns prints its comparator and, on some forms, its direction each in a
 * cell; the template's heads do not say which is which (Inner Mongolia prints 正向 under 指标性质 and
 * 大于等于 under 指标方向). What the cells hold does: the comparator goes to `nature`, which the
 * normaliser joins to the target's figure and unit, and the direction to `direction`, no part of
 * the target. A cell that is neither is left where its column put it.
 */
export function sortSplitTargetCells(ind: RawIndicator): void {
  const nature = ind.nature ?? null;
  const direction = ind.direction ?? null;
  const cells = [nature, direction].filter((x): x is RawValue => x !== null && x.text.trim() !== "");
  if (cells.length === 0) return;
  const comparator = cells.find((c) => isComparatorCell(c.text));
  const way = cells.find((c) => isDirectionCell(c.text));
  if (!comparator && !way) return;
  if (comparator) ind.nature = comparator;
  else if (nature === way) ind.nature = null;
  if (way) ind.direction = way;
  else if (direction === comparator) ind.direction = null;
}

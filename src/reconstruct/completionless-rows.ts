import type { RawIndicator, RawValue } from "./raw-form.js";
import { isBlankText } from "./classify.js";
import { readingPriors } from "./run-together.js";

/**
 * Run together with no header to name the columns (an excerpt that starts at the indicators), a
 * cut inside one run of digits needs evidence, and the rows before are evidence against one: a
 * table whose rows each print their 分值 and no completion prints none for this row either, so a
 * bare figure read as this row's completion is sooner the front of its points' digits
 * (`结余率≤5% 22.5` after rows of `=100% 22.5`: 22.5, not 2 | 2.5); one whose rows print 分值 and
 * leave 得分 blank gives this row's 分值 alone (`≥12场 20` is 20, not 2 | 0). Priced, not forced: a
 * figure printed apart still goes where the row's other figures want it.
 */
export interface RowsBefore {
  /** The rows before with points print no completion. */
  noCompletion: boolean;
  /** The rows before print 分值 and no 得分. */
  noScore: boolean;
}

export function rowsBefore(rows: readonly RawIndicator[]): RowsBefore {
  const pointed = rows.filter((r) => printed(r.weight) || printed(r.score));
  if (pointed.length === 0) return { noCompletion: false, noScore: false };
  return {
    noCompletion: pointed.every((r) => !printed(r.actual)),
    noScore: pointed.every((r) => printed(r.weight) && !printed(r.score)),
  };
}

/** The price of a reading that gives what the rows before print none of: a bare completion, a 得分. */
export function unlikeRowsBeforeCost(before: RowsBefore, v: ReadonlyMap<string, string>): number {
  let cost = 0;
  // (A figure with its unit too: `≥12次 20` after such rows is no 1 | 2次. A completion with no target
  // beside it is the target itself, which compared-target.ts moves: not priced.)
  const actual = v.get("actual")?.trim();
  if (before.noCompletion && actual && v.get("target")?.trim() && FIGURE_WITH_UNIT.test(actual)) cost += readingPriors.unlikely;
  const score = v.get("score")?.trim();
  if (before.noScore && score && BARE_FIGURE.test(score)) cost += readingPriors.unlikely;
  return cost;
}

const BARE_FIGURE = /^[0-9]+(?:\.[0-9]+)?[%％]?$/;
/** A figure and the few characters of its unit (2, 2%, 2次, 3.5万元). */
const FIGURE_WITH_UNIT = /^[0-9]+(?:\.[0-9]+)?[^0-9\s]{0,3}$/;

function printed(x: RawValue | null): boolean {
  return x !== null && !isBlankText(x.text);
}

import { classify } from "./classify.js";
import type { ReadResult } from "./form-reader.js";
import type { RawForm, RawValue } from "./raw-form.js";

/**
 * Text whose shape was told wrong (a page of spaced rows taken for one cell a line, or the
 * reverse) reads as next to nothing: the template's labels never line up with their values. When
 * the first reading is that thin, the same text read in its other shapes is weighed, and the
 * reading that places clearly more of the form is kept. What counts is only what the reader
 * itself knows — how many of a form's places got a value that fits them — never a truth.
 */

const has = (v: RawValue | null | undefined): boolean => !!v && v.text.trim() !== "";
/** A value that fits a numeric place (an amount, a rate, points), as the row classifier tells one. */
const numeric = (v: RawValue | null | undefined): boolean => has(v) && NUMERIC_KINDS.has(classify(v!.text).kind);
const NUMERIC_KINDS: ReadonlySet<string> = new Set(["number", "percent"]);

/** How many of a form's places hold a value that fits them. */
export function placedValues(f: RawForm): number {
  let n = [f.title, f.year, f.projectName, f.department, f.implementingUnit, f.goals.expected, f.goals.actual].filter(has).length;
  for (const row of f.funds.rows) n += Object.values(row.values).filter(numeric).length;
  n += [f.funds.weight, f.funds.rate, f.funds.score, f.total.weight, f.total.score].filter(numeric).length;
  for (const i of f.indicators) {
    // An indicator counts by its name and the values that fit beside it.
    if (!has(i.level3)) continue;
    n += 1 + [i.level1, i.level2, i.target, i.actual].filter(has).length + [i.weight, i.score].filter(numeric).length;
  }
  n += f.tasks.filter((t) => has(t.name)).length;
  return n;
}

export function readingWeight(r: ReadResult): number {
  return r.forms.reduce((n, f) => n + placedValues(f), 0);
}

/** Thin: no form, or forms with hardly any amounts and indicators in them. */
export const THIN_READING = 8;
/** How much more another reading must place to replace the first: clearly more, not a tie. */
export const BETTER_BY = { factor: 1.5, atLeast: 6 };

/**
 * Thin, unless the reader knew the text for another form of a dossier and found no self-evaluation
 * in it (a 申报表 holds none). Another form beside a form read thin (a 基础数据表 printed before a
 * portal's self-evaluation) does not explain what that form lacks: the text is weighed again.
 */
export function isThin(r: ReadResult): boolean {
  return readingWeight(r) < THIN_READING && !(r.forms.length === 0 && r.diagnostics.some((d) => d.code === "other-form"));
}

/** The first reading, unless it is thin and another places clearly more (its index among `others`). */
export function bestReading(first: ReadResult, others: () => ReadResult[]): { result: ReadResult; other: number | null } {
  if (!isThin(first)) return { result: first, other: null };
  const base = readingWeight(first);
  let best = { result: first, other: null as number | null, weight: base };
  others().forEach((r, k) => {
    const w = readingWeight(r);
    if (w >= Math.max(base * BETTER_BY.factor, base + BETTER_BY.atLeast) && w > best.weight) best = { result: r, other: k, weight: w };
  });
  return { result: best.result, other: best.other };
}

import type { Cell } from "../layout/grid.js";
import type { FundColumn } from "../template/project.js";
import { fundIdentities, identityGap } from "../template/fund-identities.js";
import { FLOAT_SLACK } from "./tolerances.js";

/**
 * A 资金结构 row whose figures ran together (`②基本支出230002300225097.83%502.17%`): whole amounts
 * carry no decimal point to tell where one ends, and readings that fit the columns alike abound
 * (23000 | 2300 | 2250 | 97.83% beside 2300 | 0 | 2300 | 2250 | 97.83%). The table checks itself
 * (its sums, fund-identities.ts). Every cut of the digits into the header's columns (a rate
 * is what stands before a percent sign) is tried; when exactly one keeps every sum the header's columns
 * let be checked, that is the row's reading. None or several: the general reader decides (run-together.ts).
 */

/** The columns printed as percents. */
const PERCENT_COLUMNS: ReadonlySet<FundColumn> = new Set(["rate", "balanceRate"]);
/** A well-formed figure: no leading zero, at most two decimals. */
const FIGURE = /^(?:0|[1-9]\d*)(?:\.\d{1,2})?$/;
/** The row's figures and percent signs, nothing else. */
const FIGURES_ONLY = /^[0-9.%％]+$/;
/** Most cuts tried before giving up (a run of seven whole amounts has a few thousand). */
const MAX_TRIES = 200_000;

/** How far a sum may be off at the precision its figures were printed with (half a unit of the last place). */
function slack(...printed: string[]): number {
  const places = Math.max(...printed.map((p) => (p.includes(".") ? p.length - p.indexOf(".") - 1 : 0)));
  return 0.5 * 10 ** -places + FLOAT_SLACK;
}

/**
 * Do the figures, one per column, keep every sum of the table their columns let be checked? An
 * amount may be off by the printed precision of each of its two terms, a rate by its own.
 */
function keepsSums(values: ReadonlyMap<FundColumn, string>): boolean {
  const n = (c: FundColumn) => (values.has(c) ? Number(values.get(c)) : null);
  const text = (c: FundColumn) => values.get(c) ?? "";
  let checked = 0;
  for (const identity of fundIdentities) {
    const gap = identityGap(identity, n);
    if (gap === null) continue;
    const tolerance =
      identity.kind === "amount" ? 2 * slack(text(identity.result), ...identity.from.map(text)) : slack(text(identity.result));
    if (Math.abs(gap) > tolerance) return false;
    checked++;
  }
  // (One sum kept by chance is no evidence: the amounts must be tied to one another twice.)
  return checked >= 2;
}

/**
 * The one reading of a run-together 资金结构 row's figures (the cells after its label) that keeps the
 * table's sums, one figure a column in the header's order, a rate with its percent sign; null when
 * the row is not such a run, or no reading or more than one keeps them.
 */
export function fundStructureReading(cells: readonly Cell[], columns: readonly FundColumn[]): string[] | null {
  if (!columns.includes("adjustment") && !columns.includes("balance")) return null;
  const blob = cells.map((c) => c.text).join("").replace(/％/g, "%");
  if (!FIGURES_ONLY.test(blob) || !/\d/.test(blob)) return null;
  const found: string[][] = [];
  let tries = 0;
  const parts: string[] = [];
  const walk = (at: number, col: number): void => {
    if (found.length > 1 || tries > MAX_TRIES) return;
    if (col === columns.length) {
      tries++;
      if (at !== blob.length) return;
      const values = new Map<FundColumn, string>(columns.map((c, k) => [c, parts[k]!]));
      if (keepsSums(values)) found.push(parts.map((p, k) => (PERCENT_COLUMNS.has(columns[k]!) ? `${p}%` : p)));
      return;
    }
    const percent = PERCENT_COLUMNS.has(columns[col]!);
    for (let end = at + 1; end <= blob.length && blob[end - 1] !== "%"; end++) {
      const part = blob.slice(at, end);
      if (!FIGURE.test(part)) continue;
      const next = blob[end];
      // (A point after the part is the part's; a rate stands right before its percent sign, and an amount never does.)
      if (next === ".") continue;
      if (percent !== (next === "%")) continue;
      parts.push(part);
      walk(percent ? end + 1 : end, col + 1);
      parts.pop();
    }
  };
  walk(0, 0);
  return found.length === 1 && tries <= MAX_TRIES ? found[0]! : null;
}

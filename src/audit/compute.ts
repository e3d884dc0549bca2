/**
 * The form's arithmetic, recomputed exactly. Each function returns null where an input it
 * needs is missing (not printed or unreadable) or a divisor is zero.
 */
import type { Form, FundRow } from "../schema/index.js";
import { add, div, fromNumber, int, min, mul, type Rat } from "./precision.js";

export type AmountColumn = "initialBudget" | "annualBudget" | "executed";
export const AMOUNT_COLUMNS: readonly AmountColumn[] = ["initialBudget", "annualBudget", "executed"];

const HUNDRED = int(100);

/** The exact value of a number, or null. */
export function exact(value: number | null | undefined): Rat | null {
  return value === null || value === undefined ? null : fromNumber(value);
}

/** Sum of exact values, or null when any is null. */
export function sumAll(values: ReadonlyArray<number | null>): Rat | null {
  // Terms over the same denominator (whole weights, scores to one decimal) are added as
  // numerators, and the sum reduced once at the end: a rational's lowest terms are unique, so
  // this is exactly the Rat that adding and reducing term by term gives, without a gcd per term.
  let n = 0n;
  let d = 1n;
  for (const v of values) {
    if (v === null) return null;
    const r = fromNumber(v);
    if (r.d === d) n += r.n;
    else {
      const t = add({ n, d }, r);
      n = t.n;
      d = t.d;
    }
  }
  return d === 1n ? { n, d } : add({ n, d }, int(0)); // (adding 0 reduces to lowest terms)
}

/** funds.weight + Σ indicators[].weight. */
export function weightSum(form: Form): Rat | null {
  return sumAll([form.funds.weight, ...form.indicators.map((i) => i.weight)]);
}

/** funds.score + Σ indicators[].score. */
export function scoreSum(form: Form): Rat | null {
  return sumAll([form.funds.score, ...form.indicators.map((i) => i.score)]);
}

/** Index of the 年度资金总额 row (key `total`), or -1. */
export function totalRowIndex(form: Form): number {
  return form.funds.rows.findIndex((r) => r.key === "total");
}

/** The column execution is measured against: 全年预算数, or 年初预算数 when no row prints 全年预算数. */
export function budgetColumn(form: Form): "annualBudget" | "initialBudget" {
  return form.funds.rows.some((r) => r.annualBudget !== null) ? "annualBudget" : "initialBudget";
}

/** 100 × executed ÷ budget of the total row. */
export function executionRate(form: Form): Rat | null {
  const row: FundRow | undefined = form.funds.rows[totalRowIndex(form)];
  if (!row) return null;
  const executed = exact(row.executed);
  const budget = exact(row[budgetColumn(form)]);
  if (!executed || !budget) return null;
  const ratio = div(executed, budget);
  return ratio && mul(ratio, HUNDRED);
}

/** The rate the budget score is computed from: the reported one, else the recomputed one. */
export function rateForScore(form: Form): Rat | null {
  return exact(form.funds.executionRatePercent) ?? executionRate(form);
}

/** funds.weight × min(rate, 100) ÷ 100. */
export function budgetScore(form: Form): Rat | null {
  const weight = exact(form.funds.weight);
  const rate = rateForScore(form);
  if (!weight || !rate) return null;
  return div(mul(weight, min(rate, HUNDRED)), HUNDRED);
}

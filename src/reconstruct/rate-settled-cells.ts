import type { Cell } from "../layout/grid.js";
import type { FundColumn } from "../template/project.js";
import { givesRate, joinedCell } from "./fund-row-figures.js";

/**
 * A fund row's 执行数 broken in its narrow cell with no mark, the pieces read as two cells (a page of
 * one cell a line: `总额` / `24594.30` / `24594.30` / `2459` `4.30` / `100.00` `%`, 24594.30 drawn as
 * `2459` and `4.30`). The row then has one figure too many before its rate and every column after
 * the budget falls a place. Joined only where the row settles it, as text-rows/rate-settled-figures.ts
 * does for the linear reading: the header names the budgets, 执行数 and 执行率 in that order, the
 * row's only rate (`100.00%`, or its digits and its sign as two cells) stands one cell later than
 * that puts it, the two cells before it are a whole number and a decimal figure, and the joined
 * figure over the budget gives the rate printed where neither piece does. Else null.
 */

const AMOUNT = /^\d[\d,]*(?:\.\d+)?$/;
const WHOLE = /^\d+$/;
const DECIMAL = /^\d+\.\d+$/;
const RATE = /^(\d+(?:\.\d+)?)\s*[%％]$/;
const BARE = /^\d+(?:\.\d+)?$/;
const SIGN = /^[%％]$/;

const value = (s: string): number => Number(s.replace(/,/g, ""));

export function rateSettledCells(figures: readonly Cell[], header: readonly FundColumn[]): Cell[] | null {
  const rateCol = header.indexOf("rate");
  const executedCol = header.indexOf("executed");
  if (rateCol < 2 || executedCol !== rateCol - 1 || !header.slice(0, executedCol).every((c) => c === "initialBudget" || c === "annualBudget")) return null;
  const t = figures.map((c) => c.text.trim());
  // (A rate's sign a cell of its own after its digits, `100.00` | `%`, is that rate.)
  const rates = t.map((s, k) => (RATE.test(s) || (BARE.test(s) && SIGN.test(t[k + 1] ?? "")) ? k : -1)).filter((k) => k >= 0);
  if (rates.length !== 1) return null;
  const at = rates[0]!;
  if (at !== rateCol + 1 || !t.slice(0, at).every((s) => AMOUNT.test(s))) return null;
  const [first, second] = [t[at - 2]!, t[at - 1]!];
  if (!WHOLE.test(first) || !DECIMAL.test(second)) return null;
  const rate = RATE.exec(t[at]!)?.[1] ?? t[at]!;
  const budget = value(t[at - 3]!);
  if (!givesRate(value(first + second), budget, rate) || givesRate(value(first), budget, rate) || givesRate(value(second), budget, rate)) return null;
  return [...figures.slice(0, at - 2), joinedCell([figures[at - 2]!, figures[at - 1]!]), ...figures.slice(at)];
}

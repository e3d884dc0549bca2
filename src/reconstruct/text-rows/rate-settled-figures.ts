import type { Cell, Row } from "../../layout/grid.js";
import { labelKey } from "../../template/labels.js";
import { FUND_ROW_LABELS, fundColumnKeys, givesRate, joinedCell } from "../fund-row-figures.js";

/**
 * An executed amount a converter broke at its narrow column's width with no mark of the break
 * (`pdftotext -raw`: `总额 126040.00 126040.00 11610` / `2.05 92% 10 9.2`, 116102.05 drawn as
 * `11610` and `2.05`). Read as a fund row, the row has one figure too many before its rate and
 * every column after the budget falls one place. Joined only where the text settles it: the funds
 * head prints 年初预算, 全年预算 (or one of them), 执行数 and 执行率 in that order, the row's only
 * rate (`92%`) stands one cell later than those heads put it, the two cells before it are a whole
 * number and a decimal figure, and the joined figure over the row's budget gives the rate printed
 * (116102.05 / 126040.00 = 92.1 %) where the pieces do not. Anything else is left as read.
 */

const AMOUNT = /^\d[\d,]*(?:\.\d+)?$/;
const WHOLE = /^\d+$/;
const DECIMAL = /^\d+\.\d+$/;
const RATE = /^(\d+(?:\.\d+)?)%$/;

const text = (cell: Cell): string => cell.text.trim();
const value = (s: string): number => Number(s.replace(/,/g, ""));

/** The number of amount columns before the rate where the head prints budgets, then 执行数, then 执行率; null otherwise. */
function amountsBeforeRate(row: Row): number | null {
  const keys = fundColumnKeys(row);
  const rate = keys.indexOf("rate");
  const executed = keys.indexOf("executed");
  if (rate < 0 || executed !== rate - 1) return null;
  const budgets = keys.slice(0, executed).filter((k) => k === "initialBudget" || k === "annualBudget").length;
  const before = keys.slice(0, executed).filter((k) => k !== null).length;
  return budgets === 0 || budgets !== before ? null : budgets + 1;
}

export function joinRateSettledFigures(rows: readonly Row[]): Row[] {
  let amounts: number | null = null;
  return rows.map((row) => {
    const head = amountsBeforeRate(row);
    if (head !== null) {
      amounts = head;
      return row;
    }
    if (amounts === null || row.cells.length < 2 || !FUND_ROW_LABELS.has(labelKey(text(row.cells[0]!)))) return row;
    const t = row.cells.map(text);
    const rates = t.map((s, k) => (RATE.test(s) ? k : -1)).filter((k) => k >= 0);
    if (rates.length !== 1) return row;
    const at = rates[0]!;
    // label, the amounts, one piece more, then the rate
    if (at !== amounts + 2 || !t.slice(1, at).every((s) => AMOUNT.test(s))) return row;
    const [first, second] = [t[at - 2]!, t[at - 1]!];
    if (!WHOLE.test(first) || !DECIMAL.test(second)) return row;
    const rate = RATE.exec(t[at]!)![1]!;
    const budget = value(t[at - 3]!);
    const joined = value(first + second);
    if (!givesRate(joined, budget, rate) || givesRate(value(first), budget, rate) || givesRate(value(second), budget, rate)) return row;
    const cell = joinedCell([row.cells[at - 2]!, row.cells[at - 1]!]);
    return { ...row, cells: [...row.cells.slice(0, at - 2), cell, ...row.cells.slice(at)] };
  });
}

import type { FundColumn } from "../template/project.js";
import { fundIdentities, identityGap } from "../template/fund-identities.js";

/**
 * A 资金结构 row with fewer figures than its header has columns (`合计 3,904.24 3.29 3,907.53 3,539.54`
 * under 年初 | 年中调整 | 小计 | 拨付 | 实现率 | 结余 | 结余率, the rest broken onto lines of their own):
 * which columns the figures stand in is not told by their kinds (every amount fits every amount
 * column), and the alignment's readings may tie, one of them reading 3.29 as the 小计. The table's
 * own sums tell (fund-identities.ts: 小计 = 年初 + 调整, 结余 = 小计 − 拨付, the rates of the 小计):
 * where the reading taken breaks one of them, the figures are placed, in order, in the columns that
 * keep every sum they let be checked and check at least one; of those, the one that checks the most,
 * then the one that leaves the latest columns empty (the cells a line lost are its last). Else null:
 * the reading stands as it was.
 */

/** How far two amounts may differ and still be one sum at a form's two decimals. */
const AMOUNT_SLACK = 0.015;
/** How far a printed rate may differ from the one its amounts give (percent points). */
const RATE_SLACK = 1;

/** The columns a 资金结构 header prints that its sums are stated over. */
const SUMS_COLUMNS: ReadonlySet<FundColumn> = new Set(["adjustment", "balance", "balanceRate"]);
/** Columns that hold an amount (or points): a figure without a sign. */
const AMOUNT_COLUMNS: ReadonlySet<FundColumn> = new Set(["initialBudget", "annualBudget", "executed", "adjustment", "balance", "weight", "score"]);
/** Columns that hold a rate: a figure with its sign. */
const RATE_COLUMNS: ReadonlySet<FundColumn> = new Set(["rate", "balanceRate"]);

const AMOUNT = /^\d[\d,]*(?:\.\d+)?$/;
const PERCENT = /^\d+(?:\.\d+)?[%％]$/;

function numberOf(text: string): number {
  return Number(text.replace(/[,%％]/g, ""));
}

/** How many of the sums a placement lets be checked, or null where it breaks one. */
function checkedSums(values: ReadonlyMap<FundColumn, string>): number | null {
  const value = (c: FundColumn): number | null => {
    const printed = values.get(c);
    // (A 年中调整 column left empty is no adjustment: the 小计 is the 年初 amount.)
    if (printed === undefined || printed.trim() === "") return c === "adjustment" ? 0 : null;
    const n = numberOf(printed.trim());
    return Number.isFinite(n) ? n : null;
  };
  let checked = 0;
  for (const identity of fundIdentities) {
    const gap = identityGap(identity, value);
    if (gap === null) continue;
    if (Math.abs(gap) > (identity.kind === "amount" ? AMOUNT_SLACK : RATE_SLACK)) return null;
    checked++;
  }
  return checked;
}

/** Every in-order placement of the figures in the columns, each in a column of its kind. */
function* placements(figures: readonly string[], columns: readonly FundColumn[], from = 0, at = 0): Generator<number[]> {
  if (at === figures.length) {
    yield [];
    return;
  }
  const text = figures[at]!;
  for (let j = from; j <= columns.length - (figures.length - at); j++) {
    const col = columns[j]!;
    const fits = PERCENT.test(text) ? RATE_COLUMNS.has(col) : AMOUNT_COLUMNS.has(col);
    if (!fits) continue;
    for (const rest of placements(figures, columns, j + 1, at + 1)) yield [j, ...rest];
  }
}

/**
 * The columns the figures stand in, by the table's sums, where the reading taken (`chosen`) breaks
 * one of them and another placement keeps them; else null.
 */
export function sumsSettledPlacement(figures: readonly string[], columns: readonly FundColumn[], chosen: ReadonlyMap<FundColumn, string>): FundColumn[] | null {
  if (!columns.some((c) => SUMS_COLUMNS.has(c))) return null;
  if (figures.length < 2 || !figures.every((t) => AMOUNT.test(t) || PERCENT.test(t))) return null;
  if (checkedSums(chosen) !== null) return null;
  let best: { at: number[]; checked: number; spread: number } | null = null;
  for (const at of placements(figures, columns)) {
    const values = new Map<FundColumn, string>(at.map((j, k) => [columns[j]!, figures[k]!]));
    const checked = checkedSums(values);
    if (checked === null || checked === 0) continue;
    const spread = at.reduce((n, j) => n + j, 0);
    if (!best || checked > best.checked || (checked === best.checked && spread < best.spread)) best = { at, checked, spread };
  }
  return best ? best.at.map((j) => columns[j]!) : null;
}

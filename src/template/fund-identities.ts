import type { FundColumn } from "./project.js";

/**
 * The sums a 资金结构 table prints, one table for every stage that checks them: 小计 = 年初部门预算安排金额
 * + 年中调整金额, 结余金额 = 小计 − 年度拨付金额, 支出实现率 = 拨付 ÷ 小计, 资金结余率 = 结余 ÷ 小计.
 * They are facts of the form, not of a stage, so they live with the template: the reconstructor
 * prices its readings by them (fund-structure-run.ts, fund-sums.ts) and the audit checks the
 * document by them (rules/fund-balance.ts) without the audit depending on the reconstructor.
 * Each identity names the column it gives and the columns it is worked out from, and is stated
 * over an arithmetic the caller brings: the reconstructor's plain numbers, the audit's exact
 * decimals. How far a printed figure may be off is the caller's own (a run of digits cut at printed
 * precision, a reading priced at the form's two decimals, a finding at the printed precision).
 */
export interface FundIdentity {
  readonly name: "subtotal" | "balance" | "executionRate" | "balanceRate";
  /** An amount (万元) or a percent of the 小计. */
  readonly kind: "amount" | "percent";
  /** The column the identity gives. */
  readonly result: FundColumn;
  /** The columns it is worked out from. */
  readonly from: readonly FundColumn[];
  /** What `result` should hold, from the others; null where it is not defined (a rate of a 小计 of 0). */
  readonly expected: <T>(n: (c: FundColumn) => T, ar: FundArithmetic<T>) => T | null;
}

/** The three operations the identities need, in whatever numbers the caller counts. */
export interface FundArithmetic<T> {
  plus(a: T, b: T): T;
  minus(a: T, b: T): T;
  /** 100 × part ÷ whole; null where the caller holds the rate undefined (a whole of 0). */
  percentOf(part: T, whole: T): T | null;
}

export const fundIdentities: readonly FundIdentity[] = [
  {
    name: "subtotal",
    kind: "amount",
    result: "annualBudget",
    from: ["initialBudget", "adjustment"],
    expected: (n, ar) => ar.plus(n("initialBudget"), n("adjustment")),
  },
  {
    name: "balance",
    kind: "amount",
    result: "balance",
    from: ["annualBudget", "executed"],
    expected: (n, ar) => ar.minus(n("annualBudget"), n("executed")),
  },
  {
    name: "executionRate",
    kind: "percent",
    result: "rate",
    from: ["executed", "annualBudget"],
    expected: (n, ar) => ar.percentOf(n("executed"), n("annualBudget")),
  },
  {
    name: "balanceRate",
    kind: "percent",
    result: "balanceRate",
    from: ["balance", "annualBudget"],
    expected: (n, ar) => ar.percentOf(n("balance"), n("annualBudget")),
  },
];

/** One identity by its name. */
export function fundIdentity(name: FundIdentity["name"]): FundIdentity {
  return fundIdentities.find((i) => i.name === name)!;
}

/**
 * Plain numbers, as the reconstructor weighs readings: a rate of a 小计 that is not above 0 is
 * not defined (a negative 小计 is a misreading, not a form's figure).
 */
export const numberArithmetic: FundArithmetic<number> = {
  plus: (a, b) => a + b,
  minus: (a, b) => a - b,
  percentOf: (part, whole) => (whole > 0 ? (100 * part) / whole : null),
};

/**
 * How far the figures are from keeping one identity (the printed result less the expected), or
 * null when it cannot be checked: a column it needs has no figure (`value` gives null), or the
 * identity is not defined for these figures.
 */
export function identityGap(identity: FundIdentity, value: (c: FundColumn) => number | null): number | null {
  const got = value(identity.result);
  if (got === null || identity.from.some((c) => value(c) === null)) return null;
  const expected = identity.expected((c) => value(c)!, numberArithmetic);
  return expected === null ? null : got - expected;
}

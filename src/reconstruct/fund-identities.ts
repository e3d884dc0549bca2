import type { FundColumn } from "../template/project.js";

/**
 * The sums a 资金结构 table prints, one table for every reader that checks them: 小计 = 年初部门预算安排金额
 * + 年中调整金额, 结余金额 = 小计 − 年度拨付金额, 支出实现率 = 拨付 ÷ 小计, 资金结余率 = 结余 ÷ 小计.
 * Each identity names the column it gives and the columns it is worked out from; how far a printed
 * figure may be off is the reader's own (a run of digits cut at printed precision in
 * fund-structure-run.ts, a reading priced at the form's two decimals in fund-sums.ts).
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
  readonly expected: (n: (c: FundColumn) => number) => number | null;
}

export const fundIdentities: readonly FundIdentity[] = [
  {
    name: "subtotal",
    kind: "amount",
    result: "annualBudget",
    from: ["initialBudget", "adjustment"],
    expected: (n) => n("initialBudget") + n("adjustment"),
  },
  {
    name: "balance",
    kind: "amount",
    result: "balance",
    from: ["annualBudget", "executed"],
    expected: (n) => n("annualBudget") - n("executed"),
  },
  {
    name: "executionRate",
    kind: "percent",
    result: "rate",
    from: ["executed", "annualBudget"],
    expected: (n) => (n("annualBudget") > 0 ? (100 * n("executed")) / n("annualBudget") : null),
  },
  {
    name: "balanceRate",
    kind: "percent",
    result: "balanceRate",
    from: ["balance", "annualBudget"],
    expected: (n) => (n("annualBudget") > 0 ? (100 * n("balance")) / n("annualBudget") : null),
  },
];

/**
 * How far the figures are from keeping one identity (the printed result less the expected), or
 * null when it cannot be checked: a column it needs has no figure (`value` gives null), or the
 * identity is not defined for these figures.
 */
export function identityGap(identity: FundIdentity, value: (c: FundColumn) => number | null): number | null {
  const got = value(identity.result);
  if (got === null || identity.from.some((c) => value(c) === null)) return null;
  const expected = identity.expected((c) => value(c)!);
  return expected === null ? null : got - expected;
}

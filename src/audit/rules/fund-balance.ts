/**
 * fund-balance: on the rows of a department form's 资金结构 table, 结余金额 = 全年预算数 − 全年执行数
 * (exact at the printed precision) and 资金结余率 = 100 × 结余金额 ÷ 全年预算数 (within one unit of
 * its last printed place, like every ratio). The identities are the form's, stated once in
 * template/fund-identities.ts (the reconstructor weighs its readings by the same table); the rule
 * brings its exact decimals and its own tolerance.
 */
import type { FundRow } from "../../schema/index.js";
import { fundIdentity, type FundArithmetic } from "../../template/fund-identities.js";
import type { FundColumn } from "../../template/project.js";
import type { Rule } from "../context.js";
import { add, div, equalAtPlaces, fromNumber, int, mul, sub, toNumber, within, type Rat } from "../precision.js";

/** The identities in exact decimals: a rate of a zero budget is skipped, as every rule skips a division by zero. */
const exact: FundArithmetic<Rat> = {
  plus: add,
  minus: sub,
  percentOf: (part, whole) => div(mul(part, int(100)), whole),
};

const BALANCE = fundIdentity("balance");
const BALANCE_RATE = fundIdentity("balanceRate");

/** A fund row's figure for a column of the identities (the two this rule reads from the row). */
function figure(row: FundRow, c: FundColumn): Rat {
  if (c === "annualBudget") return fromNumber(row.annualBudget!);
  if (c === "executed") return fromNumber(row.executed!);
  throw new Error(`fund-balance reads no ${c} from the row`);
}

export const fundBalance: Rule = {
  id: "fund-balance",
  severity: "error",
  doc: "结余金额等于全年预算数 − 全年执行数；资金结余率等于结余金额 ÷ 全年预算数，误差不超过末位一个单位",
  *check(ctx) {
    const rows = ctx.form.funds.rows;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      if (row.annualBudget === null || row.executed === null) continue;
      const balance = BALANCE.expected((c) => figure(row, c), exact)!;
      const balancePath = `/funds/rows/${i}/balance`;
      const reported = ctx.printed(balancePath, row.balance ?? null);
      if (reported && !equalAtPlaces(balance, reported.value, reported.places)) {
        yield {
          path: balancePath,
          reported: row.balance ?? null,
          expected: toNumber(balance),
          message: ctx.t(
            `${ctx.field(balancePath)} 为 ${ctx.fmt(reported.value, reported.places)}，按 全年预算数 − 全年执行数 应为 ${ctx.fmt(balance)}`,
            `${ctx.field(balancePath)} is ${ctx.fmt(reported.value, reported.places)}; annual budget − executed gives ${ctx.fmt(balance)}`,
          ),
        };
      }
      const ratePath = `/funds/rows/${i}/balanceRatePercent`;
      const rate = ctx.printed(ratePath, row.balanceRatePercent ?? null);
      // The rate of the balance recomputed, not the one printed; a zero budget has no rate (null).
      const computed = BALANCE_RATE.expected((c) => (c === "balance" ? balance : figure(row, c)), exact);
      if (!rate || !computed) continue;
      if (within(computed, rate.value, rate.places)) continue;
      yield {
        path: ratePath,
        reported: row.balanceRatePercent ?? null,
        expected: toNumber(computed),
        message: ctx.t(
          `${ctx.field(ratePath)} 为 ${ctx.fmt(rate.value, rate.places)}%，按 结余金额 ÷ 全年预算数 应为 ${ctx.fmt(computed)}%`,
          `${ctx.field(ratePath)} is ${ctx.fmt(rate.value, rate.places)}%; balance ÷ annual budget gives ${ctx.fmt(computed)}%`,
        ),
      };
    }
  },
};

export default fundBalance;

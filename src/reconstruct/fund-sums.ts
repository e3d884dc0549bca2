import type { FundColumn } from "../template/project.js";
import { fundIdentities, identityGap, type FundIdentity } from "../template/fund-identities.js";

/**
 * The 资金结构 table's own sums, as evidence between readings of a fund row whose figures ran
 * together (`230002300225097.83%502.17%`). Whole amounts carry no decimal point to tell where one
 * ends, so 2300 | 0 | 2300 | 2250 and 23000 | 2300 | 2250 fit the columns alike; the table prints
 * 小计 = 年初部门预算安排金额 + 年中调整金额, 结余金额 = 小计 − 年度拨付金额 and 资金结余率 =
 * 结余金额 ÷ 小计 (fund-identities.ts), and only the right reading keeps them. Rows of the layouts
 * without these columns are not priced.
 */

/** An amount as printed (thousands separators, a percent sign), or null when it is no plain number. */
function amount(text: string | undefined): number | null {
  if (text === undefined) return null;
  const t = text.replace(/[,，%％]/g, "").trim();
  return /^-?\d+(?:\.\d+)?$/.test(t) ? Number(t) : null;
}

/** How far two amounts may differ and still be one sum at a form's two decimals. */
const AMOUNT_SLACK = 0.015;
/** How far a 资金结余率 may differ from 结余 ÷ 小计 (percent points: a rate printed to whole percents). */
const RATE_SLACK = 1;
/** The sums priced here; 支出实现率 = 拨付 ÷ 小计 is priced with the project form's 执行率 (fundPlausibility). */
const PRICED: ReadonlySet<FundIdentity["name"]> = new Set(["subtotal", "balance", "balanceRate"]);

/**
 * The cost of a reading that breaks one of the table's sums (fund-identities.ts), `mismatch` for
 * each broken; 0 for a row that prints no 年中调整 or 结余 column. A 年中调整 read as nothing (its
 * cell left empty) is no adjustment: the 小计 is then the 年初 amount.
 */
export function fundSumsCost(v: ReadonlyMap<string, string>, mismatch: number): number {
  if (!v.has("adjustment") && !v.has("balance") && !v.has("balanceRate")) return 0;
  const value = (c: FundColumn): number | null => {
    const printed = v.get(c);
    if (c === "adjustment" && (printed === undefined || printed.trim() === "")) return 0;
    return amount(printed);
  };
  let cost = 0;
  for (const identity of fundIdentities) {
    if (!PRICED.has(identity.name)) continue;
    const gap = identityGap(identity, value);
    if (gap !== null && Math.abs(gap) > (identity.kind === "amount" ? AMOUNT_SLACK : RATE_SLACK)) cost += mismatch;
  }
  return cost;
}

/** unit-plausibility: amounts headed 万元 above 10,000,000 (a thousand 亿元) are probably in 元. */
import type { Rule } from "../context.js";
import { AMOUNT_COLUMNS } from "../compute.js";

/** Above this many 万元 (a thousand 亿元) an amount is taken to be printed in 元. */
export const IMPLAUSIBLE_WAN = 10_000_000;

export const unitPlausibility: Rule = {
  id: "unit-plausibility",
  severity: "info",
  doc: "以万元为单位的金额超过 10,000,000（一千亿元）时，单位可能应为元",
  *check(ctx) {
    const { funds } = ctx.form;
    if (funds.unit !== "万元") return;
    let largest: { path: string; value: number } | null = null;
    for (const [i, row] of funds.rows.entries()) {
      for (const col of AMOUNT_COLUMNS) {
        const v = row[col];
        if (v !== null && v > IMPLAUSIBLE_WAN && (!largest || v > largest.value)) largest = { path: `/funds/rows/${i}/${col}`, value: v };
      }
    }
    if (!largest) return;
    yield {
      path: "/funds/unit",
      reported: "万元",
      expected: "元",
      message: ctx.t(
        `金额单位为万元，但 ${ctx.field(largest.path)} 为 ${ctx.fmt(largest.value)}（超过一千亿元），单位可能应为元`,
        `amounts are headed 万元 but ${ctx.field(largest.path)} is ${ctx.fmt(largest.value)} (over a thousand 亿元): probably 元`,
      ),
    };
  },
};

export default unitPlausibility;

/** fund-breakdown: 年度资金总额 = Σ its breakdown rows, per amount column, exact at the printed precision. */
import { isPrinted, type Rule } from "../context.js";
import { AMOUNT_COLUMNS, totalRowIndex } from "../compute.js";
import { add, equalAtPlaces, fromNumber, int, toNumber } from "../precision.js";

export const fundBreakdown: Rule = {
  id: "fund-breakdown",
  severity: "error",
  doc: "年度资金总额等于其下各资金行之和（逐列；空白按 0 计，明细全空的列不查）",
  *check(ctx) {
    const { rows } = ctx.form.funds;
    const ti = totalRowIndex(ctx.form);
    const total = rows[ti];
    if (!total) return;
    const parts = rows.filter((_, i) => i !== ti);
    for (const col of AMOUNT_COLUMNS) {
      if (!parts.some((r) => r[col] !== null)) continue;
      const path = `/funds/rows/${ti}/${col}`;
      const reported = ctx.printed(path, total[col]);
      if (!reported) continue;
      // A breakdown cell printed but unreadable is not a blank: the column cannot be checked.
      const unreadable = rows.some((r, i) => i !== ti && r[col] === null && isPrinted(ctx.source(`/funds/rows/${i}/${col}`)?.text));
      if (unreadable) continue;
      const sum = parts.reduce((acc, r) => (r[col] === null ? acc : add(acc, fromNumber(r[col]))), int(0));
      if (equalAtPlaces(sum, reported.value, reported.places)) continue;
      yield {
        path,
        reported: total[col],
        expected: toNumber(sum),
        message: ctx.t(
          `${ctx.field(path)} 为 ${ctx.fmt(reported.value, reported.places)}，按其下各行合计应为 ${ctx.fmt(sum)}`,
          `${ctx.field(path)} is ${ctx.fmt(reported.value, reported.places)}; the rows below it add up to ${ctx.fmt(sum)}`,
        ),
      };
    }
  },
};

export default fundBreakdown;

/**
 * fund-breakdown: 年度资金总额 = Σ its breakdown rows, per amount column, exact at the printed
 * precision; where rows name a `parent` (department forms: 财政资金小计 = ①项目支出 + ②基本支出),
 * each row is checked against the rows that are its parts.
 */
import { isPrinted, type Rule } from "../context.js";
import { AMOUNT_COLUMNS, totalRowIndex } from "../compute.js";
import { add, equalAtPlaces, fromNumber, int, toNumber } from "../precision.js";

export const fundBreakdown: Rule = {
  id: "fund-breakdown",
  severity: "error",
  confirmsReadings: true,
  doc: "年度资金总额等于其下各资金行之和（逐列；空白按 0 计，明细全空的列不查）",
  *check(ctx) {
    const { rows } = ctx.form.funds;
    const ti = totalRowIndex(ctx.form);
    if (!rows[ti]) return;
    // Each row that others are parts of (the total, and any row named as a `parent`) is checked
    // against its parts; a row with no parent is a part of the total.
    // (Loops, not a parentOf closure and map/filter per row: this runs for every form.)
    for (let pi = 0; pi < rows.length; pi++) {
      const key = rows[pi]!.key;
      const parts: number[] = [];
      for (let i = 0; i < rows.length; i++) {
        if (i !== pi && i !== ti && (rows[i]!.parent ?? rows[ti]!.key) === key) parts.push(i);
      }
      if (parts.length > 0) yield* checkGroup(ctx, pi, parts);
    }
  },
};

function* checkGroup(ctx: Parameters<Rule["check"]>[0], pi: number, parts: number[]) {
  const { rows } = ctx.form.funds;
  const total = rows[pi]!;
  for (const col of AMOUNT_COLUMNS) {
    if (!parts.some((i) => rows[i]![col] !== null)) continue;
    const path = `/funds/rows/${pi}/${col}`;
    const reported = ctx.printed(path, total[col]);
    if (!reported) continue;
    // A breakdown cell printed but unreadable is not a blank: the column cannot be checked.
    const unreadable = parts.some((i) => rows[i]![col] === null && isPrinted(ctx.source(`/funds/rows/${i}/${col}`)?.text));
    if (unreadable) continue;
    const sum = parts.reduce((acc, i) => (rows[i]![col] === null ? acc : add(acc, fromNumber(rows[i]![col]!))), int(0));
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
}

export default fundBreakdown;

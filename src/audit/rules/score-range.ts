/** score-range: 0 ≤ each score ≤ its weight (budget execution and every indicator). */
import type { Rule, RuleContext, RuleReport } from "../context.js";
import { cmp, fromNumber, int } from "../precision.js";

function* checkOne(ctx: RuleContext, path: string, score: number | null, weight: number | null): Iterable<RuleReport> {
  if (score === null) return;
  const s = fromNumber(score);
  if (cmp(s, int(0)) < 0) {
    const name = ctx.field(path);
    yield {
      path,
      reported: score,
      expected: 0,
      message: ctx.t(`${name} 为 ${ctx.fmt(s, 4)}，不应小于 0`, `${name} is ${ctx.fmt(s, 4)}; a score is never below 0`),
    };
    return;
  }
  if (weight === null) return;
  if (cmp(s, fromNumber(weight)) > 0) {
    const name = ctx.field(path);
    yield {
      path,
      reported: score,
      expected: weight,
      message: ctx.t(
        `${name} 为 ${ctx.fmt(s, 4)}，超过其分值 ${ctx.fmt(weight, 4)}`,
        `${name} is ${ctx.fmt(s, 4)}, above its weight ${ctx.fmt(weight, 4)}`,
      ),
    };
  }
}

export const scoreRange: Rule = {
  id: "score-range",
  severity: "error",
  // A misread digit corrected to balance the total must not lift a score over its weight
  // (d-fax-p06: 15 of weight 15 taken as 18 where the 5 read 2 was the misread).
  refutesReadings: true,
  doc: "每项得分在 0 与其分值之间 (0 ≤ score ≤ weight, budget execution and every indicator)",
  *check(ctx) {
    const { funds, indicators } = ctx.form;
    yield* checkOne(ctx, "/funds/score", funds.score, funds.weight);
    for (const [i, ind] of indicators.entries()) {
      yield* checkOne(ctx, `/indicators/${i}/score`, ind.score, ind.weight);
    }
  },
};

export default scoreRange;

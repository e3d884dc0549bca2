/**
 * indicator-score: an indicator's score follows from its target and actual — quantitatively
 * (full weight when met, else in proportion) or, for 达成/部分达成/未达成预期指标, within the band.
 */
import type { ParsedValue } from "../../schema/index.js";
import type { Profile, QualitativeBands } from "../profiles.js";
import type { Rule, RuleContext, RuleReport } from "../context.js";
import { cmp, div, equalAtPlaces, fromNumber, int, max, mul, sub, toNumber, type Rat } from "../precision.js";
import { toSimplified } from "../../normalise/script.js";

type Quantity = Extract<ParsedValue, { kind: "quantity" }>;

const ONE = int(1);
const HUNDRED = int(100);

/** The score a quantitative indicator should get, with how it was worked out; null when it cannot be computed. */
export function quantityScore(
  weight: Rat,
  target: Quantity,
  actual: Quantity,
  formula: Profile["reverseFormula"],
): { score: Rat; met: boolean; formula: "met" | "actual/target" | "target/actual" | "linear" } | null {
  const t = fromNumber(target.value);
  const a = fromNumber(actual.value);
  if (cmp(a, int(0)) < 0 || cmp(t, int(0)) < 0) return null;
  const reverse = target.comparator === "≤" || target.comparator === "<";
  const met = reverse ? cmp(a, t) <= 0 : cmp(a, t) >= 0;
  if (met) return { score: weight, met, formula: "met" };
  if (!reverse) {
    const r = div(mul(weight, a), t);
    return r && { score: r, met, formula: "actual/target" };
  }
  if (formula === "linear") {
    const over = div(sub(a, t), t);
    return over && { score: mul(weight, max(int(0), sub(ONE, over))), met, formula: "linear" };
  }
  const r = div(mul(weight, t), a);
  return r && { score: r, met, formula: "target/actual" };
}

/**
 * 达成预期指标 → met, 部分达成预期指标 → partlyMet, 未达成预期指标 → notMet; null for any other text.
 * Read on the simplified form: a page in traditional characters prints 達成預期指標.
 */
export function qualitativeGrade(text: string): keyof QualitativeBands | null {
  const m = /^(部分|未)?(?:达成|达到|完成)预期(?:指标|目标)$/.exec(toSimplified(text.trim()).replace(/[。.！!]+$/, ""));
  if (!m) return null;
  return m[1] === "部分" ? "partlyMet" : m[1] === "未" ? "notMet" : "met";
}

const GRADE_TEXT: Readonly<Record<keyof QualitativeBands, string>> = {
  met: "达成预期指标",
  partlyMet: "部分达成预期指标",
  notMet: "未达成预期指标",
};

/**
 * What indicator i gets reported for, or null (most indicators pass). A plain function, not a
 * generator with closures: it runs for every indicator of every form, and yields one report at most.
 */
function checkIndicator(ctx: RuleContext, i: number): RuleReport | null {
  const ind = ctx.form.indicators[i];
  if (!ind || ind.weight === null || ind.score === null) return null;
  const weight = fromNumber(ind.weight);
  if (cmp(weight, int(0)) <= 0) return null;
  const path = `/indicators/${i}/score`;
  const reported = ctx.printed(path, ind.score);
  if (!reported) return null;
  const { target, actual } = ctx.parsed(i);

  if (target?.kind === "quantity" && actual?.kind === "quantity") {
    if (target.unit !== actual.unit) return null;
    const q = quantityScore(weight, target, actual, ctx.profile.reverseFormula);
    if (!q || equalAtPlaces(q.score, reported.value, reported.places)) return null;
    // Named for the message only now that there is one to write.
    const name = ctx.field(path);
    const shown = ctx.fmt(reported.value, reported.places);
    const w = ctx.fmt(weight, 4);
    const tv = ctx.fmt(target.value, 6);
    const av = ctx.fmt(actual.value, 6);
    const how = {
      met: ctx.t(`实际 ${ind.actual} 已达到目标 ${ind.target}，应得满分`, `actual ${ind.actual} meets target ${ind.target}: full weight`),
      "actual/target": ctx.t(
        `目标 ${ind.target}、实际 ${ind.actual}，按 分值 ${w} × ${av} ÷ ${tv}`,
        `target ${ind.target}, actual ${ind.actual}: weight ${w} × ${av} ÷ ${tv}`,
      ),
      "target/actual": ctx.t(
        `目标 ${ind.target}、实际 ${ind.actual}，按 分值 ${w} × ${tv} ÷ ${av}`,
        `target ${ind.target}, actual ${ind.actual}: weight ${w} × ${tv} ÷ ${av}`,
      ),
      linear: ctx.t(
        `目标 ${ind.target}、实际 ${ind.actual}，按 分值 ${w} × (1 − (${av} − ${tv}) ÷ ${tv})`,
        `target ${ind.target}, actual ${ind.actual}: weight ${w} × (1 − (${av} − ${tv}) ÷ ${tv})`,
      ),
    }[q.formula];
    return {
      path,
      reported: ind.score,
      expected: toNumber(q.score),
      message:
        q.formula === "met"
          ? ctx.t(`${name} 为 ${shown}，${how} ${ctx.fmt(q.score)}`, `${name} is ${shown}; ${how} ${ctx.fmt(q.score)}`)
          : ctx.t(`${name} 为 ${shown}，${how} 应为 ${ctx.fmt(q.score)}`, `${name} is ${shown}; ${how} gives ${ctx.fmt(q.score)}`),
    };
  }

  if (actual?.kind !== "qualitative") return null;
  const grade = qualitativeGrade(actual.text);
  if (!grade) return null;
  const band = ctx.profile.qualitativeBands[grade];
  // score as a percentage of the weight, compared exactly with the band
  const pct = div(mul(reported.value, HUNDRED), weight);
  if (!pct) return null;
  const lo = fromNumber(band.min);
  const hi = fromNumber(band.max);
  const upperInclusive = band.max === 100;
  const inBand = cmp(pct, lo) >= 0 && (upperInclusive ? cmp(pct, hi) <= 0 : cmp(pct, hi) < 0);
  if (inBand) return null;
  const min = div(mul(weight, lo), HUNDRED) ?? int(0);
  const maxScore = div(mul(weight, hi), HUNDRED) ?? weight;
  const interval = `[${ctx.fmt(min)}, ${ctx.fmt(maxScore)}${upperInclusive ? "]" : ")"}`;
  const name = ctx.field(path);
  const shown = ctx.fmt(reported.value, reported.places);
  return {
    path,
    reported: ind.score,
    expected: { min: toNumber(min), max: toNumber(maxScore) },
    message: ctx.t(
      `${name} 为 ${shown}，实际完成值为“${GRADE_TEXT[grade]}”，得分应在分值的 ${band.min}%–${band.max}% 之间 ${interval}`,
      `${name} is ${shown}; an actual of “${GRADE_TEXT[grade]}” scores ${band.min}–${band.max}% of the weight ${interval}`,
    ),
  };
}

export const indicatorScore: Rule = {
  id: "indicator-score",
  severity: "warning",
  doc: "指标得分与目标、实际完成值相符：达到目标得满分，未达到按比例；定性完成情况按档次",
  *check(ctx) {
    for (let i = 0; i < ctx.form.indicators.length; i++) {
      const report = checkIndicator(ctx, i);
      if (report) yield report;
    }
  },
};

export default indicatorScore;

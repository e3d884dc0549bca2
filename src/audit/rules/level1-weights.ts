/**
 * level1-weights: the weights summed per 一级指标 (and 预算执行) match the profile's scheme
 * (national: 产出 50 with 成本, 效益 30, 满意度 10, 预算执行 10).
 */
import type { Rule } from "../context.js";
import { add, eq, fromNumber, int, toNumber, type Rat } from "../precision.js";
import { toSimplified } from "../../normalise/script.js";

/** The key under which the budget-execution weight is reported. */
export const BUDGET_KEY = "预算执行";

export const level1Weights: Rule = {
  id: "level1-weights",
  severity: "info",
  doc: "各一级指标分值合计（及预算执行分值）与规则方案一致（全国：产出 50 含成本，效益 30，满意度 10，预算执行 10）",
  *check(ctx) {
    const { form, profile } = ctx;
    if (form.indicators.length === 0) return;
    const sums = new Map<string, Rat>();
    for (const g of profile.level1Weights) sums.set(g.name, int(0));
    // A form names its 一级 groups again on every row: each name is matched to the profile once.
    const keyOf = new Map<string, string>();
    for (const ind of form.indicators) {
      if (ind.weight === null || ind.level1 === null) return; // lacks an input
      let key = keyOf.get(ind.level1);
      if (key === undefined) {
        // The profile's words are simplified; a page in traditional characters prints 產出指標.
        const name = toSimplified(ind.level1);
        const group = profile.level1Weights.find((g) => g.match.some((m) => name.includes(m)));
        key = group?.name ?? ind.level1;
        keyOf.set(ind.level1, key);
      }
      sums.set(key, add(sums.get(key) ?? int(0), fromNumber(ind.weight)));
    }
    // Whether anything differs first: the report's rounded figures are built only for a finding.
    let differs = false;
    for (const [key, sum] of sums) {
      const group = profile.level1Weights.find((g) => g.name === key);
      if (!group || !eq(sum, fromNumber(group.weight))) differs = true;
    }
    if (form.funds.weight !== null && !eq(fromNumber(form.funds.weight), fromNumber(profile.budgetWeight))) differs = true;
    if (!differs) return;
    const reported: Record<string, number | null> = {};
    const expected: Record<string, number | null> = {};
    for (const [key, sum] of sums) {
      const group = profile.level1Weights.find((g) => g.name === key);
      reported[key] = toNumber(sum);
      expected[key] = group ? group.weight : null;
    }
    if (form.funds.weight !== null) {
      reported[BUDGET_KEY] = form.funds.weight;
      expected[BUDGET_KEY] = profile.budgetWeight;
    }
    const list = (o: Record<string, number | null>) =>
      Object.entries(o)
        .map(([k, v]) => `${k} ${v === null ? "—" : ctx.fmt(v)}`)
        .join(ctx.t("，", ", "));
    yield {
      path: "/indicators",
      reported,
      expected,
      message: ctx.t(
        `一级指标分值为 ${list(reported)}；按 ${profile.name} 方案应为 ${list(expected)}`,
        `level-1 weights are ${list(reported)}; the ${profile.name} profile expects ${list(expected)}`,
      ),
    };
  },
};

export default level1Weights;

/** The rule registry, in the order of the contract's rule table (findings are ordered by it), then the department form's two. */
import type { Rule } from "../context.js";
import { totalWeight } from "./total-weight.js";
import { totalScore } from "./total-score.js";
import { scoreRange } from "./score-range.js";
import { executionRateRule } from "./execution-rate.js";
import { budgetScoreRule } from "./budget-score.js";
import { fundBreakdown } from "./fund-breakdown.js";
import { taskBudget } from "./task-budget.js";
import { fundBalance } from "./fund-balance.js";
import { indicatorScore } from "./indicator-score.js";
import { deviationMissing } from "./deviation-missing.js";
import { correctedValue } from "./corrected-value.js";
import { level1Weights } from "./level1-weights.js";
import { unitPlausibility } from "./unit-plausibility.js";
import { unreadable } from "./unreadable.js";

export const rules: readonly Rule[] = Object.freeze([
  totalWeight,
  totalScore,
  scoreRange,
  executionRateRule,
  budgetScoreRule,
  fundBreakdown,
  indicatorScore,
  deviationMissing,
  correctedValue,
  level1Weights,
  unitPlausibility,
  unreadable,
  // The department-wide form's two rules: not in the contract's table, so after it.
  taskBudget,
  fundBalance,
]);

export const ruleIds: readonly string[] = Object.freeze(rules.map((r) => r.id));

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}

export {
  totalWeight,
  totalScore,
  scoreRange,
  executionRateRule,
  budgetScoreRule,
  fundBreakdown,
  taskBudget,
  fundBalance,
  indicatorScore,
  deviationMissing,
  correctedValue,
  level1Weights,
  unitPlausibility,
  unreadable,
};

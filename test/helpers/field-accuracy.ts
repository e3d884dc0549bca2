/**
 * Field accuracy, as defined in spec/measuring.md:
 * - for each ground-truth form, every field it holds is one check: the header fields (template,
 *   title, year, projectName, department, implementingUnit, the codes when the truth has them,
 *   funds.unit), each FundRow amount (rows matched by `key`), funds.weight /
 *   executionRatePercent / score, the two goals, each indicator's eight fields (indicators
 *   matched by position), total.weight / score;
 * - numbers match when equal to 1e-6 relative;
 * - strings match when equal after folding both sides: NFKC, all white space removed, comparator
 *   spellings unified, wrapping quotes dropped, template numbering (`指标1：`) dropped; with
 *   `ocr`, a string of 40 or more characters matches at ≤ 5% character error;
 * - an expected null matches null, a missing field or an empty string;
 * - a truth form the output lacks: all its fields miss; an indicator or a form the output has
 *   and the truth lacks: one miss (and one check) each.
 * Department-wide forms (issue 17) add, where their truth holds them: each task's name, content
 * and three budget amounts (tasks matched by position; a task the output has beyond the truth's
 * is one miss), the fund rows' optional columns (adjustment, balance, balanceRatePercent) and
 * `parent`, and each indicator's `method` (评分标准). A project truth holds none of them, so the
 * project forms' figures are measured exactly as before.
 */
import type { TruthForm } from "../../scripts/lib/truth.js";
import type { DepartmentTruth } from "../../scripts/lib/department-truth.js";
import type { Form } from "../../src/schema/form.js";
import { levenshtein } from "../../src/extract/ocr/distance.js";

export { levenshtein };

export interface Miss {
  /** Index of the form (in the truth, or in the output for an extra form). */
  form: number;
  /** Path of the field, e.g. `funds.rows[total].executed`, `indicators[3].target`. */
  field: string;
  expected: unknown;
  actual: unknown;
}

export interface Accuracy {
  checks: number;
  matches: number;
  misses: Miss[];
}

export interface CompareOptions {
  /** The input was read by OCR: long strings match at ≤ 5% character error. */
  ocr?: boolean;
}

/** Fold a string for comparison. */
export function foldString(s: string): string {
  let t = s.normalize("NFKC").replace(/\s+/gu, "");
  t = t.replace(/>=|≧|⩾/g, "≥").replace(/<=|≦|⩽/g, "≤").replace(/[﹦＝═]/g, "=");
  // wrapping quotes (spreadsheet quoting), possibly nested
  for (;;) {
    const m = /^"(.*)"$/su.exec(t);
    if (!m || t.length < 2) break;
    t = m[1]!;
  }
  // the template's numbering of a row: 指标1： / 指标 1:
  t = t.replace(/^指标\d+[:：]/u, "");
  return t;
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && foldString(v) === "");
}

/** Does `actual` match the expected value of one check? */
export function valueMatches(expected: unknown, actual: unknown, opts: CompareOptions = {}): boolean {
  if (expected === null || expected === undefined) return isEmpty(actual);
  if (typeof expected === "number") {
    if (typeof actual !== "number" || !Number.isFinite(actual)) return false;
    if (expected === actual) return true;
    return Math.abs(expected - actual) <= 1e-6 * Math.max(Math.abs(expected), Math.abs(actual));
  }
  if (typeof expected === "string") {
    if (typeof actual !== "string") return false;
    const e = foldString(expected);
    const a = foldString(actual);
    if (e === a) return true;
    const len = Array.from(e).length;
    if (opts.ocr && len >= 40) return levenshtein(e, a) / len <= 0.05;
    return false;
  }
  return Object.is(expected, actual);
}

type Loose = Record<string, unknown> | undefined;

function get(obj: unknown, key: string): unknown {
  return obj && typeof obj === "object" ? (obj as Record<string, unknown>)[key] : undefined;
}

const HEADER_FIELDS = ["template", "title", "year", "projectName", "department", "implementingUnit"] as const;
const OPTIONAL_HEADER_FIELDS = ["departmentCode", "implementingUnitCode"] as const;
const AMOUNTS = ["initialBudget", "annualBudget", "executed"] as const;
const INDICATOR_FIELDS = ["level1", "level2", "level3", "target", "actual", "weight", "score", "deviation"] as const;
/** Fund row fields checked only where the truth's row holds them (department forms). */
const OPTIONAL_ROW_FIELDS = ["adjustment", "balance", "balanceRatePercent", "parent"] as const;
const TASK_BUDGET = ["total", "fiscal", "other"] as const;

/** A truth of either template, read loosely (a project truth lacks the department's keys). */
type AnyTruthForm = TruthForm["form"] | DepartmentTruth["form"];

/** The checks of one truth form: [field path, expected value, actual value]. */
function checksOf(truth: AnyTruthForm, actual: Loose): [string, unknown, unknown][] {
  const out: [string, unknown, unknown][] = [];
  for (const f of HEADER_FIELDS) out.push([f, truth[f], get(actual, f)]);
  for (const f of OPTIONAL_HEADER_FIELDS) if (get(truth, f) !== undefined) out.push([f, get(truth, f), get(actual, f)]);
  const aFunds = get(actual, "funds");
  out.push(["funds.unit", truth.funds.unit, get(aFunds, "unit")]);
  const aRows = get(aFunds, "rows");
  const rows = Array.isArray(aRows) ? aRows : [];
  for (const row of truth.funds.rows) {
    const match = rows.find((r) => get(r, "key") === row.key);
    for (const f of AMOUNTS) out.push([`funds.rows[${row.key}].${f}`, row[f], get(match, f)]);
    for (const f of OPTIONAL_ROW_FIELDS) if (get(row, f) !== undefined) out.push([`funds.rows[${row.key}].${f}`, get(row, f), get(match, f)]);
  }
  out.push(["funds.weight", truth.funds.weight, get(aFunds, "weight")]);
  out.push(["funds.executionRatePercent", truth.funds.executionRatePercent, get(aFunds, "executionRatePercent")]);
  out.push(["funds.score", truth.funds.score, get(aFunds, "score")]);
  const aGoals = get(actual, "goals");
  out.push(["goals.expected", truth.goals.expected, get(aGoals, "expected")]);
  out.push(["goals.actual", truth.goals.actual, get(aGoals, "actual")]);
  const tasks = get(truth, "tasks");
  if (Array.isArray(tasks)) {
    const aTasks = get(actual, "tasks");
    const at = Array.isArray(aTasks) ? aTasks : [];
    tasks.forEach((t, i) => {
      out.push([`tasks[${i}].name`, get(t, "name"), get(at[i], "name")]);
      out.push([`tasks[${i}].content`, get(t, "content"), get(at[i], "content")]);
      for (const f of TASK_BUDGET) out.push([`tasks[${i}].budget.${f}`, get(get(t, "budget"), f), get(get(at[i], "budget"), f)]);
    });
  }
  const aInds = get(actual, "indicators");
  const inds = Array.isArray(aInds) ? aInds : [];
  truth.indicators.forEach((ind, i) => {
    for (const f of INDICATOR_FIELDS) out.push([`indicators[${i}].${f}`, ind[f], get(inds[i], f)]);
    if (get(ind, "method") !== undefined) out.push([`indicators[${i}].method`, get(ind, "method"), get(inds[i], "method")]);
  });
  const aTotal = get(actual, "total");
  out.push(["total.weight", truth.total.weight, get(aTotal, "weight")]);
  out.push(["total.score", truth.total.score, get(aTotal, "score")]);
  return out;
}

/**
 * Compare parser output with the ground truth. Forms are matched by position.
 * `expected` holds the truth wrappers `{ variant, form }`; `actual` the parsed Forms.
 */
export function compareForms(expected: (TruthForm | DepartmentTruth)[], actual: (Form | Partial<Form> | Record<string, unknown>)[], opts: CompareOptions = {}): Accuracy {
  const result: Accuracy = { checks: 0, matches: 0, misses: [] };
  expected.forEach((t, fi) => {
    const a = actual[fi] as Loose;
    const present = a !== undefined && a !== null;
    for (const [field, e, v] of checksOf(t.form, a)) {
      result.checks++;
      if (present && valueMatches(e, v, opts)) result.matches++;
      else result.misses.push({ form: fi, field, expected: e, actual: v });
    }
    if (present) {
      const aInds = get(a, "indicators");
      const inds = Array.isArray(aInds) ? aInds : [];
      for (let i = t.form.indicators.length; i < inds.length; i++) {
        result.checks++;
        result.misses.push({ form: fi, field: `indicators[${i}]`, expected: undefined, actual: inds[i] });
      }
      if (t.form.template === "department") {
        const aTasks = get(a, "tasks");
        const at = Array.isArray(aTasks) ? aTasks : [];
        const tt = get(t.form, "tasks");
        for (let i = Array.isArray(tt) ? tt.length : 0; i < at.length; i++) {
          result.checks++;
          result.misses.push({ form: fi, field: `tasks[${i}]`, expected: undefined, actual: at[i] });
        }
      }
    }
  });
  for (let fi = expected.length; fi < actual.length; fi++) {
    result.checks++;
    result.misses.push({ form: fi, field: "form", expected: undefined, actual: actual[fi] });
  }
  return result;
}

/** Matches ÷ checks (1 when there is nothing to check). */
export function accuracy(a: Accuracy): number {
  return a.checks === 0 ? 1 : a.matches / a.checks;
}

/**
 * The batch in numbers: forms, how many pass, the grade distribution, execution rates, and
 * totals by department and by year. Pure: the page is drawn from this.
 */
import type { Document, Form, Grade } from "../schema/index.js";
import { countBy, formEntries, unreadable, type FormEntry } from "./entries.js";

export type GradeKey = Grade | "none";
export const GRADE_KEYS: readonly GradeKey[] = ["优", "良", "中", "差", "none"];

export interface GroupTotals {
  key: string;
  forms: number;
  ok: number;
  withErrors: number;
  withWarnings: number;
  /** Mean of the printed total scores (forms without one left out); null when none. */
  meanScore: number | null;
  /** Σ of each form's 年度资金总额 budget and execution, in 万元 (元 divided by 10,000 for display). */
  budgetWan: number;
  executedWan: number;
  /** Forms whose amounts could not be added up: no unit printed, or no total row. */
  unsummed: number;
}

export interface Overview {
  files: number;
  unreadableFiles: number;
  forms: number;
  ok: number;
  withErrors: number;
  withWarnings: number;
  findings: number;
  grades: Record<GradeKey, number>;
  /** Execution rates as printed (percent), one per form that prints one. */
  executionRates: number[];
  byDepartment: GroupTotals[];
  byYear: GroupTotals[];
  /** Findings per rule id, in order of first appearance. */
  rules: Map<string, number>;
}

export const NO_DEPARTMENT = "（未注明）";

export function hasErrors(form: Form): boolean {
  return countBy(form.audit.findings, "error") > 0;
}

export function hasWarnings(form: Form): boolean {
  return countBy(form.audit.findings, "warning") > 0;
}

export function overview(docs: readonly Document[]): Overview {
  const entries = formEntries(docs);
  const grades = Object.fromEntries(GRADE_KEYS.map((g) => [g, 0])) as Record<GradeKey, number>;
  const rules = new Map<string, number>();
  for (const { form } of entries) {
    grades[form.audit.grade ?? "none"]++;
    for (const f of form.audit.findings) rules.set(f.rule, (rules.get(f.rule) ?? 0) + 1);
  }
  return {
    files: docs.length,
    unreadableFiles: docs.filter(unreadable).length,
    forms: entries.length,
    ok: entries.filter((e) => e.form.audit.ok).length,
    withErrors: entries.filter((e) => hasErrors(e.form)).length,
    withWarnings: entries.filter((e) => hasWarnings(e.form)).length,
    findings: entries.reduce((n, e) => n + e.form.audit.findings.length, 0),
    grades,
    executionRates: entries.map((e) => e.form.funds.executionRatePercent).filter((r): r is number => r !== null),
    byDepartment: group(entries, (f) => f.department ?? NO_DEPARTMENT),
    byYear: group(entries, (f) => (f.year === null ? NO_DEPARTMENT : String(f.year))),
    rules,
  };
}

const WAN: Readonly<Record<string, number>> = { 万元: 1, 元: 1 / 10_000 };

function group(entries: readonly FormEntry[], keyOf: (f: Form) => string): GroupTotals[] {
  const groups = new Map<string, Form[]>();
  for (const { form } of entries) {
    const k = keyOf(form);
    groups.set(k, [...(groups.get(k) ?? []), form]);
  }
  const out: GroupTotals[] = [];
  for (const [key, forms] of groups) {
    const scores = forms.map((f) => f.total.score).filter((s): s is number => s !== null);
    let budgetWan = 0;
    let executedWan = 0;
    let unsummed = 0;
    for (const f of forms) {
      const total = f.funds.rows.find((r) => r.key === "total");
      const k = f.funds.unit ? WAN[f.funds.unit] : undefined;
      const budget = total ? total.annualBudget ?? total.initialBudget : null;
      if (!total || k === undefined || (budget === null && total.executed === null)) {
        unsummed++;
        continue;
      }
      budgetWan += (budget ?? 0) * k;
      executedWan += (total.executed ?? 0) * k;
    }
    out.push({
      key,
      forms: forms.length,
      ok: forms.filter((f) => f.audit.ok).length,
      withErrors: forms.filter(hasErrors).length,
      withWarnings: forms.filter(hasWarnings).length,
      meanScore: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
      budgetWan,
      executedWan,
      unsummed,
    });
  }
  return out.sort((a, b) => b.forms - a.forms || a.key.localeCompare(b.key, "zh"));
}

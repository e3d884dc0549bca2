/**
 * The runner: gives each rule a context, attaches `rule` and `severity` to what it reports,
 * orders findings (rule table order, then path, numeric-aware), and fills in `recomputed`,
 * `grade` and `ok`.
 */
import type { Audit, Finding, Form, Grade } from "../schema/index.js";
import { createContext, type Lang, type Rule } from "./context.js";
import { budgetScore, executionRate, scoreSum, weightSum } from "./compute.js";
import { national, type Profile } from "./profiles.js";
import { toNumber, type Rat } from "./precision.js";
import { rules as defaultRules } from "./rules/index.js";

export interface AuditOptions {
  /** Language of finding messages (default zh). */
  lang?: Lang;
  /** The rules to run, in order (default: every rule of the contract table). */
  rules?: readonly Rule[];
}

/** Compares JSON Pointers segment by segment, numbers as numbers: /indicators/9 before /indicators/10. */
export function comparePaths(a: string, b: string): number {
  const as = a.split("/");
  const bs = b.split("/");
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const x = as[i] ?? "";
    const y = bs[i] ?? "";
    if (x === y) continue;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny) return Number(x) - Number(y);
    if (nx !== ny) return nx ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return as.length - bs.length;
}

/** ≥90 优, ≥80 良, ≥60 中, else 差; null without a score. */
export function gradeOf(score: number | null): Grade | null {
  if (score === null) return null;
  if (score >= 90) return "优";
  if (score >= 80) return "良";
  if (score >= 60) return "中";
  return "差";
}

function rounded(r: Rat | null): number | null {
  if (r === null) return null;
  // Exact arithmetic on printed values can leave the range of a double (a 300-digit amount over a tiny budget).
  const n = toNumber(r, 2);
  return Number.isFinite(n) ? n : null;
}

/** A value past the range of a double has no JSON number: it is reported as null. */
function finiteValue(v: Exclude<Finding["expected"], undefined>): Exclude<Finding["expected"], undefined> {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (v !== null && typeof v === "object") {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x !== null && !Number.isFinite(x) ? null : x]));
  }
  return v;
}

export function recompute(form: Form): Audit["recomputed"] {
  return {
    weight: rounded(weightSum(form)),
    score: rounded(scoreSum(form)),
    executionRatePercent: rounded(executionRate(form)),
    budgetScore: rounded(budgetScore(form)),
  };
}

/** Runs the rules over a form; the form is never modified. */
export function runRules(form: Form, profile: Profile = national, options: AuditOptions = {}): Finding[] {
  const ctx = createContext(form, profile, options.lang ? { lang: options.lang } : {});
  const list = options.rules ?? defaultRules;
  const findings: { order: number; finding: Finding }[] = [];
  list.forEach((rule, order) => {
    for (const report of rule.check(ctx)) {
      const finding: Finding = { rule: rule.id, severity: rule.severity, message: report.message, path: report.path };
      if (report.reported !== undefined) finding.reported = finiteValue(report.reported);
      if (report.expected !== undefined) finding.expected = finiteValue(report.expected);
      findings.push({ order, finding });
    }
  });
  findings.sort((a, b) => a.order - b.order || comparePaths(a.finding.path, b.finding.path));
  return findings.map((f) => f.finding);
}

/** The contract's `audit` object for a form. */
export function audit(form: Form, profile: Profile = national, options: AuditOptions = {}): Audit {
  const findings = runRules(form, profile, options);
  return {
    ok: !findings.some((f) => f.severity === "error"),
    grade: gradeOf(form.total.score),
    recomputed: recompute(form),
    findings,
  };
}

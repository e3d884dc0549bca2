import type { FormReview } from "../correct/apply.js";
import type { Document, Form, Indicator } from "../schema/index.js";
import { correctionsText, reviewSummary } from "./review-columns.js";

/**
 * CSV for spreadsheets (RFC 4180): CRLF rows, a field quoted when it holds a comma, quote, CR or
 * LF, quotes doubled, UTF-8 with a byte-order mark (without it Excel reads UTF-8 as the local
 * code page and shows Chinese as mojibake).
 */
export type CsvLevel = "indicator" | "form";

export const csvBom = "\ufeff";

/**
 * A text cell starting with one of these is read as a formula by spreadsheet programs (CSV
 * injection: `=HYPERLINK(…)`, `@SUM(…)`); such cells get a leading `'`. Numbers are written as
 * numbers and never guarded, so `-5` stays a number; a target printed `=100%` becomes `'=100%`.
 * White space before the sign, and the full-width signs (＝＋－＠, which some spreadsheet programs
 * take as their ASCII forms), are guarded too.
 */
const formulaStart = /^[\s\u3000]*[=+\-@＝＋－＠]|^[\t\r]/;

/**
 * A text guarded against formula injection. A text that already starts with `'` gets one more,
 * so that stripping one leading `'` always gives the value back exactly (the xlsx export and its
 * readers rely on this as much as CSV's).
 */
export function guardFormula(s: string): string {
  return formulaStart.test(s) || s.startsWith("'") ? "'" + s : s;
}

/** The inverse of `guardFormula`. */
export function unguardFormula(s: string): string {
  return s.startsWith("'") ? s.slice(1) : s;
}

type Cell = string | number | boolean | null | undefined;

export function csvCell(v: Cell): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "true" : "false";
  const s = guardFormula(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(",") + "\r\n";
}

/** The keys every row carries: which input and which form it comes from. */
const formKeys = ["path", "sha256", "kind", "formIndex", "template", "title", "year", "projectName", "department", "departmentCode", "implementingUnit", "implementingUnitCode", "fundsUnit"] as const;

/** The form's review (issue 20: in every output): last status, its reviewer, and each value a person corrected. */
const reviewKeys = ["reviewStatus", "reviewedBy", "corrections"] as const;

/** `method`: 评分标准 (department-wide forms; empty on project forms). */
const indicatorColumns = [...formKeys, "indicatorIndex", "level1", "level1Weight", "level2", "level3", "target", "actual", "weight", "score", "deviation", "method", "findingRules", ...reviewKeys] as const;

const formColumns = [
  ...formKeys,
  "initialBudget",
  "annualBudget",
  "executed",
  // the department-wide form's 资金结构 columns of the total row, and its 年度主要任务 (JSON: a list in one cell)
  "adjustment",
  "balance",
  "balanceRatePercent",
  "tasks",
  "executionRatePercent",
  "fundsWeight",
  "fundsScore",
  "indicators",
  "totalWeight",
  "totalScore",
  "auditOk",
  "grade",
  "recomputedWeight",
  "recomputedScore",
  "recomputedExecutionRatePercent",
  "recomputedBudgetScore",
  "errors",
  "warnings",
  "infos",
  ...reviewKeys,
] as const;

export function csvColumns(level: CsvLevel): readonly string[] {
  return level === "form" ? formColumns : indicatorColumns;
}

export function csvHeader(level: CsvLevel): string {
  return csvRow(csvColumns(level));
}

function keyCells(doc: Document, form: Form, i: number): Cell[] {
  return [doc.source.path, doc.source.sha256, doc.source.kind, i, form.template, form.title, form.year, form.projectName, form.department, form.departmentCode, form.implementingUnit, form.implementingUnitCode, form.funds.unit];
}

/** Review cells; the status is empty where no review folder was read (`parse`). */
function reviewCells(form: Form, review: FormReview | undefined): Cell[] {
  const r = reviewSummary(form, review);
  return [review ? r.status : null, r.reviewer, correctionsText(r.corrections)];
}

function indicatorCells(form: Form, ind: Indicator | undefined, j: number | null): Cell[] {
  if (!ind || j === null) return new Array(indicatorColumns.length - formKeys.length - reviewKeys.length).fill(null);
  const prefix = `/indicators/${j}/`;
  const rules = [...new Set(form.audit.findings.filter((f) => f.path.startsWith(prefix) || f.path === `/indicators/${j}`).map((f) => f.rule))];
  return [j, ind.level1, ind.level1Weight, ind.level2, ind.level3, ind.target, ind.actual, ind.weight, ind.score, ind.deviation, ind.method, rules.join(" ")];
}

/** The rows of one Document: one per indicator (a form with none still gets one row), or one per form. Documents without forms give none. */
export function csvRows(doc: Document, level: CsvLevel, review?: readonly FormReview[]): string {
  let out = "";
  doc.forms.forEach((form, i) => {
    const keys = keyCells(doc, form, i);
    const rev = reviewCells(form, review?.[i]);
    if (level === "form") {
      const total = form.funds.rows.find((r) => r.key === "total");
      const count = { error: 0, warning: 0, info: 0 };
      for (const f of form.audit.findings) count[f.severity]++;
      const r = form.audit.recomputed;
      out += csvRow([
        ...keys,
        total?.initialBudget,
        total?.annualBudget,
        total?.executed,
        total?.adjustment,
        total?.balance,
        total?.balanceRatePercent,
        form.tasks && form.tasks.length > 0 ? JSON.stringify(form.tasks) : null,
        form.funds.executionRatePercent,
        form.funds.weight,
        form.funds.score,
        form.indicators.length,
        form.total.weight,
        form.total.score,
        form.audit.ok,
        form.audit.grade,
        r.weight,
        r.score,
        r.executionRatePercent,
        r.budgetScore,
        count.error,
        count.warning,
        count.info,
        ...rev,
      ]);
      return;
    }
    if (form.indicators.length === 0) out += csvRow([...keys, ...indicatorCells(form, undefined, null), ...rev]);
    form.indicators.forEach((ind, j) => (out += csvRow([...keys, ...indicatorCells(form, ind, j), ...rev])));
  });
  return out;
}

export function serialiseCsv(docs: readonly Document[], level: CsvLevel = "indicator"): string {
  return csvBom + csvHeader(level) + docs.map((d) => csvRows(d, level)).join("");
}

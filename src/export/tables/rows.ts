/**
 * One Document, as read with its review applied, turned into rows of the tables in `model.ts`.
 * Pure: the writers (xlsx, DuckDB, Parquet) and the tests all go through here, so what the
 * property test proves of these rows holds for every output.
 */
import { fieldName, type Lang } from "../../audit/fields.js";
import type { ReviewedDocument } from "../../correct/folder.js";
import type { FormReview } from "../../correct/apply.js";
import { personCorrections, reviewSummary } from "../review-columns.js";
import type { Document, Form, ParsedValue, SourceLocation } from "../../schema/index.js";
import type { Row, TableName, Value } from "./model.js";

export type DocumentRows = Record<TableName, Row[]>;

export interface Numbering {
  /** doc_id of this Document. */
  docId: number;
  /** form_id of its first form; the others follow. */
  firstFormId: number;
}

/** The value as a cell: objects (level1-weights' reported/expected) as JSON; absent as null. */
function json(v: unknown): string | null {
  return v === undefined ? null : JSON.stringify(v);
}

function source(s: SourceLocation | undefined, prefix: string): Row {
  const [x0, y0, x1, y1] = s?.bbox ?? [null, null, null, null];
  return {
    [`${prefix}text`]: s?.text ?? null,
    [`${prefix}page`]: s?.page ?? null,
    [`${prefix}line`]: s?.line ?? null,
    [`${prefix}x0`]: x0,
    [`${prefix}y0`]: y0,
    [`${prefix}x1`]: x1,
    [`${prefix}y1`]: y1,
    [`${prefix}confidence`]: s?.confidence ?? null,
    [`${prefix}sheet`]: s?.sheet ?? null,
    [`${prefix}cell`]: s?.cell ?? null,
    [`${prefix}corrected_from`]: s?.corrected?.from ?? null,
    [`${prefix}corrected_reason`]: s?.corrected?.reason ?? null,
    [`${prefix}corrected_by`]: s?.corrected?.reviewer ?? null,
    [`${prefix}corrected_at`]: s?.corrected?.at ?? null,
  };
}

function parsed(p: ParsedValue | undefined, prefix: string): Row {
  return {
    [`${prefix}kind`]: p?.kind ?? null,
    [`${prefix}comparator`]: p?.kind === "quantity" ? p.comparator : null,
    [`${prefix}value`]: p?.kind === "quantity" ? p.value : null,
    [`${prefix}unit`]: p?.kind === "quantity" ? p.unit : null,
    [`${prefix}text`]: p?.kind === "qualitative" ? p.text : null,
  };
}

function formRow(doc: Document, form: Form, i: number, ids: Numbering, review: FormReview | undefined, lang: Lang): Row {
  const total = form.funds.rows.find((r) => r.key === "total");
  const count = { error: 0, warning: 0, info: 0 };
  for (const f of form.audit.findings) count[f.severity]++;
  const r = form.audit.recomputed;
  const rs = reviewSummary(form, review, lang);
  return {
    form_id: ids.firstFormId + i,
    doc_id: ids.docId,
    form_index: i,
    path: doc.source.path,
    sha256: doc.source.sha256,
    template: form.template,
    title: form.title,
    year: form.year,
    project_name: form.projectName,
    department: form.department,
    department_code: form.departmentCode ?? null,
    implementing_unit: form.implementingUnit,
    implementing_unit_code: form.implementingUnitCode ?? null,
    funds_unit: form.funds.unit,
    initial_budget: total?.initialBudget ?? null,
    annual_budget: total?.annualBudget ?? null,
    executed: total?.executed ?? null,
    execution_rate_percent: form.funds.executionRatePercent,
    funds_weight: form.funds.weight,
    funds_score: form.funds.score,
    goals_expected: form.goals.expected,
    goals_actual: form.goals.actual,
    indicator_count: form.indicators.length,
    total_weight: form.total.weight,
    total_score: form.total.score,
    audit_ok: form.audit.ok,
    grade: form.audit.grade,
    recomputed_weight: r.weight,
    recomputed_score: r.score,
    recomputed_execution_rate_percent: r.executionRatePercent,
    recomputed_budget_score: r.budgetScore,
    errors: count.error,
    warnings: count.warning,
    infos: count.info,
    review_status: rs.status,
    reviewed_by: rs.reviewer,
    reviewed_at: rs.at,
    review_note: rs.note,
    corrections: rs.corrections.length,
  };
}

export function documentRows(reviewed: Pick<ReviewedDocument, "doc" | "forms">, ids: Numbering, lang: Lang = "zh"): DocumentRows {
  const doc = reviewed.doc;
  const out: DocumentRows = { documents: [], forms: [], fund_rows: [], indicators: [], findings: [], diagnostics: [], corrections: [], sources: [] };
  out.documents.push({
    doc_id: ids.docId,
    path: doc.source.path,
    sha256: doc.source.sha256,
    kind: doc.source.kind,
    pages: doc.source.pages,
    schema_version: doc.schemaVersion,
    form_count: doc.forms.length,
    diagnostic_count: doc.diagnostics.length,
  });
  doc.forms.forEach((form, i) => {
    const form_id = ids.firstFormId + i;
    out.forms.push(formRow(doc, form, i, ids, reviewed.forms[i], lang));
    form.funds.rows.forEach((r, j) =>
      out.fund_rows.push({ form_id, row_index: j, key: r.key, label: r.label, unit: form.funds.unit, initial_budget: r.initialBudget, annual_budget: r.annualBudget, executed: r.executed }),
    );
    form.indicators.forEach((ind, j) => {
      const prefix = `/indicators/${j}`;
      const rules = [...new Set(form.audit.findings.filter((f) => f.path === prefix || f.path.startsWith(prefix + "/")).map((f) => f.rule))];
      out.indicators.push({
        form_id,
        indicator_index: j,
        level1: ind.level1,
        level1_weight: ind.level1Weight ?? null,
        level2: ind.level2,
        level3: ind.level3,
        target: ind.target,
        actual: ind.actual,
        weight: ind.weight,
        score: ind.score,
        deviation: ind.deviation,
        ...parsed(ind.targetParsed, "target_"),
        ...parsed(ind.actualParsed, "actual_"),
        finding_rules: rules.length ? rules.join(" ") : null,
      });
    });
    form.audit.findings.forEach((f, j) =>
      out.findings.push({
        form_id,
        finding_index: j,
        rule: f.rule,
        severity: f.severity,
        pointer: f.path,
        field: fieldName(f.path, form, lang),
        reported: typeof f.reported === "number" ? f.reported : null,
        expected: typeof f.expected === "number" ? f.expected : null,
        reported_json: json(f.reported),
        expected_json: json(f.expected),
        message: f.message,
      }),
    );
    for (const [pointer, s] of Object.entries(form.sources ?? {})) out.sources.push({ form_id, pointer, ...source(s, "") });
    for (const c of personCorrections(form, lang))
      out.corrections.push({ form_id, pointer: c.path, field: c.field, value_read: c.from, value_corrected: c.to, reviewer: c.reviewer, corrected_at: c.at, reason: c.reason });
  });
  doc.diagnostics.forEach((d, j) => {
    const m = /^\/forms\/(\d+)(?:\/|$)/.exec(d.path ?? "");
    const formIndex = m ? Number(m[1]) : null;
    out.diagnostics.push({
      doc_id: ids.docId,
      diagnostic_index: j,
      form_id: formIndex !== null && formIndex < doc.forms.length ? ids.firstFormId + formIndex : null,
      path: doc.source.path,
      code: d.code,
      severity: d.severity,
      pointer: d.path ?? null,
      message: d.message,
      ...source(d.source, "source_"),
    });
  });
  return out;
}

export type { Value };

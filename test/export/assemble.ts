/**
 * The inverse of src/export/tables/rows.ts, for the tests only: Documents rebuilt from the rows
 * of the tables, as an analyst's tool would read them back from the xlsx, DuckDB or Parquet
 * output. If a value of a Document is missing from the tables, or changed on the way, the
 * rebuilt Document differs from the original and the faithfulness tests fail.
 *
 * Absent optional fields are null in the tables and absent again here. An empty `sources` map
 * and no `sources` at all both have no rows: they are the same (no provenance), so the tests
 * compare with `sources: {}` dropped.
 */
import type { Row, TableName, Value } from "../../src/export/tables/model.js";
import type { FormStatus } from "../../src/correct/records.js";
import { Document, type SourceLocation } from "../../src/schema/index.js";

type Tables = Record<TableName, Row[]>;

const opt = <K extends string>(k: K, v: Value | undefined): Partial<Record<K, Value>> => (v === null || v === undefined ? {} : ({ [k]: v } as Record<K, Value>));

function source(r: Row, p: string, textRequired: boolean): SourceLocation | undefined {
  const get = (k: string) => r[p + k] ?? null;
  const keys = ["text", "page", "line", "x0", "confidence", "sheet", "cell", "corrected_from"];
  if (!textRequired && keys.every((k) => get(k) === null)) return undefined;
  const bbox = get("x0") === null ? {} : { bbox: [get("x0"), get("y0"), get("x1"), get("y1")] };
  const corrected =
    get("corrected_from") === null ? {} : { corrected: { from: get("corrected_from"), reason: get("corrected_reason"), ...opt("reviewer", get("corrected_by")), ...opt("at", get("corrected_at")) } };
  return { text: get("text") ?? "", ...opt("page", get("page")), ...opt("line", get("line")), ...bbox, ...opt("confidence", get("confidence")), ...opt("sheet", get("sheet")), ...opt("cell", get("cell")), ...corrected } as SourceLocation;
}

function parsed(r: Row, p: string) {
  const kind = r[p + "kind"];
  if (kind === null || kind === undefined) return undefined;
  return kind === "quantity" ? { kind, comparator: r[p + "comparator"] ?? null, value: r[p + "value"], unit: r[p + "unit"] ?? null } : { kind, text: r[p + "text"] };
}

const n = (v: Value | undefined) => (v === undefined ? null : v);
const byKey = (rows: Row[], key: string) => {
  const m = new Map<Value, Row[]>();
  for (const r of rows) m.set(r[key]!, [...(m.get(r[key]!) ?? []), r]);
  return m;
};
const sortBy = (rows: Row[] | undefined, k: string) => [...(rows ?? [])].sort((a, b) => (a[k] as number) - (b[k] as number));

export interface Rebuilt {
  docs: Document[];
  status: Map<string, { status: FormStatus; reviewer: Value; at: Value; note: Value }>;
}

export function rebuild(t: Tables): Rebuilt {
  const forms = byKey(t.forms, "doc_id");
  const funds = byKey(t.fund_rows, "form_id");
  const inds = byKey(t.indicators, "form_id");
  const finds = byKey(t.findings, "form_id");
  const srcs = byKey(t.sources, "form_id");
  const diags = byKey(t.diagnostics, "doc_id");
  const status: Rebuilt["status"] = new Map();
  const docs = sortBy(t.documents, "doc_id").map((d) => {
    const doc = {
      schemaVersion: d.schema_version,
      source: { path: d.path, sha256: d.sha256, kind: d.kind, pages: n(d.pages) },
      forms: sortBy(forms.get(d.doc_id!), "form_index").map((f) => {
        status.set(`${d.doc_id}#${f.form_index}`, { status: f.review_status as FormStatus, reviewer: n(f.reviewed_by), at: n(f.reviewed_at), note: n(f.review_note) });
        const sources = srcs.get(f.form_id!);
        return {
          template: f.template,
          title: n(f.title),
          year: n(f.year),
          projectName: n(f.project_name),
          department: n(f.department),
          implementingUnit: n(f.implementing_unit),
          ...opt("departmentCode", f.department_code),
          ...opt("implementingUnitCode", f.implementing_unit_code),
          funds: {
            unit: n(f.funds_unit),
            rows: sortBy(funds.get(f.form_id!), "row_index").map((r) => ({ key: r.key, label: n(r.label), initialBudget: n(r.initial_budget), annualBudget: n(r.annual_budget), executed: n(r.executed) })),
            weight: n(f.funds_weight),
            executionRatePercent: n(f.execution_rate_percent),
            score: n(f.funds_score),
          },
          goals: { expected: n(f.goals_expected), actual: n(f.goals_actual) },
          indicators: sortBy(inds.get(f.form_id!), "indicator_index").map((i) => ({
            level1: n(i.level1),
            level2: n(i.level2),
            level3: n(i.level3),
            target: n(i.target),
            actual: n(i.actual),
            weight: n(i.weight),
            score: n(i.score),
            deviation: n(i.deviation),
            ...opt("level1Weight", i.level1_weight),
            ...(parsed(i, "target_") ? { targetParsed: parsed(i, "target_") } : {}),
            ...(parsed(i, "actual_") ? { actualParsed: parsed(i, "actual_") } : {}),
          })),
          total: { weight: n(f.total_weight), score: n(f.total_score) },
          audit: {
            ok: f.audit_ok,
            grade: n(f.grade),
            recomputed: { weight: n(f.recomputed_weight), score: n(f.recomputed_score), executionRatePercent: n(f.recomputed_execution_rate_percent), budgetScore: n(f.recomputed_budget_score) },
            findings: sortBy(finds.get(f.form_id!), "finding_index").map((x) => ({
              rule: x.rule,
              severity: x.severity,
              message: x.message ?? "",
              path: x.pointer ?? "",
              ...(x.reported_json === null || x.reported_json === undefined ? {} : { reported: JSON.parse(x.reported_json as string) }),
              ...(x.expected_json === null || x.expected_json === undefined ? {} : { expected: JSON.parse(x.expected_json as string) }),
            })),
          },
          ...(sources ? { sources: Object.fromEntries(sources.map((s) => [s.pointer, source(s, "", true)])) } : {}),
        };
      }),
      diagnostics: sortBy(diags.get(d.doc_id!), "diagnostic_index").map((x) => ({
        code: x.code,
        severity: x.severity,
        message: x.message ?? "",
        ...opt("path", x.pointer),
        ...(source(x, "source_", false) ? { source: source(x, "source_", false) } : {}),
      })),
    };
    return Document.parse(doc);
  });
  return { docs, status };
}

/** A Document as the tables can hold it: an empty `sources` map is no map. */
export function comparable(doc: Document): Document {
  return { ...doc, forms: doc.forms.map((f) => (f.sources && Object.keys(f.sources).length === 0 ? (({ sources: _, ...rest }) => rest)(f) : f)) };
}

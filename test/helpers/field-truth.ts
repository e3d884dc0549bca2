/**
 * Field accuracy against the real-forms corpus (fixtures/field), as spec/measuring.md defines it,
 * with the corpus's one difference from the generated fixtures: a truth holds only the fields
 * whose place the excerpt shows. A key that is absent is not checked; a key that is present is
 * one check, whatever its value (null included). See fixtures/field/README.md.
 */
import type { Document } from "../../src/schema/index.js";
import { valueMatches, type Accuracy } from "./field-accuracy.js";

type Loose = Record<string, unknown>;

export interface FieldTruthForm extends Loose {
  /** The excerpt ends inside this form: indicators found beyond the truth's are not counted. */
  cut?: boolean;
}

export interface FieldTruth {
  forms: FieldTruthForm[];
  /** Dossier forms in the text that are not self-evaluations: each must be an `other-form` diagnostic. */
  otherForms?: string[];
}

const HEADER_FIELDS = ["template", "title", "year", "projectName", "department", "implementingUnit", "departmentCode", "implementingUnitCode"];
/** Fund row fields that are checked: every amount the truth gives (not key, label or parent). */
const ROW_SKIP = new Set(["key", "label", "parent"]);
/** Indicator fields that are checked: the eight of the contract, and 评分标准 on department forms. */
const INDICATOR_FIELDS = ["level1", "level2", "level3", "target", "actual", "weight", "score", "deviation", "method"];
const TASK_FIELDS = ["name", "content"];
const TASK_BUDGET = ["total", "fiscal", "other"];

function obj(v: unknown): Loose | undefined {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Loose) : undefined;
}
function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
function has(o: Loose | undefined, k: string): o is Loose {
  return o !== undefined && Object.prototype.hasOwnProperty.call(o, k);
}

/** The checks of one truth form: [field path, expected, actual]. */
export function fieldChecks(truth: FieldTruthForm, actual: Loose | undefined): [string, unknown, unknown][] {
  const out: [string, unknown, unknown][] = [];
  const push = (path: string, t: Loose | undefined, a: Loose | undefined, key: string) => {
    if (has(t, key)) out.push([path, t[key], a?.[key]]);
  };
  for (const f of HEADER_FIELDS) push(f, truth, actual, f);
  const tf = obj(truth.funds);
  const af = obj(actual?.funds);
  if (tf) {
    push("funds.unit", tf, af, "unit");
    const aRows = arr(af?.rows).map(obj);
    for (const row of arr(tf.rows).map(obj)) {
      if (!row) continue;
      const match = aRows.find((r) => r?.key === row.key);
      for (const k of Object.keys(row)) if (!ROW_SKIP.has(k)) push(`funds.rows[${String(row.key)}].${k}`, row, match, k);
    }
    push("funds.weight", tf, af, "weight");
    push("funds.executionRatePercent", tf, af, "executionRatePercent");
    push("funds.score", tf, af, "score");
  }
  const tg = obj(truth.goals);
  const ag = obj(actual?.goals);
  push("goals.expected", tg, ag, "expected");
  push("goals.actual", tg, ag, "actual");
  const aTasks = arr(actual?.tasks).map(obj);
  arr(truth.tasks).map(obj).forEach((t, i) => {
    for (const f of TASK_FIELDS) push(`tasks[${i}].${f}`, t, aTasks[i], f);
    const tb = obj(t?.budget);
    const ab = obj(aTasks[i]?.budget);
    for (const f of TASK_BUDGET) push(`tasks[${i}].budget.${f}`, tb, ab, f);
  });
  const aInds = arr(actual?.indicators).map(obj);
  arr(truth.indicators).map(obj).forEach((ind, i) => {
    for (const f of INDICATOR_FIELDS) push(`indicators[${i}].${f}`, ind, aInds[i], f);
  });
  const tt = obj(truth.total);
  const at = obj(actual?.total);
  push("total.weight", tt, at, "weight");
  push("total.score", tt, at, "score");
  return out;
}

/**
 * Compares a Document with a field truth. Forms are matched by position; an output form the
 * truth lacks is one miss, and so is an indicator beyond the truth's unless the form is `cut`;
 * each expected dossier form is one check that an `other-form` diagnostic is there for it.
 */
export function compareFieldTruth(truth: FieldTruth, doc: Pick<Document, "forms" | "diagnostics">, opts: { ocr?: boolean } = {}): Accuracy {
  const result: Accuracy = { checks: 0, matches: 0, misses: [] };
  const forms = doc.forms as unknown as Loose[];
  truth.forms.forEach((t, fi) => {
    const a = forms[fi];
    for (const [field, e, v] of fieldChecks(t, a)) {
      result.checks++;
      if (a !== undefined && valueMatches(e, v, opts)) result.matches++;
      else result.misses.push({ form: fi, field, expected: e, actual: v });
    }
    if (a && !t.cut) {
      const inds = arr(a.indicators);
      for (let i = arr(t.indicators).length; i < inds.length; i++) {
        result.checks++;
        result.misses.push({ form: fi, field: `indicators[${i}]`, expected: undefined, actual: inds[i] });
      }
    }
  });
  for (let fi = truth.forms.length; fi < forms.length; fi++) {
    result.checks++;
    result.misses.push({ form: fi, field: "form", expected: undefined, actual: forms[fi]?.title ?? forms[fi]?.projectName ?? "(form)" });
  }
  const others = doc.diagnostics.filter((d) => d.code === "other-form");
  (truth.otherForms ?? []).forEach((name, i) => {
    result.checks++;
    if (others.length > i) result.matches++;
    else result.misses.push({ form: -1, field: `otherForms[${i}]`, expected: name, actual: others.length });
  });
  return result;
}

import { XMLBuilder } from "fast-xml-parser";
import type { FormReview } from "../correct/apply.js";
import type { Diagnostic, Document, Finding, Form, ParsedValue } from "../schema/index.js";
import { reviewSummary } from "./review-columns.js";

/**
 * XML in the structure documented in docs/export-formats.md: `<jixiao>` holding one `<document>`
 * per input. Scalars that identify or measure (keys, numbers, flags) are attributes; free text
 * (titles, names, targets, messages) is element content. A null value is left out. `sources`
 * is not exported (JSONL keeps it). Text is escaped by the builder; characters that XML 1.0
 * forbids (C0 controls other than tab, LF, CR) are dropped first, or no parser would read the file.
 */
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  format: true,
  indentBy: "  ",
  suppressEmptyNode: true,
  processEntities: true,
  // Otherwise ok="true" is written as a bare `ok`, which is not XML.
  suppressBooleanAttributes: false,
});

export const xmlHead = `<?xml version="1.0" encoding="UTF-8"?>\n<jixiao schemaVersion="1">\n`;
export const xmlTail = `</jixiao>\n`;

// eslint-disable-next-line no-control-regex
const notXmlChar = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlSafe(s: string): string {
  return s.replace(notXmlChar, "");
}

type Node = Record<string, unknown>;

/** Copies the defined values as attributes (`@_name`); null and undefined are left out. */
function attrs(o: Record<string, string | number | boolean | null | undefined>): Node {
  const r: Node = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === null || v === undefined) continue;
    r[`@_${k}`] = typeof v === "string" ? xmlSafe(v) : String(v);
  }
  return r;
}

/** Text elements, in order; a null one is left out. */
function texts(o: Record<string, string | null | undefined>): Node {
  const r: Node = {};
  for (const [k, v] of Object.entries(o)) if (v !== null && v !== undefined) r[k] = { "#text": xmlSafe(v) };
  return r;
}

function findingValue(v: Finding["reported"]): string | number | null | undefined {
  if (v === null || v === undefined || typeof v === "number" || typeof v === "string") return v;
  return JSON.stringify(v);
}

function parsed(p: ParsedValue | undefined): Node | undefined {
  if (!p) return undefined;
  if (p.kind === "qualitative") return { ...attrs({ kind: "qualitative" }), "#text": xmlSafe(p.text) };
  return attrs({ kind: "quantity", comparator: p.comparator, value: p.value, unit: p.unit });
}

/** `<review status reviewer at note>` with a `<correction>` per value a person corrected; the status only where a review folder was read. */
function reviewNode(form: Form, review: FormReview | undefined): Node {
  const r = reviewSummary(form, review);
  return {
    ...attrs({ status: review ? r.status : undefined, reviewer: r.reviewer, at: r.at, note: r.note }),
    correction: r.corrections.map((c) => attrs({ path: c.path, from: c.from, to: c.to, reviewer: c.reviewer, at: c.at, reason: c.reason })),
  };
}

function formNode(form: Form, index: number, review?: FormReview): Node {
  const a = form.audit;
  const node: Node = {
    ...attrs({ index, template: form.template }),
    ...texts({ title: form.title }),
    ...(form.year !== null ? { year: form.year } : {}),
    ...texts({
      projectName: form.projectName,
      department: form.department,
      departmentCode: form.departmentCode,
      implementingUnit: form.implementingUnit,
      implementingUnitCode: form.implementingUnitCode,
    }),
    funds: {
      ...attrs({ unit: form.funds.unit, weight: form.funds.weight, executionRatePercent: form.funds.executionRatePercent, score: form.funds.score }),
      row: form.funds.rows.map((r) => ({
        ...attrs({ key: r.key, parent: r.parent, initialBudget: r.initialBudget, adjustment: r.adjustment, annualBudget: r.annualBudget, executed: r.executed, balance: r.balance, balanceRatePercent: r.balanceRatePercent }),
        ...(r.label !== null ? { "#text": xmlSafe(r.label) } : {}),
      })),
    },
    // 年度主要任务 of the department-wide form: the budget as attributes, name and content as text.
    ...(form.tasks && form.tasks.length > 0
      ? { tasks: { task: form.tasks.map((t, j) => ({ ...attrs({ index: j, total: t.budget.total, fiscal: t.budget.fiscal, other: t.budget.other }), ...texts({ name: t.name, content: t.content }) })) } }
      : {}),
    goals: texts({ expected: form.goals.expected, actual: form.goals.actual }),
    indicators: {
      indicator: form.indicators.map((ind, j) => ({
        ...attrs({ index: j, weight: ind.weight, score: ind.score, level1Weight: ind.level1Weight }),
        ...texts({ level1: ind.level1, level2: ind.level2, level3: ind.level3, target: ind.target, actual: ind.actual, deviation: ind.deviation, method: ind.method }),
        ...(ind.targetParsed ? { targetParsed: parsed(ind.targetParsed) } : {}),
        ...(ind.actualParsed ? { actualParsed: parsed(ind.actualParsed) } : {}),
      })),
    },
    total: attrs({ weight: form.total.weight, score: form.total.score }),
    audit: {
      ...attrs({ ok: a.ok, grade: a.grade }),
      recomputed: attrs({ ...a.recomputed }),
      finding: a.findings.map((f) => ({ ...attrs({ rule: f.rule, severity: f.severity, path: f.path, reported: findingValue(f.reported), expected: findingValue(f.expected) }), "#text": xmlSafe(f.message) })),
    },
    review: reviewNode(form, review),
  };
  return node;
}

function diagnosticNode(d: Diagnostic): Node {
  return { ...attrs({ code: d.code, severity: d.severity, path: d.path }), "#text": xmlSafe(d.message) };
}

/** One `<document>` element; export streams these between `xmlHead` and `xmlTail`. */
export function xmlDocument(doc: Document, review?: readonly FormReview[]): string {
  const s = doc.source;
  return builder.build({
    document: {
      ...attrs({ path: s.path, sha256: s.sha256, kind: s.kind, pages: s.pages }),
      form: doc.forms.map((f, i) => formNode(f, i, review?.[i])),
      diagnostic: doc.diagnostics.map(diagnosticNode),
    },
  }) as string;
}

export function serialiseXml(docs: readonly Document[]): string {
  return xmlHead + docs.map((d) => xmlDocument(d)).join("") + xmlTail;
}

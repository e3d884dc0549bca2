/**
 * The review queue: every form of the import with what calls for a person's eye — errors,
 * values that could not be read or were read with low confidence, values the reader corrected
 * itself, ambiguous splits, stale corrections — those needing review first, approved ones last.
 */
import type { FormStatus } from "../correct/records.js";
import type { ReviewedDocument } from "../correct/folder.js";
import { LOW_CONFIDENCE } from "../report/form-table.js";
import type { Document, Form, Severity } from "../schema/index.js";

export interface QueueReasons {
  errors: number;
  unreadable: number;
  lowConfidence: number;
  /** Values the reader itself corrected (OCR digit, split), not those a person corrected. */
  machineCorrected: number;
  ambiguous: number;
  stale: number;
  warnings: number;
}

export interface QueueEntry {
  sha256: string;
  form: number;
  file: string;
  projectName: string | null;
  department: string | null;
  year: number | null;
  totalScore: number | null;
  grade: string | null;
  status: FormStatus;
  reasons: QueueReasons;
  needsReview: boolean;
  rules: string[];
  severities: (Severity | "none")[];
}

export function reasonsOf(doc: Document, formIndex: number, form: Form, stale: number): QueueReasons {
  const findings = form.audit.findings;
  const sources = Object.values(form.sources ?? {});
  return {
    errors: findings.filter((f) => f.severity === "error").length,
    unreadable: findings.filter((f) => f.rule === "unreadable").length,
    lowConfidence: sources.filter((s) => s.confidence !== undefined && s.confidence < LOW_CONFIDENCE).length,
    machineCorrected: sources.filter((s) => s.corrected && s.corrected.reviewer === undefined).length,
    ambiguous: doc.diagnostics.filter((d) => d.code === "ambiguous-split" && d.path?.startsWith(`/forms/${formIndex}/`)).length,
    stale,
    warnings: findings.filter((f) => f.severity === "warning").length,
  };
}

/** Weights of the reasons when ordering the queue: what a reviewer must settle before the rest. */
const WEIGHT: Record<keyof QueueReasons, number> = { errors: 100, unreadable: 100, stale: 80, ambiguous: 60, lowConfidence: 40, machineCorrected: 30, warnings: 1 };

function urgency(r: QueueReasons): number {
  return (Object.keys(WEIGHT) as (keyof QueueReasons)[]).reduce((n, k) => n + WEIGHT[k] * Math.min(r[k], 10), 0);
}

const STATUS_ORDER: Record<FormStatus, number> = { "in-review": 0, rejected: 1, unreviewed: 2, approved: 3 };

export function queueEntries(reviewed: readonly ReviewedDocument[]): QueueEntry[] {
  const out: QueueEntry[] = [];
  for (const r of reviewed) {
    r.doc.forms.forEach((form, i) => {
      const reasons = reasonsOf(r.doc, i, form, r.stale.filter((s) => s.record.form === i).length);
      const sev = (["error", "warning", "info"] as const).filter((s) => form.audit.findings.some((f) => f.severity === s));
      out.push({
        sha256: r.doc.source.sha256,
        form: i,
        file: r.doc.source.path,
        projectName: form.projectName,
        department: form.department,
        year: form.year,
        totalScore: form.total.score,
        grade: form.audit.grade,
        status: r.forms[i]?.status ?? "unreviewed",
        reasons,
        needsReview: reasons.errors + reasons.unreadable + reasons.lowConfidence + reasons.machineCorrected + reasons.ambiguous + reasons.stale > 0,
        rules: [...new Set(form.audit.findings.map((f) => f.rule))],
        severities: sev.length ? sev : ["none"],
      });
    });
  }
  // stable: equal entries keep the import's order
  return out
    .map((e, k) => ({ e, k }))
    .sort((a, b) => Number(a.e.status === "approved") - Number(b.e.status === "approved") || Number(b.e.needsReview) - Number(a.e.needsReview) || urgency(b.e.reasons) - urgency(a.e.reasons) || STATUS_ORDER[a.e.status] - STATUS_ORDER[b.e.status] || a.k - b.k)
    .map((x) => x.e);
}

/**
 * What every export says about a form's review: its status (the last status record) and each
 * value a person corrected — the value as read, the value as corrected, who, when and why. Taken
 * from the applied review (`sources[path].corrected` with a reviewer), so a stale correction,
 * which was not applied, is never reported as if it were.
 */
import { valueAt } from "../audit/context.js";
import { fieldName, type Lang } from "../audit/fields.js";
import type { FormReview } from "../correct/apply.js";
import type { FormStatus } from "../correct/records.js";
import type { Form } from "../schema/index.js";

export interface PersonCorrection {
  path: string;
  field: string;
  /** As read (the text `sources` keeps). */
  from: string;
  /** As corrected, as text; null when the value was cleared. */
  to: string | null;
  reviewer: string;
  at: string | null;
  reason: string;
}

export interface FormReviewSummary {
  status: FormStatus;
  reviewer: string | null;
  at: string | null;
  note: string | null;
  corrections: PersonCorrection[];
}

export function personCorrections(form: Form, lang: Lang = "zh"): PersonCorrection[] {
  const out: PersonCorrection[] = [];
  for (const [path, s] of Object.entries(form.sources ?? {})) {
    if (s.corrected?.reviewer === undefined) continue;
    const v = valueAt(form, path);
    out.push({ path, field: fieldName(path, form, lang), from: s.corrected.from, to: v === null || v === undefined ? null : String(v), reviewer: s.corrected.reviewer, at: s.corrected.at ?? null, reason: s.corrected.reason });
  }
  return out;
}

export function reviewSummary(form: Form, review: FormReview | undefined, lang: Lang = "zh"): FormReviewSummary {
  const r = review?.statusRecord;
  return { status: review?.status ?? "unreviewed", reviewer: r?.reviewer ?? null, at: r?.at ?? null, note: r?.note ?? null, corrections: personCorrections(form, lang) };
}

/** One line for a CSV cell: `总分·得分 95→94（张三）; …`. */
export function correctionsText(cs: readonly PersonCorrection[]): string | null {
  return cs.length ? cs.map((c) => `${c.field} ${c.from}→${c.to ?? ""} (${c.reviewer})`).join("; ") : null;
}

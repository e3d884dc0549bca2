/**
 * People's corrections applied to a Document as read, never to the file: each corrected value
 * is set, marked in `sources[path].corrected` (from, reason, reviewer, at), targets and actuals
 * parsed again, and the form audited again with the same engine as `parse`.
 *
 * Records are replayed in file order, per form and path. A correction applies when its `from`
 * is a value the path has held in this replay: the value as read, or what an earlier applied
 * correction set (a reviewer correcting a correction; two reviewers who both saw the same value
 * and saved one after the other). Otherwise it is stale — the value as read has changed since
 * (a re-import with a newer reader) — and is reported, not applied. So the last applicable
 * record for a path wins, and a correction made against an older reading never lands on a new one.
 */
import { audit, type Profile } from "../audit/index.js";
import { attachParsed } from "../normalise/quantity.js";
import { Document, type Form } from "../schema/index.js";
import { editableValue, fieldKind, fitsField, sameValue, setValue } from "./editable.js";
import { isCorrection, type CorrectionRecord, type FormStatus, type ReviewRecord, type ReviewValue, type StatusRecord } from "./records.js";

export type StaleReason = "changed" | "no-such-value" | "no-such-form" | "wrong-type";

export interface StaleCorrection {
  record: CorrectionRecord;
  reason: StaleReason;
  /** The value as read now (undefined when the form or the place is gone). */
  asRead: ReviewValue | undefined;
}

export interface FormReview {
  status: FormStatus;
  /** The last status line, when there is one. */
  statusRecord: StatusRecord | null;
  /** Every applied correction, in file order. */
  applied: CorrectionRecord[];
}

export interface AppliedReview {
  /** A copy of the Document with the corrections in; the input is not modified. */
  doc: Document;
  forms: FormReview[];
  stale: StaleCorrection[];
}

export interface ApplyOptions {
  profile?: Profile | undefined;
  lang?: "zh" | "en" | undefined;
}

/** The reason recorded when a reviewer gave none. */
function defaultReason(lang: "zh" | "en" | undefined): string {
  return lang === "en" ? "corrected in review" : "人工复核更正";
}

export function applyReview(doc: Document, records: readonly ReviewRecord[], opts: ApplyOptions = {}): AppliedReview {
  const out = structuredClone(doc);
  const forms: FormReview[] = out.forms.map(() => ({ status: "unreviewed", statusRecord: null, applied: [] }));
  const stale: StaleCorrection[] = [];
  const byForm = new Map<number, CorrectionRecord[]>();
  for (const r of records) {
    if (!isCorrection(r)) {
      const f = forms[r.form];
      if (f) Object.assign(f, { status: r.status, statusRecord: r });
      continue;
    }
    if (!out.forms[r.form]) stale.push({ record: r, reason: "no-such-form", asRead: undefined });
    else byForm.set(r.form, [...(byForm.get(r.form) ?? []), r]);
  }
  for (const [i, list] of byForm) {
    const { form, applied, stale: s } = correctForm(out.forms[i]!, list, opts);
    out.forms[i] = form;
    forms[i]!.applied = applied;
    stale.push(...s);
  }
  // validated as every Document written is (and so its keys are in schema order again)
  return { doc: byForm.size ? Document.parse(out) : out, forms, stale };
}

/** One form's corrections replayed path by path; the form audited again when any applied. */
function correctForm(read: Form, records: readonly CorrectionRecord[], opts: ApplyOptions): { form: Form; applied: CorrectionRecord[]; stale: StaleCorrection[] } {
  const form = read; // already a copy (applyReview cloned the Document)
  const applied: CorrectionRecord[] = [];
  const stale: StaleCorrection[] = [];
  const current = new Map<string, { value: ReviewValue; held: ReviewValue[]; last: CorrectionRecord | null; staleSince: StaleCorrection[] }>();
  for (const r of records) {
    const kind = fieldKind(r.path);
    const asRead = editableValue(read, r.path);
    if (!current.has(r.path) && asRead !== undefined) current.set(r.path, { value: asRead, held: [asRead], last: null, staleSince: [] });
    const state = current.get(r.path);
    if (!kind || asRead === undefined || !state) {
      stale.push({ record: r, reason: "no-such-value", asRead });
      continue;
    }
    if (!fitsField(kind, r.to)) {
      stale.push({ record: r, reason: "wrong-type", asRead });
      continue;
    }
    if (state.held.some((v) => sameValue(v, r.from))) {
      state.value = r.to;
      state.held.push(r.to);
      state.last = r;
      applied.push(r);
      // a later applicable correction supersedes the stale ones before it: they are not reported
      state.staleSince = [];
    } else {
      state.staleSince.push({ record: r, reason: "changed", asRead });
    }
  }
  const originals = new Map<string, ReviewValue>();
  for (const [path, state] of current) {
    stale.push(...state.staleSince);
    const asRead = editableValue(read, path)!;
    // a correction set back to the value as read is an undo: nothing left to mark
    if (!state.last || sameValue(state.value, asRead)) continue;
    originals.set(path, asRead);
  }
  // nothing left changed (every correction undone): the form as read, its history kept
  if (originals.size === 0) return { form: read, applied, stale };
  for (const [path, from] of originals) {
    const state = current.get(path)!;
    const r = state.last!;
    setValue(form, path, state.value);
    const src = form.sources?.[path];
    form.sources = {
      ...form.sources,
      [path]: { ...(src ?? { text: from === null ? "" : String(from) }), corrected: { from: from === null ? "" : String(from), reason: r.reason ?? defaultReason(opts.lang), reviewer: r.reviewer, at: r.at } },
    };
  }
  // A corrected target or actual is a new text: its parsed value follows it.
  form.indicators = form.indicators.map((ind, i) => (originals.has(`/indicators/${i}/target`) || originals.has(`/indicators/${i}/actual`) ? attachParsed(ind) : ind));
  form.audit = audit(form, opts.profile, { lang: opts.lang ?? "zh" });
  return { form, applied, stale };
}

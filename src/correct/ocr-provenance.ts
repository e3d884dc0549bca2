/**
 * The reader's provenance finished once the forms exist: a `low-confidence` diagnostic gets the
 * path of the value it concerns, and a label the reader snapped to the template's vocabulary that
 * turned out to be a value (一级/二级 names, the year) is recorded as a correction on that value,
 * so the audit reports it (`corrected-value`). Snapped labels that are printed labels, not values,
 * need nothing recorded and are dropped.
 */
import type { Diagnostic, Document, SourceLocation } from "../schema/index.js";
import { sameBox } from "./ocr-readings.js";

/** Finds the form value whose source is at this place. */
function valueAt(doc: Document, src: SourceLocation | undefined): { form: number; path: string } | null {
  if (!src?.bbox) return null;
  for (let i = 0; i < doc.forms.length; i++) {
    for (const [path, s] of Object.entries(doc.forms[i]!.sources ?? {})) {
      if (s.page === src.page && sameBox(s.bbox, src.bbox)) return { form: i, path };
    }
  }
  return null;
}

/** A copy of the Document with OCR diagnostics tied to their values (the forms' `sources` copied, not shared). */
export function attachOcrProvenance(doc: Document): Document {
  const out: Document = { ...doc, forms: doc.forms.map((f) => ({ ...f, sources: { ...(f.sources ?? {}) } })) };
  const diagnostics: Diagnostic[] = [];
  for (const d of doc.diagnostics) {
    if (d.code === "low-confidence") {
      const at = valueAt(out, d.source);
      diagnostics.push(at && !d.path ? { ...d, path: `/forms/${at.form}${at.path}` } : d);
    } else if (d.code === "ocr-label-snapped") {
      const at = valueAt(out, d.source);
      if (!at) continue; // a printed label, not a value: nothing to record
      const form = out.forms[at.form]!;
      const src = form.sources![at.path]!;
      if (!src.corrected && d.source?.corrected) form.sources![at.path] = { ...src, corrected: d.source.corrected };
    } else diagnostics.push(d);
  }
  out.diagnostics = diagnostics;
  return out;
}

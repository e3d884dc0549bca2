/**
 * The correct stage for values read by OCR, run by `parse()` after the audit: the reader's
 * provenance finished (`./ocr-provenance.ts`), then each form's misread digits corrected where
 * its own arithmetic confirms it (`./arithmetic.ts`), and audited again. Documents of other kinds
 * (text, PDFs with a text layer) are returned unchanged: their numbers were not guessed at.
 */
import type { Document, InputKind } from "../schema/index.js";
import { checkOcrForm, type OcrCheckOptions } from "./arithmetic.js";
import { attachOcrProvenance } from "./ocr-provenance.js";
import { settleByTwins } from "./characters.js";
import type { OcrCharacters } from "../extract/extraction.js";

export { checkOcrForm, SURE_CONFIDENCE, type OcrCheckOptions } from "./arithmetic.js";
export { alternativeReadings, DIGIT_CONFUSIONS } from "./ocr-readings.js";
export { withRereadings } from "./reread.js";

/** The kinds whose values came from OCR. */
export const OCR_KINDS: ReadonlySet<InputKind> = new Set<InputKind>(["pdf-scan", "pdf-sandwich", "image", "hocr", "alto"]);

/**
 * The check once more, with the doubted numbers' new readings (./reread.ts): each form's
 * arithmetic corrections, on top of those already made (a corrected value is not tried again).
 */
export function recheckOcrDocument(doc: Document, opts: OcrCheckOptions): Document {
  if (!OCR_KINDS.has(doc.source.kind)) return doc;
  return { ...doc, forms: doc.forms.map((f) => checkOcrForm(f, opts)) };
}

/** The whole Document: diagnostics given their paths, snapped values recorded, arithmetic corrections per form. */
export function checkOcrDocument(doc: Document, opts: OcrCheckOptions & { characters?: readonly OcrCharacters[] | undefined } = {}): Document {
  if (!OCR_KINDS.has(doc.source.kind)) return doc;
  // Snapped labels that are values are recorded first, so the audit run by the check reports them.
  const out = attachOcrProvenance(doc);
  // Doubted characters settled by their twins first: the arithmetic check audits the form again.
  out.forms = out.forms.map((f) => checkOcrForm(settleByTwins(f, { characters: opts.characters, lang: opts.lang }), opts));
  return out;
}

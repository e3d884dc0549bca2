/**
 * More readings of the numbers the arithmetic check doubts, asked for only where a form's sums
 * fail. The scan reader reads each number once or twice (chi_sim, and eng when chi_sim was
 * unsure); when both misread the same way (a fax's 29.00 whose 9 lost part of its bowl: chi_sim
 * 28.00, eng 25.00) or neither read a number (a score 15 read `]`), the check has nothing to
 * confirm. Reading every number more ways up front would cost every page; here only a failing
 * form's doubted numbers (`doubtedNumbers`: read below the sure confidence or not read as a
 * number) are read again (`Extraction.ocrRereads`, made by the reader), their readings joined to
 * the cell's other readings, and the check runs again with them. The check decides, as it does
 * for every other reading: a reading is taken only when the form's arithmetic confirms it.
 */
import type { Document, SourceLocation } from "../schema/index.js";
import type { OcrAlternatives, OcrReread } from "../extract/extraction.js";
import type { Profile } from "../audit/profiles.js";
import { doubtedNumbers } from "./arithmetic.js";
import { sameBox } from "./ocr-readings.js";

/**
 * The cells' readings with the doubted numbers' new readings joined in (by page and box, as the
 * check finds them), and how many cells were read again; `alternatives` as it was when none were.
 */
export async function withRereadings(doc: Document, rereads: readonly OcrReread[], alternatives: readonly OcrAlternatives[], opts: { profile?: Profile } = {}): Promise<{ alternatives: OcrAlternatives[]; reread: number }> {
  const wanted: { src: SourceLocation; reread: OcrReread }[] = [];
  for (const form of doc.forms) {
    for (const src of doubtedNumbers(form, opts.profile ? { profile: opts.profile } : {})) {
      const reread = rereads.find((r) => r.page === src.page && sameBox(r.bbox, src.bbox));
      if (reread && !wanted.some((w) => w.reread === reread)) wanted.push({ src, reread });
    }
  }
  if (wanted.length === 0) return { alternatives: [...alternatives], reread: 0 };
  const readings = await Promise.all(wanted.map((w) => w.reread.read()));
  const out = alternatives.map((a) => ({ ...a, texts: [...a.texts] }));
  wanted.forEach(({ reread }, i) => {
    const texts = readings[i]!.map((r) => r.text);
    if (texts.length === 0) return;
    // The check looks a cell's readings up by its box: joined to the entry it already has.
    const entry = out.find((a) => a.page === reread.page && sameBox(a.bbox, reread.bbox));
    if (entry) entry.texts.push(...texts.filter((t) => !entry.texts.includes(t)));
    else out.push({ page: reread.page, bbox: reread.bbox, texts });
  });
  return { alternatives: out, reread: wanted.length };
}

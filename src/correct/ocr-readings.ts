/**
 * What a number read by OCR may have been printed as: the other readings OCR made of the same
 * cell (evidence; they travel beside the Grid as `Extraction.ocrAlternatives`, by page and box)
 * and every reading one usual confusion away (a hypothesis). The arithmetic check
 * (`./arithmetic.ts`) chooses among them; this module only lists them.
 */
import type { SourceLocation } from "../schema/index.js";
import type { OcrAlternatives } from "../extract/extraction.js";

/** Digits OCR confuses with each other, most likely first. */
export const DIGIT_CONFUSIONS: Readonly<Record<string, string>> = {
  "0": "869",
  "1": "74",
  // A fax's 5 that lost its bar and stem (a bare bowl, ɔ) reads 2.
  "2": "735",
  "3": "859",
  "4": "19",
  "5": "638",
  "6": "580",
  "7": "12",
  "8": "30695",
  "9": "8043",
};

/** Letters read where a digit was printed. */
const LETTER_DIGITS: Readonly<Record<string, string>> = { l: "1", I: "1", i: "1", "|": "1", O: "0", o: "0", D: "0", S: "5", s: "5", B: "8", Z: "2", z: "2", g: "9", q: "9" };

/** Readings of a printed number one confusion away from what OCR gave. */
export function alternativeReadings(text: string): string[] {
  const out = new Set<string>();
  const chars = Array.from(text);
  // Letters where digits belong: all of them mapped at once.
  if (chars.some((c) => LETTER_DIGITS[c] !== undefined) && chars.some((c) => /\d/.test(c))) {
    out.add(chars.map((c) => LETTER_DIGITS[c] ?? c).join(""));
  }
  // A character read inside a number where nothing was printed (1,622.7了5: the 7 read twice).
  const digitsOnly = chars.filter((c) => /[\d.,%-]/.test(c) || LETTER_DIGITS[c] !== undefined).map((c) => LETTER_DIGITS[c] ?? c).join("");
  if (digitsOnly !== text && /\d/.test(digitsOnly)) out.add(digitsOnly);
  chars.forEach((c, i) => {
    for (const d of DIGIT_CONFUSIONS[c] ?? "") {
      const alt = [...chars];
      alt[i] = d;
      out.add(alt.join(""));
    }
  });
  out.delete(text);
  return [...out];
}

/** Most a box may differ (output units) and still be the same cell: sources and alternatives are rounded separately. */
const SAME_BOX_TOLERANCE = 0.6;

export function sameBox(a: SourceLocation["bbox"], b: SourceLocation["bbox"]): boolean {
  if (!a || !b) return false;
  return a.every((v, i) => Math.abs(v - b[i]!) <= SAME_BOX_TOLERANCE);
}

/** The other readings OCR made of the cell a value was read from (none when it was read once). */
export function recordedReadings(src: SourceLocation, alternatives: readonly OcrAlternatives[]): string[] {
  if (src.page === undefined || !src.bbox) return [];
  return alternatives.find((a) => a.page === src.page && sameBox(a.bbox, src.bbox))?.texts ?? [];
}

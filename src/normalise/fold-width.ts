/**
 * Full-width digits, Latin letters and symbols (`１００％`, `指标１：`) folded to ASCII, one
 * character for one, as normalisation step 3 makes them in every string; the Chinese punctuation
 * step 3 keeps (！（），：；？) and the ideographic space are left alone. Readers test their
 * patterns on the folded text and keep the printed text (same length, so positions agree).
 */
import { toSimplified } from "./script.js";

/** The full-width characters step 3 converts, as a character-class body (text.ts adds U+3000). */
export const FOLDED_FULL_WIDTH = "\\uFF02-\\uFF07\\uFF0A\\uFF0B\\uFF0D-\\uFF19\\uFF1C-\\uFF1E\\uFF20-\\uFF5E";
const FOLDED = new RegExp(`[${FOLDED_FULL_WIDTH}]`, "g");

/**
 * `ANY_FOLDED.test(text)` as a loop over code units: asked of every cell of every Grid, mostly
 * short ones, where a regular expression's call costs more than the scan (a test holds the two
 * equal for every code unit). The class FOLDED_FULL_WIDTH is U+FF02–U+FF5E but for （）,：；？.
 * A long text (a goal, a method) is searched by the pattern itself: past a few dozen code units
 * its scan costs less than the loop (the seed's 173 cells a form: 6.9 -> 4.3 µs a form for the
 * whole Grid's scan, measured alone).
 */
export function hasFoldable(text: string): boolean {
  if (text.length > LONG_TEXT) return ANY_FOLDED.test(text);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff02 && c <= 0xff5e && c !== 0xff08 && c !== 0xff09 && c !== 0xff0c && c !== 0xff1a && c !== 0xff1b && c !== 0xff1f) return true;
  }
  return false;
}

/** Longer than this, hasFoldable runs the pattern instead of its loop. */
const LONG_TEXT = 32;

/** The class as a pattern: the definition hasFoldable keeps to. */
export const ANY_FOLDED: RegExp = new RegExp(`[${FOLDED_FULL_WIDTH}]`);

export function foldWidth(text: string): string {
  return hasFoldable(text) ? text.replace(FOLDED, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : text;
}

/**
 * What a reader's patterns are tested on: the text in simplified characters with full-width
 * digits folded (a page converted to traditional characters, a Word document's １００％). Both
 * change one character for one, so a position found in the key is the same in the text as
 * printed; where a conversion would not keep the length, the text as printed.
 */
export function patternKey(text: string): string {
  const key = foldWidth(toSimplified(text));
  return key.length === text.length ? key : text;
}

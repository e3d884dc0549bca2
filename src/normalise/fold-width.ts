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
const ANY_FOLDED = new RegExp(`[${FOLDED_FULL_WIDTH}]`);

export function hasFoldable(text: string): boolean {
  return ANY_FOLDED.test(text);
}

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

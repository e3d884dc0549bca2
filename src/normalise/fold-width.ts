/**
 * Full-width digits, Latin letters and symbols (`１００％`, `指标１：`) folded to ASCII, one
 * character for one, as normalisation step 3 makes them in every string; the Chinese punctuation
 * step 3 keeps (！（），：；？) and the ideographic space are left alone. Readers test their
 * patterns on the folded text and keep the printed text (same length, so positions agree).
 */
const FOLDED = /[\uFF02-\uFF07\uFF0A\uFF0B\uFF0D-\uFF19\uFF1C-\uFF1E\uFF20-\uFF5E]/g;
const ANY_FOLDED = /[\uFF02-\uFF07\uFF0A\uFF0B\uFF0D-\uFF19\uFF1C-\uFF1E\uFF20-\uFF5E]/;

export function hasFoldable(text: string): boolean {
  return ANY_FOLDED.test(text);
}

export function foldWidth(text: string): string {
  return hasFoldable(text) ? text.replace(FOLDED, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : text;
}

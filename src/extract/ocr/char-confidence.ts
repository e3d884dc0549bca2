/**
 * Each character's own confidence, beside a line's text. Tesseract reports a confidence per
 * symbol; the line's text is then tidied (`tidyOcrText`: spaces between characters dropped, a
 * quote read for a comma made a comma, a speck at the end dropped), so the symbols are paired
 * with the tidied text's characters here. A character the tidying made (a comma for a quote) has
 * its symbol's confidence; one with no symbol has none (0: not sure).
 *
 * The correct stage (`src/correct/characters.ts`) settles a character read unsure by the same
 * words read surely elsewhere on the form; without a confidence per character it could not tell
 * the misread character of a name from the others.
 */

export interface TSymbol {
  text: string;
  confidence: number;
  /** Where Tesseract put the symbol, in the pixels of the image it read. */
  bbox?: { x0: number; y0: number; x1: number; y1: number };
}

/** Symbols skipped looking for the next one that matches (the tidying drops specks and spaces). */
const LOOK_AHEAD = 3;

const PUNCT = /[\p{P}\p{S}]/u;

/**
 * Confidences (0–1) for each code point of `tidied`, from the symbols of the raw line in order.
 * A tidied character takes the next symbol that is the same character (a few may be skipped:
 * dropped specks), or, when both are punctuation, the next symbol (a quote made a comma).
 */
export function charConfidences(tidied: string, symbols: readonly TSymbol[]): number[] {
  return pairSymbols(tidied, symbols).map((sym) => (sym ? Math.round(sym.confidence) / 100 : 0));
}

/**
 * The symbol of each code point of `tidied` (null: none, a character the tidying made from no
 * symbol), paired as `charConfidences` says.
 */
export function pairSymbols(tidied: string, symbols: readonly TSymbol[]): (TSymbol | null)[] {
  const syms = symbols.filter((s) => s.text.trim() !== "");
  const out: (TSymbol | null)[] = [];
  let at = 0;
  for (const ch of tidied) {
    let found = -1;
    for (let k = at; k < Math.min(syms.length, at + LOOK_AHEAD + 1); k++) {
      if (syms[k]!.text === ch) {
        found = k;
        break;
      }
    }
    if (found < 0 && at < syms.length && PUNCT.test(ch) && PUNCT.test(syms[at]!.text)) found = at;
    if (found < 0) {
      out.push(null);
      continue;
    }
    out.push(syms[found]!);
    at = found + 1;
  }
  return out;
}

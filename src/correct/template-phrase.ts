/**
 * A cell's words that are one character from a long phrase of the template's wording (a verdict
 * such as 未达成预期指标, a printed label such as 服务对象满意度指标): on a 150 dpi fax chi_sim reads
 * such a phrase with one character misread, and reads the wrong character fairly surely (d-fax-p06:
 * 木达成预期指称, 木 0.93 and 称 0.92 while the rest read 0.93–0.99), so the twin rule, which only
 * looks at characters read below 0.9, leaves it.
 *
 * A character is changed only when all of this holds:
 * - the phrase is long (`MIN_PHRASE` characters: one differing place in six is telling, in three or
 *   four it is not — 逐年提升 is a real text one character from 逐步提升);
 * - the words in the cell differ from the phrase in exactly that one place, Chinese on both sides,
 *   and the character read there appears nowhere in the phrase;
 * - it was read below `DOUBTED` and is the least sure character of the words (a misread is where
 *   Tesseract was least sure; a sure character elsewhere is not changed);
 * - every phrase that fits the place agrees on it, and no phrase of the template is the words as read.
 * Otherwise it stays as read. A change makes the character printed wording (confidence 1), so a
 * second misread of the same phrase (木 of 木达成预期指标) can then be the least sure one.
 */
const CJK = /[\u3400-\u9fff]/u;

/** Shortest template phrase used. */
export const MIN_PHRASE = 6;
/** At or above this a character is read surely by any measure (sure text reads 0.95–0.99). */
export const DOUBTED = 0.95;

/** One character changed: its place and what it becomes. */
export interface PhraseFix {
  at: number;
  to: string;
}

/**
 * The one change the template's phrases agree on for `chars` (with confidences `conf`), or null.
 * `phrases` are the template's wording as character arrays.
 */
export function phraseFix(chars: readonly string[], conf: readonly number[], phrases: readonly (readonly string[])[]): PhraseFix | null {
  const proposals = new Map<number, Set<string>>();
  for (const p of phrases) {
    const L = p.length;
    if (L < MIN_PHRASE || L > chars.length) continue;
    for (let j = 0; j + L <= chars.length; j++) {
      let diff = -1;
      let n = 0;
      for (let k = 0; k < L && n < 2; k++) {
        if (chars[j + k] !== p[k]) {
          n++;
          diff = k;
        }
      }
      if (n !== 1) continue;
      const at = j + diff;
      const read = chars[at]!;
      const to = p[diff]!;
      if (!CJK.test(read) || !CJK.test(to) || p.includes(read)) continue;
      if (conf[at]! >= DOUBTED) continue;
      let least = true;
      for (let k = j; k < j + L && least; k++) if (k !== at && conf[k]! < conf[at]!) least = false;
      if (!least) continue;
      // The words as read (this window) must be no phrase of the template themselves.
      const window = chars.slice(j, j + L).join("");
      if (phrases.some((q) => q.join("") === window)) continue;
      const set = proposals.get(at) ?? new Set<string>();
      set.add(to);
      proposals.set(at, set);
    }
  }
  // One place only, one character only: two places proposed means the words fit no one phrase.
  if (proposals.size !== 1) return null;
  const [at, tos] = [...proposals][0]!;
  if (tos.size !== 1) return null;
  return { at, to: [...tos][0]! };
}

/**
 * Where a run of pieces a converter broke one a line parts into two values, when exactly one cut
 * gives two that fit (`fits`, on the two sides' texts joined); null where none does or several do.
 * The passes that put such runs back take a cut only where the text settles it: a run that parts
 * two ways is left as read, never guessed (total-figure-pieces.ts: a total's 分值 and 得分;
 * unit-paired-values.ts: a target and its completion in one unit).
 */
export function onlyCut(pieces: readonly string[], fits: (head: string, tail: string) => boolean): number | null {
  let found: number | null = null;
  for (let k = 1; k < pieces.length; k++) {
    if (!fits(pieces.slice(0, k).join(""), pieces.slice(k).join(""))) continue;
    if (found !== null) return null;
    found = k;
  }
  return found;
}

/**
 * A completion that restates the target's opening words and figure (签约率提高1%…签约率提高1%…:
 * the target 签约率提高1%…, the completion 签约率提高1%…, the unit stating each against the same
 * measure). Run together after the 三级 name, the target's opening words are glued to the name's
 * last words in one atom (…特殊人群体检率签约率提高 | 1 | %); the completion's copy, later in the row,
 * stands alone before the same figure. That copy is the evidence of where the target begins: the
 * earlier atom is cut before its copied tail.
 */

/** Fewest characters of the restated words, and of the name left before them (restated-completion.ts too). */
export const MIN_COPY = 3;
export const MIN_NAME = 2;

const FIGURE = /^[0-9][0-9.,]*$/;
/** Words only: the restated copy holds no figure or mark. */
export const WORDS = /^[\u4e00-\u9fff]+$/;

/**
 * The atoms with each such earlier atom cut before its restated tail: the tail, a figure after it,
 * and the atom after that (its percent or unit) printed again later in the row, the tail as a whole
 * atom. The longest tail; an atom with none is left as it is.
 */
export function cutRestatedOpenings(atoms: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < atoms.length; k++) {
    const atom = atoms[k]!;
    const figure = atoms[k + 1];
    const tail = figure !== undefined && FIGURE.test(figure) ? restatedTail(atoms, k) : null;
    if (tail) out.push(atom.slice(0, -tail.length), tail);
    else out.push(atom);
  }
  return out;
}

function restatedTail(atoms: readonly string[], k: number): string | null {
  const atom = atoms[k]!;
  for (let len = atom.length - MIN_NAME; len >= MIN_COPY; len--) {
    const tail = atom.slice(-len);
    if (!WORDS.test(tail)) continue;
    for (let c = k + 2; c + 2 < atoms.length + 1; c++) {
      if (atoms[c] === tail && atoms[c + 1] === atoms[k + 1] && atoms[c + 2] === atoms[k + 2]) return tail;
    }
  }
  return null;
}

/**
 * Which atoms open a target that the completion restates later in the row (the words, the figure
 * after them and the atom after that printed again), and which open that completion: a 三级 name
 * or a value never holds one past its start.
 * Null when none does.
 */
export function restatedOpenings(texts: readonly string[]): boolean[] | null {
  let out: boolean[] | null = null;
  for (let k = 0; k + 2 < texts.length; k++) {
    const words = texts[k]!.trim();
    if (words.length < MIN_COPY || !WORDS.test(words) || !FIGURE.test(texts[k + 1]!.trim())) continue;
    for (let c = k + 3; c + 2 < texts.length + 1; c++) {
      if (texts[c]?.trim() === words && texts[c + 1] === texts[k + 1] && texts[c + 2] === texts[k + 2]) {
        out ??= texts.map(() => false);
        out[k] = out[c] = true;
        break;
      }
    }
  }
  return out;
}

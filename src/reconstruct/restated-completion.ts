/**
 * A completion that restates the target's opening words and nothing more (`全天候可用` | `全天候`: the
 * target 全天候可用, met, the completion printed as its first words), with no figure in either. Run
 * together after the 三级 name, name, target and completion are one atom of words
 * (`可保证读者使用时长全天候可用全天候`); the completion's words closing the atom, printed a few
 * characters earlier too, are the evidence of where the target begins: the atom is cut before that
 * earlier copy (the target) and before the closing one (the completion).
 * (restated-opening.ts reads the same evidence where a figure follows the words; the least copy
 * and name are its.)
 */
import { MIN_COPY, MIN_NAME, WORDS } from "./restated-opening.js";

/** Most characters of the target after its restated opening (可用): a value's words, not a clause. */
const MAX_REST = 6;

/**
 * The atom cut into name | target | completion where it ends on words printed earlier in it, the
 * target running on from that copy by a few words; the atom itself when it does not. The longest
 * closing copy whose earlier printing leaves a name of MIN_NAME characters before it.
 */
export function cutRestatedCompletion(atom: string): string[] {
  if (!WORDS.test(atom)) return [atom];
  for (let len = Math.floor((atom.length - MIN_NAME - 1) / 2); len >= MIN_COPY; len--) {
    const copy = atom.slice(-len);
    const body = atom.slice(0, -len);
    const at = body.lastIndexOf(copy);
    // (Printed twice only: words that end several names of a list, 国家奖学金人均资助国家助学金人均资助…, are no restatement.)
    if (at < MIN_NAME || body.indexOf(copy) !== at) continue;
    const rest = body.length - at - len;
    // (Only the last earlier copy, with the target's rest after it: 全天候 + 可用.)
    if (rest < 1 || rest > MAX_REST) continue;
    return [body.slice(0, at), body.slice(at), copy];
  }
  return [atom];
}

/**
 * Which atoms are such a target and the completion after it restating its first words (`全天候可用` |
 * `全天候`): a 三级 name or a value never runs on into one, as with restated-opening.ts's. Null when none is.
 */
export function restatedCompletions(texts: readonly string[]): boolean[] | null {
  let out: boolean[] | null = null;
  for (let k = 0; k + 1 < texts.length; k++) {
    const target = texts[k]!.trim();
    const completion = texts[k + 1]!.trim();
    const rest = target.length - completion.length;
    if (completion.length < MIN_COPY || rest < 1 || rest > MAX_REST || !WORDS.test(target) || !target.startsWith(completion)) continue;
    out ??= texts.map(() => false);
    out[k] = out[k + 1] = true;
  }
  return out;
}

/** Two markings of the same atoms as one: an atom either marks. */
export function eitherMarked(a: boolean[] | null, b: boolean[] | null): boolean[] | null {
  if (!a || !b) return a ?? b;
  return a.map((x, k) => x || b[k]!);
}

/**
 * A 一级 name whose characters came out of order: a document site's preview or an OCR of a
 * vertical cell prints 产出指标 as 出标产指. Its characters are exactly a known name's, in another
 * order; read as that name. Only a whole permutation of one name counts — one wrong or missing
 * character is a misreading of another kind (and 效益指标 / 效果指标 would be too near to choose).
 */
import { toSimplified, toTraditional } from "../normalise/script.js";
import { level1Names } from "../template/project.js";

/** The characters of a name, sorted: two names with the same key are permutations of each other. */
function charKey(text: string): string {
  return [...text].sort().join("");
}

/** Names no shorter than this are unscrambled: a two-character word may be two words in any order. */
const MIN_NAME = 4;

const byKey = new Map<string, string | null>();
for (const name of level1Names) {
  const k = charKey(name);
  // Two known names with the same characters (none today) would make the reading ambiguous.
  byKey.set(k, byKey.has(k) ? null : name);
}

/**
 * The known 一级 name `text` is a reordering of, or null when it is a name as printed or no permutation of one.
 * A name in traditional characters (出標產指) is matched on its simplified form and given back in
 * traditional characters (產出指標), as printed.
 */
export function unscrambledLevel1(text: string): string | null {
  const printed = text.replace(/[\s\u3000]+/g, "");
  const t = toSimplified(printed);
  if ([...t].length < MIN_NAME || level1Names.includes(t)) return null;
  const name = byKey.get(charKey(t)) ?? null;
  return name && t !== printed ? toTraditional(name) : name;
}

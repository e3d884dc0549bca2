/**
 * A 三级 name that lists its items with 、 (人员控制、支出规范), run together with a target that
 * lists one item for each (不超编、无违规支出): the run holds 2N − 1 pieces between its 、, and the
 * middle one is the name's last item and the target's first run together. Where in that piece the
 * target begins is told only by evidence the target gives: its first item opens with a negation
 * (不超编, 无资产损失 — a value's words, no name's), or restates the name's first item
 * (绿化、节能 | 绿化良好、…). One such place, or none is taken: no guess.
 */

/** A name's last characters (率, 性, 度) or its unit in brackets: what a value does not end on. */
const NAME_END = /^[\u4e00-\u9fff]{1,8}(?:[率性度]|[率性度]?[(（][^()（）]{1,4}[)）])$/;

/** Characters that open a value as a negation (不超编, 无违规支出). */
const NEGATION = /[不无]/;

/** Fewest characters of the name's last item before the target, and of the target's first item. */
const MIN_PART = 2;

/**
 * The index in `key` (text in simplified script, one character for one) where the target begins,
 * or null. `key` is a run of text with no figures in it (the atomizer's runs).
 */
export function listedTargetStart(key: string): number | null {
  const segments = key.split("、");
  if (segments.length < 3 || segments.length % 2 === 0) return null;
  if (segments.some((s) => s.length === 0)) return null;
  const middleIndex = (segments.length - 1) / 2;
  const middle = segments[middleIndex]!;
  // The middle piece is words only: a clause's punctuation would part name and target itself.
  if (!/^[\u4e00-\u9fff]+$/.test(middle)) return null;
  const first = segments[0]!.replace(/^.*[^\u4e00-\u9fff]/, "");
  const places = new Set<number>();
  for (let p = MIN_PART; p <= middle.length - MIN_PART; p++) {
    const target = middle.slice(p);
    // A name's item opening with 不 or 无 ends as a name (不合格率, 无害化处理率): no value.
    if (NAME_END.test(target)) continue;
    if (NEGATION.test(middle[p]!)) places.add(p);
    for (let k = MIN_PART; k <= first.length; k++) if (target.startsWith(first.slice(-k))) places.add(p);
  }
  if (places.size !== 1) return null;
  const [p] = places;
  return segments.slice(0, middleIndex).reduce((n, s) => n + s.length + 1, 0) + p!;
}

import { labelKey } from "../../template/labels.js";
import { goalColumns, goalsLabel } from "../../template/project.js";

/**
 * The goals' two columns holding one text (the completion filled with the goal's own words), read
 * line by line across both and run onto one line by a document site: the pieces a space parts are
 * the two cells' lines taken in turn, each column wrapped at its own width (`1.坚持…宣传,推
 * 1.坚持…围绕中 动普法工作…持 心服务大局…`). When the pieces can be dealt to two columns that spell
 * one and the same text, in order, that text is both goals (the second cut short where the excerpt
 * ends inside it, `cutOff`: the two column texts returned); put back as the text twice, the goals
 * reader cuts it between the copies (goal-run.ts). Any other pair of texts is left as read: which
 * line is whose, nothing but the equality tells. A piece that is a part of the goals' vertical label
 * (`年度总体` / `目标`) belongs to neither column.
 */
export function twinGoalText(pieces: readonly string[], cutOff = false): [string, string] | null {
  const words = pieces.filter((p) => p !== "");
  if (words.length < 4) return null;
  const found = new Map<string, [string, string]>();
  const longestPiece = Math.max(...words.map((w) => w.length));
  let budget = MAX_STEPS;
  const walk = (i: number, a: string, b: string): void => {
    if (found.size > 1 || --budget < 0) return;
    if (i === words.length) {
      // (An excerpt cut inside the goals ends one column short: the other goes on past it.)
      // The goal is drawn first on each line, so the cut falls in the completion's text: the longer is the goal.
      const [long, short] = a.length >= b.length ? [a, b] : [b, a];
      // (Short by no more than a line: a column that stopped taking lines long before is no such cut.)
      const ends = a === b || (cutOff && long.startsWith(short) && long.length - short.length <= longestPiece);
      if (ends && short.length >= MIN_TEXT) found.set(long + "\u0000" + short, [long, short]);
      return;
    }
    const p = words[i]!;
    const fits = (x: string, y: string) => (x.length <= y.length ? y.startsWith(x) : x.startsWith(y));
    if (fits(a + p, b)) walk(i + 1, a + p, b);
    // (Equal so far, the two columns are alike: the piece to the first only.)
    if (a !== b && fits(a, b + p)) walk(i + 1, a, b + p);
    if (LABEL_PIECES.has(labelKey(p))) walk(i + 1, a, b);
  };
  walk(0, "", "");
  return found.size === 1 && budget >= 0 ? [...found.values()][0]! : null;
}

/** Whether a piece of a flattened line opens on the goals' two column heads (预期目标实际完成情况). */
export function opensOnGoalHeads(piece: string): number {
  const key = piece.replace(/\s+/g, "");
  for (const e of goalColumns.find((c) => c.key === "expected")!.exact) {
    if (!key.startsWith(e)) continue;
    for (const a of goalColumns.find((c) => c.key === "actual")!.exact) if (key.startsWith(e + a)) return (e + a).length;
  }
  return 0;
}

/** Shortest text taken as a goal printed twice. */
const MIN_TEXT = 16;
/** Steps the search may take before it gives up (a long run of like pieces). */
const MAX_STEPS = 20000;
/** Parts of the goals' vertical label, as a narrow column breaks it. */
const LABEL_PIECES = new Set(
  goalsLabel.flatMap((l) => {
    const k = labelKey(l);
    const out: string[] = [];
    for (let i = 2; i <= k.length - 2; i++) out.push(k.slice(0, i), k.slice(i));
    return out;
  }),
);

/**
 * The pieces of a flattened line (`flat` cut in order; `at` maps each character of `flat` to its
 * place in `line`) with a goals piece whose text is one goal read line by line across both columns
 * put back as that text twice after its heads (the second cut short where the excerpt ends inside it).
 */
export function withTwinGoals(line: string, at: readonly number[], pieces: readonly string[]): string[] {
  let from = 0;
  return pieces.map((p) => {
    const start = from;
    from += p.length;
    const heads = opensOnGoalHeads(p);
    if (heads === 0 || p.length - heads < 2 * MIN_TEXT) return p;
    const words = line.slice(at[start + heads]!, at[start + p.length - 1]! + 1).split(/\s+/);
    const twin = twinGoalText(words, from === at.length);
    return twin === null ? p : p.slice(0, heads) + twin[0] + twin[1];
  });
}

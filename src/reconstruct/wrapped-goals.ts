import { goalRunCut } from "./goal-run.js";
import type { RawValue } from "./raw-form.js";

/**
 * Run-together rows whose goal texts a converter wrapped (a cell's `<br>`, a Word cell's lines): the
 * expected goal's lines, then its last line run into the completion's first, then the completion's
 * lines — more pieces than the two goals, parted where the wrap fell, not where a text ends. The
 * pieces are one run of text again, cut where goal-run.ts finds the completion begins (a numbering
 * begun anew, a verdict, the goal's opening restated, a sentence that opens on the year). Null when
 * nothing printed tells where: the pieces are then left as they were read.
 */
export function rejoinWrappedGoals(texts: readonly RawValue[]): [RawValue, RawValue] | null {
  if (texts.length <= 2) return null;
  const joined = texts.map((t) => t.text.trim()).join("");
  const at = goalRunCut(joined);
  if (at === null || at <= 0 || at >= joined.length) return null;
  const source = texts[0]!.source;
  return [
    { text: joined.slice(0, at), source },
    { text: joined.slice(at), source },
  ];
}

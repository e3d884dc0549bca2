/**
 * Funds printed as label and value pairs (an evaluation sheet's 计划投资额(万元) | 110.00 | 实际到位资金(万元)
 * | 84.74 | 实际使用情况(万元) | 84.74; the regional form's 预算数 | 2.38 | 执行数 | 2.38), run together
 * onto one row: cut before and after each figure, the row is those pairs when every piece of text
 * between the figures is a pair's label (template fundPairLabels), the unit beside it included.
 */
import type { Cell } from "../layout/grid.js";
import { fundPairField } from "./row-classifier.js";

/** A figure as a pair prints it: an amount, a rate. */
const FIGURE = /[0-9][0-9.,]*[%％]?/g;

/** The row cut into its pairs' labels and figures, or null when it is not such a row (opening on a label, two pairs at least). */
export function fundPairRun(blob: Cell): Cell[] | null {
  const text = blob.text.trim();
  const pieces: string[] = [];
  let at = 0;
  for (const m of text.matchAll(FIGURE)) {
    if (m.index! > at) pieces.push(text.slice(at, m.index!));
    pieces.push(m[0]);
    at = m.index! + m[0].length;
  }
  if (at < text.length) pieces.push(text.slice(at));
  const labels = pieces.filter((_, k) => k % 2 === 0);
  if (labels.length < 2 || pieces.length % 2 !== 0 || labels.some((l) => fundPairField(l) === null)) return null;
  return pieces.map((t) => ({ text: t, source: blob.source }));
}

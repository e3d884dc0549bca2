import type { RawIndicator, RawValue } from "./raw-form.js";

/**
 * A row read with no header (an excerpt cut inside the indicator table) whose cells are known (a
 * delimited or ruled table): `布展面积 | 300㎡ | 0 | 设计方案待审定`. With no column named, the
 * alignment may read the figure as the completion with no target and the 0 as a 得分 with no 分值
 * before it. A form that prints 得分 prints the 分值 it is scored out of (and one that prints a 分值
 * alone prints the 分值, not a 0 worth nothing); a target printed, nothing done and the reason why is
 * the row a form prints when a task was not carried out. So a completion with no target, then a lone
 * 0 as the row's only points, then a reason, is the target, its completion 0 and the reason.
 */
const ZERO = /^0(?:\.0+)?$/;
const blank = (v: RawValue | null) => !v || v.text.trim() === "";

export function zeroCompletionAfterTarget(ind: RawIndicator): void {
  if (!blank(ind.target) || blank(ind.actual) || blank(ind.deviation)) return;
  const pointsPrinted = [ind.weight, ind.score].filter((v) => !blank(v));
  if (pointsPrinted.length !== 1 || !ZERO.test(pointsPrinted[0]!.text.trim())) return;
  // (A completion that is itself a bare figure is no target's value: the row says nothing of its columns.)
  if (/^\d+(?:\.\d+)?$/.test(ind.actual!.text.trim())) return;
  ind.target = ind.actual;
  ind.actual = pointsPrinted[0]!;
  ind.weight = null;
  ind.score = null;
}

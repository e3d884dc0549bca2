import type { Cell } from "../layout/grid.js";
import { toSimplified } from "../normalise/script.js";
import { scoringRuleWords } from "../template/scoring-rules.js";
import { hasText, isBlankText } from "./classify.js";

/** Text that ends a sentence (a name never does). */
const SENTENCE_END = /[。；;！？]\s*$/;

/**
 * Under column heads with a scoring-rule column last among the texts (Beijing's 得分计算方法), a line
 * that opens on a name and ends on a scoring rule, with cells between (`村卫生室补助 补助352个村。
 * 已完成352个。 完成指标值得满分…`), is a row of its own: its target and completion may be sentences,
 * but a sentence spilled from the row before does not end on the next row's rule. (Neither a
 * spilled trailing text nor prose after the table, which the rows' sentences would make it look.)
 */
export function rowEndsOnRule(cells: readonly Cell[], methodColumn: boolean): boolean {
  if (!methodColumn) return false;
  const filled = cells.filter((c) => hasText(c.text) && !isBlankText(c.text));
  if (filled.length < 3) return false;
  const first = filled[0]!.text;
  return isRule(filled.at(-1)!.text) && !SENTENCE_END.test(first) && !isRule(first) && !/[，,]/.test(first);
}

/** A 三级 name as printed: words, no punctuation at all, not long. */
const NAME = /^[\u4e00-\u9fff][^，,。；;：:！？、（）()]{1,29}$/;

/**
 * Under column heads with the target and the completion, a line that opens on a name and gives two
 * sentences after it (`村卫生室补助 补助352个村。 已完成352个。`) is a row whose target and completion
 * are sentences: a sentence spilled from the row before opens on no name of its own.
 */
export function nameThenSentences(cells: readonly Cell[], valueColumns: boolean): boolean {
  if (!valueColumns) return false;
  const filled = cells.filter((c) => hasText(c.text) && !isBlankText(c.text));
  if (filled.length < 3 || !NAME.test(filled[0]!.text.trim())) return false;
  return filled.slice(1).filter((c) => SENTENCE_END.test(c.text)).length >= 2;
}

function isRule(text: string): boolean {
  return scoringRuleWords.test(toSimplified(text));
}

import type { Cell } from "../layout/grid.js";
import type { ColumnSpec } from "./align.js";
import { isBlankText } from "./classify.js";
import type { RawIndicator, RawValue } from "./raw-form.js";
import type { IndicatorColumn } from "../template/project.js";

/**
 * Run-together rows whose long 三级 name a converter wrapped, the name's first line holding a figure
 * of its own (`数量指标1290.3平方米冷库仓储建设及配套生产` / `设备、配套电力设施购置安装≥1290.3平方米…10.310.3`):
 * the first line reads as a row with one value (the name's figure) and words after it, and no points.
 * A row of a table whose header names its points, that prints at most one value, no points, and ends
 * on words (no sentence's end), is a line cut by the wrap, not a row: a whole row prints its target
 * and its completion, or its points, and a deviation's text comes after them. It is held and read again
 * with the next line (which must itself open on words and hold figures: sections/indicators.ts).
 * A row that prints its target and its completion with no points is a whole row whose points were left
 * blank: it is never held.
 */
export function rowEndsInWrappedName(ind: RawIndicator, body: readonly Cell[], columns: readonly ColumnSpec<IndicatorColumn>[]): boolean {
  if (!columns.some((c) => c.name === "weight" || c.name === "score")) return false;
  if (printed(ind.weight) || printed(ind.score)) return false;
  if (printed(ind.target) && printed(ind.actual)) return false;
  // (Words placed somewhere: the name's rest, wherever the alignment put it.)
  if (!ind.level3 && !ind.deviation && !ind.method) return false;
  const last = [...body].reverse().find((c) => c.text.trim() !== "" && !isBlankText(c.text));
  if (!last) return false;
  const text = last.text.trim();
  // The line ends on a word cut by the wrap: Chinese, no sentence's end, no figure or unit after it.
  return WORDS_END.test(text) && !SENTENCE_END.test(text) && [...text].length >= MIN_WRAPPED_WORDS;
}

function printed(x: RawValue | null): boolean {
  return x !== null && !isBlankText(x.text);
}

const WORDS_END = /[\u4e00-\u9fff]$/;
const SENTENCE_END = /[。；;！？!?]$/;
/** The words a wrapped line ends on: a name's piece of some length, not a lone unit or verdict (`完成`). */
const MIN_WRAPPED_WORDS = 4;

import { labelKey } from "../template/labels.js";

/**
 * A line of a self-evaluation report's prose printed after its indicator table (`(三)项目自评步骤及方法`,
 * `二、项目资金申报及使用情况`, a sentence): in a table whose cells are delimited, such a line stands
 * alone, one cell with no value, and is no row of the table. Told by its shape, not its words:
 * - a section heading numbered in Chinese (`二、`, `(三)`), whose words name no indicator group
 *   (a 一级 may print as `一、产出指标`);
 * - a sentence (it ends on 。；！？);
 * - a clause run long (punctuation inside, at least MIN_CLAUSE_LINE characters): names are short
 *   and hold no clause.
 */
const SECTION_HEADING = /^(?:[一二三四五六七八九十]{1,3}\s*、|[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）])\s*(.+)$/u;
const SENTENCE_END = /[。；;！？]\s*$/u;
const CLAUSE = /[，,。；;：:]/u;
/** A run of clauses at least this long is prose (a 三级 name wrapped in a delimited cell is joined before this stage). */
const MIN_CLAUSE_LINE = 20;

export function isReportProseLine(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  const heading = SECTION_HEADING.exec(t);
  if (heading) return !/指标/u.test(labelKey(heading[1]!));
  if (SENTENCE_END.test(t)) return true;
  return CLAUSE.test(t) && [...t].length >= MIN_CLAUSE_LINE;
}

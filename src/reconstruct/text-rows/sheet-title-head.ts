/**
 * A scoring sheet's title (`某单位2016年度市级财政专项(项目)资金绩效评价指标表`) run on after other text
 * in a flattened line (a document site's preview: `…自评报告附件附件1:某单位2016年度…指标表一级二级…`):
 * its head, the unit's name, the year and a bracketed word of the title (专项(项目)), runs back to the
 * first character that is none of these (the `:` after 附件1). The title begins there. Only where
 * such an edge stands within a title head's length and the head names a year: words of a sentence
 * before the kind (…按照资金绩效评价指标表…) run on with no edge and name none.
 */

/** The kinds of title a scoring sheet ends in (template titlePattern's 指标表 kinds), as a regular expression's source: flattened-form.ts ends titles on them too. */
export const SHEET_TITLE_KINDS = "(?:资金|民生工程)绩效评价指标表";
const SHEET_TITLE_KIND = new RegExp(`^${SHEET_TITLE_KINDS}`);
/** One piece of a title's head, read backwards: a Chinese character or digit, or a short bracketed word. */
const HEAD_PIECE = /(?:[\u4e00-\u9fff0-9]|[(（][\u4e00-\u9fff]{1,4}[)）])$/;
/** Longest head taken (a unit's long name, its year and its funds' words). */
const MAX_HEAD = 32;
const YEAR = /(?:19|20)\d{2}年/;
/** Digits opening the head that are no year (an attachment's number run on: `附件12016年…` as `12016年`). */
const LEADING_COUNT = /^\d+(?![\d年])/;

/**
 * Where the scoring sheet's title whose kind (`kind`, as matched) stands at `kindAt` of `key` (the
 * line in simplified characters) begins, or null.
 */
export function sheetTitleBegin(key: string, kindAt: number, kind: string): number | null {
  if (!SHEET_TITLE_KIND.test(kind)) return null;
  let i = kindAt;
  while (i > 0 && kindAt - i < MAX_HEAD) {
    const piece = HEAD_PIECE.exec(key.slice(Math.max(0, i - 6), i));
    if (!piece) break;
    i -= piece[0].length;
  }
  if (i === 0 || kindAt - i >= MAX_HEAD) return null;
  const head = key.slice(i, kindAt);
  if (!YEAR.test(head)) return null;
  const count = LEADING_COUNT.exec(head);
  return count ? i + count[0].length : i;
}

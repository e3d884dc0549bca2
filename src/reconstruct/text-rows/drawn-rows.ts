/**
 * Does a dump in drawing order hold rows drawn whole on a line, a label and its figures parted by
 * spaces (`其他资金 69.55 69.55 69.55`, `数量指标 健康管理人数 53900人 61052人 25 25`)? `pdftotext -raw`
 * prints a row's cells on one line where they fit and breaks only its narrow cells over lines; a
 * viewer's copy of one cell a line never puts a label and its figures on one line. Such text is
 * read by lines (the linear reading, with its broken labels and heads joined: broken-labels.ts,
 * broken-heads.ts); the one-cell-a-line reading would take each such row for one cell.
 */

/** A figure a row may hold: an amount, a rate, points, a target with its unit (53900人, ≥85%), a dash. */
const FIGURE = String.raw`(?:[≥≤<>=＞＜＝]?[-+]?\d[\d,]*(?:\.\d+)?%?[\u4e00-\u9fff]{0,3}|[—–-]+)`;
/** A line opening on words and ending on two figures or more, parted by spaces. */
const DRAWN_ROW = new RegExp(String.raw`^[\u4e00-\u9fff]\S*(?:[ \u3000]+\S+)*?(?:[ \u3000]+${FIGURE}){2,}$`);

/** Fewest such lines for the text to be rows drawn whole (a stray line is no sign). */
const MIN_DRAWN_ROWS = 3;

export function holdsDrawnRows(lines: readonly string[]): boolean {
  let n = 0;
  for (const line of lines) if (DRAWN_ROW.test(line.trim()) && ++n >= MIN_DRAWN_ROWS) return true;
  return false;
}

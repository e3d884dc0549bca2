import type { Cell } from "../layout/grid.js";
import { periodLabels } from "../template/project.js";

/**
 * A span of dates and nothing else: years, months and days with their marks (年 月 日, `.` `-` `/`),
 * the words of a span (起 至 止 到, 自 … 起), dashes and spaces (`2016 年 1 月起至 2016 年 12 月止`,
 * `2021.1-2021.12`, `2020年至2022年`). No text past it: a row with more is not only the term.
 */
// (Each number taken whole, `(?!\d)`, so a long run of digits is tried one way only.)
const DATE_SPAN = /^(?:自\s*)?(?:\d{1,4}(?!\d)[年月日号.\-/／—–~～至到起止\s]*)+$/;

/** The period labels, longest first, so 项目起止时间 is not taken as 起止时间's row. */
const LABELS = [...periodLabels].sort((a, b) => b.length - a.length);

/**
 * A row that opens on a header label naming the project's term, run onto its value
 * (`项目起止时间2016 年 1 月起至 2016 年 12 月止`, read by a line's spaces as `项目起止时间2016 | 年 |
 * 1 | 月起至 …`): the label and the span of dates, two cells. Its years and months are no figures of
 * an indicator or fund row, and the spaces inside the span part no cells. Null when the row is
 * anything else (the label with other text after it, or no label).
 */
export function periodRow(cells: readonly Cell[], sep: string): Cell[] | null {
  const first = cells[0];
  if (!first) return null;
  const lead = first.text.replace(/^\s+/, "");
  const label = LABELS.find((l) => lead.startsWith(l));
  if (!label) return null;
  const value = [lead.slice(label.length), ...cells.slice(1).map((c) => c.text)].join(sep).replace(/^[:：\s]+/, "").trim();
  if (value === "" || !DATE_SPAN.test(value)) return null;
  return [
    { ...first, text: label },
    { ...first, text: value },
  ];
}

import type { Row } from "../../layout/grid.js";

/**
 * A cover's year line whose digits a page set apart with spaces (`( 20 21 年度 )`, `2021 年 度`):
 * read by its spaces it is a row of pieces (`(`, `20`, `21`, `年度`, `)`) that looks like figures
 * of a table. A row whose pieces, joined without their spaces, are a year line and nothing else is
 * that one cell again; the year line's reading (row-classifier.ts) does the rest.
 */
const YEAR_LINE = /^[(（]?(?:19|20)\d{2}年度?[)）]?$/u;

export function joinSpacedYearLines(rows: readonly Row[]): Row[] {
  return rows.map((row) => {
    if (row.cells.length < 2) return row;
    const joined = row.cells.map((c) => c.text.replace(/\s+/gu, "")).join("");
    if (!YEAR_LINE.test(joined)) return row;
    const first = row.cells[0]!;
    return { ...row, cells: [{ text: joined, source: first.source, parts: row.cells.map((c) => c.source) }] };
  });
}

import type { Row } from "../../layout/grid.js";

/**
 * A character a page lost, shown as `?` right after a figure whose two decimals are printed
 * (`820,000.00?900,000.00?`). Run together, the mark parts the figures into atoms of their own and
 * leaves a `?` where a figure should stand, the figures around it out of their columns. Such a
 * mark, after two decimals and before a figure, a word or the cell's end, is the figure's lost
 * character (its number reads without it, normalise/number.ts): the cell is read without it, the
 * text as printed kept in its source.
 */
// (Not before a unit's character, `12.50?元`: the lost one may be the unit's 万.)
const LOST_MARK = /(?<=\d\.\d{2})[?？\uFFFD](?=[0-9]|\s*$|(?![元万萬亿億千百分])[\u4e00-\u9fff])/gu;
/** The same, for a test (a global pattern's test keeps its place between calls). */
const HAS_LOST_MARK = new RegExp(LOST_MARK.source, "u");

export function dropLostMarks(rows: readonly Row[]): Row[] {
  return rows.map((row) => {
    if (!row.cells.some((c) => HAS_LOST_MARK.test(c.text))) return row;
    return {
      ...row,
      cells: row.cells.map((c) => {
        const text = c.text.replace(LOST_MARK, "");
        return text === c.text ? c : { ...c, text, source: { ...c.source, printed: c.source.printed ?? c.text } };
      }),
    };
  });
}

/**
 * The same in the linear reading, on the rows a flattened line was cut into (cut-long-line.ts: cells
 * run together, `boundaries: "none"`): a form run onto one line with spaces in it is read as linear
 * text, and its rows' marks part their figures as a run-together page's do. Rows whose spaces part
 * their cells are left as they are.
 */
export function dropLostMarksInRunRows(rows: readonly Row[]): Row[] {
  if (!rows.some((r) => r.boundaries === "none")) return [...rows];
  const dropped = dropLostMarks(rows);
  return rows.map((r, k) => (r.boundaries === "none" ? dropped[k]! : r));
}

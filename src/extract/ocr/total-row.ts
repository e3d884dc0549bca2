/**
 * The indicator table's total row (合计, 总分, 总计) told by where it stands, when its label is
 * misread. A two-character label is too short to snap on its own (one misread character is half
 * of it, and 合格 is a verdict), but the total row is the one row that begins with its label and
 * holds the total weight, 100: a fax read d-fax-p06's 合计 as 合半 (计 lost its 讠), and the row,
 * taken for one more indicator, lost the total weight and score.
 *
 * A cell is read as a total label when its text is two characters that are no word of the form
 * (template labels, verdicts), one of them a total label's in the same place (合 of 合计, 分 of
 * 总分) and no other total label's, no cell of its row lies to its left, and a cell to its right
 * reads exactly 100.
 */
import { fundRows, level1Names, level2Names, qualitativeValues, totalLabels } from "../../template/project.js";
import type { HeaderCell } from "./header-row.js";
import { foldLabel } from "./snap.js";

/** Cells whose tops differ by at most this share of the cell's height are in one row. */
const ROW_TOLERANCE = 0.3;

const TWO_CHAR_TOTALS = totalLabels.filter((l) => Array.from(l).length === 2);
const KNOWN = new Set([...totalLabels, ...qualitativeValues, ...level1Names, ...level2Names, ...fundRows.flatMap((r) => r.exact)].map(foldLabel));

/** Letters, digits and CJK only: specks read as punctuation are no part of a label. */
function core(s: string): string {
  return foldLabel(s).replace(/[^\p{L}\p{N}]/gu, "");
}

/** The one two-character total label sharing a character in place with `text`, if exactly one. */
function nearTotal(text: string): string | null {
  const t = Array.from(text);
  const near = TWO_CHAR_TOTALS.filter((l) => {
    const c = Array.from(l);
    return c[0] === t[0] || c[1] === t[1];
  });
  return near.length === 1 ? near[0]! : null;
}

/** Labels for a misread total row's label: index → label. */
export function snapTotalRow(cells: readonly HeaderCell[]): Map<number, string> {
  const out = new Map<number, string>();
  cells.forEach((c, i) => {
    const text = core(c.text);
    if (Array.from(text).length !== 2 || KNOWN.has(text)) return;
    const label = nearTotal(text);
    if (!label) return;
    const tolerance = ROW_TOLERANCE * (c.bbox[3] - c.bbox[1]);
    const row = cells.filter((o) => o !== c && Math.abs(o.bbox[1] - c.bbox[1]) <= tolerance);
    if (row.some((o) => o.bbox[0] < c.bbox[0])) return;
    if (!row.some((o) => o.bbox[0] >= c.bbox[2] && core(o.text) === "100")) return;
    out.set(i, label);
  });
  return out;
}

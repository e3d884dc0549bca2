import type { Cell, Row } from "../layout/grid.js";
import { classify, hasText, isLevelKind, NUMBERED_NAME } from "./classify.js";
import { columnRoles, labelRole } from "./row-view.js";

/** The fewest indicator column names in a row before it is taken for the table's header. */
const MIN_HEADS = 5;

/**
 * Where the indicator table's header ends in a row's cells and the table's first row begins: after
 * at least MIN_HEADS indicator column names (the indicators' label may come first), at a cell that
 * is a 一级 / 二级 name or a 三级 name numbered as printed. Null where the cells are no header with
 * a row run on (other cells after a header, an unnamed merged column's blank or a second header
 * line's names, are the header's). Shared with the run-together twin (header-run-on-run-together.ts).
 */
export function headerRunOnEnd(cells: readonly Cell[]): number | null {
  let heads = 0;
  let k = 0;
  for (; k < cells.length; k++) {
    const c = cells[k]!;
    if (!hasText(c.text)) continue;
    if (columnRoles(c.text).indicator !== null) heads++;
    else if (!(heads === 0 && labelRole(c.text)?.role === "indicatorsLabel")) break;
  }
  if (heads < MIN_HEADS || k >= cells.length) return null;
  if (!isLevelKind(classify(cells[k]!.text).kind) && !NUMBERED_NAME.test(cells[k]!.text)) return null;
  return k;
}

/**
 * A line of text parted by spaces that holds the indicator table's header and then the table's
 * first rows (a page that marks its rows' ends and left the mark after the header out: the header
 * and the rows up to the next mark on one line). The header is a row of its own, and the rest is
 * cut before each 三级 name numbered as printed (`指标2:`), which opens a row; the row's 一级 / 二级
 * names before its first (数量指标 指标1:…) stay with it. Only where what follows the header's last
 * name opens with a 一级 / 二级 name or a numbered name: other cells after a header (an unnamed
 * merged column's blank, a second header line's names) are the header's.
 */
export function splitHeaderRunOnRows(row: Row): Row[] {
  if (row.boundaries !== "spaces") return [row];
  const cells = row.cells;
  const k = headerRunOnEnd(cells);
  if (k === null) return [row];
  const out: Row[] = [{ ...row, cells: cells.slice(0, k) }];
  let start = k;
  let seenName = false;
  for (let i = k; i < cells.length; i++) {
    if (!NUMBERED_NAME.test(cells[i]!.text)) continue;
    if (seenName) {
      out.push({ ...row, cells: cells.slice(start, i) });
      start = i;
    }
    seenName = true;
  }
  out.push({ ...row, cells: cells.slice(start) });
  return out;
}

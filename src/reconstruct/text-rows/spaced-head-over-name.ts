import type { Cell, Row } from "../../layout/grid.js";
import { classify, isLevelKind } from "../classify.js";
import { cellOfLines as cellOf } from "../cell-lines.js";
import { columnRoles } from "../row-view.js";

/** Column heads of the indicator table a row holds, from which it is the table's header. */
const MIN_HEADER_HEADS = 3;

/**
 * Text laid out with spaces (layout/spaced-rows.ts): the indicator table's first column head over
 * a merged 一级 (or 二级) name centred in the rows below it, the line between holding the first
 * row's one-line cells and nothing in that column:
 *
 *     一级指标     二级指标     三级指标      年度指标值 …
 *                 数量指标     培训人次      ≥200人次 …
 *     产出指标
 *
 * The layout chains the head and the name as a label broken around its value's line, and places
 * the one cell in the row its centre falls on: the header loses its first head and the row opens
 * on `一级指标产出指标`. Where a row's first cell is such a join (its first lines a column head of
 * the indicator table the row above lacks, its other lines a 一级 or 二级 name) and the row above is
 * the table's header (three column heads or more), the head goes back to the header's start and
 * the name stays. Told by the form's words, not the positions, so it is the reconstructor's.
 */
export function returnHeadsOverNames(rows: readonly Row[]): Row[] {
  const out = rows.map((r) => ({ ...r, cells: [...r.cells] }));
  for (let i = 1; i < out.length; i++) {
    const upper = out[i - 1]!;
    const lower = out[i]!;
    if (lower.pageBreakBefore || !lower.cells.length) continue;
    const heads = upper.cells.filter((c) => columnRoles(c.text).indicator !== null);
    if (heads.length < MIN_HEADER_HEADS) continue;
    const parted = headOverName(lower.cells[0]!, new Set(heads.map((c) => columnRoles(c.text).indicator)));
    if (!parted) continue;
    upper.cells.unshift(parted[0]);
    lower.cells[0] = parted[1];
  }
  return out;
}

/** The cell parted into its head lines and its name lines, where the head is a column the header lacks; else null. */
export function headOverName(cell: Cell, headerColumns: ReadonlySet<unknown>): [Cell, Cell] | null {
  const lines = cell.wrappedLines;
  if (!lines || lines.length < 2 || lines.join("") !== cell.text) return null;
  for (let k = 1; k < lines.length; k++) {
    const column = columnRoles(lines.slice(0, k).join("")).indicator;
    if (column === null || headerColumns.has(column)) continue;
    if (!isLevelKind(classify(lines.slice(k).join("")).kind)) continue;
    return [cellOf(cell, lines.slice(0, k), 0), cellOf(cell, lines.slice(k), k)];
  }
  return null;
}

import type { Cell, Row } from "../../layout/grid.js";
import { labelRole } from "../row-view.js";

/**
 * Text laid out with spaces (layout/spaced-rows.ts): header rows printed on consecutive lines with
 * nothing between them, each a label and its value (a tight print):
 *
 *     项目名称     某某道路维修工程
 *     主管部门     某某县交通运输局          实施单位     某某公路养护中心
 *
 * The layout may take the two lines for one row (their centres a line apart) and give its cells
 * left to right, the lines' cells interleaved (`项目名称 | 主管部门 | 某某道路维修工程 | 某某县交通运输局
 * | 实施单位 …`): each label loses its value. Where a row's one-line cells stand on two lines or more
 * and each line's cells open on a header label of the template with a value after it, the row is
 * one row a line again, in the lines' order. Told by the form's labels, so it is the reconstructor's.
 */
export function splitStackedHeaderRows(rows: readonly Row[]): Row[] {
  return rows.flatMap((row) => splitRow(row) ?? [row]);
}

const isHeaderLabel = (text: string) => labelRole(text)?.role === "header";

/** Cells a line of a header row holds at least: a label and its value. */
const MIN_LINE_CELLS = 2;

function splitRow(row: Row): Row[] | null {
  const byLine = new Map<number, Cell[]>();
  for (const c of row.cells) {
    // (A cell over several lines stands on no one line: such a row is left as it is.)
    if (c.wrappedLines || c.source.line === undefined) return null;
    const l = byLine.get(c.source.line);
    if (l) l.push(c);
    else byLine.set(c.source.line, [c]);
  }
  if (byLine.size < 2) return null;
  const lines = [...byLine.keys()].sort((a, b) => a - b);
  for (const l of lines) {
    const cells = byLine.get(l)!;
    if (cells.length < MIN_LINE_CELLS || !isHeaderLabel(cells[0]!.text) || isHeaderLabel(cells[1]!.text)) return null;
  }
  return lines.map((l, j) => ({
    cells: byLine.get(l)!,
    boundaries: row.boundaries,
    ...(j === 0 && row.pageBreakBefore ? { pageBreakBefore: true } : {}),
  }));
}

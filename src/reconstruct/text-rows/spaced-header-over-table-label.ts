import type { Row } from "../../layout/grid.js";
import { cellOfLines as cellOf } from "../cell-lines.js";
import { columnRoles, labelRole } from "../row-view.js";

/**
 * Text laid out with spaces (layout/spaced-rows.ts): the last header row (a label and its value)
 * over a table's vertical label in the label column, the table's column heads on the line between:
 *
 *     部门名称 某某县档案局
 *                   年初预算数      全年预算数 …
 *     资金情况  年度资金总额   1,200 …
 *
 * The layout chains the two labels as a label broken around its value's line (`部门名称资金情况`)
 * and puts the header row's value in the heads' row. Where a row opens on a cell whose first line
 * is a header label of the template and whose other lines are a table's label (funds, goals,
 * indicators), the next cell being a value (no label, no column head), the header label and that
 * value are a row of their own before it; the table's label opens the row as before.
 */
export function partHeaderOverTableLabel(rows: readonly Row[]): Row[] {
  return rows.flatMap((row) => {
    const [first, value, ...rest] = row.cells;
    const lines = first?.wrappedLines;
    if (!first || !value || !lines || lines.length < 2 || lines.join("") !== first.text) return [row];
    if (labelRole(lines[0]!)?.role !== "header" || !isTableLabel(lines.slice(1).join(""))) return [row];
    if (value.wrappedLines || labelRole(value.text) !== null || isColumnHead(value.text)) return [row];
    const header: Row = { cells: [cellOf(first, [lines[0]!], 0), value], boundaries: row.boundaries, ...(row.pageBreakBefore ? { pageBreakBefore: true } : {}) };
    const { pageBreakBefore: _, ...plainRow } = row;
    return [header, { ...plainRow, cells: [cellOf(first, lines.slice(1), 1), ...rest] }];
  });
}

const TABLE_LABELS = new Set(["fundsLabel", "goalsLabel", "indicatorsLabel"]);
const isTableLabel = (text: string) => TABLE_LABELS.has(labelRole(text)?.role ?? "");

function isColumnHead(text: string): boolean {
  const roles = columnRoles(text);
  return roles.fund !== null || roles.indicator !== null;
}

import { spannedValueHeads, type IndicatorColumn } from "../template/project.js";
import { labelKey } from "../template/labels.js";
import type { ColumnSpec } from "./align.js";
import { columnSpec, INDICATOR_TYPES } from "./reader-state.js";
import type { RowView } from "./row-prepare.js";
import { columnRoles } from "./row-view.js";
import { hasText } from "./classify.js";

/**
 * The column a cell of the lower row names: a column's name, or the bare word the template prints
 * under a spanning 指标值 (预期 | 实际: spannedValueHeads).
 */
function lowerColumn(text: string): IndicatorColumn | null {
  const col = columnRoles(text).indicator as IndicatorColumn | null;
  if (col) return col;
  const key = labelKey(text);
  return key === spannedValueHeads.target.lower ? "target" : key === spannedValueHeads.actual.lower ? "actual" : null;
}

/** The level columns: a lower row that names one is a header of its own (the row classifier's own rule), not a split of a column above. */
const LEVELS: ReadonlySet<string> = new Set(["level1", "level2", "level3"]);

/**
 * The lower row of an indicator header printed on two rows, where a head of the upper row spans
 * several columns and the lower row names them (指标值 over 年度指标值 | 实际完成值, an HTML table's
 * colspan; or 预期 | 实际 under it): every filled cell a value column's name (no level's: a row of level names is a header
 * itself), two at least, right under the header. Too few names to be a header alone, it would be
 * read as an indicator row.
 */
export function isSplitHeadRow(v: RowView): boolean {
  let named = 0;
  for (let i = 0; i < v.cells.length; i++) {
    if (!hasText(v.cells[i]!.text)) continue;
    const col = lowerColumn(v.cells[i]!.text);
    if (!col || LEVELS.has(col)) return false;
    named++;
  }
  return named >= 2;
}

/**
 * The header's columns with the upper row's spanning column split into the lower row's: the lower
 * row's columns, in their order, take the place of the upper column that names the first of them
 * (指标值 → 年度指标值, 实际完成值), or else of the first upper column that names any of them; a column
 * the upper row did not print but the header put in from the template (the completion after the
 * target) gives way to the lower row's. Printed positions are kept where the lower row's fall
 * inside the spanning column's place (pipe rows print the colspan's blank), else dropped from all
 * columns: one cell a line leaves out the cells a merged head covers, so no position is the
 * column's. Null where no upper column is split (the rows are then read as they are).
 */
export function splitHeadColumns(upper: readonly ColumnSpec<IndicatorColumn>[], v: RowView): ColumnSpec<IndicatorColumn>[] | null {
  const lower: ColumnSpec<IndicatorColumn>[] = [];
  for (const c of v.cells) {
    if (!hasText(c.text)) continue;
    const col = lowerColumn(c.text);
    if (!col || lower.some((x) => x.name === col)) continue;
    lower.push(columnSpec(col, INDICATOR_TYPES[col], undefined, c.col));
  }
  if (lower.length < 2) return null;
  const names = new Set(lower.map((c) => c.name));
  let at = upper.findIndex((c) => c.name === lower[0]!.name && c.hint !== undefined);
  if (at < 0) at = upper.findIndex((c) => names.has(c.name) && c.hint !== undefined);
  if (at < 0) return null;
  const spanning = upper[at]!;
  const next = upper.slice(at + 1).find((c) => c.hint !== undefined && !names.has(c.name));
  const inPlace = lower.every((c) => c.hint !== undefined && c.hint >= spanning.hint! && (next === undefined || c.hint < next.hint!));
  const out: ColumnSpec<IndicatorColumn>[] = [];
  upper.forEach((c, i) => {
    if (i === at) out.push(...lower);
    else if (!names.has(c.name)) out.push(c);
  });
  return inPlace ? out : out.map((c) => stripHint(c));
}

function stripHint(c: ColumnSpec<IndicatorColumn>): ColumnSpec<IndicatorColumn> {
  const { hint: _hint, ...rest } = c;
  return rest;
}

import type { Cell } from "../layout/grid.js";
import { isBlankText } from "./classify.js";
import type { RawForm, RawIndicator, RawValue } from "./raw-form.js";

/**
 * An excerpt that starts inside the indicator table has no header to name its columns, and a row
 * alone does not always tell them: `成本指标 | 100万 | 100万 | 100万` prices as 三级 | 实际完成值 |
 * 偏差原因 as well as 三级 | 年度指标值 | 实际完成值, and `有所提升 | 养老服务提升` as a completion and a
 * reason as well as a target and its completion. A delimited or ruled table keeps each row's cells
 * where they stand, and its rows share their columns: the table can say it. Where at least two rows
 * place a target one cell after their 三级 name and its completion one cell after that, and no row
 * places a 偏差原因 there or prints a target beside a 偏差原因 (the table has no such column in
 * reach), a row that read a completion one cell after its 三级 name and a 偏差原因 the cell after
 * read its target and completion: they are moved so. Anything else leaves every row as aligned.
 */

/** Where each of a row's values stood, counted in cells from its 三级 name. */
type Places = Partial<Record<"target" | "actual" | "deviation", number>>;

const places = new WeakMap<RawIndicator, Places>();

/** Fewest rows agreeing on the columns before the table's evidence is taken (one row is no pattern). */
export const MIN_AGREEING_ROWS = 2;

/** Notes where a headerless exact row's values stood (readIndicatorRow), for finishing the table. */
export function notePlaces(ind: RawIndicator, body: readonly Cell[], placed: ReadonlyMap<string, readonly Cell[]>): void {
  const name = placed.get("level3")?.[0];
  const at = name ? body.indexOf(name) : -1;
  if (at < 0) return;
  const p: Places = {};
  for (const field of ["target", "actual", "deviation"] as const) {
    const cell = placed.get(field)?.[0];
    const i = cell ? body.indexOf(cell) : -1;
    if (i >= 0) p[field] = i - at;
  }
  places.set(ind, p);
}

/** The rows whose completion and 偏差原因 the table shows to be their target and completion. */
export function rowsShiftedByTable(indicators: readonly RawIndicator[]): RawIndicator[] {
  let agreeing = 0;
  const shifted: RawIndicator[] = [];
  for (const ind of indicators) {
    const p = places.get(ind);
    if (!p) continue;
    const target = printed(ind.target);
    const deviation = printed(ind.deviation);
    // A target beside a 偏差原因, or a 偏差原因 where the table's completion stands: the table has the column.
    if (target && deviation) return [];
    if (deviation && p.deviation === 2 && printed(ind.actual) && p.actual === 1) {
      shifted.push(ind);
      continue;
    }
    if (deviation) return [];
    if (target && p.target === 1 && printed(ind.actual) && p.actual === 2) agreeing++;
  }
  return agreeing >= MIN_AGREEING_ROWS ? shifted : [];
}

/** Moves each such row's values to the columns the table shows; says so once. */
export function readRowsByTableColumns(form: RawForm, message: (count: number) => string): void {
  const rows = rowsShiftedByTable(form.indicators);
  if (rows.length === 0) return;
  for (const ind of rows) {
    ind.target = ind.actual;
    ind.actual = ind.deviation;
    ind.deviation = null;
  }
  const first = rows[0]!.target!;
  form.diagnostics.push({ code: "columns-by-table", severity: "info", message: message(rows.length), source: { ...first.source, text: first.text } });
}

function printed(x: RawValue | null | undefined): boolean {
  return !!x && !isBlankText(x.text);
}

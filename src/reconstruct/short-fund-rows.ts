import type { Cell } from "../layout/grid.js";
import type { FundColumn } from "../template/project.js";
import { classify, hasText, isBlankText } from "./classify.js";
import type { RawForm, RawFundRow } from "./raw-form.js";

/**
 * A funds table whose rows keep their cells (one cell a line, a delimited table) but each give one
 * cell fewer than the header names columns: a converter dropped a cell every row left blank (most
 * often the first budget, 年初预算数), and a row alone cannot say which. `30 | 30 | 10 | 100% | 99`
 * under 年初预算数 | 调整预算数 | 全年执行数 | 分值 | 执行率 | 得分 prices as well with 10 spent as
 * with 10 points (the printed 得分 above its 分值 is the form's own error, for the audit to report).
 * The table says it: a part's row (其中: …) prints no points, and where its blank cells and its rate
 * stand only one way — the row's cells ending on the header's last columns — is its rate in the
 * 执行率 column and its blanks in 分值 and 得分 (`30 | 30 | | 100% | `). Then every such row's cells
 * end on the header's last columns, and the dropped column is one of the budgets: a form prints its
 * spending where it prints its rate, so the cell before the points is 全年执行数, and the one before it
 * the budget the rate is reckoned on (调整 / 全年预算数) — taken only where the rate agrees with it.
 */
interface ShortRow {
  cells: readonly Cell[];
  columns: readonly FundColumn[];
}

const shortRows = new WeakMap<RawFundRow, ShortRow>();

/** Fewest rows whose shape is taken as the table's (a total and a part). */
export const MIN_SHORT_ROWS = 2;

/** Notes a fund row read with its cells known (readFundRow): its cells after the label and the header's columns. */
export function noteFundRowCells(row: RawFundRow, cells: readonly Cell[], columns: readonly FundColumn[]): void {
  if (cells.length === columns.length - 1) shortRows.set(row, { cells, columns });
}

const POINTS_AND_RATE: readonly FundColumn[] = ["weight", "rate", "score"];
const BUDGETS: ReadonlySet<FundColumn> = new Set(["initialBudget", "annualBudget"]);

/** For each fund row whose cells the table shows to end on the header's last columns, its values so read; empty when the table does not settle it. */
export function rightAlignedFundRows(rows: readonly RawFundRow[]): Array<{ row: RawFundRow; values: Partial<Record<FundColumn, Cell>> }> {
  const noted = rows.filter((r) => shortRows.has(r));
  if (noted.length < MIN_SHORT_ROWS) return [];
  // Every row of the table that prints anything gives one cell fewer than the columns.
  if (rows.some((r) => !shortRows.has(r) && Object.values(r.values).some((v) => v && hasText(v.text) && !isBlankText(v.text)))) return [];
  const columns = shortRows.get(noted[0]!)!.columns;
  // The header ends on 分值 | 执行率 | 得分 after its amounts, 全年执行数 last of them.
  if (columns.slice(-3).join() !== POINTS_AND_RATE.join() || columns.at(-4) !== "executed") return [];
  if (!columns.slice(0, -4).every((c) => BUDGETS.has(c)) || columns.length < 5) return [];
  const shifted = noted.map((row) => ({ row, s: shortRows.get(row)! }));
  if (shifted.some(({ s }) => s.columns.join() !== columns.join())) return [];
  // A part's row settles it: its rate printed, its points blank, where the cells end on the last columns.
  const settled = shifted.some(({ row, s }) => {
    if (row.key === "total") return false;
    const [w, rate, score] = s.cells.slice(-3).map((c) => c.text);
    return isBlankText(w!) && isBlankText(score!) && classify(rate!).kind === "percent";
  });
  if (!settled) return [];
  const out: Array<{ row: RawFundRow; values: Partial<Record<FundColumn, Cell>> }> = [];
  for (const { row, s } of shifted) {
    const n = s.cells.length;
    const values: Partial<Record<FundColumn, Cell>> = {};
    values.weight = s.cells[n - 3]!;
    values.rate = s.cells[n - 2]!;
    values.score = s.cells[n - 1]!;
    values.executed = s.cells[n - 4]!;
    // The budget before it, where the row's rate is what it spent of it.
    const budget = n >= 5 ? s.cells[n - 5]! : null;
    if (budget && rateAgrees(budget.text, values.executed.text, values.rate.text)) values.annualBudget = budget;
    out.push({ row, values });
  }
  return out;
}

function rateAgrees(budget: string, executed: string, rate: string): boolean {
  const b = amount(budget);
  const e = amount(executed);
  const r = amount(rate.replace(/[%％]/, ""));
  return b !== null && e !== null && r !== null && b > 0 && Math.abs((100 * e) / b - r) <= 1;
}

function amount(text: string): number | null {
  const t = text.replace(/,/g, "").trim();
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

/** Reads each such row's values by the table's shape, and the block's points and rate from its total; says so once. */
export function readShortFundRows(form: RawForm, message: () => string): void {
  const rows = rightAlignedFundRows(form.funds.rows);
  if (rows.length === 0) return;
  for (const { row, values } of rows) {
    row.values = {};
    for (const [name, cell] of Object.entries(values) as Array<[FundColumn, Cell]>) {
      if (!isBlankText(cell.text)) row.values[name] = { text: cell.text, source: cell.source };
    }
    if (row.key === "total") {
      form.funds.weight = row.values.weight ?? null;
      form.funds.rate = row.values.rate ?? null;
      form.funds.score = row.values.score ?? null;
    }
  }
  const first = rows[0]!.row.label;
  form.diagnostics.push({ code: "fund-columns-by-table", severity: "info", message: message(), source: { ...first.source, text: first.text } });
}

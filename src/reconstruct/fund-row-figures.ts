import type { Cell, Row } from "../layout/grid.js";
import { labelKey, matchSpelling } from "../template/labels.js";
import { type FundColumn, fundColumns, fundRows } from "../template/project.js";
import { FLOAT_SLACK } from "./tolerances.js";

/**
 * What the passes that mend a fund row's broken figures (text-rows/rate-pieces.ts,
 * fund-row-segments.ts, fund-part-sums.ts, fund-figure-lines.ts, rate-settled-figures.ts and
 * rate-settled-cells.ts) share: which rows are fund rows, what an amount as a form prints it looks
 * like, which funds column each cell of a head row names, the row's own sum that settles a cut (执行数 over 预算数 is the printed 执行率), and the cell
 * that pieces joined into one figure become. Named once so the passes weigh a row alike.
 */

/** A fund row's label as the template spells it (年度资金总额, 其中：财政拨款 …), by its key. */
export const FUND_ROW_LABELS: ReadonlySet<string> = new Set(fundRows.flatMap((f) => f.exact).map(labelKey));

/** The funds column each of a row's cells names (null for a cell naming none): how a head row is told. */
export function fundColumnKeys(row: Row): (FundColumn | null)[] {
  return row.cells.map((c) => matchSpelling(labelKey(c.text), fundColumns));
}

/** An amount as a form prints one: no leading zero, thousands commas in threes, at most two decimals. */
export const PRINTED_AMOUNT = /^(?:0|[1-9]\d*|[1-9]\d{0,2}(?:,\d{3})+)(?:\.\d{1,2})?$/;

/** Does the amount over the budget round to the printed rate (a percentage, to the rate's own decimals)? */
export function givesRate(amount: number, budget: number, rate: string): boolean {
  if (!(budget > 0)) return false;
  const decimals = (rate.split(".")[1] ?? "").length;
  return Math.abs((amount / budget) * 100 - Number(rate)) <= 10 ** -decimals / 2 + FLOAT_SLACK;
}

/** Pieces of one figure as one cell: their trimmed texts joined, each piece's source kept; one piece as it is. */
export function joinedCell(pieces: readonly Cell[]): Cell {
  if (pieces.length === 1) return pieces[0]!;
  return { ...pieces[0]!, text: pieces.map((c) => c.text.trim()).join(""), parts: pieces.map((c) => c.source) };
}

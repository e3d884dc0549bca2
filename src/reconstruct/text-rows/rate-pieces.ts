import type { Cell, Row } from "../../layout/grid.js";
import { labelKey } from "../../template/labels.js";
import { FUND_ROW_LABELS, fundColumnKeys, givesRate, joinedCell } from "../fund-row-figures.js";

/**
 * A fund row's 执行率 a converter broke over lines in its narrow column (`pdftotext -raw`:
 * `年度资金总额 2,778.87 2,778.87 2,453.29 10 88` / `.2` / `8%` / `8.83`, or `… 10 9` / `8% 10`): the
 * pieces alone are no rate (88 and .2 and 8%, or 88.2 and 8 %?), and the score after them is left
 * off the row. The row's own amounts settle it: 执行数 over 全年预算数 is the rate the table prints
 * (2,453.29 / 2,778.87 = 88.28 %). Where the pieces from the rate's column on, joined two or three,
 * make a rate with its sign that the amounts give to its printed decimals, and the row with the
 * figures after it has no more cells than the head row has heads, they are the row's rate and the
 * rest its last cells. Anything else is left as read.
 */

/** One figure of a fund row: an amount, a rate, points, or a dash for an empty cell. */
const FIGURE = /^(?:[-+]?\d[\d,]*(?:\.\d+)?%?|[—–-]+)$/;
/** A piece of a figure: digits perhaps ending on a point or a sign, or a decimal part (`.2`, `8%`). */
const PIECE = /^(?:\d[\d,]*\.?\d*%?|\.\d+%?)$/;
const AMOUNT = /^\d[\d,]*(?:\.\d+)?$/;
const RATE = /^(\d+(?:\.\d+)?)%$/;
/** Most pieces one rate is broken into. */
const MAX_PIECES = 3;

const text = (c: Cell) => c.text.trim();
const value = (s: string) => Number(s.replace(/,/g, ""));

/** The funds' head row's columns, where every cell names one (at least three); else null. */
function headColumns(row: Row): string[] | null {
  const keys = fundColumnKeys(row);
  return keys.length >= 3 && keys.every((k) => k !== null) ? (keys as string[]) : null;
}

/** The row's cells with its rate's pieces joined, and how many lines after it it took; null where not settled. */
function settled(row: Row, after: readonly Row[], heads: readonly string[]): { cells: Cell[]; took: number } | null {
  const rateAt = heads.indexOf("rate");
  const executedAt = heads.indexOf("executed");
  const budgetAt = heads.includes("annualBudget") ? heads.indexOf("annualBudget") : heads.indexOf("initialBudget");
  if (rateAt < 0 || executedAt < 0 || budgetAt < 0 || executedAt > rateAt || budgetAt > rateAt) return null;
  const figures = row.cells.slice(1);
  // The row's line ends at the rate's column or just before it, the rate not whole on it.
  if (figures.length !== rateAt && figures.length !== rateAt + 1) return null;
  if (figures.length === rateAt + 1 && RATE.test(text(figures[rateAt]!))) return null;
  if (!figures.slice(0, rateAt).every((c) => AMOUNT.test(text(c)))) return null;
  const pieces: Cell[] = [];
  let took = 0;
  while (took < after.length && pieces.length < MAX_PIECES + heads.length && after[took]!.cells.length > 0 && after[took]!.cells.every((c) => PIECE.test(text(c)))) pieces.push(...after[took++]!.cells);
  const run = [...figures.slice(rateAt), ...pieces];
  const executed = value(text(figures[executedAt]!));
  const budget = value(text(figures[budgetAt]!));
  for (let k = 2; k <= MAX_PIECES && k <= run.length; k++) {
    const parts = run.slice(0, k).map(text);
    const joined = parts.join("");
    // The sign closes the rate: no piece before the last holds one.
    if (parts.slice(0, -1).some((p) => p.includes("%"))) break;
    const m = RATE.exec(joined);
    if (!m || !givesRate(executed, budget, m[1]!)) continue;
    const rest = run.slice(k);
    if (rateAt + 1 + rest.length > heads.length || !rest.every((c) => FIGURE.test(text(c)))) return null;
    // Every line taken is used up: the rows after the rate's pieces are the row's last cells.
    const rate = joinedCell(run.slice(0, k));
    return { cells: [row.cells[0]!, ...figures.slice(0, rateAt), rate, ...rest], took };
  }
  return null;
}

export function joinRatePieces(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  let heads: string[] | null = null;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    heads = headColumns(row) ?? heads;
    const label = row.cells[0];
    if (heads === null || !label || !FUND_ROW_LABELS.has(labelKey(label.text)) || !row.cells.slice(1).every((c) => FIGURE.test(text(c)))) {
      out.push(row);
      continue;
    }
    const s = settled(row, rows.slice(i + 1), heads);
    if (s === null || s.took === 0) {
      out.push(row);
      continue;
    }
    out.push({ ...row, cells: s.cells });
    i += s.took;
  }
  return out;
}

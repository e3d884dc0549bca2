import type { Cell, Row } from "../../layout/grid.js";
import { labelKey, matchSpelling } from "../../template/labels.js";
import { fundColumns, fundRows } from "../../template/project.js";

/**
 * The fund rows' parts (其中：当年财政拨款, 上年结转资金, 其他资金) whose figures a converter broke over
 * lines with no mark (`4707.3` / `1` / `4707.31` / `4474.4` / `1` / `—`: 4707.31, or 4707.3 and a 1?).
 * Neither the pieces nor the head row's count tell (six pieces under six heads either way); the
 * table's own sums do: the total's amounts (年度资金总额 5746.70 5746.70 5513.80) are its parts' in
 * each column. Each part is read with its perhaps-broken figures apart (as read) or joined; where
 * exactly one choice over all the parts keeps every sum the parts let be checked (a column where
 * each part prints a figure, a part of dashes only counting nothing) and checks one at least, the
 * parts it joins are taken so. Else the rows stay as they were.
 */

/** One figure of a fund row: an amount, a rate, points, or a dash for an empty cell. */
const FIGURE = /^(?:[-+]?\d[\d,]*(?:\.\d+)?%?|[—–-]+)$/;
const DASH = /^[—–-]+$/;
const AMOUNT = /^\d[\d,]*(?:\.\d+)?$/;
/** The amount columns a total is the sum of its parts in. */
const AMOUNT_COLUMNS: ReadonlySet<string> = new Set(["initialBudget", "annualBudget", "executed"]);
/** How far a column's parts may sum from the total and still be it, at a form's two decimals. */
const SLACK = 0.006;
/** Most parts weighed together (each doubles the choices). */
const MAX_BROKEN = 6;

const text = (c: Cell) => c.text.trim();
const isFigureLine = (r: Row) => r.cells.length > 0 && r.cells.every((c) => FIGURE.test(text(c)));
const rowKey = (r: Row) => (r.cells[0] ? matchSpelling(labelKey(r.cells[0].text), fundRows) : null);
const amountOf = (t: string) => Number(t.replace(/,/g, ""));

/** How many amount heads open the funds' head row (年初预算数 全年预算数 全年执行数 …), or 0 where the row is no head row. */
function leadingAmountHeads(row: Row): number {
  const keys = row.cells.map((c) => matchSpelling(labelKey(c.text), fundColumns));
  if (keys.length < 3 || keys.some((k) => k === null)) return 0;
  let n = 0;
  while (n < keys.length && AMOUNT_COLUMNS.has(keys[n]!)) n++;
  return n;
}

/** The pieces joined where one may be an amount broken before its second decimal (4707.3 / 1, 88.4 / 5). */
function joined(pieces: readonly Cell[]): Cell[] | null {
  const out: Cell[] = [];
  let any = false;
  for (let k = 0; k < pieces.length; k++) {
    const here = pieces[k]!;
    const next = pieces[k + 1];
    if (next && /^\d[\d,]*\.\d$/.test(text(here)) && /^\d$/.test(text(next))) {
      out.push({ ...here, text: text(here) + text(next), parts: [here.source, next.source] });
      any = true;
      k++;
    } else out.push(here);
  }
  return any ? out : null;
}

/** A part: its row and the figure lines after it, its pieces, and its pieces joined. */
interface Part {
  start: number;
  end: number;
  label: Cell;
  pieces: Cell[];
  together: Cell[] | null;
}

/** The first `n` amounts of a part's figures: a number, null for a dash (unchecked); all 0 for a part of dashes only. */
function amounts(figures: readonly Cell[], n: number): (number | null)[] {
  if (figures.length > 0 && figures.every((c) => DASH.test(text(c)))) return new Array(n).fill(0);
  return Array.from({ length: n }, (_, k) => {
    const t = figures[k] ? text(figures[k]!) : "";
    return AMOUNT.test(t) ? amountOf(t) : null;
  });
}

/** Do the parts, each read one way, keep the total's sums (one checked at least)? */
function keepsSums(total: readonly number[], readings: readonly (readonly Cell[])[]): boolean {
  let checked = 0;
  for (let col = 0; col < total.length; col++) {
    const column = readings.map((r) => amounts(r, total.length)[col]!);
    if (column.some((a) => a === null)) continue;
    const sum = column.reduce((s, a) => s! + a!, 0)!;
    if (Math.abs(sum - total[col]!) > SLACK) return false;
    checked++;
  }
  return checked > 0;
}

/** The parts after the total at `at`, or null where a row among them is neither a part nor its figures. */
function partsAfter(rows: readonly Row[], at: number): Part[] {
  const parts: Part[] = [];
  let i = at + 1;
  while (i < rows.length) {
    const row = rows[i]!;
    const key = rowKey(row);
    if (key === null || key === "total" || !row.cells.slice(1).every((c) => FIGURE.test(text(c)))) break;
    let end = i + 1;
    while (end < rows.length && isFigureLine(rows[end]!)) end++;
    const pieces = [...row.cells.slice(1), ...rows.slice(i + 1, end).flatMap((r) => r.cells)];
    parts.push({ start: i, end, label: row.cells[0]!, pieces, together: joined(pieces) });
    i = end;
  }
  return parts;
}

export function joinPartsBySums(input: readonly Row[]): Row[] {
  let rows = [...input];
  let heads = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    heads = leadingAmountHeads(row) || heads;
    if (heads === 0 || rowKey(row) !== "total") continue;
    const figures = row.cells.slice(1).slice(0, heads).map(text);
    if (figures.length < heads || !figures.every((t) => AMOUNT.test(t))) continue;
    const total = figures.map(amountOf);
    const parts = partsAfter(rows, i);
    const broken = parts.filter((p) => p.together !== null);
    if (parts.length < 2 || broken.length === 0 || broken.length > MAX_BROKEN) continue;
    // Every choice of apart or joined for each broken part: the one that keeps the sums, if one alone does.
    const keeping: number[] = [];
    for (let mask = 0; mask < 1 << broken.length; mask++) {
      const readings = parts.map((p) => {
        const b = broken.indexOf(p);
        return b >= 0 && mask & (1 << b) ? p.together! : p.pieces;
      });
      if (keepsSums(total, readings)) keeping.push(mask);
    }
    if (keeping.length !== 1 || keeping[0] === 0) continue;
    const mask = keeping[0]!;
    const out = rows.slice(0, parts[0]!.start);
    for (const p of parts) {
      const b = broken.indexOf(p);
      if (b >= 0 && mask & (1 << b)) out.push({ ...rows[p.start]!, cells: [p.label, ...p.together!] });
      else out.push(...rows.slice(p.start, p.end));
    }
    const after = parts[parts.length - 1]!.end;
    i = out.length - 1;
    rows = [...out, ...rows.slice(after)];
  }
  return rows;
}

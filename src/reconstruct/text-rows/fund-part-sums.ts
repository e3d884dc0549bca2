import type { Cell, Row } from "../../layout/grid.js";
import { labelKey, matchSpelling } from "../../template/labels.js";
import { fundRows } from "../../template/project.js";
import { fundColumnKeys, joinedCell, PRINTED_AMOUNT } from "../fund-row-figures.js";

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

const DASH = /^[—–-]+$/;
const AMOUNT = /^\d[\d,]*(?:\.\d+)?$/;
/** The amount columns a total is the sum of its parts in. */
const AMOUNT_COLUMNS: ReadonlySet<string> = new Set(["initialBudget", "annualBudget", "executed"]);
/** How far a column's parts may sum from the total and still be it, at a form's two decimals. */
const SLACK = 0.006;
/** Most choices over all the parts weighed. */
const MAX_WAYS = 4096;

const text = (c: Cell) => c.text.trim();
/** A figure or a piece of one (`3.`, `.1`): a part's line of figures perhaps broken. */
const PIECE = /^(?:\d[\d,]*\.?\d*|\.\d+|[—–-]+)$/;
const isFigureLine = (r: Row) => r.cells.length > 0 && r.cells.every((c) => PIECE.test(text(c)));
const rowKey = (r: Row) => (r.cells[0] ? matchSpelling(labelKey(r.cells[0].text), fundRows) : null);
const amountOf = (t: string) => Number(t.replace(/,/g, ""));

/** How many amount heads open the funds' head row (年初预算数 全年预算数 全年执行数 …), or 0 where the row is no head row. */
function leadingAmountHeads(row: Row): number {
  const keys = fundColumnKeys(row);
  if (keys.length < 3 || keys.some((k) => k === null)) return 0;
  let n = 0;
  while (n < keys.length && AMOUNT_COLUMNS.has(keys[n]!)) n++;
  return n;
}

/** Most pieces one figure is broken into, and most cuts of one part weighed. */
const MAX_PARTS = 3;
const MAX_CUTS = 24;

/**
 * The ways to read a part's pieces as figures, as read first: each piece one cell, or pieces joined
 * into an amount as a form prints one (4707.3 / 1, 23 / 3. / 34, 26 / .1 / 9). Null where a piece is
 * no figure and joins into none, or there are too many ways to weigh.
 */
function cuts(pieces: readonly Cell[]): Cell[][] | null {
  const t = pieces.map(text);
  const out: Cell[][] = [];
  const cells: Cell[] = [];
  const walk = (at: number): boolean => {
    if (out.length > MAX_CUTS) return false;
    if (at === t.length) {
      out.push([...cells]);
      return true;
    }
    for (let n = 1; n <= MAX_PARTS && at + n <= t.length; n++) {
      const joined = t.slice(at, at + n).join("");
      const ok = n === 1 ? PRINTED_AMOUNT.test(joined) || DASH.test(joined) || AMOUNT.test(joined) : PRINTED_AMOUNT.test(joined);
      if (!ok) continue;
      cells.push(joinedCell(pieces.slice(at, at + n)));
      walk(at + n);
      cells.pop();
    }
    return true;
  };
  walk(0);
  if (out.length === 0 || out.length > MAX_CUTS) return null;
  // (The pieces as read come first: the cut of one piece a cell, where every piece is a figure.)
  return out;
}

/** A part: its row and the figure lines after it, its pieces, and its pieces joined. */
interface Part {
  start: number;
  end: number;
  label: Cell;
  pieces: Cell[];
  /** The ways to read its pieces; the first, where every piece is a figure, as read. */
  readings: Cell[][] | null;
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
    if (key === null || key === "total" || !row.cells.slice(1).every((c) => PIECE.test(text(c)))) break;
    let end = i + 1;
    while (end < rows.length && isFigureLine(rows[end]!)) end++;
    const pieces = [...row.cells.slice(1), ...rows.slice(i + 1, end).flatMap((r) => r.cells)];
    parts.push({ start: i, end, label: row.cells[0]!, pieces, readings: cuts(pieces) });
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
    if (parts.length < 2 || parts.some((p) => p.readings === null)) continue;
    const ways = parts.reduce((n, p) => n * p.readings!.length, 1);
    if (ways === 1 || ways > MAX_WAYS) continue;
    // Every choice of a reading for each part: the one that keeps the sums, if one alone does.
    // (Cuts that differ only past the amounts, `299.9` | `0` or `299.90`, settle the amounts alike: the one of fewest cells is taken.)
    let keeping: number[] | null = null;
    let amountsKept: string | null = null;
    let cellsKept = Infinity;
    let count = 0;
    const choice: number[] = new Array(parts.length).fill(0);
    for (let w = 0; w < ways; w++) {
      let rest = w;
      for (let k = 0; k < parts.length; k++) {
        choice[k] = rest % parts[k]!.readings!.length;
        rest = Math.floor(rest / parts[k]!.readings!.length);
      }
      const readings = parts.map((p, k) => p.readings![choice[k]!]!);
      if (!keepsSums(total, readings)) continue;
      const key = JSON.stringify(readings.map((r) => amounts(r, total.length)));
      const size = readings.reduce((n, r) => n + r.length, 0);
      if (key !== amountsKept) {
        count++;
        amountsKept = key;
      } else if (size >= cellsKept) continue;
      keeping = [...choice];
      cellsKept = size;
    }
    if (count !== 1 || keeping === null) continue;
    const chosen = keeping;
    // As read already (each piece a cell): nothing to join.
    if (parts.every((p, k) => p.readings![chosen[k]!]!.length === p.pieces.length)) continue;
    const out = rows.slice(0, parts[0]!.start);
    parts.forEach((p, k) => {
      const cells = p.readings![chosen[k]!]!;
      if (cells.length !== p.pieces.length) out.push({ ...rows[p.start]!, cells: [p.label, ...cells] });
      else out.push(...rows.slice(p.start, p.end));
    });
    const after = parts[parts.length - 1]!.end;
    i = out.length - 1;
    rows = [...out, ...rows.slice(after)];
  }
  return rows;
}

import type { Row } from "../../layout/grid.js";
import { labelKey, matchSpelling } from "../../template/labels.js";
import { fundRows } from "../../template/project.js";
import { FUND_ROW_LABELS, fundColumnKeys, joinedCell } from "../fund-row-figures.js";

/**
 * A fund row whose figures a converter drew one a line (`pdftotext -raw` of narrow columns):
 * `年度资金总额` / `2,778.87` / `2,778.87` / `2,453.29` / `10` / `88.28%` / `8.83`. Read by lines,
 * the label is a row alone and each figure a row of its own, which no reading takes for the row's
 * values. Here a row that is only a fund row's label takes the lines after it that are each one
 * figure (or a dash of an empty cell), two or more of them, as its cells; the first of those lines
 * may hold several figures, the row's wide cells drawn on one line before its narrow ones one a line
 * (`2164.48 2164.48 1735.24 10` / `80.17%` / `8`). A line of words ends them; one line of figures
 * alone after the label is left to the reading of a label and its values on the next line.
 *
 * A fund row's label with its first figures on its line (`部门预算资金总额 5727 6310.4` / `5366.83` /
 * `10 85% 9`) takes the lines of figures after it where no figure may be broken across the lines
 * and the figures are no more than the funds' head row above has heads.
 */


/** One figure of a fund row: an amount, a rate, points, or a dash for an empty cell. */
const FIGURE = /^(?:[-+]?\d[\d,]*(?:\.\d+)?%?|[—–-]+)$/;

/** Fewest figure lines gathered: one alone is a row of values like any. */
const MIN_FIGURES = 2;

/** A line of figures only: one figure, or the row's first figures drawn on one line (2164.48 2164.48 1735.24 10). */
function isFigureLine(row: Row): boolean {
  return row.cells.length > 0 && row.cells.every((c) => FIGURE.test(c.text.trim()));
}

/**
 * Is a figure perhaps broken across two of the lines, so the cells' count is not settled: a line
 * ending on an amount with one decimal digit and the next only a short run of digits (172.1 / 6:
 * 172.16, or 172.1 and a 6?). broken-figures.ts leaves such pieces as read; so is the row here.
 */
function mayGoOn(lines: readonly Row[]): boolean {
  return lines.some((line, k) => {
    const before = lines[k - 1];
    const last = before?.cells[before.cells.length - 1]?.text.trim() ?? "";
    return k > 0 && line.cells.length === 1 && /^\d{1,2}%?$/.test(line.cells[0]!.text.trim()) && /\.\d$/.test(last);
  });
}

/** A line that is only a percent sign, a rate's sign its narrow cell put below its digits. */
function isSignLine(row: Row): boolean {
  return row.cells.length === 1 && /^[%％]$/.test(row.cells[0]!.text.trim());
}

/** The indices of the lines that open a figure perhaps broken over them and the next (172.1 / 6, 10 / 0%). */
function brokenPairs(lines: readonly Row[]): number[] {
  const out: number[] = [];
  lines.forEach((line, k) => {
    const after = lines[k + 1];
    const last = line.cells[line.cells.length - 1]?.text.trim() ?? "";
    if (k > 0 && out[out.length - 1] === k - 1) return;
    const next = after?.cells.length === 1 ? after.cells[0]!.text.trim() : "";
    // 172.1 / 6, a rate's digits and its sign's line: 10 / 0% (100 %, or 10 and 0 %?), or its sign alone (96 / %)
    if ((/^\d{1,2}%?$/.test(next) && /\.\d$/.test(last)) || (/^\d{1,2}%$/.test(next) && /^\d{1,3}$/.test(last)) || (next === "%" && /^\d{1,3}(?:\.\d+)?$/.test(last))) out.push(k);
  });
  return out;
}

/**
 * The lines with each figure perhaps broken over two of them joined, where the head row's count
 * settles it: read apart, the pieces are more cells than the funds' head row has heads, and by
 * exactly as many as there are such pieces (1217000.0 / 0 three times and `10 100% 10`: nine
 * cells under six heads, three broken figures). Else null: the pieces are not known to be one.
 */
function countSettledLines(lines: readonly Row[], heads: number): Row[] | null {
  const pairs = brokenPairs(lines);
  const count = lines.reduce((n, l) => n + l.cells.length, 0);
  if (pairs.length === 0 || heads === 0 || count - heads !== pairs.length) return null;
  return joinPairs(lines, pairs);
}

/** The lines with the figure each of `pairs` opens joined to the line after it. */
function joinPairs(lines: readonly Row[], pairs: readonly number[]): Row[] {
  const out: Row[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (!pairs.includes(k)) {
      out.push(line);
      continue;
    }
    const head = line.cells[line.cells.length - 1]!;
    const tail = lines[k + 1]!.cells[0]!;
    const joined = joinedCell([head, tail]);
    out.push({ ...line, cells: [...line.cells.slice(0, -1), joined] });
    k++;
  }
  return out;
}

const cellCount = (lines: readonly Row[]): number => lines.reduce((n, l) => n + l.cells.length, 0);

/**
 * The indices of the lines that end on a whole number the next line opens with a decimal figure
 * after (`24594.30 24594.3` / `2459` / `4.3`): 24594.3 broken at its column's width with no mark,
 * or an amount of 2459 and a 4.3 after it. Not settled by the pieces alone.
 */
function unmarkedBreaks(lines: readonly Row[]): number[] {
  const out: number[] = [];
  lines.forEach((line, k) => {
    const after = lines[k + 1];
    if (out[out.length - 1] === k - 1 && k > 0) return;
    const last = line.cells[line.cells.length - 1]?.text.trim() ?? "";
    const next = after?.cells[0]?.text.trim() ?? "";
    if (after?.cells.length === 1 && /^\d+$/.test(last) && /^\d+\.\d+$/.test(next)) out.push(k);
  });
  return out;
}

/**
 * How many figures the fund's sub-rows beside `row` hold, where each is its label and figures on
 * one line and they all hold as many; null otherwise (or where `row` is the total's, whose weight,
 * rate and score the sub-rows lack). The rows above are as this pass left them (`done`); a row
 * below counts only where a line of words follows it, no line of figures it may yet take.
 */
function siblingFigures(row: Row, done: readonly Row[], below: readonly Row[]): number | null {
  const key = (r: Row) => (r.cells[0] ? matchSpelling(labelKey(r.cells[0].text), fundRows) : null);
  const subRow = (r: Row) => key(r) !== null && key(r) !== "total" && r.cells.length >= 2 && r.cells.slice(1).every((c) => FIGURE.test(c.text.trim()));
  if (key(row) === null || key(row) === "total") return null;
  const siblings = done.slice(-6).filter(subRow);
  below.slice(0, 6).forEach((r, k) => {
    const next = below[k + 1];
    if (subRow(r) && next !== undefined && !isFigureLine(next)) siblings.push(r);
  });
  const counts = new Set(siblings.map((r) => r.cells.length - 1));
  return counts.size === 1 ? [...counts][0]! : null;
}

/** Is a cell a dash, an empty cell's mark (—)? */
const DASH = /^[—–-]+$/;

/**
 * The lines with each figure perhaps broken over two of them joined, where the fund rows above
 * settle it: they end on a dash (the 分值 column of a row that has none) after the same number of
 * amounts, and so does this row only with the pieces joined (830.5 / 4 / 830.54 / 830.5 / 4 / —
 * below `1,948.33 1,948.33 1,622.75 —`). Else null.
 */
function dashSettledLines(lines: readonly Row[], above: readonly Row[]): Row[] | null {
  const last = lines[lines.length - 1]?.cells;
  if (!last || last.length !== 1 || !DASH.test(last[0]!.text.trim())) return null;
  const amounts = new Set(
    above
      .filter((r) => r.cells.length > 2 && FUND_ROW_LABELS.has(labelKey(r.cells[0]!.text)) && DASH.test(r.cells[r.cells.length - 1]!.text.trim()))
      .map((r) => r.cells.length - 2),
  );
  if (amounts.size !== 1) return null;
  const joined = joinPairs(lines, brokenPairs(lines));
  const apart = lines.reduce((n, l) => n + l.cells.length, 0) - 1;
  const together = joined.reduce((n, l) => n + l.cells.length, 0) - 1;
  return apart !== together && amounts.has(together) ? joined : null;
}

/** Fewest fund column heads that make a row the funds' head row. */
const MIN_HEADS = 3;

/** How many heads a row holds if it is the funds' head row (年初预算数 全年预算数 …), else 0. */
function fundHeads(row: Row): number {
  const n = fundColumnKeys(row).filter((k) => k !== null).length;
  return n >= MIN_HEADS && n === row.cells.length ? n : 0;
}

/** The rows with a fund row's label and figures on its line joined to the lines of figures after it, where settled. */
function withFiguresAfterLabelRow(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  let heads = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    heads = fundHeads(row) || heads;
    const [label, ...figures] = row.cells;
    if (heads === 0 || !label || figures.length === 0 || !FUND_ROW_LABELS.has(labelKey(label.text)) || !figures.every((c) => FIGURE.test(c.text.trim()))) {
      out.push(row);
      continue;
    }
    let end = i + 1;
    while (end < rows.length && isFigureLine(rows[end]!)) end++;
    let lines = [{ ...row, cells: figures }, ...rows.slice(i + 1, end)];
    const unmarked = unmarkedBreaks(lines);
    if (unmarked.length > 0) {
      // 2459 / 4.30: one figure or two? The sub-rows beside this one settle it (as many figures
      // one way and not the other), or the row stays as read and the lines after it unplaced.
      const joined = joinPairs(lines, unmarked);
      const width = siblingFigures(row, out, rows.slice(end));
      const together = width !== null && cellCount(joined) === width;
      const apart = width !== null && cellCount(lines) === width;
      if (together === apart) {
        out.push(row);
        continue;
      }
      if (together) lines = joined;
    }
    const count = cellCount(lines);
    if (end === i + 1 || count > heads || mayGoOn(lines)) {
      out.push(row);
      continue;
    }
    out.push({ ...row, cells: [label, ...lines.flatMap((l) => l.cells)] });
    i = end - 1;
  }
  return out;
}

export function joinFundFigureLines(input: readonly Row[]): Row[] {
  const rows = withFiguresAfterLabelRow(input);
  const out: Row[] = [];
  let heads = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    heads = fundHeads(row) || heads;
    if (row.cells.length !== 1 || !FUND_ROW_LABELS.has(labelKey(row.cells[0]!.text))) {
      out.push(row);
      continue;
    }
    // The lines of figures after the label; those of several figures taken only where no figure may
    // be broken across the lines, else the lines of one figure each that open the run.
    let end = i + 1;
    while (end < rows.length && isFigureLine(rows[end]!)) end++;
    const lines = rows.slice(i + 1, end);
    // A rate's sign alone on the line below its digits (96 / %) is one of the row's pieces where the
    // count settles the breaks with it; else the run ends before it, as it did.
    let signEnd = end;
    while (signEnd < rows.length && (isFigureLine(rows[signEnd]!) || (isSignLine(rows[signEnd]!) && isFigureLine(rows[signEnd - 1]!)))) signEnd++;
    const withSign = signEnd > end ? countSettledLines(rows.slice(i + 1, signEnd), heads) : null;
    const settled = withSign ?? countSettledLines(lines, heads) ?? dashSettledLines(lines, out);
    if (settled) {
      out.push({ ...row, cells: [...row.cells, ...settled.flatMap((r) => r.cells)] });
      i = (withSign ? signEnd : end) - 1;
      continue;
    }
    if (lines.some((l) => l.cells.length > 1) && mayGoOn(lines)) {
      end = i + 1;
      while (end < rows.length && rows[end]!.cells.length === 1 && isFigureLine(rows[end]!)) end++;
    }
    if (end - (i + 1) < MIN_FIGURES) {
      out.push(row);
      continue;
    }
    out.push({ ...row, cells: [...row.cells, ...rows.slice(i + 1, end).flatMap((r) => r.cells)] });
    i = end - 1;
  }
  return out;
}

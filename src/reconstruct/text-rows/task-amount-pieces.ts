import type { Cell, Row } from "../../layout/grid.js";
import { labelKey, matchSpelling } from "../../template/labels.js";
import { taskColumns } from "../../template/project.js";

/**
 * A task's amounts a converter drew one a line after its row, one of them broken at its narrow
 * column's width (`pdftotext -raw`: `科技创新券补助 举办青少年科技创新大赛 226.79` / `226.7` / `9` /
 * `0`: 226.79 226.79 0). Read by lines each figure is a task of its own. Under a task head whose
 * amount heads are 总额, 财政拨款 and 其他资金, a task row followed by lines of one figure each takes
 * them as its amounts where they are one more than the heads and exactly one join of two
 * neighbouring pieces (a figure and the digits after it) makes 总额 the sum of the other two; any
 * other count, or no single such join, is left as read.
 */

const FIGURE = /^\d[\d,]*(?:\.\d+)?$/;
const DIGITS = /^\d+$/;
const text = (c: Cell) => c.text.trim();
const cents = (s: string) => Math.round(Number(s.replace(/,/g, "")) * 100);

/** Are the head's amount columns total, fiscal and other, in that order? */
function threeAmountHeads(row: Row): boolean {
  const keys = row.cells.map((c) => matchSpelling(labelKey(text(c)), taskColumns));
  if (keys.some((k) => k === null)) return false;
  const amounts = keys.filter((k) => k === "fiscal" || k === "other" || k === "total");
  return amounts.join(",").endsWith("total,fiscal,other");
}

export function joinTaskAmountPieces(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  let inTasks = false;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (threeAmountHeads(row)) inTasks = true;
    out.push(row);
    if (!inTasks) continue;
    const t = row.cells.map(text);
    const first = t.findIndex((s) => FIGURE.test(s));
    if (first < 1 || !t.slice(first).every((s) => FIGURE.test(s))) continue;
    let end = i + 1;
    while (rows[end] && rows[end]!.cells.length === 1 && FIGURE.test(text(rows[end]!.cells[0]!))) end++;
    if (end === i + 1) continue;
    const cells = [...row.cells.slice(first), ...rows.slice(i + 1, end).map((r) => r.cells[0]!)];
    if (cells.length !== 4) continue;
    const joins = [0, 1, 2].filter((k) => {
      const a = text(cells[k]!);
      const b = text(cells[k + 1]!);
      if (!DIGITS.test(b) || !/\.\d*$/.test(a) && !DIGITS.test(a)) return false;
      const amounts = [...cells.slice(0, k).map(text), a + b, ...cells.slice(k + 2).map(text)];
      return FIGURE.test(a + b) && cents(amounts[0]!) === cents(amounts[1]!) + cents(amounts[2]!);
    });
    if (joins.length !== 1) continue;
    const k = joins[0]!;
    const joined: Cell = { ...cells[k]!, text: text(cells[k]!) + text(cells[k + 1]!), parts: [cells[k]!.source, cells[k + 1]!.source] };
    out[out.length - 1] = { ...row, cells: [...row.cells.slice(0, first), ...cells.slice(0, k), joined, ...cells.slice(k + 2)] };
    i = end - 1;
  }
  return out;
}

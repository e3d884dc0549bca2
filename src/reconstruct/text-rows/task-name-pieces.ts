import type { Cell, Row } from "../../layout/grid.js";
import { charWidth } from "../../extract/text/display-width.js";
import { labelKey, matchSpelling } from "../../template/labels.js";
import { taskColumns } from "../../template/project.js";

/**
 * The first task's name a converter wrapped in its narrow column and drew before the rest of its
 * row (`pdftotext -raw`: head, then `青少年科技创新大` / `赛` / `发放科技创新券 85 85`). Read by
 * lines each piece is a task of its own and the row lacks its name. Right after the task table's
 * head (a line naming 任务名称 and 主要内容), lines of one cell that make one wrapped cell (two
 * lines or more, none wider than the first, the last shorter) before a row of one text cell and
 * its amounts are that row's name: nothing but the name can stand between the head and the row.
 * After a task row the lines may be its content's wrap, so they are left as read there.
 */

const AMOUNT = /^(?:\d[\d,]*(?:\.\d+)?|[—–-]+)$/;
const SLACK = 2;
const text = (c: Cell) => c.text.trim();
const width = (s: string) => [...s].reduce((w, ch) => w + charWidth(ch), 0);

/** A head line naming the task's name and content columns. */
function namesTextColumns(row: Row): boolean {
  const keys = row.cells.map((c) => matchSpelling(labelKey(text(c)), taskColumns));
  return keys.every((k) => k !== null) && keys.includes("name") && keys.includes("content");
}

const isPiece = (row: Row | undefined) => !!row && row.cells.length === 1 && text(row.cells[0]!) !== "" && !AMOUNT.test(text(row.cells[0]!)) && matchSpelling(labelKey(text(row.cells[0]!)), taskColumns) === null;

/** A row of one text cell, then its amounts. */
function contentAndAmounts(row: Row | undefined): boolean {
  if (!row || row.cells.length < 2) return false;
  const t = row.cells.map(text);
  return !AMOUNT.test(t[0]!) && t.slice(1).every((s) => AMOUNT.test(s));
}

/** A whole task row on its line: its name, its content, then its amounts. */
function fullTaskRow(row: Row | undefined): boolean {
  if (!row || row.cells.length < 3) return false;
  const t = row.cells.map(text);
  return !AMOUNT.test(t[0]!) && !AMOUNT.test(t[1]!) && t.slice(2).every((s) => AMOUNT.test(s));
}

/** Do the lines make one wrapped cell: none wider than the first, all but the last as wide, the last shorter? */
function wrappedCell(lines: readonly string[]): boolean {
  const first = lines.length > 0 ? width(lines[0]!) : 0;
  return lines.length >= 2 && lines.every((l) => width(l) <= first) && lines.slice(0, -1).every((l) => width(l) >= first - SLACK) && width(lines[lines.length - 1]!) < first - SLACK;
}

/**
 * A later task's name wrapped so (`科技成果转化服务` / `平台` / `建设科普资源平台 185 185 0`, or its last
 * piece opening the row: `农业技术推广服` / `务 完善农田水利设施 508.00 508.00 0.00`), after a whole task
 * row (its name, content and amounts on its line, so its cells ended there): the pieces and the row
 * make one wrapped cell and the row, with the name, is a whole task row. The row joined, and how
 * many rows it took; null where the lines are no such name.
 */
function laterTaskName(rows: readonly Row[], at: number): { row: Row; took: number } | null {
  let end = at;
  while (isPiece(rows[end])) end++;
  const next = rows[end];
  if (end === at || !next) return null;
  const pieces = rows.slice(at, end).map((r) => r.cells[0]!);
  const lines = pieces.map(text);
  if (contentAndAmounts(next) && wrappedCell(lines)) {
    return { row: { ...next, cells: [{ ...pieces[0]!, text: lines.join(""), parts: pieces.map((c) => c.source) }, ...next.cells] }, took: end - at + 1 };
  }
  if (fullTaskRow(next) && wrappedCell([...lines, text(next.cells[0]!)])) {
    const tail = next.cells[0]!;
    const name: Cell = { ...pieces[0]!, text: lines.join("") + text(tail), parts: [...pieces.map((c) => c.source), tail.source] };
    return { row: { ...next, cells: [name, ...next.cells.slice(1)] }, took: end - at + 1 };
  }
  return null;
}

export function joinTaskNamePieces(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  // Under the task table's head, its rows so far whole task rows: where a later task's name is looked for.
  let inTasks = false;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    // (After a whole task row: a later task's wrapped name, laterTaskName.)
    const last = out[out.length - 1];
    inTasks = inTasks && !!last && (fullTaskRow(last) || last.cells.every((c) => matchSpelling(labelKey(text(c)), taskColumns) !== null));
    const later = inTasks ? laterTaskName(rows, i) : null;
    if (later) {
      out.push(later.row);
      i += later.took - 1;
      continue;
    }
    out.push(row);
    if (!namesTextColumns(row)) continue;
    inTasks = true;
    // the sub-heads' line (总额 财政拨款 其他资金) may come between
    let at = i + 1;
    const under = rows[at];
    if (under && under.cells.every((c) => matchSpelling(labelKey(text(c)), taskColumns) !== null)) {
      out.push(under);
      at++;
    }
    let end = at;
    while (isPiece(rows[end])) end++;
    const lines = rows.slice(at, end).map((r) => text(r.cells[0]!));
    const first = lines.length > 0 ? width(lines[0]!) : 0;
    const wrapped = lines.length >= 2 && lines.every((l) => width(l) <= first) && lines.slice(0, -1).every((l) => width(l) >= first - SLACK) && width(lines[lines.length - 1]!) < first - SLACK;
    if (!wrapped || !contentAndAmounts(rows[end])) {
      i = at - 1;
      continue;
    }
    const pieces = rows.slice(at, end).map((r) => r.cells[0]!);
    const name: Cell = { ...pieces[0]!, text: lines.join(""), parts: pieces.map((c) => c.source) };
    out.push({ ...rows[end]!, cells: [name, ...rows[end]!.cells] });
    i = end;
  }
  return out;
}

import type { Cell, Grid, Row } from "../../layout/grid.js";
import type { TableWords } from "../extraction.js";
import { patternKey } from "../../normalise/fold-width.js";

/** How far a quoted spreadsheet cell may run over line ends before the quote is taken as literal. */
const MAX_QUOTED_LINES = 30;

/**
 * Shape 1: one line per table row, cells separated by tabs, with spreadsheet quoting
 * (a cell wrapped in "…" may hold line breaks). A blank line is where a page ended.
 */
export function readTabDelimited(text: string): Grid {
  const lines = text.split("\n");
  const rows: Row[] = [];
  let pageBreak = false;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === "") {
      if (rows.length > 0) pageBreak = true;
      i++;
      continue;
    }
    const { cells, consumed } = splitTabRow(lines, i);
    const row: Row = { cells, boundaries: "exact" };
    if (pageBreak) row.pageBreakBefore = true;
    pageBreak = false;
    rows.push(row);
    i += consumed;
  }
  return { rows, rowsKnown: true, pages: null };
}

function splitTabRow(lines: string[], start: number): { cells: Cell[]; consumed: number } {
  const cells: Cell[] = [];
  let lineIdx = start;
  let parts = lines[lineIdx]!.split("\t");
  let col = 0;
  let p = 0;
  // Cells of one line share one (never modified) source: one object per line, not per cell.
  let lineSource = { line: lineIdx + 1 };
  while (p < parts.length) {
    const part = parts[p]!;
    const cellLine = lineIdx + 1;
    if (lineSource.line !== cellLine) lineSource = { line: cellLine };
    if (part.startsWith('"') && !closesQuote(part)) {
      // A quoted cell that continues on the next lines: find the line where the quote closes.
      const found = findQuoteEnd(lines, lineIdx, parts.slice(p).join("\t"));
      if (found) {
        cells.push({ text: found.text, col, source: { line: cellLine } });
        col++;
        lineIdx = found.endLine;
        parts = found.rest === null ? [] : found.rest.split("\t");
        p = 0;
        continue;
      }
    }
    cells.push({ text: part, col, source: lineSource });
    col++;
    p++;
  }
  return { cells, consumed: lineIdx - start + 1 };
}

/** Whether a cell that starts with a quote also ends it (an even run of quotes closes it). */
function closesQuote(part: string): boolean {
  if (part.length < 2 || !part.endsWith('"')) return false;
  let n = 0;
  for (let k = part.length - 1; k >= 1 && part[k] === '"'; k--) n++;
  return n % 2 === 1;
}

function findQuoteEnd(
  lines: string[],
  lineIdx: number,
  firstRest: string,
): { text: string; endLine: number; rest: string | null } | null {
  let acc = firstRest;
  for (let j = lineIdx + 1; j < lines.length && j <= lineIdx + MAX_QUOTED_LINES; j++) {
    const next = lines[j]!;
    // A quote followed by a tab or the line end closes the cell, unless it is a doubled quote.
    let idx = -1;
    const re = /"(\t|$)/g;
    let mm: RegExpExecArray | null;
    while ((mm = re.exec(next))) {
      let q = 0;
      for (let k = mm.index; k >= 0 && next[k] === '"'; k--) q++;
      if (q % 2 === 1) {
        idx = mm.index;
        break;
      }
      if (mm[1] === "") break;
    }
    if (idx >= 0) {
      const text = acc + "\n" + next.slice(0, idx + 1);
      const after = next.slice(idx + 1);
      return { text, endLine: j, rest: after.startsWith("\t") ? after.slice(1) : null };
    }
    acc += "\n" + next;
  }
  return null;
}

const MD_RULE = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** A line of pipes and spaces only: the empty cells some pages print between rows. */
const PIPES_ONLY = { test: (l: string) => l.includes("|") && /^[\s|]+$/.test(l) };

/**
 * Shape 1 as pipe tables: Markdown's `| a | b |` rows with a `|---|` rule under the header, and
 * the looser tables web pages flatten to — rows `a | b | c | |||` without a leading pipe, lines
 * of pipes alone between them, and a row whose cell held a line break continued on a line that
 * starts with a pipe. A line without a pipe is a row of one cell (a title, a page's own text).
 * A blank line between tables is where a page ended.
 */
export function readMarkdownTable(text: string, words?: TableWords): Grid {
  const lines = text.split("\n");
  const content = lines.filter((l) => l.includes("|") && !PIPES_ONLY.test(l) && !MD_RULE.test(l.trim()));
  // Markdown proper starts every row with a pipe; the loose tables start only continuations with one.
  const closed = pipesCloseCells(content);
  // (Where a pipe closes every cell, a line opening with one is a row of its own: not loose.)
  const loose = !closed && content.filter((l) => l.trimStart().startsWith("|")).length < content.length / 2;
  // A loose table whose header begins with a numbering column's head (序号: words.numberHeads)
  // numbers its rows: a line that does not begin with the next number is the rest of the row
  // above, cut where a cell held a line break (header cells `一级 指标 |` / `二级 指标 |`, a score
  // alone on the line after its row), while that row is narrower than the widest line.
  // (So does a table whose every cell a pipe closes, `序号 | 一级 指标 |` / `二级 指标 |`, as a page
  // with another table of that kind above it is told.)
  const numbers = loose || closed;
  const split = closed ? splitClosedCells : splitPipes;
  const width = numbers ? Math.max(0, ...content.map((l) => split(l.trim()).length)) : 0;
  const numberHeads = words?.numberHeads ?? [];
  let nextNumber = 0;
  let carry: Row | null = null;
  const rows: Row[] = [];
  let pageBreak = false;
  let open: Row | null = null;
  lines.forEach((line, idx) => {
    const t = line.trim();
    if (t === "") {
      if (rows.length > 0) pageBreak = true;
      open = null;
      carry = null;
      nextNumber = 0;
      return;
    }
    if (MD_RULE.test(t)) return;
    if (PIPES_ONLY.test(t)) {
      open = null;
      return;
    }
    const cellsText = t.includes("|") ? split(t) : [t];
    // (Compared on the simplified, folded key: 序號 and １ number rows as 序号 and 1 do.)
    const first = patternKey(cellsText[0] ?? "");
    if (numbers && nextNumber > 0 && first === String(nextNumber)) nextNumber++;
    // (Where pipes close the cells, a line with none is no rest of a row: a title or the page's text.)
    else if (carry && !t.startsWith("|") && carry.cells.length < width && (loose || t.includes("|"))) {
      const row: Row = carry;
      const at = row.cells.length;
      row.cells.push(...cellsText.map((c, k) => ({ text: c.replace(/\\\|/g, "|"), col: at + k, source: { line: idx + 1 } })));
      open = t.includes("|") ? row : null;
      return;
    }
    if (numbers && numberHeads.includes(first)) nextNumber = 1;
    if (loose && open && t.startsWith("|")) {
      // The rest of a row whose cell held a line break.
      const row: Row = open;
      const at = row.cells.length;
      row.cells.push(...cellsText.map((c, k) => ({ text: c.replace(/\\\|/g, "|"), col: at + k, source: { line: idx + 1 } })));
      return;
    }
    const cells: Cell[] = cellsText.map((c, col) => ({ text: c.replace(/\\\|/g, "|"), col, source: { line: idx + 1 } }));
    const row: Row = { cells, boundaries: "exact" };
    if (pageBreak) row.pageBreakBefore = true;
    pageBreak = false;
    rows.push(row);
    open = loose && t.includes("|") ? row : null;
    carry = nextNumber > 0 ? row : null;
  });
  return { rows, rowsKnown: true, pages: null };
}

/**
 * Tables where a pipe closes every cell (`a | b | c |`, as some image-to-text converters write
 * them): a row does not open with a pipe, so one that does opens with an empty cell, the merged
 * 一级 or 二级 left blank (`| | c |`, `| b | c |`). Told by the rows themselves: every line ends with
 * a pipe, and each line that opens with one has, counting that empty cell, as many cells as the
 * row above that opens with text, a width two or more such rows share (stripped as Markdown's
 * leading pipe, it would be one short). A loose table's continuation line (`| 好坏 | 5 | 5 |`
 * after a row cut at a line break) matches only its own row's width, which no other row shares.
 */
export function pipesCloseCells(content: readonly string[]): boolean {
  const textLedWidths = new Map<number, number>();
  const pipeLed: number[] = [];
  let widthAbove = 0;
  for (const [i, raw] of content.entries()) {
    const t = raw.trim();
    if (!t.endsWith("|") || t.endsWith("\\|")) {
      // (The last line may be a row the excerpt cut.)
      if (i === content.length - 1 && !t.startsWith("|")) break;
      return false;
    }
    const cells = splitClosedCells(t).length;
    if (!t.startsWith("|")) {
      textLedWidths.set(cells, (textLedWidths.get(cells) ?? 0) + 1);
      widthAbove = cells;
    } else {
      if (cells !== widthAbove) return false;
      pipeLed.push(cells);
    }
  }
  return pipeLed.length > 0 && pipeLed.every((w) => (textLedWidths.get(w) ?? 0) >= 2);
}

function splitClosedCells(t: string): string[] {
  return t.slice(0, -1).split(/(?<!\\)\|/).map((c) => c.trim());
}

function splitPipes(t: string): string[] {
  let s = t;
  if (s.startsWith("|")) s = s.slice(1);
  if (s.endsWith("|") && !s.endsWith("\\|")) s = s.slice(0, -1);
  return s.split(/(?<!\\)\|/).map((c) => c.trim());
}

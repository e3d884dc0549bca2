/**
 * A table printed over two pages side by side (a wide sheet, columns on the next page) →
 * one table. Spreadsheets print a page's rows again on the next page at the same heights, so the
 * next page's table continues this one across when its rows sit where this one's rows sit; its
 * cells join the rows they share a centre with. Repeated print titles are dropped: title lines
 * printed again at the same place, and leading columns that repeat the row labels.
 */
import type { Table, TableCell } from "./cells.js";
import type { PageLayout } from "./find-tables.js";
import type { TextRun } from "./geometry.js";
import type { LayoutSettings } from "./settings.js";
import { runsBBox, runsToCellText } from "./text.js";

type AcrossSettings = Pick<LayoutSettings, "acrossRowTolerance" | "acrossMinRowShare" | "lineOverlap" | "wordGapEm">;

/** Row bands of a table: each row's extent from the cells that start in it and span one row. */
export function rowBands(t: Table): { row: number; top: number; bottom: number }[] {
  const bands = new Map<number, { top: number; bottom: number }>();
  for (const c of t.cells) {
    if (c.rowSpan !== 1) continue;
    const b = bands.get(c.row);
    if (b) {
      b.top = Math.min(b.top, c.bbox[1]);
      b.bottom = Math.max(b.bottom, c.bbox[3]);
    } else bands.set(c.row, { top: c.bbox[1], bottom: c.bbox[3] });
  }
  return [...bands.entries()].map(([row, b]) => ({ row, ...b })).sort((a, b) => a.row - b.row);
}

/** For each row of `next`, the row of `prev` it is printed beside (same centre), or -1. */
export function matchRows(prev: Table, next: Table, s: AcrossSettings): Map<number, number> {
  const pb = rowBands(prev);
  const out = new Map<number, number>();
  for (const b of rowBands(next)) {
    const c = (b.top + b.bottom) / 2;
    let best = -1;
    let d = Infinity;
    for (const p of pb) {
      const e = Math.abs((p.top + p.bottom) / 2 - c);
      // Lattice bands are the ruled cells: equal rows share their lines, not only their centres.
      if (e < d && (e <= s.acrossRowTolerance || (c > p.top && c < p.bottom && Math.abs(p.top - b.top) <= s.acrossRowTolerance))) {
        d = e;
        best = p.row;
      }
    }
    out.set(b.row, best);
  }
  return out;
}

/** True when `next` (on the following page) continues `prev` across: most of its rows beside prev's. */
export function continuesAcross(prev: Table, next: Table, s: AcrossSettings): boolean {
  if (next.page !== prev.page + 1) return false;
  const m = matchRows(prev, next, s);
  if (m.size < 2) return false;
  const hits = [...m.values()].filter((r) => r >= 0).length;
  // Both ways: a continuation down the next page may start level with the previous page's title
  // rows, but it does not sit beside most of its rows.
  const partners = new Set([...m.values()].filter((r) => r >= 0)).size;
  return hits / m.size >= s.acrossMinRowShare && partners / rowBands(prev).length >= s.acrossMinRowShare;
}

/** Leading columns of `next` whose text repeats `prev`'s first columns row by row (print-title columns). */
function repeatedColumns(prev: Table, next: Table): number {
  let k = 0;
  for (;;) {
    const cells = next.cells.filter((c) => c.col === k && c.text.trim() !== "");
    if (cells.length === 0) return k;
    // By text, not row: a label merged down the column is placed by its own centre on each page.
    const texts = new Set(prev.cells.filter((p) => p.col === k).map((p) => p.text));
    const same = cells.filter((c) => texts.has(c.text)).length;
    if (same / cells.length < 0.6) return k;
    k++;
  }
}

/** Appends the cells of `next` to `prev`, right of its columns, in the rows they are printed beside. */
export function joinAcross(prev: Table, next: Table, s: AcrossSettings): void {
  const rows = matchRows(prev, next, s);
  const skip = repeatedColumns(prev, next);
  const shift = prev.cols - skip;
  const dx = prev.bbox[2] - next.bbox[0];
  const own = [...prev.cells];
  // The suite prints a merged cell that the page edge cuts on both pages, at the same place
  // (总分 over columns of both), as it prints the print-title rows and columns: such runs are
  // this page's already.
  const tol = s.acrossRowTolerance;
  const prevRuns = own.flatMap((c) => c.runs);
  const printedBefore = (r: TextRun) => prevRuns.some((p) => p.str === r.str && Math.abs(p.bbox[0] - r.bbox[0]) <= tol && Math.abs(p.bbox[1] - r.bbox[1]) <= tol);
  for (const c0 of next.cells) {
    if (c0.col < skip) continue;
    const row = rows.get(c0.row);
    if (row === undefined || row < 0) continue;
    let c = c0;
    const kept = c.runs.filter((r) => !printedBefore(r));
    if (c.runs.length > 0 && kept.length === 0) continue;
    if (kept.length < c.runs.length) c = { ...c, runs: kept, text: runsToCellText(kept, s), bbox: runsBBox(kept) };
    // A print title repeated, or a centred title's end cut onto this page: words already in the
    // row. A title is one line; a cell of several lines is a value, which a form may well print
    // twice in one row (the goals as expected and as achieved, word for word).
    const t = c.text.replace(/\s+/g, "");
    if (t.length >= 4 && oneLine(c.runs) && /\p{Script=Han}/u.test(t) && own.some((p) => p.row === row && p.text.replace(/\s+/g, "").includes(t))) continue;
    const cell: TableCell = { ...c, row, col: c.col + shift, page: next.page };
    prev.cells.push(cell);
  }
  prev.cols = Math.max(prev.cols, ...prev.cells.map((c) => c.col + c.colSpan));
  // Column lines for the new columns (stitching maps columns through them), shifted to follow on.
  const extra = next.xs.slice(skip + 1).map((x) => x + dx);
  prev.xs = [...prev.xs, ...extra];
  while (prev.xs.length < prev.cols + 1) prev.xs.push(prev.xs[prev.xs.length - 1]! + 1);
  prev.cells.sort((a, b) => a.row - b.row || a.col - b.col);
}

/** True when the runs lie on one line (each overlaps the first one vertically). */
function oneLine(runs: readonly TextRun[]): boolean {
  const first = runs[0];
  if (!first) return true;
  const mid = (first.bbox[1] + first.bbox[3]) / 2;
  return runs.every((r) => r.bbox[1] < mid && r.bbox[3] > mid);
}

/**
 * Joins every table continued across onto the next page into the table it continues, and drops
 * the lines that repeat the previous page's lines at the same place (print titles).
 */
export function joinPagesAcross(layouts: PageLayout[], s: AcrossSettings): void {
  for (let i = 0; i + 1 < layouts.length; i++) {
    const a = layouts[i]!;
    const b = layouts[i + 1]!;
    if (Math.abs(a.width - b.width) > 1 || Math.abs(a.height - b.height) > 1) continue;
    const prev = a.tables[a.tables.length - 1];
    const next = b.tables[0];
    if (!prev || !next || !continuesAcross(prev, next, s)) continue;
    joinAcross(prev, next, s);
    b.tables = b.tables.slice(1);
    // The title rows may be lines on one page and cells of the table on the other (a merged
    // title cell of the sheet, ruled on the first page only): either repeats at the same height.
    const titleCells = a.tables.flatMap((t) => t.cells).filter((c) => c.text.trim() !== "");
    b.outside = b.outside.filter(
      (l) =>
        !a.outside.some((o) => Math.abs(o.bbox[1] - l.bbox[1]) <= s.acrossRowTolerance && samePrintTitle(o, l)) &&
        !titleCells.some((c) => {
          const mid = (l.bbox[1] + l.bbox[3]) / 2;
          return mid > c.bbox[1] && mid < c.bbox[3] && samePrintTitle({ runs: [{ str: c.text }] }, l, MIN_TITLE_CELL_TEXT);
        }),
    );
  }
}

function samePrintTitle(a: { runs: { str: string }[] }, b: { runs: { str: string }[] }, minLength = 1): boolean {
  const ta = a.runs.map((r) => r.str).join("").replace(/\s+/g, "");
  const tb = b.runs.map((r) => r.str).join("").replace(/\s+/g, "");
  if (Math.min(ta.length, tb.length) < minLength) return false;
  // A centred title cut by the page edge leaves its end on the next page (`支出项目绩效自评表`).
  return tb.length > 0 && (ta.includes(tb) || tb.includes(ta));
}

/** Against a cell's text (a tall cell spans many lines' heights): only words, not a number or two characters. */
const MIN_TITLE_CELL_TEXT = 4;

/**
 * Merged names printed in the middle of the rows they span (text laid out with spaces).
 *
 * A form's merged 一级/二级 cell prints its name centred in its span: on the middle line of the
 * rows it covers, often a line that holds only the wrapped lines of those rows' long cells
 * (`数量指标` beside a target's last line `按计划完成`). Read as a row of its own, or put in the row
 * its line falls in, the name is lost to the rows above it (the reader carries a merged name down,
 * never up). Here such a name makes no row's centre; it goes to the first row of the run of rows
 * it is centred on, where the reader carries it down the rest. Only where the text stands is asked
 * (a short text alone in its column on lines holding no one-line cell), nothing about the form.
 */
import type { SpacedPiece } from "./spaced-rows.js";

type Chain = SpacedPiece[];

/** A name: Chinese text of two characters or more, no figure, no bracket. */
const NAME_TEXT = /^[\u4e00-\u9fff]{2,}$/;
/** The widest line of a merged name (a 一级 or 二级 name, maybe broken over lines). */
const NAME_LINE_WIDTH = 8;
/** The longest merged name, over all its lines (`服务对象满意度指标`); longer, a chain holds two names stacked. */
const NAME_LENGTH = 9;
/** Most names on one line: a table's label, a 一级 and a 二级 name side by side; more are a head row. */
const NAMES_SIDE_BY_SIDE = 2;
/** Widest gap after a broken name's first line to the next cell on its line: its line filled a narrow column. */
const FILLED_GAP = 4;
/** Most lines a merged name is broken over. */
const NAME_LINES = 3;
/** Half lines a run of rows' centre may stand off the name's centre (pdftotext rounds a centred line down or up). */
const CENTRE_SLACK = 1;

const overlaps = (a: { x0: number; x1: number }, b: { x0: number; x1: number }) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
const centre2 = (c: Chain) => c[0]!.line + c[c.length - 1]!.line;
const columnOf = (c: Chain) => ({ x0: Math.min(...c.map((p) => p.x0)), x1: Math.max(...c.map((p) => p.x1)) });

/**
 * Chains that may be a merged name printed mid-span: a name whose every line is short and whose
 * lines hold no one-line cell but other such names (only wrapped cells' lines: no row is centred
 * there), nothing left of it on those lines and the lines next to them but such names, at most two
 * names a line, and something beside it.
 */
export function midSpanNameCandidates(chains: readonly Chain[]): { names: Set<Chain>; alone: Set<Chain> } {
  const named = chains.filter((c) => c.length <= NAME_LINES && [...c.map((p) => p.text).join("")].length <= NAME_LENGTH && NAME_TEXT.test(c.map((p) => p.text).join("")) && c.every((p) => p.x1 - p.x0 <= NAME_LINE_WIDTH && !p.text.includes(" ")));
  const names = new Set(named);
  const onLine = new Map<number, { p: SpacedPiece; c: Chain }[]>();
  for (const c of chains)
    for (const p of c) {
      const l = onLine.get(p.line);
      if (l) l.push({ p, c });
      else onLine.set(p.line, [{ p, c }]);
    }
  const out = new Set<Chain>();
  const alone = new Set<Chain>();
  for (const c of named) {
    const ok = c.every(
      (mine) =>
        (onLine.get(mine.line) ?? []).every(({ p, c: other }) => other === c || names.has(other) || (other.length > 1 && p.x0 >= mine.x1)) &&
        // A name column stands left of the rows' cells: on the lines next to it too, only names stand left of it (a wrapped deviation's lines do not).
        [mine.line - 1, mine.line + 1].every((l) => (onLine.get(l) ?? []).every(({ p, c: other }) => other === c || names.has(other) || p.x0 >= mine.x1)) &&
        // A line of names only is a head row (一级指标 二级指标 三级指标 …), not a 一级 and a 二级 name side by side.
        (onLine.get(mine.line) ?? []).filter(({ c: other }) => names.has(other)).length <= NAMES_SIDE_BY_SIDE,
    );
    // Alone on its lines (nothing beside it, not even another name), it is placed only where the
    // start of its run is certain (midSpanNameRows).
    const beside = c.some((mine) => (onLine.get(mine.line) ?? []).some(({ c: other }) => other !== c));
    if (!ok) continue;
    out.add(c);
    if (!beside) alone.add(c);
  }
  return { names: out, alone };
}

/** A figure alone: an amount, a rate, points. */
const FIGURE = /^[-+]?\d[\d,]*(?:\.\d+)?%?$/;
/** Cells a row of a table's body holds at least (a name, a value, points). */
const TABLE_ROW_CELLS = 3;
/**
 * A row of a table's body: several cells, one a figure alone (the rows a merged name spans hold
 * their points). A head, a goal text's lines, a stray piece a row of its own are none: a run
 * stops there.
 */
const tableRow = (r: PlacedRow) => r.chains.length >= TABLE_ROW_CELLS && r.chains.some((c) => c.some((p) => p.text.split(" ").some((w) => FIGURE.test(w))));

/** A row as the layout placed it: its key (centre, half lines) and the lines its chains cover. */
export interface PlacedRow {
  key: number;
  top: number;
  bottom: number;
  chains: readonly Chain[];
}

/**
 * The row each mid-span name goes to: the first of the run of rows (in its column's stretch) that
 * it is centred on, within a half line. A run holds rows of a table's body only; it stops at a
 * row that holds a cell in the name's column (a row with a name of its own, the table's head) and at another such name's line; the
 * page's last row may reach down to `pageEnd` (the page's last line of text). A name
 * centred on no run is left out (the caller places it as before).
 */
export function midSpanNameRows(names: readonly Chain[], rows: readonly PlacedRow[], pageEnd = -Infinity, alone: ReadonlySet<Chain> = new Set()): Map<Chain, number> {
  const sorted = [...rows].sort((a, b) => a.key - b.key);
  const out = new Map<Chain, number>();
  // Where each name's run ended (row index), for the next name of its column down the page.
  const runEnd = new Map<Chain, number>();
  for (const name of [...names].sort((a, b) => a[0]!.line - b[0]!.line)) {
    const col = columnOf(name);
    const L2 = centre2(name);
    const others = names.filter((n) => n !== name && overlaps(columnOf(n), col) > 0);
    const lines = new Set(others.flatMap((n) => n.map((p) => p.line)));
    const blocked = (r: PlacedRow) =>
      !tableRow(r) || r.chains.some((c) => !names.includes(c) && overlaps(columnOf(c), col) > 0) || [...lines].some((l) => l >= r.top && l <= r.bottom);
    // A run starts right after the last row above the name that holds a cell of its column, or
    // after the run of the name above it in its column: spans follow one another. With neither on
    // the page (a span going on from the page before), it may start anywhere.
    let first = -1;
    // Whether the run starts under a row of the table holding a name of its own in the column.
    let loose = false;
    for (let i = 0; i < sorted.length && 2 * sorted[i]!.bottom < L2; i++)
      if (blocked(sorted[i]!)) {
        first = i + 1;
        loose = tableRow(sorted[i]!);
      }
    for (const n of others)
      if (n[0]!.line < name[0]!.line && runEnd.has(n) && runEnd.get(n)! + 1 >= first) {
        first = runEnd.get(n)! + 1;
        loose = false;
      }
    // A name alone on its lines under a row with a name of its own: that name may span rows under
    // its row too, so where this one's run starts is not known; it stays a row of its own.
    if (loose && alone.has(name)) continue;
    // A name on the first line of a row's wrapped cell may head the run that row starts (printed
    // at its span's top): where that run holds two rows or more, a run ending at that row is no
    // reading of it; where it holds that row alone, the name is centred on a run above (the row's
    // wrapped cell only starts on the name's line).
    const home = sorted.findIndex((r) => r.top === name[0]!.line && r.bottom > r.top);
    // Printed at its span's top, the name spans that row and the rows under it down to the next
    // row with a cell of its column: a reading only where a second row follows unblocked (a span of
    // one row, the name would be centred on that row; on its first line, it is centred on a run above).
    const topSpan = home >= Math.max(first, 0) && home + 1 < sorted.length && !blocked(sorted[home]!) && !blocked(sorted[home + 1]!);
    let best: { err: number; size: number; s: number; e: number } | null = null;
    // (Anywhere: the run centred on it, which may start below the page's first rows, theirs the span
    // from the page before; tried only from the first row, such a name was lost, `成本指标` under
    // rows of 时效指标 carried over at a second page's head.)
    for (let s = Math.max(first, 0); s < sorted.length && (first < 0 || s === first); s++) {
      if (blocked(sorted[s]!) || 2 * sorted[s]!.top > L2) continue;
      for (let e = s; e < sorted.length && !blocked(sorted[e]!); e++) {
        if (2 * sorted[e]!.bottom < L2 || (e === home && topSpan)) continue;
        // The page's last row may end where the page's text does: a merged cell running on to the next page is centred on its part down to the page's foot.
        const bottoms = e === sorted.length - 1 ? [sorted[e]!.bottom, Math.max(sorted[e]!.bottom, pageEnd)] : [sorted[e]!.bottom];
        const err = Math.min(...bottoms.map((b) => Math.abs(sorted[s]!.top + b - L2)));
        // A run of two rows or more: a name centred on one row is that row's own cell (placed so already).
        if (e > s && err <= CENTRE_SLACK && (!best || err < best.err || (err === best.err && e - s + 1 > best.size))) best = { err, size: e - s + 1, s, e };
      }
    }
    if (best) {
      out.set(name, sorted[best.s]!.key);
      runEnd.set(name, best.e);
    } else if (topSpan) {
      // Centred on no run, on the first line of a row's wrapped cell: printed at the top of its
      // span, which that row starts (a merged cell's name set at its top, `社会效益指标` beside a
      // 三级 name's first line). Made a row of its own there, it cut that row's wrapped cells; in
      // that row, the reader carries it down to the next name of its column.
      out.set(name, sorted[home]!.key);
      runEnd.set(name, home);
    }
  }
  return out;
}

/**
 * A merged name broken over the lines of the rows it spans, each line a row of its own (a tight
 * print: `质量指` on the first row's line, `标` on the next). Cut on those rows, its pieces are no
 * name; kept whole, it goes to the first row (the reader carries it down). Its lines wrap at the
 * column's width, so its last line is narrower than its first (two whole names in consecutive
 * rows, `数量指标` over `质量指标`, are as wide); its lines follow one another; nothing stands left
 * of it on its lines and the lines around them.
 */
export function namesBrokenOverRows(chains: readonly Chain[], rows: readonly number[]): Map<Chain, number> {
  const rowLines = new Set(rows.filter((r) => r % 2 === 0).map((r) => r / 2));
  const out = new Map<Chain, number>();
  for (const chain of chains)
    for (let k = 0; k + 1 < chain.length; k++) {
      // The name may be the chain's lower lines: a one-line name in the row above chained onto it (`甲类指标` / `乙类指` / `标`).
      const c = chain.slice(k);
      if (brokenName(c, chain, chains, rowLines)) {
        out.set(chain, k);
        break;
      }
    }
  return out;
}

function brokenName(c: Chain, whole: Chain, chains: readonly Chain[], rowLines: ReadonlySet<number>): boolean {
  if (c.length < 2 || c.length > NAME_LINES) return false;
  const text = c.map((p) => p.text).join("");
  if (!NAME_TEXT.test(text) || [...text].length > NAME_LENGTH || c.some((p) => p.text.includes(" ") || p.x1 - p.x0 > NAME_LINE_WIDTH)) return false;
  const width = (p: SpacedPiece) => p.x1 - p.x0;
  // Wrapped at the column's width: every line but the last as wide as the first, the last narrower.
  if (width(c[c.length - 1]!) >= width(c[0]!) || c.slice(1, -1).some((p) => width(p) !== width(c[0]!))) return false;
  // The first line fills a narrow column: the next cell on its line starts a few columns on (a
  // one-line cell over the next row's, `满意度指标        合计`, stands apart from its row's cells).
  const next = chains.flatMap((o) => o).filter((q) => q.line === c[0]!.line && q.x0 >= c[0]!.x1);
  if (next.length === 0 || Math.min(...next.map((q) => q.x0)) - c[0]!.x1 > FILLED_GAP) return false;
  // On consecutive lines: a cell over one line and the next row's over two lines down are two cells (`读者满意度` / `总分`).
  if (!c.every((p, i) => rowLines.has(p.line) && (i === 0 || p.line === c[i - 1]!.line + 1))) return false;
  // Nothing left of it on its lines, nor on the lines just above and below it (a name column is the table's left; a cell right of it, `社会评价良好` / `总分`, has names left of it around).
  const span = new Set([c[0]!.line - 1, ...c.map((p) => p.line), c[c.length - 1]!.line + 1]);
  const x0 = Math.min(...c.map((p) => p.x0));
  return chains.every((o) => o.every((q) => (o === whole && c.includes(q)) || !span.has(q.line) || q.x1 > x0));
}

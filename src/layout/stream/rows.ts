/**
 * Rows of an unruled region whose columns are known. A cell's wrapped lines are joined by
 * vertical proximity inside one column, never across a column boundary or a horizontal ruling.
 * Office forms centre each cell vertically in its row, so the cells of a row share a vertical
 * centre: centres shared by two or more columns are the rows; a column of lines that runs
 * through several rows without a gap (tall rows of wrapped text) is cut where its pieces centre
 * on those rows; a cell centred between rows is a merged cell, spanning the rows it is centred on.
 */
import type { Edge } from "../edges.js";
import type { LayoutSettings } from "../settings.js";
import { joinLines } from "../text.js";
import type { Fragment } from "./fragments.js";
import { isWholeLabel } from "./headers.js";

/** A fragment with the columns it lies in. */
export interface Placed {
  frag: Fragment;
  col: number;
  colSpan: number;
}

/** The text lines of one cell (one or more fragments a line), top to bottom. */
export interface Block {
  lines: Placed[][];
  col: number;
  colSpan: number;
  top: number;
  bottom: number;
  centre: number;
  em: number;
}

export interface StreamRowCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  block: Block | null;
  /** For an empty cell: its column's x-range is not known here, only the row's extent. */
  top: number;
  bottom: number;
}

export interface RegionRows {
  rows: { top: number; bottom: number; centre: number }[];
  cells: StreamRowCell[];
  /** Blocks as first chained by proximity, before rows cut them (for the debug picture). */
  chains: Block[];
}

/** Cost of a piece of a cut chain that centres on no row, in centre tolerances. */
const UNMATCHED_PIECE_COST = 2;

/** Rounds of cutting chains on the rows the other columns' cut chains make. */
const MAX_CUT_ROUNDS = 3;

/** Cost of each row a merged cell spans, in font sizes, against how far off-centre it sits. */
const SPAN_PENALTY_EM = 0.1;

type RowSettings = Pick<LayoutSettings, "streamLineGapEm" | "streamCentreToleranceEm">;

function block(lines: Placed[][], col: number, colSpan: number): Block {
  const frags = lines.flat().map((p) => p.frag);
  const top = Math.min(...frags.map((f) => f.bbox[1]));
  const bottom = Math.max(...frags.map((f) => f.bbox[3]));
  return { lines, col, colSpan, top, bottom, centre: (top + bottom) / 2, em: Math.min(...frags.map((f) => f.em)) };
}

export function blockText(b: Block): string {
  return joinLines(b.lines.map((l) => [...l].sort((p, q) => p.frag.bbox[0] - q.frag.bbox[0]).map((p) => p.frag.text).join(" ")));
}

/** True when a horizontal ruling runs between y0 and y1 at x. */
function ruledBetween(hEdges: readonly Edge[], x: number, y0: number, y1: number): boolean {
  return hEdges.some((e) => e.pos > y0 - 1 && e.pos < y1 + 1 && e.start <= x && e.end >= x);
}

/**
 * An amount, a rate, a score or a dash: office exports size columns to their numbers, so two
 * such lines stacked in a column are two rows, not one value wrapped.
 */
const WHOLE_VALUE = /^(?:[-—–－]+|[≥≤<>=]?\d{1,3}(?:,\d{3})*(?:\.\d+)?%?|[≥≤<>=]?\d+(?:\.\d+)?%?)$/;
export function wholeValue(text: string): boolean {
  return WHOLE_VALUE.test(text.trim());
}

/**
 * An amount never wraps into a column header: a header the template knows (预算目标) printed
 * right under the last amount of the block above, as close as a cell's own wrapped lines, starts
 * a cell of its own.
 */
function valueThenHeader(above: string, text: string): boolean {
  return wholeValue(above) && isWholeLabel(text);
}

/** Lines of one cell share a font size; a title over a year line does not. */
function sameSize(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.3 * Math.max(a, b);
}

/**
 * Fragments → chains: per column, lines close enough vertically, with no ruling between, and
 * never a header line with a body line (`isHeader`: the fragment belongs to the header row).
 */
export function chainColumns(placed: readonly Placed[], hEdges: readonly Edge[], s: RowSettings, isHeader: (f: Fragment) => boolean = () => false, lineGap = s.streamLineGapEm): Block[] {
  const byCol = new Map<number, Placed[]>();
  for (const p of placed) {
    const list = byCol.get(p.col);
    if (list) list.push(p);
    else byCol.set(p.col, [p]);
  }
  const out: Block[] = [];
  for (const [col, list] of byCol) {
    list.sort((a, b) => a.frag.bbox[1] - b.frag.bbox[1] || a.frag.bbox[0] - b.frag.bbox[0]);
    let lines: Placed[][] = [];
    let bottom = -Infinity;
    let span = 1;
    const flush = () => {
      if (lines.length) out.push(block(lines, col, span));
      lines = [];
      span = 1;
    };
    for (const p of list) {
      const f = p.frag;
      const last = lines[lines.length - 1];
      const x = (f.bbox[0] + f.bbox[2]) / 2;
      if (last && f.bbox[1] < last[0]!.frag.bbox[3] - 0.5 * f.em && f.line === last[0]!.frag.line) {
        last.push(p); // same line, same column
      } else if (last && f.bbox[1] - bottom <= lineGap * f.em && sameSize(f.em, last[0]!.frag.em) && !(wholeValue(f.text) && wholeValue(last.map((q) => q.frag.text).join(""))) && !valueThenHeader(last.map((q) => q.frag.text).join(""), f.text) && !ruledBetween(hEdges, x, bottom, f.bbox[1]) && isHeader(f) === isHeader(last[0]!.frag)) {
        lines.push([p]);
      } else {
        flush();
        lines.push([p]);
      }
      span = Math.max(span, p.colSpan);
      bottom = Math.max(bottom, f.bbox[3]);
    }
    flush();
  }
  return out;
}

/**
 * The gap between wrapped lines of one cell, in font sizes, as this document prints them: a low
 * quantile of the gaps between a fragment and the one right under it in its column (fonts differ:
 * AR PL UMing's lines touch, Noto CJK's stand half an em apart), plus `streamLineGapEm`.
 */
export function typicalLineGap(placed: readonly Placed[], s: RowSettings): number {
  const gaps: number[] = [];
  const byCol = new Map<number, Fragment[]>();
  for (const p of placed) {
    const list = byCol.get(p.col);
    if (list) list.push(p.frag);
    else byCol.set(p.col, [p.frag]);
  }
  for (const list of byCol.values()) {
    list.sort((a, b) => a.bbox[1] - b.bbox[1]);
    for (let i = 0; i + 1 < list.length; i++) {
      const a = list[i]!;
      const b = list[i + 1]!;
      if (b.line === a.line) continue;
      const g = (b.bbox[1] - a.bbox[3]) / a.em;
      if (g >= -0.2 && g <= MAX_LINE_GAP_EM) gaps.push(g);
    }
  }
  if (gaps.length === 0) return s.streamLineGapEm;
  // Gaps between rows are as common as those inside cells where cells are short: the low end is the wrap.
  gaps.sort((a, b) => a - b);
  return Math.max(0, gaps[Math.floor(gaps.length * LINE_GAP_QUANTILE)]!) + s.streamLineGapEm;
}

/** Share of the gaps between stacked lines below which a cell's own line gap lies. */
const LINE_GAP_QUANTILE = 0.15;
/** Wider gaps than this (in font sizes) are never between wrapped lines of one cell. */
const MAX_LINE_GAP_EM = 0.8;

/** Clusters of centres within tolerance; each with the columns that support it. */
function centreClusters(blocks: readonly Block[], s: RowSettings): { centre: number; cols: Set<number>; blocks: Block[] }[] {
  const sorted = [...blocks].sort((a, b) => a.centre - b.centre);
  const out: { centre: number; cols: Set<number>; blocks: Block[] }[] = [];
  for (const b of sorted) {
    const last = out[out.length - 1];
    if (last && b.centre - last.centre <= s.streamCentreToleranceEm * b.em) {
      last.blocks.push(b);
      last.cols.add(b.col);
      last.centre = last.blocks.reduce((a, x) => a + x.centre, 0) / last.blocks.length;
    } else out.push({ centre: b.centre, cols: new Set([b.col]), blocks: [b] });
  }
  return out;
}

/**
 * Cuts a chain into consecutive blocks each centred on one of `centres` (ascending), or returns
 * null when no such cut exists (a merged cell, or a row of its own).
 */
export function cutChain(chain: Block, centres: readonly number[], s: RowSettings): Block[] | null {
  const n = chain.lines.length;
  if (n < 2) return null;
  const tol = s.streamCentreToleranceEm * chain.em;
  const ext = (i: number, j: number) => {
    const fr = chain.lines.slice(i, j).flat().map((p) => p.frag);
    return [Math.min(...fr.map((f) => f.bbox[1])), Math.max(...fr.map((f) => f.bbox[3]))] as const;
  };
  // best[j]: the cut of the first j lines ending on the highest centre index used, or null.
  const best: ({ cuts: number[]; last: number; cost: number; matched: number } | null)[] = new Array(n + 1).fill(null);
  best[0] = { cuts: [0], last: -1, cost: 0, matched: 0 };
  for (let j = 1; j <= n; j++) {
    for (let i = 0; i < j; i++) {
      const prev = best[i];
      if (!prev) continue;
      const [top, bottom] = ext(i, j);
      const c = (top + bottom) / 2;
      let k = -1;
      let d = Infinity;
      centres.forEach((x, idx) => {
        if (idx > prev.last && Math.abs(x - c) <= tol && Math.abs(x - c) < d) {
          d = Math.abs(x - c);
          k = idx;
        }
      });
      // Rows do not overlap: a cell of one row never reaches over another row's centre.
      if (centres.some((x, idx) => idx !== k && x > top + tol && x < bottom - tol)) continue;
      // A piece centred on no row (a merged cell, or a row the other columns left unclear)
      // may stand between matched ones, at a price: one bad row does not keep a column uncut.
      const cost = prev.cost + (k < 0 ? UNMATCHED_PIECE_COST * tol : d);
      const matched = prev.matched + (k < 0 ? 0 : 1);
      if (!best[j] || cost < best[j]!.cost) best[j] = { cuts: [...prev.cuts, j], last: k < 0 ? prev.last : k, cost, matched };
    }
  }
  const done = best[n];
  // Unmatched pieces only beside two matched ones at least: a merged cell of two lines (社会效益 /
  // 指标) whose first line happens to sit on a row is not cut.
  const pieces = done ? done.cuts.length - 1 : 0;
  if (!done || pieces < 2 || done.matched < (done.matched === pieces ? 1 : 2)) return null;
  const out: Block[] = [];
  for (let k = 0; k + 1 < done.cuts.length; k++) out.push(block(chain.lines.slice(done.cuts[k], done.cuts[k + 1]), chain.col, chain.colSpan));
  return out;
}

/**
 * The cells of a column of merged cells tile its rows: each starts where the one above ends. A
 * merged cell centred on rows 2–3 is also centred on rows 1–4; the tiling tells which (a dynamic
 * programme over where each cell starts and ends, each as near its own centre as can be).
 */
export function tileColumn(cells: StreamRowCell[], rows: readonly { top: number; bottom: number }[], penaltyEm: number, openBottom = false, inside: ReadonlySet<number> = new Set()): void {
  const list = cells.filter((c) => c.block).sort((a, b) => a.block!.centre - b.block!.centre);
  const m = list.length;
  const n = rows.length;
  if (m === 0 || n === 0) return;
  // A merged cell in the last row of a table the page break cuts runs on down the next page, and
  // the suite centres its text on the whole of it: its text sits low in the rows of this page.
  // Its span here ends on the last row, anywhere above its text centre.
  const lastOpen = openBottom && list[m - 1]!.block!.bottom >= rows[n - 1]!.top;
  const cost = (k: number, a: number, e: number) => {
    const b = list[k]!.block!;
    if (rows[a]!.top > b.top + 0.5 * b.em || rows[e]!.bottom < b.bottom - 0.5 * b.em) return Infinity;
    if (inside.has(a) || inside.has(e + 1)) return Infinity;
    const mid = (rows[a]!.top + rows[e]!.bottom) / 2;
    if (k === m - 1 && lastOpen) return e === n - 1 ? Math.max(0, mid - b.centre) + penaltyEm * b.em * (e - a) : Infinity;
    return Math.abs(mid - b.centre) + penaltyEm * b.em * (e - a);
  };
  // f[k][e]: best cost of cells 0..k with cell k ending on row e; from[k][e]: where cell k starts.
  const f: number[][] = Array.from({ length: m }, () => new Array(n).fill(Infinity));
  const from: number[][] = Array.from({ length: m }, () => new Array(n).fill(-1));
  for (let e = 0; e < n; e++) {
    for (let a = 0; a <= e; a++) {
      const c = cost(0, a, e);
      if (c < f[0]![e]!) {
        f[0]![e] = c;
        from[0]![e] = a;
      }
    }
  }
  for (let k = 1; k < m; k++) {
    for (let e = 0; e < n; e++) {
      for (let a = 1; a <= e; a++) {
        const prev = f[k - 1]![a - 1]!;
        if (prev === Infinity) continue;
        const c = prev + cost(k, a, e);
        if (c < f[k]![e]!) {
          f[k]![e] = c;
          from[k]![e] = a;
        }
      }
    }
  }
  let e = f[m - 1]!.indexOf(Math.min(...f[m - 1]!));
  if (f[m - 1]![e] === Infinity) {
    // No tiling keeps the nesting (the column to the right misread): tile this column on its own.
    if (inside.size > 0) tileColumn(cells, rows, penaltyEm, openBottom);
    return;
  }
  for (let k = m - 1; k >= 0; k--) {
    const a = from[k]![e]!;
    list[k]!.row = a;
    list[k]!.rowSpan = e - a + 1;
    e = a - 1;
  }
}

/**
 * The rows inside a merged cell of column `col` below its first: a cell of the column to its left
 * that starts there, or ends just above, would cut that merged cell in two.
 */
export function insideMerged(cells: readonly StreamRowCell[], col: number): Set<number> {
  const out = new Set<number>();
  for (const c of cells) {
    if (c.col !== col || !c.block || c.colSpan !== 1) continue;
    for (let r = c.row + 1; r < c.row + c.rowSpan; r++) out.add(r);
  }
  return out;
}

/**
 * Places the region's fragments into rows and cells. Only cells with text are made: an empty
 * position has no words to carry a box or an OCR confidence, and the reconstructor aligns a
 * row's cells by what they hold.
 */
export function regionRows(
  placed: readonly Placed[],
  hEdges: readonly Edge[],
  s: RowSettings,
  opts: { isHeader?: (f: Fragment) => boolean; labelRows?: boolean; openBottom?: boolean } = {},
): RegionRows {
  const chains = chainColumns(placed, hEdges, s, opts.isHeader, typicalLineGap(placed, s));
  // Row centres: shared by two columns or more. Rows of label | value pairs above the first
  // header (项目名称 | …) have no merged cells, and a label's row may have one other cell only:
  // there every other column's centre is a row's.
  const strongOf = (blocks: readonly Block[]) => centreClusters(blocks, s).filter((c) => c.cols.size >= (opts.labelRows ? 1 : 2));
  // A chain of several lines may run through several rows: cut it on the rows the other columns
  // make. Those columns' own chains may run through rows too (a wrapped 二级 label chained to the
  // one above it), and their centre then makes a row that is not there: so cut again on the rows
  // the others make once cut, until nothing changes (a few rounds at most).
  // Each chain's new cut is used at once by the chains after it (cutting all at once can swing
  // between two wrong cuts, each made on the other's).
  const pieces = new Map<Block, Block[]>(chains.map((ch) => [ch, [ch]]));
  for (let round = 0; round < MAX_CUT_ROUNDS; round++) {
    let changed = false;
    for (const ch of chains) {
      const others = chains.filter((x) => x !== ch).flatMap((x) => pieces.get(x)!);
      const cut = ch.lines.length < 2 ? null : cutChain(ch, strongOf(others).map((c) => c.centre), s);
      const now = cut ?? [ch];
      const before = pieces.get(ch)!;
      if (now.length !== before.length || now.some((b, i) => b.lines.length !== before[i]!.lines.length)) changed = true;
      pieces.set(ch, now);
    }
    if (!changed) break;
  }
  const blocks: Block[] = chains.flatMap((ch) => pieces.get(ch)!);
  let strong = strongOf(blocks);
  // Two merged cells centred on the same rows (一级 and 二级 over one group) share a centre too;
  // a row reaching over the centre of a row with more columns is such a pair, not a row.
  strong = strong.filter((c) => {
    const top = Math.min(...c.blocks.map((b) => b.top));
    const bottom = Math.max(...c.blocks.map((b) => b.bottom));
    const tol = s.streamCentreToleranceEm * c.blocks[0]!.em;
    return !strong.some((d) => {
      if (d === c || d.cols.size <= c.cols.size) return false;
      const dTop = Math.min(...d.blocks.map((b) => b.top));
      const dBottom = Math.max(...d.blocks.map((b) => b.bottom));
      return Math.min(bottom, dBottom) - Math.max(top, dTop) > tol;
    });
  });
  const inRow = new Map<Block, number>();
  type Band = { top: number; bottom: number; centre: number };
  const bands: Band[] = strong.map((c) => ({
    top: Math.min(...c.blocks.map((b) => b.top)),
    bottom: Math.max(...c.blocks.map((b) => b.bottom)),
    centre: c.centre,
  }));
  strong.forEach((c, i) => c.blocks.forEach((b) => inRow.set(b, i)));
  // The other blocks: merged cells over the rows they overlap, or rows of their own.
  const merged: { b: Block; overlaps: number[] }[] = [];
  // A merged cell centred on the line between rows (spreadsheets pad their rows) may touch no
  // row's text: it is merged when some run of rows around it is centred on it, else a row of its own.
  const strongBands = bands.slice();
  const strongOrder = strongBands.map((_, i) => i).sort((p, q) => strongBands[p]!.centre - strongBands[q]!.centre);
  // The least distance between two rows' centres: no row of this table is closer to its neighbour.
  let minPitch = Infinity;
  for (let k = 1; k < strongOrder.length; k++) minPitch = Math.min(minPitch, strongBands[strongOrder[k]!]!.centre - strongBands[strongOrder[k - 1]!]!.centre);
  const centredSpan = (b: Block): number[] => {
    const tol = s.streamCentreToleranceEm * b.em;
    const order = strongOrder;
    const below = order.findIndex((i) => strongBands[i]!.centre > b.centre);
    if (below <= 0) return [];
    const upper = strongBands[order[below - 1]!]!;
    const lower = strongBands[order[below]!]!;
    // Room for a row of its own between the rows around it: then it is one (a row with one cell)
    // — unless it would sit closer to a row than any two rows of the table sit to each other: a
    // sheet shrunk to fit prints small text in tall rows, and a merged cell's text, centred on
    // rows of unequal heights, falls in the room between their texts (社会效益指标 over 教育教学质量
    // and the tall row under it).
    const room = lower.top - upper.bottom >= b.bottom - b.top + 0.5 * b.em;
    const crowded = Math.min(b.centre - upper.centre, lower.centre - b.centre) < minPitch;
    if (room && !crowded) return [];
    for (let up = 1; up <= 3; up++) {
      for (let down = 0; down < 3; down++) {
        const i = order[below - up];
        const j = order[below + down];
        if (i === undefined || j === undefined) continue;
        if (Math.abs((strongBands[i]!.top + strongBands[j]!.bottom) / 2 - b.centre) <= tol) return order.slice(below - up, below + down + 1);
      }
    }
    // Centred on no span of the rows' texts (rows taller than their text): merged over the two
    // rows it lies between; where it ends is the tiling's to say.
    return room ? [order[below - 1]!, order[below]!] : [];
  };
  for (const b of blocks) {
    if (inRow.has(b)) continue;
    let overlaps = bands.map((band, i) => (Math.min(band.bottom, b.bottom) - Math.max(band.top, b.top) > 0.2 * b.em ? i : -1)).filter((i) => i >= 0);
    if (overlaps.length === 0) overlaps = centredSpan(b);
    if (overlaps.length > 0) merged.push({ b, overlaps });
    else {
      bands.push({ top: b.top, bottom: b.bottom, centre: b.centre });
      inRow.set(b, bands.length - 1);
    }
  }
  // Rows in order.
  const order = bands.map((_, i) => i).sort((a, b) => bands[a]!.centre - bands[b]!.centre);
  const rank = new Map(order.map((r, i) => [r, i]));
  const rows = order.map((i) => bands[i]!);
  const cells: StreamRowCell[] = [];
  for (const [b, r] of inRow) cells.push({ row: rank.get(r)!, col: b.col, rowSpan: 1, colSpan: b.colSpan, block: b, top: b.top, bottom: b.bottom });
  for (const { b, overlaps } of merged) {
    // The span centred on the block that contains it: rows i..j, (top_i + bottom_j) / 2 ≈ centre.
    const ranks = overlaps.map((o) => rank.get(o)!);
    const lo = Math.min(...ranks);
    const hi = Math.max(...ranks);
    let best = { i: lo, j: hi, d: Infinity };
    for (let i = Math.max(0, lo - 3); i <= lo; i++) {
      for (let j = hi; j < Math.min(rows.length, hi + 4); j++) {
        if (rows[i]!.top > b.top + 0.5 * b.em || rows[j]!.bottom < b.bottom - 0.5 * b.em) continue;
        // Spans of different lengths can centre alike by chance: the shorter is the cell.
        const d = Math.abs((rows[i]!.top + rows[j]!.bottom) / 2 - b.centre) + SPAN_PENALTY_EM * b.em * (j - i);
        if (d < best.d) best = { i, j, d };
      }
    }
    cells.push({ row: best.i, col: b.col, rowSpan: best.j - best.i + 1, colSpan: b.colSpan, block: b, top: b.top, bottom: b.bottom });
  }
  // Columns of merged cells (一级, 二级, block labels): their cells tile the rows. A merged cell
  // holds whole cells of the column to its right (a 一级 cell its 二级 cells), so a column's cells
  // neither begin nor end inside a merged cell of the next column: right to left, each column is
  // tiled within the one right of it (a label centred on its rows and one drawn at the top of a
  // cell the page break cuts can otherwise both fit a span that cuts a 二级 cell in two).
  const mergedCols = [...new Set(merged.map((m) => m.b.col))].sort((a, b) => b - a);
  for (const col of mergedCols) tileColumn(cells.filter((c) => c.col === col), rows, SPAN_PENALTY_EM * 0.1, opts.openBottom, insideMerged(cells, col + 1));
  // Merged cells of one column never overlap: the later one starts where the earlier must end.
  cells.sort((a, b) => a.col - b.col || a.row - b.row);
  for (let k = 0; k + 1 < cells.length; k++) {
    const a = cells[k]!;
    const n = cells[k + 1]!;
    if (n.col === a.col && a.row + a.rowSpan > n.row && a.row < n.row) a.rowSpan = n.row - a.row;
  }
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return { rows, cells, chains };
}

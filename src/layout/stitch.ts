/**
 * Tables that continue on the next page → one logical table. A part continues the table before
 * it when its column lines match and nothing but page numbers lies between them (or it has no top
 * border at all). At the joint: a row cut by the page break is one row; a merged cell split by
 * the break is one cell; a repeated header row is dropped. Every fragment keeps its page and box.
 */
import type { Table, TableCell } from "./cells.js";
import type { PageLayout } from "./find-tables.js";
import { clusterValues } from "./edges.js";
import { type BBox } from "./geometry.js";
import type { LayoutSettings } from "./settings.js";
import { joinLines, type TextLine } from "./text.js";

/** A cell of a logical table: global row, reference column, and the fragments it was joined from. */
export interface StitchedCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  /** The fragments, first one first: the page and box of each. */
  parts: { page: number; bbox: BBox; text: string }[];
}

export interface StitchedTable {
  flavour: "lattice" | "stream";
  /** The per-page tables, in order. */
  parts: Table[];
  /** Global row index of each part's first elementary row. */
  rowOffsets: number[];
  /** The joints where a row cut by the page break was joined (index of the later part). */
  cutRows: number[];
  /** Rows dropped as repeated headers: (part index, row in that part). */
  repeatedHeaders: { part: number; row: number }[];
  /** Column lines of all parts together: every `col` refers to them. */
  xs: number[];
  cells: StitchedCell[];
}

const PAGE_NUMBER = /^[\s\-—–_·.第页共/]*\d+[\s\-—–_·.第页共/\d]*$/;

/** A line that is page furniture: a page number such as `-1-`, `第 1 页`, `1/3`. */
export function isPageNumberLine(line: TextLine): boolean {
  const text = line.runs.map((r) => r.str).join("").trim();
  return text.length > 0 && text.length <= 12 && PAGE_NUMBER.test(text);
}

/** True when two parts share their outer column lines (the table's left and right sides). */
export function sameOutline(a: readonly number[], b: readonly number[], tol: number): boolean {
  return a.length >= 2 && b.length >= 2 && Math.abs(a[0]! - b[0]!) <= tol && Math.abs(a[a.length - 1]! - b[b.length - 1]!) <= tol;
}

/** The column lines of all parts together; a part may lack a line another has (no cell ends there). */
export function unionColumns(parts: readonly (readonly number[])[], tol: number): number[] {
  return clusterValues(parts.flat(), tol).map((c) => c.reduce((a, b) => a + b, 0) / c.length);
}

/** Index in `ref` of the nearest line, for each of `xs`. */
export function mapColumns(ref: readonly number[], xs: readonly number[]): number[] {
  return xs.map((x) => {
    let best = 0;
    ref.forEach((r, i) => {
      if (Math.abs(r - x) < Math.abs(ref[best]! - x)) best = i;
    });
    return best;
  });
}

/** One item of a page in reading order. */
export type PageItem = { kind: "table"; table: Table } | { kind: "line"; line: TextLine };

export function pageItems(layout: PageLayout): PageItem[] {
  const items: PageItem[] = [
    ...layout.tables.map((table) => ({ kind: "table" as const, table })),
    ...layout.outside.map((line) => ({ kind: "line" as const, line })),
  ];
  const top = (i: PageItem) => (i.kind === "table" ? i.table.bbox[1] : i.line.bbox[1]);
  return items.sort((a, b) => top(a) - top(b));
}

function cellSpanInRef(cell: TableCell, colMap: readonly number[]): { col: number; colSpan: number } {
  // colMap has one entry per column line of the part: cols + 1 entries.
  const col = colMap[cell.col]!;
  const end = colMap[cell.col + cell.colSpan]!;
  return { col, colSpan: Math.max(1, end - col) };
}

/** True when every cell of `row` (with text in some) has its twin (column, span, text) in row `r`. */
function repeatsRow(cells: readonly StitchedCell[], r: number, row: readonly StitchedCell[]): boolean {
  const earlier = cells.filter((c) => c.row === r);
  return row.every((c) => earlier.some((e) => e.col === c.col && e.colSpan === c.colSpan && e.text === c.text));
}

/** Joins per-page parts into one logical table. */
export function stitchParts(parts: readonly Table[], s: LayoutSettings): StitchedTable {
  const first = parts[0]!;
  const xs = parts.length === 1 ? first.xs : unionColumns(parts.map((p) => p.xs), s.stitchColumnTolerance);
  const colMaps = parts.map((p) => (parts.length === 1 ? p.xs.map((_, i) => i) : mapColumns(xs, p.xs)));
  const out: StitchedTable = {
    flavour: first.flavour,
    parts: [...parts],
    rowOffsets: [],
    cutRows: [],
    repeatedHeaders: [],
    xs,
    cells: [],
  };
  // Cells open at the bottom of the previous part, by reference column range.
  let openBelow = new Map<string, StitchedCell>();
  let offset = 0;
  parts.forEach((part, pi) => {
    const colMap = colMaps[pi]!;
    let cut = false;
    if (pi > 0) {
      const prev = parts[pi - 1]!;
      const bottom = prev.cells.filter((c) => c.row + c.rowSpan === prev.rows);
      const bordered = bottom.filter((c) => !c.openBottom).length;
      cut = bottom.length > 0 && bordered / bottom.length < s.cutRowBorderShare;
      if (cut) {
        offset -= 1;
        out.cutRows.push(pi);
      }
    }
    out.rowOffsets.push(offset);
    const fresh: StitchedCell[] = [];
    for (const cell of part.cells) {
      const { col, colSpan } = cellSpanInRef(cell, colMap);
      const row = offset + cell.row;
      const key = `${col}:${colSpan}`;
      const frag = { page: cell.page ?? part.page, bbox: cell.bbox, text: cell.text };
      const cont = pi > 0 && cell.row === 0 && cell.openTop ? openBelow.get(key) : undefined;
      if (cont) {
        cont.text = joinLines([cont.text, cell.text]);
        cont.rowSpan = row + cell.rowSpan - cont.row;
        cont.parts.push(frag);
        continue;
      }
      fresh.push({ row, col, rowSpan: cell.rowSpan, colSpan, text: cell.text, parts: [frag] });
    }
    // A repeated header: the first row of a continued part repeats a row already read.
    if (pi > 0 && !cut && s.dropRepeatedHeader) {
      const firstRow = offset;
      const hasText = fresh.some((c) => c.row === firstRow && c.text.trim() !== "");
      const allSingle = fresh.filter((c) => c.row === firstRow).every((c) => c.rowSpan === 1);
      if (hasText && allSingle) {
        const seen = new Set(out.cells.map((c) => c.row));
        const repeated = [...seen].some((r) => repeatsRow(out.cells, r, fresh.filter((c) => c.row === firstRow)));
        if (repeated) {
          out.repeatedHeaders.push({ part: pi, row: 0 });
          for (let i = fresh.length - 1; i >= 0; i--) if (fresh[i]!.row === firstRow) fresh.splice(i, 1);
        }
      }
    }
    out.cells.push(...fresh);
    openBelow = new Map();
    const lastRow = offset + part.rows - 1;
    for (const c of out.cells) {
      const last = c.parts[c.parts.length - 1]!;
      if (last.page !== part.page) continue;
      if (c.row + c.rowSpan - 1 !== lastRow) continue;
      const src = part.cells.find((pc) => pc.bbox === last.bbox);
      if (src?.openBottom) openBelow.set(`${c.col}:${c.colSpan}`, c);
    }
    offset += part.rows;
  });
  out.cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return out;
}

/** A page item after stitching: a logical table starts where its first part is. */
export type LayoutItem = { kind: "table"; table: StitchedTable } | { kind: "line"; line: TextLine; page: number };

/** All pages → items in reading order, with continued tables stitched. */
export function stitchPages(layouts: readonly PageLayout[], s: LayoutSettings): LayoutItem[] {
  const items: LayoutItem[] = [];
  // The table open for continuation, and the lines read since it ended.
  let open: { parts: Table[]; index: number } | null = null;
  let between: TextLine[] = [];
  const close = () => {
    if (open) items[open.index] = { kind: "table", table: stitchParts(open.parts, s) };
    open = null;
  };
  for (const layout of layouts) {
    let firstOnPage = true;
    for (const item of pageItems(layout)) {
      if (item.kind === "line") {
        items.push({ kind: "line", line: item.line, page: layout.page });
        if (open) between.push(item.line);
        continue;
      }
      const t = item.table;
      const cur = open as { parts: Table[]; index: number } | null;
      if (cur && firstOnPage && t.flavour === "lattice") {
        const prev = cur.parts[cur.parts.length - 1]!;
        const aligned = prev.page !== t.page && sameOutline(prev.xs, t.xs, s.stitchColumnTolerance);
        const openTop = t.cells.some((c) => c.openTop);
        const onlyFurniture = between.every(isPageNumberLine);
        const fewLines = between.filter((l) => !isPageNumberLine(l)).length <= s.stitchMaxLinesBetween;
        if (aligned && (onlyFurniture || (openTop && fewLines))) {
          cur.parts.push(t);
          between = [];
          firstOnPage = false;
          continue;
        }
      }
      close();
      firstOnPage = false;
      items.push({ kind: "table", table: null as unknown as StitchedTable });
      open = { parts: [t], index: items.length - 1 };
      between = [];
      if (t.flavour !== "lattice") close();
    }
    // A table continues only onto the next page, and only from the last table of a page.
    if (open && (open as { parts: Table[] }).parts.at(-1)!.page !== layout.page) close();
  }
  close();
  return items;
}

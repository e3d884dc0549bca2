/**
 * One page → its tables, by one of two flavours behind one interface (as Camelot's lattice and
 * stream): `lattice` cuts along the rulings, `stream` clusters text by position. The result keeps
 * every intermediate step (pdfplumber's TableFinder) so a debug picture can draw them.
 */
import { edgesToTable, type Table, type TableCell } from "./cells.js";
import { mergeEdges, rectsToEdges, segmentsToEdges, type Edge } from "./edges.js";
import type { LayoutPage, TextRun } from "./geometry.js";
import { edgesToIntersections, intersectionsToEdgeGroups, type Intersection } from "./intersections.js";
import { layoutSettings, type LayoutSettings, type LayoutSettingsInput } from "./settings.js";
import { centreInside, runsToCellText, runsToLines, splitLineAtGaps, type TextLine } from "./text.js";
import { streamTable, type StreamCarry } from "./stream/index.js";

/** Everything found on one page. */
export interface PageLayout {
  page: number;
  width: number;
  height: number;
  flavour: "lattice" | "stream";
  /** Merged edges (lattice). */
  edges: Edge[];
  intersections: Intersection[];
  tables: Table[];
  /** Lines of text outside every table (titles, page numbers), top to bottom. */
  outside: TextLine[];
  /** Column boundaries a stream table hands to its continuation on the next page. */
  carry?: StreamCarry | null;
}

export interface Flavour {
  name: "lattice" | "stream";
  /** `continues`: another page follows (a table may run on there). */
  find(page: LayoutPage, s: LayoutSettings, carry?: StreamCarry | null, continues?: boolean): PageLayout;
}

/** Rulings → tables; runs assigned to cells by their centres; the rest is outside text. */
export const lattice: Flavour = {
  name: "lattice",
  find(page, s) {
    const raw = [...segmentsToEdges(page.segments, s), ...rectsToEdges(page.rects, s)];
    const edges = mergeEdges(raw, s);
    const intersections = edgesToIntersections(edges, s);
    const tables = intersectionsToEdgeGroups(edges, intersections, s)
      .map((g) => edgesToTable(g, page.page, s))
      .filter((t): t is Table => t !== null)
      .sort((a, b) => a.bbox[1] - b.bbox[1]);
    const outsideRuns = assignRuns(page.runs, tables, s);
    return {
      page: page.page,
      width: page.width,
      height: page.height,
      flavour: "lattice",
      edges,
      intersections,
      tables,
      outside: runsToLines(outsideRuns, s),
    };
  },
};

/** Puts each run in the smallest cell containing its centre; returns the runs left outside. */
function assignRuns(runs: readonly TextRun[], tables: readonly Table[], s: LayoutSettings): TextRun[] {
  const outside: TextRun[] = [];
  for (const run of runs) {
    let best: TableCell | null = null;
    let bestArea = Infinity;
    for (const t of tables) {
      if (!centreInside(run, t.bbox)) continue;
      for (const c of t.cells) {
        if (!centreInside(run, c.bbox)) continue;
        const area = (c.bbox[2] - c.bbox[0]) * (c.bbox[3] - c.bbox[1]);
        if (area < bestArea) {
          best = c;
          bestArea = area;
        }
      }
    }
    if (best) best.runs.push(run);
    else outside.push(run);
  }
  for (const t of tables) for (const c of t.cells) c.text = runsToCellText(c.runs, s);
  return outside;
}

/**
 * Text placed by position (stream/index.ts): header rows and text alignment give the columns,
 * shared centres the rows; whatever rulings the page draws (a frame, row lines only) are used as
 * boundaries where present.
 */
export const stream: Flavour = {
  name: "stream",
  find(page, s, carry = null, continues = false) {
    const edges = pageEdges(page, s);
    const r = streamTable(page.runs, edges, page.page, s, carry, continues);
    return { page: page.page, width: page.width, height: page.height, flavour: "stream", edges, intersections: [], tables: r.table ? [r.table] : [], outside: [], carry: r.carry };
  },
};

function pageEdges(page: LayoutPage, s: LayoutSettings): Edge[] {
  return mergeEdges([...segmentsToEdges(page.segments, s), ...rectsToEdges(page.rects, s)], s);
}

/** True when text outside the ruled tables looks like a table of its own (enough lines of several cells). */
function tableLike(lines: readonly TextLine[], s: LayoutSettings): boolean {
  let n = 0;
  for (const l of lines) if (splitLineAtGaps(l, s).length >= 2) n++;
  return n >= s.streamMinTableLines;
}

export const FLAVOURS: Readonly<Record<"lattice" | "stream", Flavour>> = { lattice, stream };

/**
 * Finds the tables of a page with the flavour the settings name. `auto`: the ruled tables by
 * lattice; the text outside them by stream when it is laid out as a table (an unruled page, or a
 * table that turns unruled part-way); else it stays outside text (titles, page numbers).
 * `carry`: the column boundaries of a stream table on the previous page, for its continuation;
 * `continues`: another page follows.
 */
export function findTables(page: LayoutPage, settings: LayoutSettings | LayoutSettingsInput = {}, carry: StreamCarry | null = null, continues = false): PageLayout {
  const s = layoutSettings(settings);
  if (s.flavour === "lattice" || s.flavour === "stream") return FLAVOURS[s.flavour].find(page, s, carry, continues);
  const ruled = lattice.find(page, s);
  if (page.runs.length === 0) return ruled;
  if (ruled.tables.length === 0) return stream.find(page, s, carry, continues);
  if (!tableLike(ruled.outside, s)) return { ...ruled, carry: latticeCarry(ruled) };
  const outsideRuns = ruled.outside.flatMap((l) => l.runs);
  const r = streamTable(outsideRuns, ruled.edges, page.page, s, carry, continues);
  const tables = r.table ? [...ruled.tables, r.table].sort((a, b) => a.bbox[1] - b.bbox[1]) : ruled.tables;
  const last = tables[tables.length - 1];
  return { ...ruled, tables, outside: r.table ? [] : ruled.outside, carry: last && last.flavour === "lattice" ? latticeCarry(ruled) : r.carry };
}

/**
 * A ruled table that ends a page hands its column lines on: a table that turns unruled at the
 * page break (an export whose borders stop there) keeps its columns on the next page.
 */
function latticeCarry(layout: PageLayout): StreamCarry | null {
  const last = layout.tables[layout.tables.length - 1];
  if (!last || last.flavour !== "lattice" || last.xs.length < 3) return null;
  return { boundaries: last.xs.slice(1, -1), left: last.xs[0]!, right: last.xs[last.xs.length - 1]! };
}

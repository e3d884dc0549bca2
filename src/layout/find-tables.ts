/**
 * One page → its tables, by one of two flavours behind one interface (as Camelot's lattice and
 * stream): `lattice` cuts along the rulings, `stream` clusters text by position. The result keeps
 * every intermediate step (pdfplumber's TableFinder) so a debug picture can draw them.
 */
import { edgesToTable, type Table, type TableCell } from "./cells.js";
import { mergeEdges, rectsToEdges, segmentsToEdges, clusterValues, type Edge } from "./edges.js";
import type { LayoutPage, TextRun } from "./geometry.js";
import { edgesToIntersections, intersectionsToEdgeGroups, type Intersection } from "./intersections.js";
import { layoutSettings, type LayoutSettings, type LayoutSettingsInput } from "./settings.js";
import { centreInside, runsBBox, runsToCellText, runsToLines, splitLineAtGaps, type TextLine } from "./text.js";

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
}

export interface Flavour {
  name: "lattice" | "stream";
  find(page: LayoutPage, s: LayoutSettings): PageLayout;
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

/** Text clustered by position: lines are rows, wide gaps split cells, left edges give columns. */
export const stream: Flavour = {
  name: "stream",
  find(page, s) {
    const lines = runsToLines(page.runs, s);
    const tables: Table[] = [];
    if (lines.length > 0) {
      const split = lines.map((l) => splitLineAtGaps(l, s));
      const anchors = clusterValues(
        split.flat().map((part) => part[0]!.bbox[0]),
        s.streamColumnTolerance,
      ).map((c) => c.reduce((a, b) => a + b, 0) / c.length);
      const colOf = (x: number) => {
        let best = 0;
        anchors.forEach((a, i) => {
          if (Math.abs(a - x) < Math.abs(anchors[best]! - x)) best = i;
        });
        return best;
      };
      const cells: TableCell[] = [];
      split.forEach((parts, row) => {
        for (const part of parts) {
          cells.push({
            row,
            col: colOf(part[0]!.bbox[0]),
            rowSpan: 1,
            colSpan: 1,
            bbox: runsBBox(part),
            text: runsToCellText(part, s),
            runs: part,
            openTop: false,
            openBottom: false,
          });
        }
      });
      tables.push({
        flavour: "stream",
        page: page.page,
        bbox: runsBBox(page.runs),
        xs: anchors,
        ys: lines.map((l) => l.bbox[1]),
        cells,
        edges: [],
        rows: lines.length,
        cols: anchors.length,
      });
    }
    return { page: page.page, width: page.width, height: page.height, flavour: "stream", edges: [], intersections: [], tables, outside: [] };
  },
};

export const FLAVOURS: Readonly<Record<"lattice" | "stream", Flavour>> = { lattice, stream };

/** Finds the tables of a page with the flavour the settings name (`auto`: lattice, else stream). */
export function findTables(page: LayoutPage, settings: LayoutSettings | LayoutSettingsInput = {}): PageLayout {
  const s = layoutSettings(settings);
  if (s.flavour === "lattice" || s.flavour === "stream") return FLAVOURS[s.flavour].find(page, s);
  const ruled = lattice.find(page, s);
  if (ruled.tables.length > 0 || page.runs.length === 0) return ruled;
  return stream.find(page, s);
}

/**
 * The stream flavour: a table without rulings, or with some, from the positions of its text.
 * Steps, each kept for the debug picture: fragments (pieces of lines) → header rows the template
 * knows → regions (a header row fixes the column boundaries below it until the next header) →
 * column boundaries (header corridors, text alignment, vertical rulings where drawn) → cells
 * (wrapped lines joined inside a column, rows by shared centres, horizontal rulings respected).
 */
import { titlePattern } from "../../template/project.js";
import type { Table, TableCell } from "../cells.js";
import type { Edge } from "../edges.js";
import type { BBox, TextRun } from "../geometry.js";
import type { LayoutSettings } from "../settings.js";
import { columnOf, headerBoundaries, labelBoundaries, labelRowFragments, leadingTitleLines, projectionBoundaries, type Boundaries } from "./columns.js";
import { runsToFragments, splitAfterLabel, splitAtBoundaries, type Fragment } from "./fragments.js";
import { findHeaderBands, isCellLabel, isFieldLabel, type HeaderBand } from "./headers.js";
import { blockText, regionRows, type Placed } from "./rows.js";
import { ruledRegionCells } from "./ruled-rows.js";

/** One region of a stream table: its vertical extent, header row (if any) and boundaries. */
export interface StreamRegion {
  top: number;
  bottom: number;
  header: HeaderBand | null;
  boundaries: Boundaries;
  /** Where the boundaries came from. */
  from: "header" | "projection" | "previous-page";
  /** Chains of lines before rows cut them (debug). */
  chains: BBox[];
}

/**
 * What a continued table carries to the next page: the column boundaries of its last region.
 * Not used when the next page opens with a form's title: a new form brings its own columns.
 */
export interface StreamCarry {
  boundaries: Boundaries;
  left: number;
  right: number;
}

export interface StreamResult {
  table: Table | null;
  regions: StreamRegion[];
  carry: StreamCarry | null;
}

/** Vertical rulings inside the text's extent are column boundaries too (a partly ruled table). */
function withRulings(b: Boundaries, vEdges: readonly Edge[], frags: readonly Fragment[], top: number, bottom: number): Boundaries {
  if (frags.length === 0) return b;
  const left = Math.min(...frags.map((f) => f.bbox[0]));
  const right = Math.max(...frags.map((f) => f.bbox[2]));
  const em = frags[0]!.em;
  const out = [...b];
  for (const e of vEdges) {
    if (e.pos <= left + 0.5 * em || e.pos >= right - 0.5 * em) continue;
    if (Math.min(e.end, bottom) - Math.max(e.start, top) < 2 * em) continue;
    if (out.some((x) => Math.abs(x - e.pos) < 0.5 * em)) continue;
    out.push(e.pos);
  }
  return out.sort((p, q) => p - q);
}

/** Builds the stream table of a page's runs (those not inside a ruled table). */
export function streamTable(runs: readonly TextRun[], edges: readonly Edge[], page: number, s: LayoutSettings, carry: StreamCarry | null = null, continues = false): StreamResult {
  if (runs.length === 0) return { table: null, regions: [], carry: null };
  const frags = runsToFragments(runs, s).flatMap((f) => splitAfterLabel(f, isCellLabel, s));
  const hEdges = edges.filter((e) => e.orientation === "h");
  const vEdges = edges.filter((e) => e.orientation === "v");
  const bands = findHeaderBands(frags, s);
  const pageTop = Math.min(...frags.map((f) => f.bbox[1]));
  const pageBottom = Math.max(...frags.map((f) => f.bbox[3]));
  const starts = [pageTop - 1, ...bands.map((b) => b.top - 0.01)];
  const regions: StreamRegion[] = [];
  const cells: TableCell[] = [];
  const left = Math.min(...frags.map((f) => f.bbox[0]));
  const right = Math.max(...frags.map((f) => f.bbox[2]));
  let rowOffset = 0;
  let lastBoundaries: Boundaries = [];
  starts.forEach((top, k) => {
    const bottom = k + 1 < starts.length ? starts[k + 1]! : pageBottom + 1;
    const header = k === 0 ? null : bands[k - 1]!;
    const inRegion = frags.filter((f) => {
      const cy = (f.bbox[1] + f.bbox[3]) / 2;
      return cy > top && cy <= bottom;
    });
    if (inRegion.length === 0) return;
    let boundaries: Boundaries;
    let from: StreamRegion["from"];
    // Title lines that gave no column boundaries are not cut at them either.
    let titleLines: ReadonlySet<number> = new Set();
    if (header) {
      const body = inRegion.filter((f) => !header.fragments.includes(f));
      boundaries = headerBoundaries(header, body, s);
      from = "header";
    } else if (carry && k === 0 && !inRegion.some((f) => titlePattern.test(f.text))) {
      boundaries = carry.boundaries;
      from = "previous-page";
    } else {
      titleLines = leadingTitleLines(inRegion);
      boundaries = labelBoundaries(inRegion, projectionBoundaries(labelRowFragments(inRegion, titleLines), s), isFieldLabel);
      from = "projection";
    }
    boundaries = withRulings(boundaries, vEdges, inRegion, top, bottom);
    lastBoundaries = boundaries;
    const placed: Placed[] = [];
    for (const f of inRegion) {
      for (const part of titleLines.has(f.line) ? [f] : splitAtBoundaries(f, boundaries, s)) {
        const c0 = columnOf(boundaries, part.bbox[0] + 0.3 * part.em);
        const c1 = Math.max(c0, columnOf(boundaries, part.bbox[2] - 0.3 * part.em));
        placed.push({ frag: part, col: c0, colSpan: c1 - c0 + 1 });
      }
    }
    // Rows ruled, columns not: the rulings cut the rows.
    const ruled = ruledRegionCells(inRegion, boundaries, hEdges, { top, bottom, left, right, page }, s, titleLines);
    if (ruled) {
      for (const c of ruled.cells) cells.push({ ...c, row: rowOffset + c.row });
      regions.push({ top, bottom, header, boundaries, from, chains: [] });
      rowOffset += ruled.rows;
      return;
    }
    const headerSet = new Set(header?.fragments ?? []);
    // A fragment split at a boundary is still the header's if its line is.
    const headerLines = new Set([...headerSet].map((f) => f.line));
    const isHeader = header ? (f: Fragment) => headerSet.has(f) || (headerLines.has(f.line) && f.bbox[1] >= header.top - 0.5 && f.bbox[3] <= header.bottom + 0.5) : undefined;
    // The last region of a page followed by another may be cut by the page break.
    const rr = regionRows(placed, hEdges, s, { isHeader, labelRows: from === "projection", openBottom: continues && k === starts.length - 1 });
    for (const c of rr.cells) {
      const x0 = c.col === 0 ? left : boundaries[c.col - 1]!;
      const x1 = c.col + c.colSpan - 1 >= boundaries.length ? right : boundaries[c.col + c.colSpan - 1]!;
      const runsOf = c.block ? c.block.lines.flat().flatMap((p) => p.frag.runs) : [];
      const bbox: BBox = c.block
        ? [Math.min(...runsOf.map((r) => r.bbox[0])), c.top, Math.max(...runsOf.map((r) => r.bbox[2])), c.bottom]
        : [x0, c.top, x1, c.bottom];
      cells.push({
        row: rowOffset + c.row,
        col: c.col,
        rowSpan: c.rowSpan,
        colSpan: c.colSpan,
        bbox,
        text: c.block ? blockText(c.block) : "",
        runs: runsOf,
        openTop: false,
        openBottom: false,
      });
    }
    regions.push({ top, bottom, header, boundaries, from, chains: rr.chains.map((b) => [Math.min(...b.lines.flat().map((p) => p.frag.bbox[0])), b.top, Math.max(...b.lines.flat().map((p) => p.frag.bbox[2])), b.bottom]) });
    rowOffset += rr.rows.length;
  });
  if (cells.length === 0) return { table: null, regions, carry: null };
  const table: Table = {
    flavour: "stream",
    page,
    bbox: [left, pageTop, right, pageBottom],
    xs: [left, ...lastBoundaries, right],
    ys: [...new Set(cells.map((c) => c.bbox[1]))].sort((a, b) => a - b),
    cells: cells.sort((a, b) => a.row - b.row || a.col - b.col),
    edges: [...edges],
    rows: rowOffset,
    cols: Math.max(...cells.map((c) => c.col + c.colSpan)),
    stream: regions,
  };
  return { table, regions, carry: { boundaries: lastBoundaries, left, right } };
}

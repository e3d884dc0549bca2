/**
 * Sandwich PDFs: scanned page images under an invisible OCR text layer (render mode 3), as scanner
 * software and `ocrmypdf` write them. Told apart by `sandwich-detect.ts` on the operator list the
 * text-layer reader already walks.
 *
 * A good layer is read like any PDF text, by position, through the same layout (lattice, stream,
 * stitching): its words are the runs; the table's rulings, which a scan has only as pixels, are
 * found in the page image by the scan path's own ruling finder (after its skew is measured and
 * undone — the words are turned with it, so they stay inside their cells). What OCR text needs
 * and a printed text layer does not is done on each cell as the scan path does it: spaces and
 * punctuation inside numbers tidied (`22，362. 40` → `22,362.40`), labels one character off the
 * template snapped, the header rows and label columns read in the template's order. The layer's
 * words carry no confidence (a PDF has nowhere to keep one), so none is invented: the cells get
 * none, and the arithmetic check treats every number without one as possibly misread.
 *
 * A poor layer (few of the template's core labels in it, `sandwich-labels.ts`) is set aside and
 * the page images go through jixiao's own OCR (the `pdf-scan` reader); the Document's kind is
 * then `pdf-scan`, as the contract says, and a `sandwich-layer-poor` diagnostic says why.
 */
import type { Diagnostic } from "../../schema/index.js";
import type { Cell, Grid } from "../../layout/grid.js";
import type { BBox, LayoutPage, TextRun } from "../../layout/geometry.js";
import { layoutPages } from "../../layout/to-grid.js";
import type { Extraction, ReaderContext } from "../extraction.js";
import { binarise } from "../image/binarise.js";
import { rotateSmall, type GrayImage } from "../image/gray.js";
import { pdfPageImages } from "../image/pdf-images.js";
import { findRulings, rulingsToSegments } from "../image/rulings.js";
import { scanSettings } from "../image/settings.js";
import { estimateSkew } from "../image/skew.js";
import { tidyOcrText } from "../ocr/recognise.js";
import { snapFundsLabelUnit, snapTitle, snapToVocabulary, snapYearLine, type Snap } from "../ocr/snap.js";
import { snapFundRowLabels, snapFundsHeaderRow, snapHeaderRow, snapIndicatorLevels } from "../ocr/header-row.js";
import { scanMessages } from "../scan/messages.js";
import type { PdfPage, PdfReading } from "./read-pdf.js";
import { isSandwichPage } from "./sandwich-detect.js";
import { labelShare, type LabelShare } from "./sandwich-labels.js";
import { sandwichMessages } from "./sandwich-messages.js";
import { sandwichSettings, type SandwichSettings } from "./sandwich-settings.js";

/** True when most text-bearing pages are scans under invisible text. */
export function isSandwich(reading: PdfReading, s: SandwichSettings = sandwichSettings()): boolean {
  const withText = reading.pages.filter((p) => p.runs.length > 0);
  if (withText.length === 0) return false;
  const sandwiches = withText.filter((p) => p.marks && isSandwichPage(p.marks, s)).length;
  return sandwiches / withText.length >= s.minSandwichPages;
}

export interface SandwichOptions {
  settings?: Partial<SandwichSettings>;
}

/** Reads a sandwich PDF through its text layer, or through jixiao's OCR when the layer is poor. */
export async function readSandwichPdf(bytes: Uint8Array, reading: PdfReading, ctx: ReaderContext, opts: SandwichOptions = {}): Promise<Extraction> {
  const s = sandwichSettings(opts.settings);
  const msg = sandwichMessages(ctx.lang);
  const quality = labelShare(reading.pages);
  if (quality.share < s.minLabelShare) {
    const poor: Diagnostic = { code: "sandwich-layer-poor", severity: "info", message: msg.layerPoor(quality.found, quality.of, s.minLabelShare) };
    const { readers } = await import("../readers.js");
    const scan = readers["pdf-scan"];
    if (!scan) return { grid: null, kind: "pdf-scan", pages: reading.pageCount, diagnostics: [poor] };
    const r = await scan(bytes, ctx);
    return { ...r, diagnostics: [poor, ...r.diagnostics] };
  }
  const { pages, problem } = await alignWithImages(bytes, reading, ctx);
  const layout = layoutPages(pages, {}, reading.pageCount);
  const diagnostics: Diagnostic[] = [{ code: "sandwich-layer", severity: "info", message: msg.layerRead(quality.found, quality.of) }];
  if (problem) diagnostics.push({ code: "sandwich-image-unreadable", severity: "warning", message: msg.imageUnreadable(problem.page, problem.detail), source: { text: "", page: problem.page } });
  diagnostics.push(...ocrTidy(layout.grid, ctx));
  if (ctx.debugLayout) {
    const { writeDebugLayout } = await import("../../layout/debug-draw.js");
    await writeDebugLayout(pages, layout, ctx.debugLayout);
  }
  return { grid: layout.grid, kind: "pdf-sandwich", pages: reading.pageCount, diagnostics, ocrAlternatives: [] };
}

function darkPixels(img: GrayImage): Uint8Array {
  const out = new Uint8Array(img.width * img.height);
  for (let i = 0; i < out.length; i++) out[i] = img.data[i]! < 128 ? 1 : 0;
  return out;
}

/** A box turned by `degrees` about (cx, cy) the way `rotateSmall` turns the image (its centre moved, its size kept). */
function turnBox(b: BBox, degrees: number, cx: number, cy: number): BBox {
  const a = (degrees * Math.PI) / 180;
  const mx = (b[0] + b[2]) / 2 - cx;
  const my = (b[1] + b[3]) / 2 - cy;
  const dx = cx + mx * Math.cos(a) + my * Math.sin(a) - (b[0] + b[2]) / 2;
  const dy = cy - mx * Math.sin(a) + my * Math.cos(a) - (b[1] + b[3]) / 2;
  return [b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy];
}

/**
 * Each page's words with the rulings its image shows: the image's skew measured and undone for
 * the rulings, and the words moved with it. A page without an image keeps its words unruled.
 */
async function alignWithImages(bytes: Uint8Array, reading: PdfReading, ctx: ReaderContext): Promise<{ pages: LayoutPage[]; problem?: { page: number; detail?: string } }> {
  const byPage = new Map<number, PdfPage>(reading.pages.map((p) => [p.page, p]));
  const out: LayoutPage[] = [];
  let problem: { page: number; detail?: string } | undefined;
  let detail: string | undefined;
  try {
    await alignEach(bytes, reading, ctx, byPage, out);
  } catch (err) {
    detail = (err as Error)?.message ?? String(err);
  }
  // A page whose image could not be read (damaged, not decoded) keeps its words without rulings:
  // the stream layout reads them by alignment. The first such page is reported.
  const done = new Set(out.map((p) => p.page));
  for (const p of reading.pages) {
    if (done.has(p.page)) continue;
    problem ??= detail ? { page: p.page, detail } : { page: p.page };
    out.push({ ...p, runs: p.runs.flatMap(splitWords) });
  }
  out.sort((a, b) => a.page - b.page);
  return problem ? { pages: out, problem } : { pages: out };
}

async function alignEach(bytes: Uint8Array, reading: PdfReading, ctx: ReaderContext, byPage: Map<number, PdfPage>, out: LayoutPage[]): Promise<void> {
  const s = scanSettings();
  for await (const pi of pdfPageImages(bytes, { password: ctx.password, maxPages: reading.pages.length, maxPixels: ctx.limits.maxPixels })) {
    const p = byPage.get(pi.page);
    if (!p) continue;
    // No image pdf.js could decode: the page is left for the fallback below (words, no rulings).
    if (!pi.image) continue;
    let img = pi.image;
    // Where the image is drawn (a scan is usually the whole page; some tools leave a margin).
    const box = p.marks?.imageBox ?? [0, 0, pi.width, pi.height];
    const sx = (box[2] - box[0]) / img.width;
    const sy = (box[3] - box[1]) / img.height;
    const dpi = 72 / sx;
    const skew = estimateSkew(darkPixels(img), img.width, img.height, s.maxSkew);
    const turned = Math.abs(skew) >= s.minSkewToCorrect;
    if (turned) img = rotateSmall(img, skew);
    const bin = binarise(img, s, dpi);
    // Rulings in pixels, then placed where the image is drawn.
    const segments = rulingsToSegments(findRulings(bin.ink, bin.width, bin.height, dpi, s), 1).map((g) => ({
      ...g,
      x0: box[0] + g.x0 * sx,
      x1: box[0] + g.x1 * sx,
      y0: box[1] + g.y0 * sy,
      y1: box[1] + g.y1 * sy,
      lineWidth: g.lineWidth * sx,
    }));
    // rotateSmall turns about the image's centre pixel: the same point on the page.
    const cx = box[0] + ((img.width - 1) / 2) * sx;
    const cy = box[1] + ((img.height - 1) / 2) * sy;
    // Turned first, then cut: an item pdf.js joined lies level once turned back, its words side by side.
    const runs: TextRun[] = p.runs.map((r) => (turned ? { ...r, bbox: turnBox(r.bbox, skew, cx, cy) } : r)).flatMap(splitWords);
    out.push({ page: p.page, width: p.width, height: p.height, runs, segments, rects: [] });
  }
}

/**
 * An OCR layer's unit is the word: each is drawn on its own, squeezed to its box. pdf.js joins
 * words drawn close together on one line into one text item (a score and the first word of the
 * next cell: `30 按`), which would put both in one cell; the item is cut at its spaces again,
 * each word given its share of the width by its characters (OCR engines draw the words of a line
 * at one size, so characters are near enough alike in width).
 */
export function splitWords(r: TextRun): TextRun[] {
  const chars = Array.from(r.str);
  if (!chars.some((c) => /\s/.test(c))) return [r];
  const step = (r.bbox[2] - r.bbox[0]) / chars.length;
  const out: TextRun[] = [];
  let start = -1;
  for (let i = 0; i <= chars.length; i++) {
    const space = i === chars.length || /\s/.test(chars[i]!);
    if (!space && start < 0) start = i;
    if (space && start >= 0) {
      out.push({ ...r, str: chars.slice(start, i).join(""), bbox: [r.bbox[0] + start * step, r.bbox[1], r.bbox[0] + i * step, r.bbox[3]] });
      start = -1;
    }
  }
  return out;
}

/**
 * What the scan path does to a cell it read, done to each cell of the layer: numbers tidied,
 * near-miss labels snapped (the layer gives no confidence, so every reading counts as unsure), the
 * header rows and label columns put in the template's order. A snapped cell keeps what was read,
 * as an `ocr-label-snapped` diagnostic (the arithmetic check's provenance step records it on the
 * value when the label was a value).
 */
function ocrTidy(grid: Grid, ctx: ReaderContext): Diagnostic[] {
  const msg = scanMessages(ctx.lang);
  const snaps = new Map<Cell, { from: string; reason: string }>();
  const byPage = new Map<number, Cell[]>();
  for (const row of grid.rows) {
    // Only cells the layout knows to be one table cell: in a row of space-separated tokens the
    // spaces tidying removes are what the reconstructor splits on.
    if (row.boundaries !== "exact") continue;
    for (const cell of row.cells) {
      cell.text = tidyOcrText(cell.text);
      const snap = firstSnap(cell.text);
      if (snap.from !== undefined) {
        snaps.set(cell, { from: snap.from, reason: msg.reasonLabelSnapped });
        cell.text = snap.text;
      }
      const page = cell.source.page;
      if (page !== undefined && cell.source.bbox && !cell.parts) byPage.set(page, [...(byPage.get(page) ?? []), cell]);
    }
  }
  for (const cells of byPage.values()) {
    const header = cells.map((c) => ({ bbox: c.source.bbox!, text: c.text }));
    for (const [i, label] of [...snapHeaderRow(header), ...snapFundsHeaderRow(header), ...snapFundRowLabels(header), ...snapIndicatorLevels(header)]) {
      const cell = cells[i]!;
      if (label === cell.text) continue;
      snaps.set(cell, { from: snaps.get(cell)?.from ?? cell.text, reason: msg.reasonHeaderRow });
      cell.text = label;
    }
  }
  return [...snaps].map(([cell, { from, reason }]) => {
    const src = cell.source;
    return {
      code: "ocr-label-snapped",
      severity: "info" as const,
      message: msg.labelSnapped(from, cell.text),
      source: { text: cell.text, ...(src.page !== undefined ? { page: src.page } : {}), ...(src.bbox ? { bbox: roundBox(src.bbox) } : {}), corrected: { from, reason } },
    };
  });
}

/** The scan path's snaps for a whole reading, in its order: a funds label's unit, the year line, the title, then any label. */
function firstSnap(text: string): Snap {
  for (const f of [snapFundsLabelUnit, snapYearLine, snapTitle, snapToVocabulary]) {
    const r = f(text);
    if (r.from !== undefined) return r;
  }
  return { text };
}

function roundBox(b: BBox): BBox {
  return [Math.round(b[0] * 10) / 10, Math.round(b[1] * 10) / 10, Math.round(b[2] * 10) / 10, Math.round(b[3] * 10) / 10];
}

export type { LabelShare };

/**
 * The PDF text-layer reader: every string with its page and box, the rulings each page draws,
 * and the page sizes. Knows nothing about forms.
 *
 * Pages are read one at a time and released (`page.cleanup()`); the document is destroyed at
 * the end, also on error. pdf.js's console output is silenced (verbosity 0): problems come back
 * as a typed `PdfReadError` or as conditions on the reading.
 */
import type { BBox, LayoutPage, TextRun } from "../../layout/geometry.js";
import { PdfReadError, type PdfCondition } from "./errors.js";
import { loadPdfJs, openPdf } from "./pdfjs.js";
import { repairRadicals } from "./radicals.js";
import { operatorListToRulings, type Matrix, type OpsCodes } from "./rulings.js";
import { pageMarks, type PageMarks, type SandwichOpsCodes } from "./sandwich-detect.js";

export { PdfReadError, pdfDiagnostic, type PdfCondition, type PdfErrorKind } from "./errors.js";

export interface PdfReadOptions {
  password?: string;
  /** Read at most this many pages; the reading then carries a `limit-exceeded` condition. */
  maxPages?: number;
  /** When it aborts (the input's time limit), the document is destroyed and reading stops. */
  signal?: AbortSignal | undefined;
  /** When given, the CPU time of each stage is added to it (the PDF benchmark's breakdown). */
  stageTimes?: PdfStageTimes;
}

/** CPU milliseconds per stage of the reading, summed over pages (process.cpuUsage: this thread's work while it waited on pdf.js). */
export interface PdfStageTimes {
  /** Opening the document and each page. */
  open: number;
  /** getTextContent: the text runs (pdf.js loads and converts the fonts here). */
  text: number;
  /** getOperatorList: the page's drawing operators, for rulings and sandwich marks. */
  operators: number;
  /** Rulings and sandwich marks from the operator list. */
  rulings: number;
}

/** Adds the CPU time since `from` to `times[stage]`; returns the new start. */
function lap(times: PdfStageTimes | undefined, stage: keyof PdfStageTimes, from: NodeJS.CpuUsage | null): NodeJS.CpuUsage | null {
  if (!times || !from) return null;
  const d = process.cpuUsage(from);
  times[stage] += (d.user + d.system) / 1000;
  return process.cpuUsage();
}

/** One page: its text runs, rulings and size (points). */
export interface PdfPage extends LayoutPage {
  /** The page's /Rotate, already applied to every coordinate. */
  rotation: number;
  /** What the page draws as far as telling a sandwich (scan under invisible OCR text) goes; absent on pages without text. */
  marks?: PageMarks;
}

export interface PdfReading {
  /** Pages in the document (may exceed `pages.length` when `maxPages` cut the reading). */
  pageCount: number;
  pages: PdfPage[];
  /** Non-fatal conditions: no text layer on any page, page limit reached. */
  conditions: PdfCondition[];
}

/** True when the bytes carry a PDF header near their start (as readers accept: within 1 KiB). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1024);
  for (let i = 0; i + 5 <= n; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return true;
  }
  return false;
}

interface PdfJsError {
  name?: string;
  code?: number;
  message?: string;
}

function mapError(err: unknown, password: string | undefined): PdfReadError {
  if (err instanceof PdfReadError) return err;
  const e = (err ?? {}) as PdfJsError;
  if (e.name === "PasswordException") {
    // pdf.js: code 1 = a password is needed, 2 = the given password is wrong.
    if (e.code === 2 && password) return new PdfReadError("wrong-password", "the PDF password is incorrect", { cause: err });
    return new PdfReadError("encrypted", "the PDF is encrypted and needs a password", { cause: err });
  }
  const msg = e.message ?? String(err);
  return new PdfReadError("damaged", `the PDF cannot be read: ${msg}`, { cause: err });
}

/** Text-space box of a run → page box (top-left origin), via the run and viewport transforms. */
function runBBox(
  item: { transform: number[]; width: number; height: number },
  ascent: number,
  descent: number,
  toPage: Matrix,
): { bbox: BBox; fontSize: number } | null {
  const [a, b, c, d, e, f] = item.transform as Matrix;
  const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 0;
  const advLen = Math.hypot(a, b) || 1;
  const upLen = Math.hypot(c, d) || 1;
  // Unit vectors along the baseline and up the glyphs, in PDF user space.
  const ux = a / advLen;
  const uy = b / advLen;
  const vx = c / upLen;
  const vy = d / upLen;
  const w = item.width;
  const top = ascent * size;
  const bottom = descent * size;
  const corners: [number, number][] = [
    [e + vx * bottom, f + vy * bottom],
    [e + ux * w + vx * bottom, f + uy * w + vy * bottom],
    [e + vx * top, f + vy * top],
    [e + ux * w + vx * top, f + uy * w + vy * top],
  ];
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [x, y] of corners) {
    const px = toPage[0] * x + toPage[2] * y + toPage[4];
    const py = toPage[1] * x + toPage[3] * y + toPage[5];
    x0 = Math.min(x0, px);
    y0 = Math.min(y0, py);
    x1 = Math.max(x1, px);
    y1 = Math.max(y1, py);
  }
  if (!Number.isFinite(x0 + y0 + x1 + y1)) return null;
  return { bbox: [x0, y0, x1, y1], fontSize: size };
}

/**
 * Opens a PDF and reads it page by page. Use `readPdf` for the whole reading; this is for
 * callers that want to stop early or bound memory on very long files.
 */
export async function* readPdfPages(
  bytes: Uint8Array,
  opts: PdfReadOptions = {},
  info: { pageCount?: number } = {},
): AsyncGenerator<PdfPage, void, void> {
  if (!looksLikePdf(bytes)) throw new PdfReadError("not-a-pdf", "the file is not a PDF (no %PDF- header)");
  const pdfjs = await loadPdfJs();
  const times = opts.stageTimes;
  let t = times ? process.cpuUsage() : null;
  const task = await openPdf(bytes, opts.password, { textOnly: true });
  const OPS = pdfjs.OPS as unknown as OpsCodes;
  // Destroying the loading task makes every pending pdf.js promise reject, which ends the loop below.
  const abandon = () => void task.destroy();
  opts.signal?.addEventListener("abort", abandon, { once: true });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (err) {
      throw mapError(err, opts.password);
    }
    info.pageCount = doc.numPages;
    const last = Math.min(doc.numPages, opts.maxPages ?? Infinity);
    for (let p = 1; p <= last; p++) {
      if (opts.signal?.aborted) throw new PdfReadError("damaged", "reading abandoned (time limit)");
      let page;
      try {
        page = await doc.getPage(p);
      } catch (err) {
        throw mapError(err, opts.password);
      }
      try {
        const viewport = page.getViewport({ scale: 1 });
        const toPage = viewport.transform as Matrix;
        t = lap(times, "open", t);
        const content = await page.getTextContent({ includeMarkedContent: false });
        const runs: TextRun[] = [];
        for (const raw of content.items) {
          if (!("str" in raw)) continue;
          if (raw.str.trim() === "") continue;
          const style = content.styles[raw.fontName];
          // Type 3 fonts report NaN metrics: fall back to typical CJK ones.
          const ascent = Number.isFinite(style?.ascent) && style!.ascent > 0 ? style!.ascent : 0.88;
          const descent = Number.isFinite(style?.descent) && style!.descent <= 0 ? style!.descent : -0.12;
          const box = runBBox(raw, ascent, descent, toPage);
          if (!box) continue;
          runs.push({ str: repairRadicals(raw.str), page: p, bbox: box.bbox, fontName: raw.fontName, fontSize: box.fontSize });
        }
        // Rulings only matter where there is text to place; skipping them on image-only pages
        // also avoids decoding scanned images.
        t = lap(times, "text", t);
        const opList = runs.length > 0 ? await page.getOperatorList() : null;
        t = lap(times, "operators", t);
        const rulings = opList ? operatorListToRulings(opList, OPS, toPage) : { segments: [], rects: [] };
        // The same operator list tells a sandwich page (sandwich-detect.ts): no second pass.
        const marks = opList ? pageMarks(opList, pdfjs.OPS as unknown as SandwichOpsCodes, toPage, viewport) : undefined;
        t = lap(times, "rulings", t);
        yield {
          page: p,
          width: viewport.width,
          height: viewport.height,
          rotation: page.rotate,
          runs,
          segments: rulings.segments,
          rects: rulings.rects,
          ...(marks ? { marks } : {}),
        };
      } catch (err) {
        throw mapError(err, opts.password);
      } finally {
        page.cleanup();
      }
    }
  } finally {
    opts.signal?.removeEventListener("abort", abandon);
    await task.destroy();
  }
}

/** Reads a whole PDF (up to `maxPages`). Throws `PdfReadError` when it cannot be read at all. */
export async function readPdf(bytes: Uint8Array, opts: PdfReadOptions = {}): Promise<PdfReading> {
  const pages: PdfPage[] = [];
  const info: { pageCount?: number } = {};
  for await (const page of readPdfPages(bytes, opts, info)) pages.push(page);
  const pageCount = info.pageCount ?? pages.length;
  const conditions: PdfCondition[] = [];
  if (opts.maxPages != null && pageCount > opts.maxPages) conditions.push({ kind: "limit-exceeded", pageCount, maxPages: opts.maxPages });
  if (pages.every((p) => p.runs.length === 0)) conditions.push({ kind: "no-text-layer", pages: pages.length });
  return { pageCount, pages, conditions };
}

/**
 * Scanned input: image-only PDFs (`readScannedPdf`, kind `pdf-scan`) and PNG, JPEG and TIFF
 * files (`readImage`, kind `image`). Each page image goes through `readPageImage` (deskew,
 * rulings, OCR cell by cell) into a LayoutPage, and every page through the same layout stage a
 * PDF text layer goes through (lattice, page stitching, Grid).
 *
 * Units: layout works in points. For a scanned PDF the boxes stay in the PDF's points; for an
 * image file they are turned back into the image's pixels, as the contract says.
 */
import { scanMessages } from "./messages.js";
import type { Diagnostic } from "../../schema/index.js";
import type { Grid } from "../../layout/grid.js";
import { layoutPages } from "../../layout/to-grid.js";
import type { Extraction, OcrAlternatives, OcrCharacters, OcrReread, ReaderContext } from "../extraction.js";
import { cellsWithCharacters } from "./cell-characters.js";
import { decodeImageFile, ImageReadError } from "../image/decode.js";
import type { GrayImage } from "../image/gray.js";
import type { ColourPage } from "../image/colour.js";
import { sealsOf } from "../image/seals.js";
import { cleanFax, enlargeLowResolutionSplit, type FaxBox } from "../image/fax.js";
import { photoSteps, type CorrectedPhoto } from "../image/photo.js";
import { isBilevel } from "../image/gray.js";
import { pdfPageImages } from "../image/pdf-images.js";
import { stripPool } from "../image/strips.js";
import { scanSettings, type ScanSettings, type ScanSettingsInput } from "../image/settings.js";
import { ocrPool, OcrUnavailableError, yieldToWorkers, type ModelFolder } from "../ocr/tesseract.js";
import { readPageImage, type OcrRun, type ScannedPage } from "./page.js";
import { attachConfidence, cellsWithAlternatives, cellsWithRereads, toOutputBox } from "./confidence.js";

export { readPageImage, type OcrRun, type ScannedPage } from "./page.js";
export { terminateOcr } from "../ocr/tesseract.js";

export interface ScanOptions {
  settings?: ScanSettingsInput;
  model?: ModelFolder;
}

/** A page image with how its pixels map to layout units. */
interface PageImage {
  page: number;
  image: GrayImage | null;
  dpi: number;
  /** Layout units (points) per pixel. */
  scale: number;
}

function looksLikePdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  return head.includes("%PDF-");
}

/** Resolution of an image file that does not state one: an A4 or Letter page is ≈ 11–11.7 inches long. */
function guessDpi(img: GrayImage, fallback: number): number {
  const long = Math.max(img.width, img.height);
  const short = Math.min(img.width, img.height);
  const aspect = long / short;
  if (aspect > 1.25 && aspect < 1.55) return long / 11.69;
  return fallback;
}

export interface ScanReading {
  grid: Grid | null;
  alternatives: OcrAlternatives[];
  characters: OcrCharacters[];
  rereads: OcrReread[];
  pages: ScannedPage[];
  diagnostics: Diagnostic[];
}

/**
 * Page images → Grid with a confidence on every cell read by OCR, and diagnostics: values read
 * with low confidence, labels snapped to the template (for the arithmetic check to record).
 */
export async function readScanPages(images: AsyncIterable<PageImage> | Iterable<PageImage>, ctx: Pick<ReaderContext, "limits" | "lang">, opts: ScanOptions & { pixels: boolean; pageCount?: () => number }): Promise<ScanReading> {
  const s: ScanSettings = scanSettings(opts.settings);
  const pool = ocrPool({ workers: s.workers, ...(opts.model ? { model: opts.model } : {}) });
  const diagnostics: Diagnostic[] = [];
  const msg = scanMessages(ctx.lang);
  const scanned: ScannedPage[] = [];
  const scales = new Map<number, number>();
  const started = Date.now();
  pool.deepen(false);
  // Pages overlap: the next page is decoded, flattened and its rulings found on the main thread
  // while the OCR workers still read this page's cells (jobs are posted to them ahead,
  // ../ocr/tesseract.ts), so neither the workers wait for the pixels nor the pixels for the
  // workers' last long lines. At most two pages are in hand.
  let reading: Promise<ScannedPage> | null = null;
  for await (const pi of images) {
    if (Date.now() - started > ctx.limits.timeoutMs) {
      diagnostics.push({ code: "limit-exceeded", severity: "error", message: msg.ocrTimeout(scanned.length) });
      break;
    }
    if (!pi.image) {
      diagnostics.push({ code: "empty-page", severity: "info", message: msg.noImage(pi.page), source: { text: "", page: pi.page } });
      continue;
    }
    if (process.env.JIXIAO_DEBUG_SCAN) process.stderr.write(`[scan] p${pi.page} image in hand, at ${performance.now().toFixed(0)}\n`);
    scales.set(pi.page, pi.scale);
    diagnostics.push(...sealDiagnostics(pi, s, opts.pixels, ctx.lang));
    // A fax's page: speckle removed, broken rulings bridged, enlarged to a resolution OCR reads well (../image/fax.ts).
    // Boxes still come out in the file's own units: `scales` keeps the page's own scale.
    // A phone photo: the page found on the desk, made upright, flat and evenly lit
    // (../image/photo.ts). Its boxes come out on the flattened page, scaled to the photo's width.
    // Its steps with pauses between them, for the workers' finished jobs to be collected.
    const steps = isBilevel(pi.image) ? null : photoSteps(pi.image, pi.dpi, s, stripPool());
    let photo: CorrectedPhoto | null = null;
    for (const step of steps ?? []) {
      await yieldToWorkers();
      photo = await step();
    }
    if (photo) Object.assign(pi, { scale: (pi.scale * pi.image.width) / photo.image.width, dpi: photo.dpi, image: photo.image });
    const bilevel = pi.dpi < s.lowDpi && isBilevel(pi.image);
    const semicolons: FaxBox[] = [];
    const { image, factor } = await enlargeLowResolutionSplit(bilevel ? cleanFax(pi.image, pi.dpi, s, semicolons) : pi.image, pi.dpi, s, bilevel, stripPool());
    if (process.env.JIXIAO_DEBUG_SCAN) process.stderr.write(`[scan] p${pi.page} flattened, at ${performance.now().toFixed(0)}\n`);
    await yieldToWorkers();
    let posted = (): void => {};
    const jobsPosted = new Promise<void>((resolve) => (posted = resolve));
    const next = readPageImage(image, { page: pi.page, dpi: pi.dpi * factor, scale: pi.scale / factor, settings: s, pool, lang: ctx.lang, photo: photo !== null, ...(bilevel && factor !== 1 ? { faxDpi: pi.dpi, faxSemicolons: semicolons.map((b) => b.map((v) => v * factor) as FaxBox) } : {}), posted });
    // Its failure is reported when it is awaited, after the page before it.
    next.catch(() => {});
    // The next page is taken (decoded, flattened: long stretches of the main thread) only once
    // this page's cells are posted to the workers; taken at this page's first pause, it held
    // this page's own preparation back and the workers waited through both (d-photo-p12: its
    // first cell posted 3.6 s after the page began, of which 1 s was its own work).
    await Promise.race([jobsPosted, next.then(() => {}, () => {})]);
    // The main thread is now busy elsewhere (the next page) in long steps: the workers are
    // given more of this page's jobs at once meanwhile.
    pool.deepen(true);
    if (reading) scanned.push(await reading);
    reading = next;
    pi.image = null;
  }
  pool.deepen(false);
  if (reading) scanned.push(await reading);
  if (scanned.length === 0) return { grid: null, alternatives: [], characters: [], rereads: [], pages: scanned, diagnostics };

  const layout = layoutPages(
    scanned.map((p) => p.layout),
    {},
    opts.pageCount?.() ?? scanned.length,
  );
  const runsByPage = new Map<number, OcrRun[]>(scanned.map((p) => [p.layout.page, p.layout.runs]));
  const withAlternatives = cellsWithAlternatives(layout.grid, runsByPage);
  const withCharacters = cellsWithCharacters(layout.grid, runsByPage);
  const withRereads = cellsWithRereads(layout.grid, runsByPage);
  diagnostics.push(...attachConfidence(layout.grid, runsByPage, { lowConfidence: s.lowConfidence, lang: ctx.lang, scaleOf: (page) => (opts.pixels ? (scales.get(page) ?? 1) : 1) }));
  for (const p of scanned) {
    for (const r of p.layout.runs) {
      if (!r.corrected) continue;
      const bbox = toOutputBox(r.bbox, opts.pixels ? (scales.get(p.layout.page) ?? 1) : 1);
      diagnostics.push({
        code: "ocr-label-snapped",
        severity: "info",
        message: msg.labelSnapped(r.corrected.from, r.str),
        source: { text: r.str, page: p.layout.page, bbox, confidence: r.confidence, corrected: r.corrected },
      });
    }
  }
  // After attachConfidence: the cells' boxes are in output units now, as in `sources`.
  const alternatives = withAlternatives.flatMap(({ cell, texts }) => (cell.source.bbox && cell.source.page !== undefined ? [{ page: cell.source.page, bbox: cell.source.bbox, texts }] : []));
  const characters = withCharacters.flatMap(({ cell, text, confidences, second }) => (cell.source.bbox && cell.source.page !== undefined ? [{ page: cell.source.page, bbox: cell.source.bbox, text, confidences, ...(second ? { second } : {}) }] : []));
  const rereads = withRereads.flatMap(({ cell, read }) => (cell.source.bbox && cell.source.page !== undefined ? [{ page: cell.source.page, bbox: cell.source.bbox, read }] : []));
  return { grid: layout.grid, alternatives, characters, rereads, pages: scanned, diagnostics };
}

/** Each seal and coloured pen mark found on the page (its ink already dropped by the decoder), as a diagnostic with page and box. */
function sealDiagnostics(pi: PageImage, s: ScanSettings, pixels: boolean, lang: ReaderContext["lang"]): Diagnostic[] {
  const marks = (pi.image as ColourPage | null)?.colourMarks;
  if (!marks) return [];
  return sealsOf(marks, pi.dpi, s).map((seal) => ({
    code: seal.kind === "seal" ? "seal" : "handwriting",
    severity: "info" as const,
    message: (seal.kind === "seal" ? scanMessages(lang).sealFound : scanMessages(lang).penFound)(seal.ink, pi.page),
    // The box is in the decoded image's pixels: an image file's own unit, or turned into the PDF's points.
    source: { text: "", page: pi.page, bbox: pixels ? seal.bbox : toOutputBox(seal.bbox, 1 / pi.scale) },
  }));
}

/**
 * The OCR workers started while the file is decoded and its first page prepared (they load
 * their model in their own threads; a cold `jixiao parse` waited for both one after the other).
 */
function warmOcr(opts: ScanOptions): void {
  // The strip helpers too (../image/strips.ts): the first page's pixel passes are spread over them.
  stripPool().warm();
  ocrPool({ workers: scanSettings(opts.settings).workers, ...(opts.model ? { model: opts.model } : {}) }).warm();
}

function ocrFailure(kind: "pdf-scan" | "image", err: unknown, pages: number | null, lang: ReaderContext["lang"]): Extraction {
  const e = err as Error;
  const msg = scanMessages(lang);
  if (err instanceof OcrUnavailableError) return { grid: null, kind, pages, diagnostics: [{ code: "ocr-unavailable", severity: "error", message: msg.ocrUnavailable(e.message) }] };
  if (err instanceof ImageReadError) {
    const code = err.code === "limit-exceeded" ? "limit-exceeded" : "unreadable-file";
    return { grid: null, kind, pages, diagnostics: [{ code, severity: "error", message: msg.imageUnreadable(e.message) }] };
  }
  return { grid: null, kind, pages, diagnostics: [{ code: "unreadable-file", severity: "error", message: msg.scanUnreadable(e?.message ?? String(err)) }] };
}

/** An image-only PDF → Grid by OCR. The pipeline sends PDFs without a text layer here. */
export async function readScannedPdf(bytes: Uint8Array, ctx: ReaderContext, opts: ScanOptions = {}): Promise<Extraction> {
  const info: { pageCount?: number } = {};
  try {
    warmOcr(opts);
    const images = (async function* () {
      for await (const p of pdfPageImages(bytes, { password: ctx.password, maxPages: ctx.limits.maxPages, maxPixels: ctx.limits.maxPixels, info })) {
        const dpi = p.image?.dpi ?? 300;
        yield { page: p.page, image: p.image, dpi, scale: p.image ? p.width / p.image.width : 1 };
      }
    })();
    const r = await readScanPages(images, ctx, { ...opts, pixels: false, pageCount: () => info.pageCount ?? 0 });
    const pages = info.pageCount ?? r.pages.length;
    if (pages > ctx.limits.maxPages) r.diagnostics.push({ code: "limit-exceeded", severity: "warning", message: scanMessages(ctx.lang).pagesLimited(pages, ctx.limits.maxPages) });
    return { grid: r.grid, kind: "pdf-scan", pages, diagnostics: r.diagnostics, ocrAlternatives: r.alternatives, ocrCharacters: r.characters, ocrRereads: r.rereads };
  } catch (err) {
    return ocrFailure("pdf-scan", err, info.pageCount ?? null, ctx.lang);
  }
}

/** PNG, JPEG or TIFF (every page) → Grid by OCR. A PDF handed here is read as a scanned PDF. */
export async function readImage(bytes: Uint8Array, ctx: ReaderContext, opts: ScanOptions = {}): Promise<Extraction> {
  if (looksLikePdf(bytes)) return readScannedPdf(bytes, ctx, opts);
  let pageCount: number | null = null;
  try {
    warmOcr(opts);
    const s = scanSettings(opts.settings);
    const decoded = await decodeImageFile(bytes, { maxPixels: ctx.limits.maxPixels, maxPages: ctx.limits.maxPages });
    pageCount = decoded.pageCount;
    const images: PageImage[] = decoded.pages.map((image, i) => {
      const dpi = image.dpi ?? guessDpi(image, s.fallbackDpi);
      return { page: i + 1, image, dpi, scale: 72 / dpi };
    });
    const r = await readScanPages(images, ctx, { ...opts, pixels: true, pageCount: () => decoded.pageCount });
    if (decoded.pageCount > decoded.pages.length) r.diagnostics.push({ code: "limit-exceeded", severity: "warning", message: scanMessages(ctx.lang).pagesLimited(decoded.pageCount, decoded.pages.length) });
    return { grid: r.grid, kind: "image", pages: decoded.pageCount, diagnostics: r.diagnostics, ocrAlternatives: r.alternatives, ocrCharacters: r.characters, ocrRereads: r.rereads };
  } catch (err) {
    return ocrFailure("image", err, pageCount, ctx.lang);
  }
}

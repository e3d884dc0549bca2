/**
 * The PDF text-layer path up to the Grid, in one call, for the pipeline:
 * bytes → readPdf → layout (lattice/stream, stitched pages) → Grid, with problems as diagnostics.
 * Never throws for bad input.
 */
import type { Diagnostic } from "../../schema/index.js";
import type { Grid } from "../../layout/grid.js";
import type { LayoutSettingsInput } from "../../layout/settings.js";
import { layoutPages } from "../../layout/to-grid.js";
import { PdfReadError, pdfDiagnostic } from "./errors.js";
import { readPdf, type PdfReading } from "./read-pdf.js";
import { isSandwich } from "./sandwich.js";

export { readPdf, readPdfPages, looksLikePdf, type PdfPage, type PdfReading, type PdfReadOptions } from "./read-pdf.js";
export { PdfReadError, pdfDiagnostic, type PdfCondition, type PdfErrorKind } from "./errors.js";

export interface PdfGridOptions {
  password?: string;
  maxPages?: number;
  /** Write a layout picture per page into this folder. */
  debugLayout?: string;
  layout?: LayoutSettingsInput;
  lang?: "zh" | "en";
  /** Aborts when the input's time limit has passed. */
  signal?: AbortSignal | undefined;
}

export interface PdfGridResult {
  /** Null when the file could not be read, or has no text layer (a scan). */
  grid: Grid | null;
  pages: number | null;
  /** True when no page has text: the input is for the scan path. */
  scan: boolean;
  /** Set when the pages are scans under an invisible OCR text layer: the reading, for `readSandwichPdf`. */
  sandwich?: PdfReading;
  diagnostics: Diagnostic[];
}

export async function readPdfToGrid(bytes: Uint8Array, opts: PdfGridOptions = {}): Promise<PdfGridResult> {
  let reading;
  try {
    reading = await readPdf(bytes, { password: opts.password, maxPages: opts.maxPages, signal: opts.signal });
  } catch (err) {
    const e = err instanceof PdfReadError ? err : new PdfReadError("damaged", String((err as Error)?.message ?? err), { cause: err });
    return { grid: null, pages: null, scan: false, diagnostics: [pdfDiagnostic(e, opts.lang)] };
  }
  const diagnostics = reading.conditions.map((c) => pdfDiagnostic(c, opts.lang));
  const scan = reading.conditions.some((c) => c.kind === "no-text-layer");
  if (scan) return { grid: null, pages: reading.pageCount, scan, diagnostics };
  if (isSandwich(reading)) return { grid: null, pages: reading.pageCount, scan, sandwich: reading, diagnostics };
  const layout = layoutPages(reading.pages, opts.layout ?? {}, reading.pageCount);
  if (opts.debugLayout) {
    const { writeDebugLayout } = await import("../../layout/debug-draw.js");
    await writeDebugLayout(reading.pages, layout, opts.debugLayout);
  }
  return { grid: layout.grid, pages: reading.pageCount, scan, diagnostics };
}

import type { Extraction, ReaderContext } from "./extraction.js";
import { readPdfToGrid } from "./pdf/index.js";

/**
 * PDF → Grid through its text layer. A PDF without one is a scan: it goes to the scan reader
 * (registered as `pdf-scan`) when there is one, else the reader's diagnostic says so.
 */
export async function readPdfInput(bytes: Uint8Array, ctx: ReaderContext): Promise<Extraction> {
  const r = await readPdfToGrid(bytes, { password: ctx.password, maxPages: ctx.limits.maxPages, debugLayout: ctx.debugLayout, signal: ctx.signal, lang: ctx.lang });
  if (r.scan) {
    const { readers } = await import("./readers.js");
    const scanReader = readers["pdf-scan"];
    if (scanReader) return scanReader(bytes, ctx);
    return { grid: null, kind: "pdf-scan", pages: r.pages, diagnostics: r.diagnostics };
  }
  if (r.sandwich) {
    // Page images under an invisible OCR layer: read through the layer, or OCR'd again when it is poor.
    const { readSandwichPdf } = await import("./pdf/sandwich.js");
    const s = await readSandwichPdf(bytes, r.sandwich, ctx);
    return { ...s, diagnostics: [...r.diagnostics, ...s.diagnostics] };
  }
  return { grid: r.grid, kind: "pdf", pages: r.pages, diagnostics: r.diagnostics };
}

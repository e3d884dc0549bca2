/**
 * Loads pdf.js (the legacy build, the one that runs on Node 20) once per process, with the
 * package's own cMaps and standard font data: without the cMaps, PDFs whose CJK fonts are not
 * embedded (STSong-Light with UniGB-UCS2-H, common from iText and reportlab) yield no text.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

let loading: Promise<PdfJs> | null = null;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= import("pdfjs-dist/legacy/build/pdf.mjs");
  return loading;
}

let dirs: { cMapUrl: string; standardFontDataUrl: string } | null = null;

/** Folders inside the installed pdfjs-dist package, with the trailing slash pdf.js expects. */
export function pdfJsDataDirs(): { cMapUrl: string; standardFontDataUrl: string } {
  if (!dirs) {
    const root = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
    dirs = { cMapUrl: join(root, "cmaps") + "/", standardFontDataUrl: join(root, "standard_fonts") + "/" };
  }
  return dirs;
}

/**
 * Opens a PDF with the options every caller needs: the package's cMaps and standard fonts, no
 * eval, no system fonts, no console noise. pdf.js may detach the buffer it is given, so it gets a
 * copy. Returns the loading task (`task.promise` for the document, `task.destroy()` to free it).
 */
export async function openPdf(bytes: Uint8Array, password?: string) {
  const pdfjs = await loadPdfJs();
  const { cMapUrl, standardFontDataUrl } = pdfJsDataDirs();
  return pdfjs.getDocument({
    data: new Uint8Array(bytes),
    password,
    cMapUrl,
    cMapPacked: true,
    standardFontDataUrl,
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
  });
}

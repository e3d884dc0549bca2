/**
 * The page images of an image-only PDF (a scan): for each page, the largest image it paints,
 * as pdf.js decodes it (`paintImageXObject` → `page.objs`), turned to gray. The page size gives
 * the resolution. Pages are handed out one at a time and released, since a 300 dpi page is
 * tens of megabytes as pdf.js holds it.
 */
import { loadPdfJs, openPdf } from "../pdf/pdfjs.js";
import { fromBits, rotateQuarter, type GrayImage } from "./gray.js";
import { colourToGray } from "./colour.js";
import { scanSettings } from "./settings.js";

export interface PdfPageImage {
  page: number;
  /** Null when the page paints no image (nothing to read on it). */
  image: GrayImage | null;
  /** Page size in points, after the page's /Rotate. */
  width: number;
  height: number;
}

interface PdfJsImage {
  width: number;
  height: number;
  kind?: number;
  data?: Uint8Array | Uint8ClampedArray;
}

/** pdf.js ImageKind: 1 = 1 bit gray (a set bit is white), 2 = RGB, 3 = RGBA. */
function toGrayImage(img: PdfJsImage): GrayImage | null {
  if (!img?.data || !img.width || !img.height) return null;
  if (img.kind === 1) return fromBits(img.data as Uint8Array, img.width, img.height, false);
  // Colour pages: seal ink dropped before OCR (./colour.ts).
  if (img.kind === 2) return colourToGray(img.data, img.width, img.height, 3, scanSettings());
  if (img.kind === 3) return colourToGray(img.data, img.width, img.height, 4, scanSettings());
  return null;
}

export interface PdfImageOptions {
  password?: string;
  maxPages?: number;
  maxPixels?: number;
  info?: { pageCount?: number };
}

export async function* pdfPageImages(bytes: Uint8Array, opts: PdfImageOptions = {}): AsyncGenerator<PdfPageImage, void, void> {
  const pdfjs = await loadPdfJs();
  const task = await openPdf(bytes, opts.password);
  try {
    const doc = await task.promise;
    if (opts.info) opts.info.pageCount = doc.numPages;
    const last = Math.min(doc.numPages, opts.maxPages ?? Infinity);
    const OPS = pdfjs.OPS;
    for (let p = 1; p <= last; p++) {
      const page = await doc.getPage(p);
      try {
        const viewport = page.getViewport({ scale: 1 });
        const ops = await page.getOperatorList();
        let best: GrayImage | null = null;
        for (let i = 0; i < ops.fnArray.length; i++) {
          const fn = ops.fnArray[i];
          let raw: PdfJsImage | null = null;
          if (fn === OPS.paintImageXObject) {
            const id = ops.argsArray[i][0] as string;
            raw = await new Promise<PdfJsImage>((resolve) => {
              if (page.objs.has(id)) resolve(page.objs.get(id) as PdfJsImage);
              else page.commonObjs.has(id) ? resolve(page.commonObjs.get(id) as PdfJsImage) : page.objs.get(id, resolve as (d: unknown) => void);
            });
          } else if (fn === OPS.paintInlineImageXObject) raw = ops.argsArray[i][0] as PdfJsImage;
          if (!raw) continue;
          if (opts.maxPixels && raw.width * raw.height > opts.maxPixels) throw new Error(`a page image has ${raw.width * raw.height} pixels (limit ${opts.maxPixels})`);
          if (best && best.width * best.height >= raw.width * raw.height) continue;
          best = toGrayImage(raw);
        }
        // The page's /Rotate turns what is shown; the image is stored unturned.
        const turns = Math.round((((page.rotate ?? 0) % 360) + 360) % 360 / 90);
        if (best && turns) best = rotateQuarter(best, turns);
        if (best) best.dpi = (best.width * 72) / viewport.width;
        yield { page: p, image: best, width: viewport.width, height: viewport.height };
      } finally {
        page.cleanup();
      }
    }
  } finally {
    await task.destroy();
  }
}

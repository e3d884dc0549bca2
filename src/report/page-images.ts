/**
 * Page pictures for the report: PDF pages rendered with pdf.js onto @napi-rs/canvas, image
 * files scaled down, both as JPEG data URLs at a modest resolution to keep the report small.
 * Sizes are returned in the units of the Documents' bboxes (PDF points with the page's /Rotate
 * applied, as the reader gives them; pixels of the original image), so boxes line up.
 */
import { createRequire } from "node:module";
import { openPdf } from "../extract/pdf/pdfjs.js";
import type { Document } from "../schema/index.js";
import type { PageImage } from "./page-view.js";

export const pageImageSettings = {
  /** Pixels per PDF point (1.5 ≈ 108 dpi: table text stays legible, a page costs ≈100–200 KB). */
  pdfScale: 1.5,
  /** Longest side of a scaled-down image input, in pixels. */
  maxImageSide: 1400,
  /** JPEG quality, 0–100. */
  jpegQuality: 70,
  /** Pages rendered per document at most (a report of a 300-page scan stays openable). */
  maxPages: 20,
  /**
   * System fonts that stand in for the generic families pdf.js falls back to when a PDF's CJK
   * font is not embedded (STSong-Light and the like): without them every character is a box.
   */
  cjkSerif: ["Noto Serif CJK SC", "AR PL UMing CN", "Noto Serif CJK JP", "AR PL UMing TW", "WenQuanYi Zen Hei", "Noto Sans CJK SC"],
  cjkSans: ["Noto Sans CJK SC", "WenQuanYi Zen Hei", "Noto Sans CJK JP", "Noto Serif CJK SC", "AR PL UMing CN"],
} as const;

let fontsAliased = false;

/**
 * Points pdf.js's generic fallback families at installed CJK fonts, in the copy of
 * @napi-rs/canvas pdf.js itself loads (pdfjs-dist pins its own). Once per process; a no-op
 * where no such font is installed.
 */
function aliasCjkFallbacks(): void {
  if (fontsAliased) return;
  fontsAliased = true;
  try {
    const req = createRequire(createRequire(import.meta.url).resolve("pdfjs-dist/legacy/build/pdf.mjs"));
    const { GlobalFonts } = req("@napi-rs/canvas") as { GlobalFonts: { families: { family: string }[]; setAlias?: (family: string, alias: string) => void } };
    if (typeof GlobalFonts.setAlias !== "function") return;
    const installed = new Set(GlobalFonts.families.map((f) => f.family));
    const serif = pageImageSettings.cjkSerif.find((f) => installed.has(f));
    const sans = pageImageSettings.cjkSans.find((f) => installed.has(f));
    if (serif) GlobalFonts.setAlias(serif, "serif");
    if (sans) GlobalFonts.setAlias(sans, "sans-serif");
  } catch {
    // the picture is still drawn, with boxes for the missing glyphs
  }
}

/** Pages of `doc` that some form's sources point at (the only ones worth a picture). */
export function pagesInUse(doc: Document): number[] {
  const pages = new Set<number>();
  for (const f of doc.forms) for (const s of Object.values(f.sources ?? {})) if (s.page !== undefined && s.bbox !== undefined) pages.add(s.page);
  return [...pages].sort((a, b) => a - b).slice(0, pageImageSettings.maxPages);
}

/** Renders the pages a Document's forms were read from; [] when its kind has no pages to show. */
export async function renderPageImages(doc: Document, bytes: Uint8Array, password?: string): Promise<PageImage[]> {
  const pages = pagesInUse(doc);
  if (pages.length === 0) return [];
  if (doc.source.kind === "pdf" || doc.source.kind === "pdf-scan" || doc.source.kind === "pdf-sandwich") return renderPdfPages(bytes, pages, password);
  if (doc.source.kind === "image") return renderImage(bytes);
  return [];
}

async function renderPdfPages(bytes: Uint8Array, pages: readonly number[], password?: string): Promise<PageImage[]> {
  aliasCjkFallbacks();
  const task = await openPdf(bytes, password);
  const out: PageImage[] = [];
  try {
    const pdf = await task.promise;
    for (const n of pages) {
      if (n > pdf.numPages) continue;
      const page = await pdf.getPage(n);
      try {
        const unit = page.getViewport({ scale: 1 });
        const viewport = page.getViewport({ scale: pageImageSettings.pdfScale });
        // The canvas must come from pdf.js's own factory: pdfjs-dist pins its own @napi-rs/canvas,
        // and its Path2D objects are rejected by another copy's context.
        const { canvas, context: ctx } = (pdf as unknown as { canvasFactory: CanvasFactory }).canvasFactory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
        ctx.fillStyle = "#ffffff";
        ctx.fillRect(0, 0, canvas.width, canvas.height);
        // pdf.js types expect a DOM canvas; @napi-rs/canvas implements the parts it draws with.
        await page.render({ canvasContext: ctx, canvas, viewport } as unknown as Parameters<typeof page.render>[0]).promise;
        const jpeg = await canvas.encode("jpeg", pageImageSettings.jpegQuality);
        out.push({ page: n, width: unit.width, height: unit.height, dataUrl: `data:image/jpeg;base64,${Buffer.from(jpeg).toString("base64")}` });
      } finally {
        page.cleanup();
      }
    }
  } finally {
    await task.destroy();
  }
  return out;
}

interface NapiCanvas {
  width: number;
  height: number;
  encode(format: "jpeg", quality: number): Promise<Uint8Array>;
}

interface CanvasFactory {
  create(width: number, height: number): { canvas: NapiCanvas; context: { fillStyle: string; fillRect(x: number, y: number, w: number, h: number): void } };
}

async function renderImage(bytes: Uint8Array): Promise<PageImage[]> {
  const { createCanvas, loadImage } = await import("@napi-rs/canvas");
  const img = await loadImage(Buffer.from(bytes));
  const k = Math.min(1, pageImageSettings.maxImageSide / Math.max(img.width, img.height));
  const canvas = createCanvas(Math.max(1, Math.round(img.width * k)), Math.max(1, Math.round(img.height * k)));
  canvas.getContext("2d").drawImage(img, 0, 0, canvas.width, canvas.height);
  const jpeg = await canvas.encode("jpeg", pageImageSettings.jpegQuality);
  return [{ page: 1, width: img.width, height: img.height, dataUrl: `data:image/jpeg;base64,${Buffer.from(jpeg).toString("base64")}` }];
}

/**
 * Type 3 glyph programs left unparsed for text-only documents (src/extract/pdf/worker-type3.ts):
 * the text read is the same with the check on and off — on a Skia form of 76 Type 3 fonts, and on
 * small PDFs made here where the glyph programs do change the font's box (an empty FontBBox, a
 * d1 box ten times the font's, a glyph not starting with d0/d1), which must go to pdf.js's own load.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { PdfWriter } from "../../../scripts/pdf/minimal-pdf.js";
import { loadPdfJs, openPdf, pdfJsSettings } from "../../../src/extract/pdf/pdfjs.js";
import { readPdf, type PdfReading } from "../../../src/extract/pdf/read-pdf.js";
import { workerHooks } from "../../../src/extract/pdf/worker-cmap-cache.js";

/** One page of text `ab` in a Type 3 font whose glyphs are `glyph('a')`, `glyph('b')`, drawn at font size 1 scaled by Tm with a FontMatrix other than 1/1000 (where pdf.js scales the text's height by the font's box). */
function type3Pdf(fontBBox: string, glyph: (name: string) => string): Uint8Array {
  const w = new PdfWriter();
  const catalog = w.reserve();
  const pages = w.reserve();
  const a = w.stream("", Buffer.from(glyph("a"), "latin1"));
  const b = w.stream("", Buffer.from(glyph("b"), "latin1"));
  const font = w.add(
    `<< /Type /Font /Subtype /Type3 /FontBBox [${fontBBox}] /FontMatrix [0.01 0 0 0.01 0 0] /CharProcs << /a ${a} 0 R /b ${b} 0 R >> ` +
      `/Encoding << /Type /Encoding /Differences [97 /a /b] >> /FirstChar 97 /LastChar 98 /Widths [60 60] /Resources << >> >>`,
  );
  const content = w.stream("", Buffer.from("BT /T3 1 Tf 12 0 0 12 100 700 Tm (ab) Tj ET", "latin1"));
  const page = w.add(`<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /T3 ${font} 0 R >> >> /Contents ${content} 0 R >>`);
  w.set(pages, `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
  w.set(catalog, `<< /Type /Catalog /Pages ${pages} 0 R >>`);
  return new Uint8Array(w.build(catalog));
}

const square = "0 0 m 50 0 l 50 70 l 0 70 l f";

/** Reads with the check on and off; returns both readings (font names without pdf.js's document number) and how many fonts the check skipped. */
async function bothWays(bytes: Uint8Array): Promise<{ on: unknown; off: unknown; checked: number; skipped: number }> {
  const hooks = workerHooks();
  if (!hooks) throw new Error("the patched pdf.js worker is not loaded");
  const sansDoc = (r: PdfReading) => JSON.parse(JSON.stringify(r).replace(/"g_d\d+_/g, '"g_'));
  pdfJsSettings.type3TextOnly = false;
  const off = sansDoc(await readPdf(bytes));
  pdfJsSettings.type3TextOnly = true;
  const before = { ...hooks.type3 };
  const on = sansDoc(await readPdf(bytes));
  return { on, off, checked: hooks.type3.checked - before.checked, skipped: hooks.type3.skipped - before.skipped };
}

beforeAll(async () => {
  await loadPdfJs();
});

afterEach(() => {
  pdfJsSettings.type3TextOnly = true;
});

describe("Type 3 fonts read for their text only", () => {
  it("skips the glyph programs of a Skia form's fonts and reads the same text", async () => {
    const bytes = new Uint8Array(readFileSync(join(import.meta.dirname, "..", "..", "..", "fixtures", "pdf", "p14-central-serif-small.pdf")));
    const r = await bothWays(bytes);
    expect(r.on).toEqual(r.off);
    const text = (r.on as PdfReading).pages.flatMap((p) => p.runs.map((run) => run.str));
    expect(text).toContain("实施单位");
    expect(r.checked).toBeGreaterThan(50);
    expect(r.skipped).toBe(r.checked);
  });

  it("skips glyphs whose d1 boxes fit the font's box", async () => {
    const r = await bothWays(type3Pdf("0 0 100 100", () => `60 0 0 0 50 70 d1 ${square}`));
    expect(r.on).toEqual(r.off);
    expect(r).toMatchObject({ checked: 1, skipped: 1 });
  });

  it("lets pdf.js load the glyphs when they change the font's box", async () => {
    // Empty FontBBox: pdf.js guesses it from the d0 glyphs' paths.
    const guessed = await bothWays(type3Pdf("0 0 0 0", () => `60 0 d0 ${square}`));
    // A d1 box ten times the font's: pdf.js takes the glyphs' boxes instead.
    const widened = await bothWays(type3Pdf("0 0 5 5", () => `60 0 0 0 50 70 d1 ${square}`));
    // A glyph that does not start with d0 or d1.
    const odd = await bothWays(type3Pdf("0 0 100 100", (n) => (n === "b" ? `q ${square} Q` : `60 0 d0 ${square}`)));
    for (const r of [guessed, widened, odd]) {
      expect(r.on).toEqual(r.off);
      expect(r).toMatchObject({ checked: 1, skipped: 0 });
    }
    // The box pdf.js found changes the text's height there: the comparison above means something.
    const height = (r: unknown) => {
      const [x0, y0, x1, y1] = (r as PdfReading).pages[0]!.runs[0]!.bbox;
      return (y1 - y0) / (x1 - x0);
    };
    const plain = await bothWays(type3Pdf("0 0 100 100", () => `60 0 0 0 50 70 d1 ${square}`));
    expect(height(widened.on)).not.toBeCloseTo(height(plain.on), 3);
  });

  it("loads every glyph for documents that are drawn", async () => {
    const hooks = workerHooks()!;
    const before = hooks.type3.checked;
    const task = await openPdf(type3Pdf("0 0 100 100", () => `60 0 0 0 50 70 d1 ${square}`));
    try {
      const page = await (await task.promise).getPage(1);
      const text = await page.getTextContent();
      expect(text.items.map((i) => ("str" in i ? i.str : "")).join("")).toBe("ab");
    } finally {
      await task.destroy();
    }
    expect(hooks.type3.checked).toBe(before);
    expect(hooks.textOnlyDocs.size).toBe(0);
  });
});

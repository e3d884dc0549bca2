/**
 * The pixel stages without OCR: turning, deskew, binarisation of an unevenly lit page, ruling
 * detection (synthetic grids whose lines are known, and a real scan checked against the lattice
 * of the PDF it was printed from), page images from TIFF and image-only PDFs.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findTables } from "../../../src/layout/find-tables.js";
import { readPdf } from "../../../src/extract/pdf/read-pdf.js";
import { binarise } from "../../../src/extract/image/binarise.js";
import { decodeImageFile, ImageReadError } from "../../../src/extract/image/decode.js";
import { grayImage, rotateQuarter, rotateSmall, type GrayImage } from "../../../src/extract/image/gray.js";
import { pdfPageImages } from "../../../src/extract/image/pdf-images.js";
import { findRulings, rulingsToSegments } from "../../../src/extract/image/rulings.js";
import { scanSettings } from "../../../src/extract/image/settings.js";
import { estimateSkew } from "../../../src/extract/image/skew.js";

const SCAN = join(__dirname, "..", "..", "..", "fixtures", "scan");
const PDF = join(__dirname, "..", "..", "..", "fixtures", "pdf");
const s = scanSettings();
const limits = { maxPixels: 60_000_000, maxPages: 50 };

function fillRect(img: GrayImage, x0: number, y0: number, x1: number, y1: number, v = 0): void {
  for (let y = y0; y < y1; y++) img.data.fill(v, y * img.width + x0, y * img.width + x1);
}

/** A ruled grid: horizontal lines at `ys`, vertical at `xs`, 3 px thick, plus short text-like strokes in the cells. */
function gridPage(xs: number[], ys: number[]): GrayImage {
  const img = grayImage(1200, 900);
  for (const y of ys) fillRect(img, xs[0]!, y - 1, xs[xs.length - 1]! + 2, y + 2);
  for (const x of xs) fillRect(img, x - 1, ys[0]!, x + 2, ys[ys.length - 1]! + 2);
  // "Text": strokes shorter than a ruling, some lined up as a row of characters would be.
  for (let c = 0; c < xs.length - 1; c++) {
    for (let r = 0; r < ys.length - 1; r++) {
      const x = xs[c]! + 20;
      const y = ys[r]! + 25;
      for (let k = 0; k < 4; k++) {
        fillRect(img, x + k * 40, y, x + k * 40 + 30, y + 3);
        fillRect(img, x + k * 40 + 14, y - 12, x + k * 40 + 17, y + 20);
      }
    }
  }
  return img;
}

describe("quarter turns", () => {
  it("moves a pixel as a clockwise turn does, and four turns give the image back", () => {
    const img = grayImage(5, 3);
    img.data[1 * 5 + 4] = 0; // (x 4, y 1)
    const once = rotateQuarter(img, 1);
    expect([once.width, once.height]).toEqual([3, 5]);
    // Clockwise: (x, y) → (h - 1 - y, x) = (1, 4).
    expect(once.data[4 * 3 + 1]).toBe(0);
    expect(rotateQuarter(rotateQuarter(once, 1), 2).data).toEqual(img.data);
  });
});

describe("skew", () => {
  it("measures a known turn of a ruled page and undoing it levels the rulings", () => {
    const page = gridPage([100, 400, 700, 1000], [150, 300, 450, 600]);
    const turned = rotateSmall(page, 2); // counter-clockwise: rulings rise to the right
    const ink = binarise(turned, s, 200).ink;
    const est = estimateSkew(ink, turned.width, turned.height, 5);
    expect(est).toBeCloseTo(-2, 1);
    const level = rotateSmall(turned, est);
    const again = estimateSkew(binarise(level, s, 200).ink, level.width, level.height, 5);
    expect(Math.abs(again)).toBeLessThanOrEqual(0.1);
  });

  it("finds the turn the fixture generator applied (`-rotate -0.4`: 0.4° counter-clockwise, rulings rising)", async () => {
    const { pages } = await decodeImageFile(new Uint8Array(readFileSync(join(SCAN, "s-m01-200-png.png"))), limits);
    const img = pages[0]!;
    const est = estimateSkew(binarise(img, s, 200).ink, img.width, img.height, 5);
    expect(est).toBeLessThan(-0.25);
    expect(est).toBeGreaterThan(-0.55);
  });
});

describe("binarisation", () => {
  it("finds ink on both the bright and the dark side of an unevenly lit page, and no ink in the shadow", () => {
    const img = grayImage(600, 200);
    for (let y = 0; y < 200; y++) for (let x = 0; x < 600; x++) img.data[y * 600 + x] = Math.round(250 - (x / 600) * 150); // 250 → 100
    fillRect(img, 50, 90, 90, 94, 40); // ink on bright paper
    fillRect(img, 520, 90, 560, 94, 20); // ink in the shadow (paper ≈ 115 there)
    const { ink } = binarise(img, s, 150);
    const at = (x: number, y: number) => ink[y * 600 + x];
    expect(at(70, 92)).toBe(1);
    expect(at(540, 92)).toBe(1);
    let shadowInk = 0;
    for (let y = 0; y < 60; y++) for (let x = 450; x < 600; x++) shadowInk += ink[y * 600 + x]!;
    expect(shadowInk).toBe(0);
  });
});

describe("rulings", () => {
  it("finds exactly the drawn lines, not the text strokes, and the lattice cuts the cells", () => {
    const xs = [100, 400, 700, 1000];
    const ys = [150, 300, 450, 600];
    const page = gridPage(xs, ys);
    const { ink } = binarise(page, s, 200);
    const rulings = findRulings(ink, page.width, page.height, 200, s);
    const h = rulings.filter((r) => r.orientation === "h").map((r) => Math.round(r.pos)).sort((a, b) => a - b);
    const v = rulings.filter((r) => r.orientation === "v").map((r) => Math.round(r.pos)).sort((a, b) => a - b);
    expect(h).toEqual(ys);
    expect(v).toEqual(xs);
    const scale = 72 / 200;
    const layout = findTables({ page: 1, width: 1200 * scale, height: 900 * scale, runs: [], segments: rulingsToSegments(rulings, scale), rects: [] }, { flavour: "lattice" });
    expect(layout.tables).toHaveLength(1);
    expect(layout.tables[0]!.cells).toHaveLength(9);
  });

  it("gives the scan of a PDF the same cells, with the same spans, as the PDF's own rulings", async () => {
    const pdf = await readPdf(new Uint8Array(readFileSync(join(PDF, "p14-central-serif-small.pdf"))));
    const truthTables = findTables(pdf.pages[0]!, {}).tables;
    const { pages } = await decodeImageFile(new Uint8Array(readFileSync(join(SCAN, "s-p14-200-jpeg.jpg"))), limits);
    let img = pages[0]!;
    const dpi = img.height / 11.69;
    const skew = estimateSkew(binarise(img, s, dpi).ink, img.width, img.height, 5);
    img = rotateSmall(img, skew);
    const { ink } = binarise(img, s, dpi);
    const rulings = findRulings(ink, img.width, img.height, dpi, s);
    const scale = 72 / dpi;
    const scanned = findTables({ page: 1, width: img.width * scale, height: img.height * scale, runs: [], segments: rulingsToSegments(rulings, scale), rects: [] }, {}).tables;
    expect(scanned).toHaveLength(truthTables.length);
    const shape = (t: (typeof truthTables)[number]) => t.cells.map((c) => `${c.row},${c.col},${c.rowSpan},${c.colSpan}`).sort();
    expect(shape(scanned[0]!)).toEqual(shape(truthTables[0]!));
  });
});

describe("page images", () => {
  it("reads every page of a multi-page bilevel TIFF with its resolution", async () => {
    const d = await decodeImageFile(new Uint8Array(readFileSync(join(SCAN, "s-p06-200-tiff.tif"))), limits);
    expect(d.pageCount).toBe(2);
    expect(d.pages).toHaveLength(2);
    expect(d.pages[0]!.dpi).toBeCloseTo(200, 0);
    // Landscape A4 at 200 dpi, turned by at most a degree.
    expect(d.pages[0]!.width).toBeGreaterThan(2300);
    expect(d.pages[0]!.height).toBeGreaterThan(1600);
  });

  it("takes the embedded image of each page of an image-only PDF, with the page's resolution", async () => {
    const out = [];
    for await (const p of pdfPageImages(new Uint8Array(readFileSync(join(SCAN, "s-p02-200-2p.pdf"))))) out.push(p);
    expect(out).toHaveLength(2);
    expect(out[0]!.image!.dpi).toBeCloseTo(200, 0);
  });

  it("refuses what is not an image, and a page over the pixel limit", async () => {
    await expect(decodeImageFile(new TextEncoder().encode("not an image"), limits)).rejects.toBeInstanceOf(ImageReadError);
    const bytes = new Uint8Array(readFileSync(join(SCAN, "s-p14-200-jpeg.jpg")));
    await expect(decodeImageFile(bytes, { maxPixels: 1000, maxPages: 1 })).rejects.toMatchObject({ code: "limit-exceeded" });
  });
});

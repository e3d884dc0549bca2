/**
 * Phone photos (issue 21), the image operations without OCR: the homography of four corners,
 * the robust edge fit, the page found on a desk, the page made flat again (perspective and bow),
 * the light evened, the blur sharpened. Synthetic pictures are made here with their own maps
 * (written out in the test, not taken from the code under test), so what is recovered is known.
 */
import { describe, expect, it } from "vitest";
import { apply, homographyFrom, invert, type Homography, type Point } from "../../../src/extract/image/homography.js";
import { atCurve, fitEdge } from "../../../src/extract/image/edge-fit.js";
import { findPageQuad } from "../../../src/extract/image/page-quad.js";
import { dewarp } from "../../../src/extract/image/dewarp.js";
import { evenIllumination } from "../../../src/extract/image/illumination.js";
import { unsharp } from "../../../src/extract/image/unsharp.js";
import { correctPhoto } from "../../../src/extract/image/photo.js";
import { downscale, downscaleArea, grayImage, type GrayImage } from "../../../src/extract/image/gray.js";
import { scanSettings } from "../../../src/extract/image/settings.js";

const s = scanSettings();

/** A known projective map (rotation, scale, shift and a perspective row), applied by hand. */
const KNOWN: Homography = [0.93, -0.08, 120, 0.05, 0.97, 80, 0.00004, -0.00002, 1];
const project = ([x, y]: Point): [number, number] => {
  const w = KNOWN[6] * x + KNOWN[7] * y + 1;
  return [(KNOWN[0] * x + KNOWN[1] * y + KNOWN[2]) / w, (KNOWN[3] * x + KNOWN[4] * y + KNOWN[5]) / w];
};

describe("homography", () => {
  it("four corners of a rectangle and their images fix the map: every other point follows", () => {
    const rect: Point[] = [[0, 0], [800, 0], [800, 1100], [0, 1100]];
    const h = homographyFrom(rect, rect.map(project));
    for (const p of [[0, 0], [400, 550], [123, 987], [799, 3], [650, 200]] as Point[]) {
      const [x, y] = apply(h, p[0], p[1]);
      const [ex, ey] = project(p);
      expect(Math.abs(x - ex)).toBeLessThan(1e-6);
      expect(Math.abs(y - ey)).toBeLessThan(1e-6);
    }
    // The inverse takes the photo's points back.
    const back = invert(h);
    const [u, v] = apply(back, ...project([321, 654]));
    expect(Math.abs(u - 321)).toBeLessThan(1e-6);
    expect(Math.abs(v - 654)).toBeLessThan(1e-6);
  });

  it("three corners in a line are refused with a clear error", () => {
    expect(() => homographyFrom([[0, 0], [1, 0], [2, 0], [0, 1]], [[0, 0], [1, 0], [1, 1], [0, 1]])).toThrow(/degenerate/);
  });
});

describe("edge fit", () => {
  it("follows a slightly bowed edge through stray points", () => {
    const ts: number[] = [];
    const vs: number[] = [];
    for (let i = 0; i < 80; i++) {
      const t = 50 + i * 25;
      ts.push(t);
      // A bow of 8 px over 2,000 px, plus every seventh point on something else (a ruling, a shadow).
      const v = 100 + 0.05 * t - 8 * Math.sin((Math.PI * (t - 50)) / 1975);
      vs.push(i % 7 === 3 ? v + 60 + (i % 3) * 40 : v);
    }
    const fit = fitEdge(ts, vs, 24)!;
    expect(fit.inliers).toBe(80 - 11);
    for (const t of [50, 500, 1000, 1500, 2025]) {
      const want = 100 + 0.05 * t - 8 * Math.sin((Math.PI * (t - 50)) / 1975);
      expect(Math.abs(atCurve(fit, t) - want)).toBeLessThan(1);
    }
  });
});

/**
 * A ruled page (lines every 100 px, 2 px wide, on paper 235), seen through `KNOWN` on a desk of
 * gray 80, the rows sagging by `bow` px at the middle, lit unevenly (the far corner at 60 %).
 */
function photographedGrid(bow: number): { photo: GrayImage; corners: Point[] } {
  const W = 800;
  const H = 1100;
  const back = invert(KNOWN);
  const photo = grayImage(1100, 1350);
  for (let y = 0; y < photo.height; y++) {
    for (let x = 0; x < photo.width; x++) {
      const [u, v0] = apply(back, x + 0.5, y + 0.5);
      const v = v0 - bow * Math.sin((Math.PI * u) / W);
      const light = 1 - 0.4 * ((x + y) / (photo.width + photo.height));
      let g = 80;
      if (u >= 0 && u < W && v >= 0 && v < H) {
        const du = u % 100;
        const dv = v % 100;
        const onLine = (du > 49 && du < 51 && v > 50 && v < 1050) || (dv > 49 && dv < 51 && u > 50 && u < 750);
        g = onLine ? 30 : 235;
      }
      photo.data[y * photo.width + x] = Math.round(g * light);
    }
  }
  return { photo, corners: ([[0, 0], [W, 0], [W, H], [0, H]] as Point[]).map(project) };
}

/** Positions of dark lines in a profile (runs of mean darkness below `level`), as centres. */
function darkCentres(profile: number[], level: number): number[] {
  const out: number[] = [];
  let start = -1;
  for (let i = 0; i <= profile.length; i++) {
    const dark = i < profile.length && profile[i]! < level;
    if (dark && start < 0) start = i;
    if (!dark && start >= 0) {
      out.push((start + i - 1) / 2);
      start = -1;
    }
  }
  return out;
}

describe("the page in a photo", () => {
  it("finds the sheet's four corners on the desk", () => {
    const { photo, corners } = photographedGrid(0);
    const quad = findPageQuad(photo, s)!;
    expect(quad).not.toBeNull();
    quad.corners.forEach(([x, y], i) => {
      expect(Math.abs(x - corners[i]![0])).toBeLessThan(1.5);
      expect(Math.abs(y - corners[i]![1])).toBeLessThan(1.5);
    });
  });

  it("finds no sheet in a flat scan (paper to the border)", () => {
    const page = grayImage(1000, 1400, 245);
    for (let y = 100; y < 1300; y += 100) page.data.fill(20, y * 1000 + 100, y * 1000 + 900);
    expect(findPageQuad(page, s)).toBeNull();
    expect(correctPhoto(page, 200, s)).toBeNull();
  });

  it("makes a photographed, bowed page flat: its rulings straight and where they were printed", () => {
    const { photo } = photographedGrid(9);
    const quad = findPageQuad(photo, s)!;
    const { image } = dewarp(photo, quad, 800, 1100);
    // Each horizontal ruling, measured in three columns (left, middle, right), lies at
    // 50, 150, … 1050 — the bow is gone and the perspective undone.
    // (The outermost 4 px are left out: a sliver of desk may remain there, which correctPhoto trims.)
    for (const x of [120, 400, 680]) {
      const column = Array.from({ length: image.height - 8 }, (_, y) => image.data[(y + 4) * image.width + x]!);
      const found = darkCentres(column, 110).map((y) => y + 4);
      expect(found).toHaveLength(11);
      found.forEach((y, i) => expect(Math.abs(y - (50 + 100 * i))).toBeLessThanOrEqual(1.5));
    }
    for (const y of [130, 560, 990]) {
      const row = Array.from(image.data.subarray(y * image.width + 4, (y + 1) * image.width - 4));
      const found = darkCentres(row, 110).map((x) => x + 4);
      expect(found).toHaveLength(8);
      found.forEach((x, i) => expect(Math.abs(x - (50 + 100 * i))).toBeLessThanOrEqual(1.5));
    }
  });
});

describe("even light", () => {
  it("divides out a gradient: paper white everywhere, ink as dark against its paper as before", () => {
    const img = grayImage(600, 400);
    for (let y = 0; y < 400; y++) {
      for (let x = 0; x < 600; x++) {
        const light = 1 - 0.55 * (x / 599); // 100 % at the left, 45 % at the right
        const stroke = x % 60 >= 20 && x % 60 < 23 && y > 50 && y < 350; // 3 px strokes
        img.data[y * 600 + x] = Math.round((stroke ? 60 : 240) * light);
      }
    }
    const even = evenIllumination(img, 16);
    const at = (x: number, y: number) => even.data[y * 600 + x]!;
    // Paper: the same brightness at both ends (before: 240 and 108; a block's brightest pixel is
    // on its lit side, which leaves a few levels where the light changes fastest).
    expect(Math.abs(at(10, 200) - at(590, 200))).toBeLessThanOrEqual(10);
    expect(at(590, 200)).toBeGreaterThan(230);
    // Ink: a quarter of its paper at both ends, as printed (60 / 240).
    for (const x of [21, 561]) expect(Math.abs(at(x, 200) / at(x + 10, 200) - 0.25)).toBeLessThan(0.05);
  });
});

describe("unsharp mask", () => {
  it("deepens a thin ruling the blur made faint, and leaves flat paper alone", () => {
    // A 1–2 px line blurred to a Gaussian profile of σ 1.5 px, 120 levels deep on paper 230.
    const img = grayImage(40, 10);
    for (let y = 0; y < 10; y++) for (let x = 0; x < 40; x++) img.data[y * 40 + x] = Math.round(230 - 120 * Math.exp(-((x - 20) ** 2) / (2 * 1.5 ** 2)));
    const sharp = unsharp(img, 1.4, 1);
    const depth = (g: GrayImage) => g.data[5 * 40 + 1]! - g.data[5 * 40 + 20]!;
    expect(depth(sharp)).toBeGreaterThan(depth(img) * 1.2);
    expect(sharp.data[5 * 40 + 1]).toBe(img.data[5 * 40 + 1]);
    expect(sharp.data[5 * 40 + 38]).toBe(img.data[5 * 40 + 38]);
  });
});

describe("reading a photo's page at 150 dpi", () => {
  it("brings 200 dpi down to 150 by the area each new pixel covers, edge pixels by their share", () => {
    // One row 0 255 0 255 → three pixels covering 4/3 input pixels each:
    // (0·1 + 255·⅓)/(4/3) = 63.75, (255·⅔ + 0·⅔)/(4/3) = 127.5, (0·⅓ + 255·1)/(4/3) = 191.25.
    const img = grayImage(4, 1);
    img.data.set([0, 255, 0, 255]);
    const out = downscaleArea(img, 0.75);
    // The whole-pixel windows of `downscale` (1, 1 and 2 pixels wide) give 0, 255 and 128.
    expect(Array.from(downscale(img, 0.75).data)).toEqual([0, 255, 128]);
    expect([out.width, out.height]).toEqual([3, 1]);
    expect(Array.from(out.data)).toEqual([64, 128, 191]);
  });
  it("keeps a page's mean brightness and halves exactly at 0.5", () => {
    const img = grayImage(8, 6);
    for (let i = 0; i < img.data.length; i++) img.data[i] = (i * 37) % 256;
    const half = downscaleArea(img, 0.5);
    expect(half.data[0]).toBe(Math.round((img.data[0]! + img.data[1]! + img.data[8]! + img.data[9]!) / 4));
    const mean = (d: Uint8Array) => d.reduce((a, v) => a + v, 0) / d.length;
    expect(Math.abs(mean(downscaleArea(img, 0.75).data) - mean(img.data))).toBeLessThan(3);
  });
});

/**
 * A page's pixel passes spread over helper threads (src/extract/image/strips.ts): each pass cut
 * into bands of rows must give the page the whole pass gives, to the bit — cut by hand at
 * uneven rows (the unsharp mask's reach across a band's edge) and run on a real helper thread.
 */
import { afterAll, describe, expect, it } from "vitest";
import { binarise, binariseSplit, binariseWhitePaper } from "../../../src/extract/image/binarise.js";
import { dewarp, dewarpSplit } from "../../../src/extract/image/dewarp.js";
import { rotateSmall, rotateSmallSplit, tentRows, thicken, thickenRows, thickenSplit, upscaleRows, upscaleSmooth, upscaleSmoothSplit, type GrayImage } from "../../../src/extract/image/gray.js";
import { evenIllumination, evenIlluminationSplit } from "../../../src/extract/image/illumination.js";
import type { PageQuad } from "../../../src/extract/image/page-quad.js";
import { scanSettings } from "../../../src/extract/image/settings.js";
import { StripPool } from "../../../src/extract/image/strips.js";
import { unsharp, unsharpRows, unsharpSplit } from "../../../src/extract/image/unsharp.js";
import { findRulings, findRulingsSplit } from "../../../src/extract/image/rulings.js";
import { estimateSkew, estimateSkewSplit } from "../../../src/extract/image/skew.js";

const s = scanSettings();

/** A page of uneven paper, rulings and speckle (a fixed pseudo-random sequence). */
function page(w: number, h: number): GrayImage {
  const data = new Uint8Array(w * h);
  let seed = 12345;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) / 65536;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let v = 150 + (90 * x) / w + 20 * rnd();
      if (y % 97 < 3 || x % 131 < 2) v = 30 + 30 * rnd();
      else if (rnd() < 0.02) v = 60;
      data[y * w + x] = Math.min(255, v);
    }
  }
  return { width: w, height: h, data };
}

const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((v, i) => v === b[i]);

describe("pixel passes cut into bands of rows", () => {
  const img = page(700, 520);

  it("the unsharp mask computed band by band at uneven cuts is the whole pass", () => {
    const whole = unsharp(img, 1.6, 1.5);
    const out = new Uint8Array(img.width * img.height);
    const args = { src: img.data, out, width: img.width, height: img.height, sigma: 1.6, amount: 1.5 };
    for (const [y0, y1] of [[0, 1], [1, 7], [7, 260], [260, 519], [519, 520]] as const) unsharpRows(args, y0, y1);
    expect(same(out, whole.data)).toBe(true);
  });

  it("the strokes thickened band by band are the whole pass's", () => {
    const whole = thicken(img);
    const out = new Uint8Array(img.width * img.height);
    for (const [y0, y1] of [[0, 2], [2, 301], [301, 519], [519, 520]] as const) thickenRows({ src: img.data, out, width: img.width, height: img.height }, y0, y1);
    expect(same(out, whole.data)).toBe(true);
  });

  it("an enlargement is bilinear then the 3×3 tent, pixel for pixel (the border weighed over what is inside)", () => {
    // The definition written out one pixel at a time: upscaleSmooth computes it by rows and columns.
    const reference = (src: GrayImage, f: number): Uint8Array => {
      const w = Math.round(src.width * f);
      const h = Math.round(src.height * f);
      const big = new Uint8Array(w * h);
      for (let y = 0; y < h; y++) {
        const sy = Math.min(src.height - 1, Math.max(0, (y + 0.5) / f - 0.5));
        const y0 = Math.floor(sy);
        const y1 = Math.min(src.height - 1, y0 + 1);
        for (let x = 0; x < w; x++) {
          const sx = Math.min(src.width - 1, Math.max(0, (x + 0.5) / f - 0.5));
          const x0 = Math.floor(sx);
          const x1 = Math.min(src.width - 1, x0 + 1);
          const px = (xx: number, yy: number) => src.data[yy * src.width + xx]!;
          const top = px(x0, y0) * (1 - (sx - x0)) + px(x1, y0) * (sx - x0);
          const bottom = px(x0, y1) * (1 - (sx - x0)) + px(x1, y1) * (sx - x0);
          big[y * w + x] = Math.round(top * (1 - (sy - y0)) + bottom * (sy - y0));
        }
      }
      const out = new Uint8Array(w * h);
      for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) {
          let sum = 0;
          let n = 0;
          for (let dy = -1; dy <= 1; dy++) {
            for (let dx = -1; dx <= 1; dx++) {
              if (y + dy < 0 || y + dy >= h || x + dx < 0 || x + dx >= w) continue;
              const k = (dx === 0 ? 2 : 1) * (dy === 0 ? 2 : 1);
              sum += big[(y + dy) * w + x + dx]! * k;
              n += k;
            }
          }
          out[y * w + x] = Math.round(sum / n);
        }
      }
      return out;
    };
    const small: GrayImage = { width: 61, height: 47, data: img.data.slice(0, 61 * 47) };
    for (const f of [1.5, 2]) expect(same(upscaleSmooth(small, f).data, reference(small, f))).toBe(true);
    const tiny: GrayImage = { width: 2, height: 1, data: Uint8Array.of(0, 255) };
    expect(same(upscaleSmooth(tiny, 1.5).data, reference(tiny, 1.5))).toBe(true);
    // Band by band at uneven cuts (the tent reads a row beyond each band), the ink darkened in the same pass.
    const f = 2;
    const [w, h] = [Math.round(small.width * f), Math.round(small.height * f)];
    const up = { src: small.data, W: small.width, H: small.height, w, h, f, out: new Uint8Array(w * h) };
    for (const [y0, y1] of [[0, 1], [1, 2], [2, 50], [50, 93], [93, 94]] as const) upscaleRows(up, y0, y1);
    const tent = { src: up.out, out: new Uint8Array(w * h), w, h, gain: 2 };
    for (const [y0, y1] of [[0, 1], [1, 2], [2, 50], [50, 93], [93, 94]] as const) tentRows(tent, y0, y1);
    expect(same(tent.out, reference(small, f).map((v) => Math.max(0, Math.round(255 - (255 - v) * 2))))).toBe(true);
  });

  it("a page with white paper by construction (a fax, enlarged) thresholds as the paper levels would", () => {
    // Bilevel strokes enlarged as gray: every block's paper is white.
    const fax = upscaleSmooth({ width: 350, height: 260, data: page(350, 260).data.map((v) => (v < 100 ? 0 : 255)) }, 2);
    const w = binarise(fax, s, 300);
    const b = binariseWhitePaper(fax, s);
    expect(w.ink.some((v) => v === 1)).toBe(true);
    expect(same(b.flat.data, w.flat.data) && same(b.ink, w.ink)).toBe(true);
  });

  describe("on a helper thread", () => {
    const pool = new StripPool(1);
    afterAll(() => pool.terminate());

    it("gives every pass's pixels as the main thread alone does", async () => {
      expect(await pool.whenReady()).toBe(true);
      expect(same((await unsharpSplit(img, 1.4, 2, pool)).data, unsharp(img, 1.4, 2).data)).toBe(true);
      expect(same((await evenIlluminationSplit(img, 16, pool)).data, evenIllumination(img, 16).data)).toBe(true);
      expect(same((await rotateSmallSplit(img, 1.3, pool)).data, rotateSmall(img, 1.3).data)).toBe(true);
      expect(same((await thickenSplit(img, pool)).data, thicken(img).data)).toBe(true);
      expect(same((await upscaleSmoothSplit(img, 1.5, 1, pool)).data, upscaleSmooth(img, 1.5).data)).toBe(true);
      const b = await binariseSplit(img, s, 200, pool);
      const w = binarise(img, s, 200);
      expect(same(b.flat.data, w.flat.data) && same(b.ink, w.ink)).toBe(true);
      // A bowed quadrilateral inside the picture (curves: y or x as a·t² + b·t + c).
      const quad: PageQuad = {
        corners: [[40, 30], [660, 45], [650, 500], [30, 490]],
        top: { a: 0.00002, b: 15 / 620, c: 30 - (15 / 620) * 40, inliers: 1, offered: 1 },
        bottom: { a: -0.00002, b: 10 / 620, c: 490 - (10 / 620) * 30, inliers: 1, offered: 1 },
        left: { a: 0, b: -10 / 460, c: 40 + (10 / 460) * 30, inliers: 1, offered: 1 },
        right: { a: 0.00001, b: -10 / 455, c: 660 + (10 / 455) * 45, inliers: 1, offered: 1 },
      };
      const d = await dewarpSplit(img, quad, 620, 460, pool);
      expect(same(d.image.data, dewarp(img, quad, 620, 460).image.data)).toBe(true);
      // Rulings from runs found in bands of lines, and the skew from angles scored in bands.
      const turned = rotateSmall(img, 0.8);
      const { ink } = binarise(turned, s, 200);
      const rulings = findRulings(ink, img.width, img.height, 200, s);
      expect(rulings.length).toBeGreaterThan(8);
      expect(await findRulingsSplit(ink, img.width, img.height, 200, s, pool)).toEqual(rulings);
      const skew = estimateSkew(ink, img.width, img.height, 5);
      expect(Math.abs(skew)).toBeGreaterThan(0.5);
      expect(await estimateSkewSplit(ink, img.width, img.height, 5, pool)).toBe(skew);
      // Every pass above cut at least one band for the helper, and it failed on none of them
      // (a band a helper fails on is computed at home: the pixels alone would not tell).
      expect(pool.stats.failed).toBe(0);
      expect(pool.stats.helped).toBeGreaterThanOrEqual(12);
    });
  });
});

/**
 * Seals dropped by colour before OCR (issue 21): a red ring over paper with a black stroke across
 * it — the ring goes to paper, the stroke stays black, and the seal is found with its box. No OCR.
 */
import { describe, expect, it } from "vitest";
import { colourToGray } from "../../../src/extract/image/colour.js";
import { sealsOf } from "../../../src/extract/image/seals.js";
import { scanSettings } from "../../../src/extract/image/settings.js";

/** A 200×200 RGBA page: paper, a red (or blue) ring of radius 60 at (100, 100), a black bar across it. */
function stamped(ink: [number, number, number]): Uint8ClampedArray {
  const w = 200;
  const px = new Uint8ClampedArray(w * w * 4);
  for (let y = 0; y < w; y++) {
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 4;
      let c: [number, number, number] = [246, 244, 240];
      const d = Math.hypot(x - 100, y - 100);
      const onRing = d > 52 && d < 60;
      const onBar = y >= 96 && y < 102 && x >= 20 && x < 180;
      // Ink multiplies: the bar under the ring stays black.
      // The stamp's pale edge: a quarter of the ink, too little colour to pass the chroma test.
      const onEdge = d >= 60 && d < 63;
      const a = onRing ? 1 : onEdge ? 0.25 : 0;
      if (a > 0) c = c.map((v, k) => v * (1 - a + (a * ink[k]!) / 255)) as [number, number, number];
      if (onBar) c = [c[0] * 0.1, c[1] * 0.1, c[2] * 0.1];
      px.set([...c, 255], i);
    }
  }
  return px;
}

describe("seal removal by colour", () => {
  const s = scanSettings();
  for (const [name, ink] of [["red", [214, 38, 48]], ["blue", [38, 72, 178]]] as const) {
    it(`drops a ${name} seal and keeps the black stroke across it`, () => {
      const page = colourToGray(stamped([...ink]), 200, 200, 4, s);
      const at = (x: number, y: number) => page.data[y * 200 + x]!;
      expect(at(100 + 56, 60)).toBeGreaterThan(0); // sanity: inside the image
      expect(at(156, 100 - 20)).toBeGreaterThanOrEqual(230); // ring, off the bar: paper now
      expect(at(44, 110)).toBeGreaterThanOrEqual(230);
      expect(at(100, 39)).toBeGreaterThanOrEqual(230); // the pale edge too (it was a gray ghost)
      expect(at(45, 98)).toBeLessThan(60); // the bar where it crosses the ring: still black
      expect(at(100, 98)).toBeLessThan(60);
      const seals = sealsOf(page.colourMarks!, 72, { sealCellInk: s.sealCellInk, minSealSize: 40, maxSealAspect: 1.8, minPenMark: 8 });
      expect(seals).toHaveLength(1);
      expect(seals[0]!.ink).toBe(name);
      expect(seals[0]!.kind).toBe("seal");
      const [x0, y0, x1, y1] = seals[0]!.bbox;
      expect(x0).toBeLessThanOrEqual(40);
      expect(y0).toBeLessThanOrEqual(40);
      expect(x1).toBeGreaterThanOrEqual(160);
      expect(y1).toBeGreaterThanOrEqual(160);
    });
  }

  it("leaves a gray page as luma, with no marks", () => {
    const px = new Uint8ClampedArray(10 * 10 * 4).fill(128);
    const page = colourToGray(px, 10, 10, 4, s);
    expect(page.colourMarks).toBeUndefined();
    expect(page.data[0]).toBe((128 * 77 + 128 * 150 + 128 * 29) >> 8);
  });
});

describe("pen marks by colour", () => {
  const s = scanSettings();
  it("a blue signature (long and low) is a pen mark, not a seal; its ink is dropped too", () => {
    const w = 300;
    const h = 120;
    const px = new Uint8ClampedArray(w * h * 4);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        // Paper, and a wavy ballpoint line 200 px long, ±15 px high, 3 px thick.
        const onPen = x >= 40 && x < 240 && Math.abs(y - (60 + 15 * Math.sin(x / 8))) < 1.5;
        px.set(onPen ? [40, 60, 170, 255] : [246, 244, 240, 255], (y * w + x) * 4);
      }
    }
    const page = colourToGray(px, w, h, 4, s);
    expect(page.data[46 * w + 40]!).toBeGreaterThanOrEqual(230); // on the line: paper now
    const marks = sealsOf(page.colourMarks!, 72, { sealCellInk: s.sealCellInk, minSealSize: 40, maxSealAspect: 1.8, minPenMark: 8 });
    expect(marks.map((m) => [m.kind, m.ink])).toEqual([["pen", "blue"]]);
  });
});

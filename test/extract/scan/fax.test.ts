/** Faxes (issue 21): isolated specks removed by the stroke width, strokes and a dot beside them kept; 150 dpi enlarged. No OCR. */
import { describe, expect, it } from "vitest";
import { despeckle, enlargeLowResolution, strokeWidth } from "../../../src/extract/image/fax.js";
import { grayImage } from "../../../src/extract/image/gray.js";
import { scanSettings } from "../../../src/extract/image/settings.js";

function page() {
  const img = grayImage(60, 40);
  const set = (x: number, y: number) => void (img.data[y * 60 + x] = 0);
  // A vertical stroke two pixels wide, and a horizontal one.
  for (let y = 5; y < 35; y++) { set(10, y); set(11, y); }
  for (let x = 10; x < 40; x++) { set(x, 20); set(x, 21); }
  // A dot right beside the stroke (part of the character), and two isolated specks.
  set(13, 10);
  set(50, 5);
  set(30, 35); set(31, 35); set(30, 36); set(31, 36);
  return img;
}

describe("fax cleaning", () => {
  const s = scanSettings();
  it("measures the stroke width", () => expect(strokeWidth(page())).toBe(2));
  it("drops isolated specks, keeps strokes and a dot beside them", () => {
    const out = despeckle(page(), s);
    const at = (x: number, y: number) => out.data[y * 60 + x];
    expect(at(50, 5)).toBe(255);
    expect(at(30, 35)).toBe(255);
    expect(at(13, 10)).toBe(0);
    expect(at(10, 30)).toBe(0);
    expect(at(25, 20)).toBe(0);
  });
  it("enlarges a 150 dpi bilevel page to 200 dpi, still bilevel", () => {
    const { image, factor } = enlargeLowResolution(page(), 150, s, true);
    expect(factor).toBeCloseTo(4 / 3);
    expect(image.width).toBe(80);
    expect(new Set(image.data)).toEqual(new Set([0, 255]));
    expect(enlargeLowResolution(page(), 200, s, true).factor).toBe(1);
  });
});

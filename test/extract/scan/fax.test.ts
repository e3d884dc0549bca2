/** Faxes (issue 21): isolated specks removed by the stroke width, strokes and a dot beside them kept; broken rulings bridged; 150 dpi enlarged as gray. No OCR. */
import { describe, expect, it } from "vitest";
import { bridgeRulings, despeckle, enlargeLowResolution, strokeWidth } from "../../../src/extract/image/fax.js";
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
  it("keeps a 1-pixel stroke and drops a 2×2 speck beside nothing", () => {
    // A fax's type: strokes one pixel wide (the stroke width measured is 1).
    const img = grayImage(60, 40);
    for (let x = 5; x < 45; x++) img.data[20 * 60 + x] = 0;
    for (let y = 5; y < 35; y++) img.data[y * 60 + 8] = 0;
    for (const [x, y] of [[52, 5], [53, 5], [52, 6], [53, 6]] as const) img.data[y * 60 + x] = 0;
    expect(strokeWidth(img)).toBe(1);
    const out = despeckle(img, s);
    for (let x = 5; x < 45; x++) expect(out.data[20 * 60 + x]).toBe(0);
    for (let y = 5; y < 35; y++) expect(out.data[y * 60 + 8]).toBe(0);
    expect(out.data[5 * 60 + 52]).toBe(255);
  });
  it("keeps a decimal point between digits, drops specks that only have each other or a ruling beside them", () => {
    // 1-pixel strokes: two digit-like stems 12 px tall standing on row 30, a 2×2 point on the
    // baseline 6 px from each (114.38 on a 150 dpi fax); a ruling on row 5 with a speck 2 px
    // under it; two single specks 2 px apart in blank paper.
    const img = grayImage(80, 40);
    const set = (x: number, y: number) => void (img.data[y * 80 + x] = 0);
    for (let y = 19; y <= 30; y++) { set(10, y); set(24, y); }
    for (let x = 8; x <= 13; x++) set(x, 30);
    for (let x = 22; x <= 27; x++) set(x, 30);
    for (const [x, y] of [[16, 29], [17, 29], [16, 30], [17, 30]] as const) set(x, y);
    for (let x = 0; x < 80; x++) set(x, 5);
    set(40, 7); set(41, 7);
    // A speck touching the ruling from below (left on the border once the ruling is erased).
    set(55, 6); set(56, 6); set(55, 7);
    set(60, 20); set(62, 22);
    const out = despeckle(img, s, 30);
    const at = (x: number, y: number) => out.data[y * 80 + x];
    expect(at(16, 29)).toBe(0);
    expect(at(17, 30)).toBe(0);
    expect(at(40, 7)).toBe(255);
    expect(at(55, 6)).toBe(255);
    expect(at(55, 7)).toBe(255);
    for (let x = 0; x < 80; x++) expect(at(x, 5)).toBe(0);
    expect(at(60, 20)).toBe(255);
    expect(at(62, 22)).toBe(255);
    // The same point with no digit to its right is a speck.
    for (let y = 19; y <= 30; y++) img.data[y * 80 + 24] = 255;
    for (let x = 22; x <= 27; x++) img.data[30 * 80 + x] = 255;
    expect(despeckle(img, s, 30).data[29 * 80 + 16]).toBe(255);
    // A speck above a line of glyphs (the glyphs below it, not beside its baseline) goes too.
    const above = grayImage(80, 40);
    for (let y = 19; y <= 30; y++) { above.data[y * 80 + 10] = 0; above.data[y * 80 + 24] = 0; }
    above.data[20 * 80 + 17] = 0;
    expect(despeckle(above, s, 30).data[20 * 80 + 17]).toBe(255);
  });
  it("keeps a point with a speck under the digit before it and a character reaching lower after the digit after it (318.6元)", () => {
    // Stems standing on row 30 at 10 and 24, the point at 16–17; a speck 4 rows under the point's
    // left neighbour; 元's stroke at 33–35 beyond the right digit, reaching 3 rows below.
    const img = grayImage(80, 40);
    const set = (x: number, y: number) => void (img.data[y * 80 + x] = 0);
    for (let y = 19; y <= 30; y++) { set(10, y); set(24, y); set(34, y + 3); }
    for (let x = 8; x <= 13; x++) set(x, 30);
    for (let x = 22; x <= 27; x++) set(x, 30);
    for (let x = 33; x <= 38; x++) set(x, 19);
    for (const [x, y] of [[16, 29], [17, 29], [16, 30], [17, 30]] as const) set(x, y);
    set(12, 34);
    const out = despeckle(img, s, 30);
    expect(out.data[29 * 80 + 16]).toBe(0);
    expect(out.data[34 * 80 + 12]).toBe(255);
  });
  it("drops a speck under a ruling that is one pixel thicker along part of its length", () => {
    const img = grayImage(80, 40);
    const set = (x: number, y: number) => void (img.data[y * 80 + x] = 0);
    for (let x = 0; x < 80; x++) set(x, 5);
    for (let x = 20; x < 35; x++) set(x, 6);
    for (const [x, y] of [[26, 8], [27, 8], [26, 9], [27, 9]] as const) set(x, y);
    const out = despeckle(img, s, 30);
    expect(out.data[8 * 80 + 26]).toBe(255);
    for (let x = 20; x < 35; x++) expect(out.data[6 * 80 + x]).toBe(0);
  });
  it("keeps a semicolon's dot over its comma between glyphs and says where it stands, not a dot by a character's stroke", () => {
    // d-fax-p01 at 150 dpi: 1-pixel strokes, a ；'s dot of 3 px four rows above its comma (2×4),
    // 6 px after the glyph before it and 13 px before the next (the dot alone went as a speck).
    const img = grayImage(90, 30);
    const set = (x: number, y: number) => void (img.data[y * 90 + x] = 0);
    const glyph = (x0: number) => {
      for (let x = x0; x <= x0 + 14; x++) { set(x, 8); set(x, 22); }
      for (let y = 8; y <= 22; y++) { set(x0, y); set(x0 + 14, y); }
    };
    glyph(10);
    glyph(46);
    for (const [x, y] of [[31, 13], [32, 13], [31, 14], [31, 18], [32, 18], [31, 19], [32, 19], [32, 20], [31, 21], [32, 21]] as const) set(x, y);
    expect(strokeWidth(img)).toBe(1);
    const found: [number, number, number, number][] = [];
    const out = despeckle(img, s, Infinity, found);
    expect(out.data[13 * 90 + 31]).toBe(0);
    expect(found).toEqual([[31, 13, 33, 22]]);
    // The same pair with nothing beside it is speckle: the dot goes, nothing is reported.
    const bare = grayImage(90, 30);
    for (let i = 0; i < img.data.length; i++) if (i % 90 >= 28 && i % 90 <= 35) bare.data[i] = img.data[i]!;
    for (let x = 60; x < 85; x++) bare.data[2 * 90 + x] = 0;
    const none: [number, number, number, number][] = [];
    expect(despeckle(bare, s, Infinity, none).data[13 * 90 + 31]).toBe(255);
    expect(none).toEqual([]);
    // A dot over a short stroke two pixels from a glyph (冫 beside the rest of its character) is no ；.
    const near = grayImage(90, 30);
    near.data.set(img.data);
    for (let y = 8; y <= 22; y++) near.data[y * 90 + 29] = 0;
    const kept: [number, number, number, number][] = [];
    despeckle(near, s, Infinity, kept);
    expect(kept).toEqual([]);
  });
  it("keeps a semicolon whose dot and comma are both speck-sized at 2-pixel strokes", () => {
    // d-fax-p05: strokes 2 px, the comma (3×4, 8 px) no larger than a speck: both had gone.
    const img = grayImage(120, 40);
    const set = (x: number, y: number) => void (img.data[y * 120 + x] = 0);
    const glyph = (x0: number) => {
      for (let x = x0; x <= x0 + 20; x++) for (const y of [8, 9, 30, 31]) set(x, y);
      for (let y = 8; y <= 31; y++) for (const x of [x0, x0 + 1, x0 + 19, x0 + 20]) set(x, y);
    };
    glyph(5);
    glyph(60);
    const semi = [[34, 17], [35, 17], [36, 17], [35, 18], [34, 24], [35, 24], [34, 25], [35, 25], [36, 25], [35, 26], [35, 27]] as const;
    for (const [x, y] of semi) set(x, y);
    expect(strokeWidth(img)).toBe(2);
    const found: [number, number, number, number][] = [];
    const out = despeckle(img, s, Infinity, found);
    for (const [x, y] of semi) expect(out.data[y * 120 + x]).toBe(0);
    expect(found).toEqual([[34, 17, 37, 28]]);
    // The same ； 3 px after its glyph (d-fax-p05's 增强；): still punctuation.
    const close = grayImage(120, 40);
    close.data.set(img.data);
    for (const [x, y] of semi) close.data[y * 120 + x] = 255;
    for (const [x, y] of semi) close.data[y * 120 + x - 5] = 0;
    const near: [number, number, number, number][] = [];
    despeckle(close, s, Infinity, near);
    expect(near).toEqual([[29, 17, 32, 28]]);
  });
  it("keeps a comma on the baseline at 2-pixel strokes though the next line starts under it", () => {
    // d-fax-p05: a comma 3×5 (a speck by its size) 8 px after its glyph; the next line's glyphs
    // 8 rows under its foot had made the glyphs beside it look like glyphs over a line.
    const img = grayImage(120, 70);
    const set = (x: number, y: number) => void (img.data[y * 120 + x] = 0);
    const glyph = (x0: number, y0: number) => {
      for (let x = x0; x <= x0 + 20; x++) for (const y of [y0, y0 + 1, y0 + 22, y0 + 23]) set(x, y);
      for (let y = y0; y <= y0 + 23; y++) for (const x of [x0, x0 + 1, x0 + 19, x0 + 20]) set(x, y);
    };
    glyph(5, 8);
    glyph(48, 8);
    glyph(5, 40);
    glyph(48, 40);
    const comma = [[34, 27], [35, 27], [34, 28], [35, 28], [36, 28], [35, 29], [35, 30], [34, 31]] as const;
    for (const [x, y] of comma) set(x, y);
    expect(strokeWidth(img)).toBe(2);
    const out = despeckle(img, s);
    for (const [x, y] of comma) expect(out.data[y * 120 + x]).toBe(0);
  });
  it("bridges a broken ruling, not the gap between two short strokes", () => {
    const img = grayImage(100, 20);
    // A ruling on row 5 broken at 40–42; two short strokes on row 15 with the same gap.
    for (let x = 2; x < 98; x++) if (x < 40 || x > 42) img.data[5 * 100 + x] = 0;
    for (let x = 20; x < 26; x++) img.data[15 * 100 + x] = 0;
    for (let x = 29; x < 35; x++) img.data[15 * 100 + x] = 0;
    const out = bridgeRulings(img, { rulingBridge: 3 }, 20);
    for (let x = 2; x < 98; x++) expect(out.data[5 * 100 + x]).toBe(0);
    expect(out.data[15 * 100 + 27]).toBe(255);
    // A gap wider than the bridge stays open.
    const wide = grayImage(100, 3);
    for (let x = 2; x < 98; x++) if (x < 40 || x > 50) wide.data[100 + x] = 0;
    expect(bridgeRulings(wide, { rulingBridge: 3 }, 20).data[145]).toBe(255);
  });
  it("enlarges a 150 dpi bilevel page to 300 dpi as gray, its strokes dark", () => {
    const { image, factor } = enlargeLowResolution(page(), 150, s, true);
    expect(factor).toBe(2);
    expect(image.width).toBe(120);
    expect(image.dpi).toBe(300);
    // The 2-pixel vertical stroke at x 10–11 is at 20–23 now, black at its middle; paper stays white.
    expect(image.data[60 * 120 + 21]).toBeLessThan(40);
    expect(image.data[60 * 120 + 60]).toBe(255);
    expect(enlargeLowResolution(page(), 200, s, true).factor).toBe(1);
  });
});

describe("a fax cell's crop (inkBox)", () => {
  it("leaves out a band of ink rows much lower than the text's: a speck or a ruling's stub above or below", async () => {
    const { inkBox } = await import("../../../src/extract/scan/page.js");
    const w = 40;
    const ink = new Uint8Array(w * 60);
    // A 3×3 speck at the top (d-fax-p05's 1%, read 轴 with it), then a line of text 20 rows tall.
    for (let y = 2; y < 5; y++) for (let x = 30; x < 33; x++) ink[y * w + x] = 1;
    for (let y = 30; y < 50; y++) for (let x = 5; x < 25; x++) if ((x + y) % 3 === 0) ink[y * w + x] = 1;
    // As every page reads it: two bands, the speck's box included.
    expect(inkBox(ink, w, [0, 0, w, 60])).toMatchObject({ box: [5, 2, 33, 50], bands: 2 });
    // On a fax: the text's band alone.
    expect(inkBox(ink, w, [0, 0, w, 60], { share: 0.3, lineCap: 50 })).toMatchObject({ box: [5, 30, 25, 50], bands: 1 });
  });

  it("keeps a last line of one character below lines that touch (one band several lines tall)", async () => {
    const { inkBox } = await import("../../../src/extract/scan/page.js");
    const w = 40;
    const ink = new Uint8Array(w * 130);
    // Four lines of 20 rows that touch: one band 80 rows tall; then a line of one character, 18 rows.
    for (let y = 5; y < 85; y++) for (let x = 5; x < 35; x++) if ((x + y) % 3 === 0) ink[y * w + x] = 1;
    for (let y = 95; y < 113; y++) for (let x = 5; x < 15; x++) if ((x + y) % 3 === 0) ink[y * w + x] = 1;
    // 18 rows is less than 0.3 of 80, but not of a line (20 rows here): the character stays.
    expect(inkBox(ink, w, [0, 0, w, 130], { share: 0.3, lineCap: 20 })).toMatchObject({ box: [5, 5, 35, 113], bands: 2 });
    // …and a speck of 3 rows there still goes.
    const speck = new Uint8Array(ink);
    speck.fill(0, 95 * w, 113 * w);
    for (let y = 100; y < 103; y++) for (let x = 8; x < 11; x++) speck[y * w + x] = 1;
    expect(inkBox(speck, w, [0, 0, w, 130], { share: 0.3, lineCap: 20 })).toMatchObject({ box: [5, 5, 35, 85], bands: 1 });
  });
});

/**
 * A comma read where the fax page's ink holds a semicolon is read ； (src/extract/ocr/semicolons.ts),
 * and the joined image of a cell's lines maps back onto the page (text-lines.ts joinedToPage). No OCR.
 */
import { describe, expect, it } from "vitest";
import { semicolonsByInk } from "../../../src/extract/ocr/semicolons.js";
import type { OcrReading } from "../../../src/extract/ocr/recognise.js";
import { joinedToPage, joinLines, type LineBand } from "../../../src/extract/image/text-lines.js";
import type { GrayImage } from "../../../src/extract/image/gray.js";

/** One line read as `text`, each character a 10 px box from x = 0, rows 0–20. */
function reading(text: string): OcrReading {
  const chars = Array.from(text);
  const line = { text, bbox: [0, 0, chars.length * 10, 20] as [number, number, number, number], confidence: 0.9, chars: chars.map(() => 0.9), boxes: chars.map((_, i) => [i * 10, 0, i * 10 + 10, 20] as [number, number, number, number]) };
  return { lines: [line], text, confidence: 0.9 };
}

describe("semicolons told by the ink", () => {
  // The crop stands at (100, 50) on the page.
  const toPage = (x: number, y: number): [number, number] => [x + 100, y + 50];
  it("reads ； the comma whose box holds a dot over a comma on the page, and only that one", () => {
    // 服务，2、群众，提升: commas at 2 (x 20–30) and 7 (x 70–80); the ink has a ； at page x 123–126.
    const r = semicolonsByInk(reading("服务，2、群众，提升"), toPage, [[123, 55, 126, 68]]);
    expect(r.text).toBe("服务；2、群众，提升");
    expect(r.lines[0]!.text).toBe("服务；2、群众，提升");
    expect(r.lines[0]!.chars).toHaveLength(10);
  });
  it("leaves the reading alone when no mark lies in a comma's box, or the line has no symbol boxes", () => {
    const read = reading("服务，2、群众，提升");
    expect(semicolonsByInk(read, toPage, [[160, 55, 163, 68]])).toBe(read);
    expect(semicolonsByInk(read, toPage, [[123, 90, 126, 100]])).toBe(read);
    const noBoxes: OcrReading = { ...read, lines: read.lines.map((l) => ({ ...l, boxes: undefined })) };
    expect(semicolonsByInk(noBoxes, toPage, [[123, 55, 126, 68]])).toBe(noBoxes);
  });
  it("gives one mark to one comma: two commas side by side, one ；", () => {
    const r = semicolonsByInk(reading("强，，3"), toPage, [[113, 55, 116, 68]]);
    expect(r.text).toBe("强；，3");
  });
  it("maps a point of the joined lines back to its band on the page", () => {
    const w = 60;
    const img: GrayImage = { width: w, height: 40, data: new Uint8Array(w * 40).map((_, i) => i % 251) };
    const bands: LineBand[] = [
      { x0: 5, y0: 2, x1: 45, y1: 14, ink: 1 },
      { x0: 8, y0: 20, x1: 30, y1: 30, ink: 1 },
    ];
    const joined = joinLines(img, bands, 0.5);
    const back = joinedToPage(bands, 0.5);
    // Every pixel of the joined image that came from a band is that band's pixel on the page.
    let checked = 0;
    for (let y = 0; y < joined.height; y++) {
      for (let x = 0; x < joined.width; x++) {
        const [px, py] = back(x, y);
        const inBand = bands.some((b) => px >= b.x0 && px < b.x1 && py >= b.y0 && py < b.y1);
        if (!inBand) continue;
        expect(joined.data[y * joined.width + x]).toBe(img.data[py * w + px]);
        checked++;
      }
    }
    expect(checked).toBe(40 * 12 + 22 * 10);
  });
});

/**
 * The fax fixtures' reading head (scripts/scan/degrade/fax-scanner.ts): a Ming face's hairline,
 * 0.7 fax pixels thick and straddling two pixel rows, is lost by a bare threshold of the page
 * rendered at the fax's resolution (the fixtures before 2026-12-06) and kept, one or two pixels
 * thick, through the lens, the sensor and the MTF correction a fax machine applies first.
 */
import { describe, expect, it } from "vitest";
import { Rng } from "../../scripts/lib/prng.js";
import { fax } from "../../scripts/scan/degrade/effects.js";
import type { Rgb } from "../../scripts/scan/degrade/raster.js";

/** A white page `n` pixels square with rows `rows` inked to `ink` (0–1) across columns 4…n−5. */
function page(n: number, rows: number[], ink: number): Rgb {
  const data = new Uint8ClampedArray(n * n * 3).fill(255);
  for (const y of rows) for (let x = 4; x < n - 4; x++) data.fill(Math.round(255 * (1 - ink)), (y * n + x) * 3, (y * n + x) * 3 + 3);
  return { width: n, height: n, data };
}

const blackRows = (black: Uint8Array, w: number, h: number): number[] => {
  const rows: number[] = [];
  for (let y = 0; y < h; y++) if (black[y * w + w / 2]) rows.push(y);
  return rows;
};

describe("fax fixtures' reading head", () => {
  const spec = { threshold: 0.5, speckle: 0, clumps: 0, dropout: 0, scanner: { oversample: 2, lensBlur: 0.35, noise: 3, mtfGain: 2 } };
  it("keeps a hairline straddling two rows that a bare 60 % threshold loses", () => {
    // At the fax's resolution the hairline covers 35 % of rows 9 and 10.
    const bare = fax(page(40, [9, 10], 0.35), { threshold: 0.6, speckle: 0, clumps: 0, dropout: 0 }, new Rng(1));
    expect(blackRows(bare.black, 40, 40)).toEqual([]);
    // Rendered twice as fine, it covers 70 % of rows 19 and 20 (the same line).
    const head = fax(page(80, [19, 20], 0.7), spec, new Rng(1));
    expect(head.width).toBe(40);
    const rows = blackRows(head.black, head.width, head.height);
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows.length).toBeLessThanOrEqual(2);
    expect(rows.every((y) => y === 9 || y === 10)).toBe(true);
  });
  it("without the MTF correction the same hairline is lost again", () => {
    const soft = fax(page(80, [19, 20], 0.7), { ...spec, scanner: { ...spec.scanner, mtfGain: 0 } }, new Rng(1));
    expect(blackRows(soft.black, soft.width, soft.height)).toEqual([]);
  });
});

/**
 * Colour pages → gray with coloured marks dropped (issue 21). Nearly every official form is
 * stamped: a red (sometimes blue) seal over the unit's name, the amounts or the total. Seal ink
 * is far from black text in hue and saturation, so a pixel whose colour is strongly red or blue
 * is taken as seal ink and its gray is read through the ink — from the channel the ink lets
 * through (red ink passes red light, so the paper under a red seal is bright in the red
 * channel), scaled by that channel's level across the seal. A black stroke under the seal stays
 * dark in every channel (ink multiplies), so it is kept; only the seal goes.
 *
 * Where the seal ink was is also counted on a coarse grid, so the reader can record each seal
 * (page, box) as a diagnostic (`colourMarks` below, `sealsOf` in `./seals.ts`).
 */
import type { GrayImage } from "./gray.js";

export type Ink = "red" | "blue";

export interface ColourSettings {
  /** A pixel whose colour spread (max − min channel, 0–255) is at least this may be seal ink; black text and JPEG fringes stay below. */
  sealMinChroma: number;
  /** Hue ranges (degrees) of red and blue seal ink. */
  redHue: readonly [number, number];
  blueHue: readonly [number, number];
  /** Side (pixels) of the grid cells in which seal ink is counted. */
  markBlock: number;
  /** A grid cell with at least this share of its pixels in seal ink is under a seal … */
  sealCellInk: number;
  /** … and so are the cells this many cells around it (the stamp's pale edges). */
  sealRegionMargin: number;
  /** Paper seen through seal ink: this percentile of the passing channel over the seal's pixels. */
  sealPaperPercentile: number;
}

/** Seal ink counted per grid cell: how many pixels of each ink. */
export interface ColourMarks {
  block: number;
  cols: number;
  rows: number;
  red: Uint32Array;
  blue: Uint32Array;
}

/** A gray page that came from colour: where the seal ink was. */
export interface ColourPage extends GrayImage {
  colourMarks?: ColourMarks;
}

function hueOf(r: number, g: number, b: number, max: number, chroma: number): number {
  let h: number;
  if (max === r) h = ((g - b) / chroma) % 6;
  else if (max === g) h = (b - r) / chroma + 2;
  else h = (r - g) / chroma + 4;
  h *= 60;
  return h < 0 ? h + 360 : h;
}

function inRange(h: number, [lo, hi]: readonly [number, number]): boolean {
  // A range may wrap through 0° (red).
  return lo <= hi ? h >= lo && h <= hi : h >= lo || h <= hi;
}

/** The value below which `share` of a histogram of 0–255 values lies (255 when empty). */
function percentile(hist: Uint32Array, share: number): number {
  let n = 0;
  for (const c of hist) n += c;
  if (n === 0) return 255;
  let acc = 0;
  for (let v = 0; v < 256; v++) {
    acc += hist[v]!;
    if (acc >= share * n) return Math.max(1, v);
  }
  return 255;
}

/**
 * RGB or RGBA → gray, seal ink dropped. Gray pixels (and pages with no seal ink) come out as
 * BT.601 luma, as `toGray` gives them.
 */
export function colourToGray(src: Uint8Array | Uint8ClampedArray, width: number, height: number, channels: 3 | 4, s: ColourSettings): ColourPage {
  const n = width * height;
  const out = new Uint8Array(n);
  // 0 = not ink, 1 = red ink, 2 = blue ink.
  const inkOf = new Uint8Array(n);
  // Brightness of the channel each ink passes, over the seal: the level that is "paper under ink".
  const passRed = new Uint32Array(256);
  const passBlue = new Uint32Array(256);
  let inked = 0;
  for (let i = 0, j = 0; i < n; i++, j += channels) {
    const r = src[j]!;
    const g = src[j + 1]!;
    const b = src[j + 2]!;
    let v = (r * 77 + g * 150 + b * 29) >> 8;
    // A transparent pixel is paper.
    if (channels === 4 && src[j + 3]! < 128) v = 255;
    out[i] = v;
    const max = r > g ? (r > b ? r : b) : g > b ? g : b;
    const min = r < g ? (r < b ? r : b) : g < b ? g : b;
    const chroma = max - min;
    if (chroma < s.sealMinChroma) continue;
    const h = hueOf(r, g, b, max, chroma);
    if (inRange(h, s.redHue)) {
      inkOf[i] = 1;
      passRed[r]!++;
      inked++;
    } else if (inRange(h, s.blueHue)) {
      inkOf[i] = 2;
      passBlue[b]!++;
      inked++;
    }
  }
  const page: ColourPage = { width, height, data: out };
  if (inked === 0) return page;
  // The passing channel over the seal is paper seen through the ink; its level is taken low in
  // its range (not the median): the stamp's ink is uneven, and its denser half, scaled by the
  // median, stayed a gray ghost. Black under the seal is far darker than either.
  const redLevel = percentile(passRed, s.sealPaperPercentile);
  const blueLevel = percentile(passBlue, s.sealPaperPercentile);
  const block = s.markBlock;
  const cols = Math.ceil(width / block);
  const rows = Math.ceil(height / block);
  const marks: ColourMarks = { block, cols, rows, red: new Uint32Array(cols * rows), blue: new Uint32Array(cols * rows) };
  for (let i = 0; i < n; i++) {
    const ink = inkOf[i]!;
    if (ink === 0) continue;
    const cell = ((((i / width) | 0) / block) | 0) * cols + (((i % width) / block) | 0);
    (ink === 1 ? marks.red : marks.blue)[cell]!++;
  }
  // Where a seal is, every pixel is read through the ink's channel, not only the pixels coloured
  // enough to count as ink: a stamp's fringes (paper half covered, JPEG's blurred colour) are too
  // pale for the chroma test and were left as a gray ghost of the ring and its characters, read
  // as 、' before a name and 8 for 3 in an amount. Black strokes stay dark in every channel.
  const region = sealRegions(marks, s);
  for (let y = 0; y < height; y++) {
    const rowCell = ((y / block) | 0) * cols;
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const ink = region[rowCell + ((x / block) | 0)]! || inkOf[i]!;
      if (ink === 0) continue;
      const j = i * channels;
      if (channels === 4 && src[j + 3]! < 128) continue;
      out[i] = ink === 1 ? Math.min(255, Math.round((src[j]! * 255) / redLevel)) : Math.min(255, Math.round((src[j + 2]! * 255) / blueLevel));
    }
  }
  page.colourMarks = marks;
  return page;
}

/**
 * Grid cells a seal covers (1 red, 2 blue, 0 none): cells with at least `sealCellInk` of their
 * pixels in seal ink, widened by `sealRegionMargin` cells to take in the stamp's pale edges.
 */
function sealRegions(marks: ColourMarks, s: ColourSettings): Uint8Array {
  const { cols, rows, block } = marks;
  const min = s.sealCellInk * block * block;
  const m = s.sealRegionMargin;
  const out = new Uint8Array(cols * rows);
  const weight = new Uint32Array(cols * rows);
  for (let cy = 0; cy < rows; cy++) {
    for (let cx = 0; cx < cols; cx++) {
      const c = cy * cols + cx;
      const red = marks.red[c]!;
      const blue = marks.blue[c]!;
      if (red < min && blue < min) continue;
      const ink = red >= blue ? 1 : 2;
      const w = Math.max(red, blue);
      for (let y = Math.max(0, cy - m); y <= Math.min(rows - 1, cy + m); y++) {
        for (let x = Math.max(0, cx - m); x <= Math.min(cols - 1, cx + m); x++) {
          const k = y * cols + x;
          // Two inks side by side: the cell goes to the one with more ink near it.
          if (w > weight[k]!) {
            weight[k] = w;
            out[k] = ink;
          }
        }
      }
    }
  }
  return out;
}

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

/** Median of a histogram of 0–255 values (255 when empty). */
function median(hist: Uint32Array): number {
  let n = 0;
  for (const c of hist) n += c;
  if (n === 0) return 255;
  let acc = 0;
  for (let v = 0; v < 256; v++) {
    acc += hist[v]!;
    if (acc * 2 >= n) return Math.max(1, v);
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
  // The median brightness of the passing channel over the seal is paper seen through the ink.
  const redLevel = median(passRed);
  const blueLevel = median(passBlue);
  const block = s.markBlock;
  const cols = Math.ceil(width / block);
  const rows = Math.ceil(height / block);
  const marks: ColourMarks = { block, cols, rows, red: new Uint32Array(cols * rows), blue: new Uint32Array(cols * rows) };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const ink = inkOf[i]!;
      if (ink === 0) continue;
      const j = i * channels;
      const cell = ((y / block) | 0) * cols + ((x / block) | 0);
      if (ink === 1) {
        out[i] = Math.min(255, Math.round((src[j]! * 255) / redLevel));
        marks.red[cell]!++;
      } else {
        out[i] = Math.min(255, Math.round((src[j + 2]! * 255) / blueLevel));
        marks.blue[cell]!++;
      }
    }
  }
  page.colourMarks = marks;
  return page;
}

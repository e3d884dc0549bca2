/**
 * The lines of text inside a cell, and the cell rewritten as one line.
 *
 * Tesseract's line finder fails on small multi-line crops: a label wrapped after its eighth
 * character (重点人群健康管理 / 率) came back as 人人, a number wrapped in a narrow column
 * (3. / 2) as nothing, the last line of a long goal text was often lost. Each of these lines reads
 * right on its own. A line break inside a cell is only the column's width (the layout joins a
 * cell's lines without a space), so the lines are laid end to end in one image and read as one
 * line — one OCR call per cell still.
 */
import type { GrayImage } from "./gray.js";

/** A band of ink rows [y0, y1) with the ink's columns [x0, x1), in page pixels. */
export interface LineBand {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  ink: number;
}

export interface LineSettings {
  /** Rows without ink that end a line (fewer are a gap inside a glyph). */
  minGapRows: number;
  /** A band shorter than this share of the tallest is a speck or a stroke cut off, not a line. */
  minLineHeightShare: number;
  /** A band taller than this many times the median is two lines that touch: not split here. */
  maxLineHeightRatio: number;
  /** Bands that together span at most this many times the tallest band are pieces of one line. */
  glyphFit: number;
}

export const LINE_SETTINGS: LineSettings = { minGapRows: 2, minLineHeightShare: 0.3, maxLineHeightRatio: 1.7, glyphFit: 1.15 };

/** Bands of ink rows inside `rect` of the ink map (1 = ink). */
export function lineBands(ink: Uint8Array, width: number, rect: readonly [number, number, number, number], lineHeight = 0, s: LineSettings = LINE_SETTINGS): LineBand[] {
  const [rx0, ry0, rx1, ry1] = rect;
  const bands: LineBand[] = [];
  let cur: LineBand | null = null;
  let blank = 0;
  for (let y = ry0; y < ry1; y++) {
    let n = 0;
    let minX = Infinity;
    let maxX = -1;
    const row = y * width;
    for (let x = rx0; x < rx1; x++) {
      if (ink[row + x] === 1) {
        n++;
        if (x < minX) minX = x;
        maxX = x;
      }
    }
    if (n > 0) {
      if (!cur) {
        cur = { x0: minX, y0: y, x1: maxX + 1, y1: y + 1, ink: 0 };
        bands.push(cur);
      }
      cur.x0 = Math.min(cur.x0, minX);
      cur.x1 = Math.max(cur.x1, maxX + 1);
      cur.y1 = y + 1;
      cur.ink += n;
      blank = 0;
    } else if (cur && ++blank >= s.minGapRows) cur = null;
  }
  // Some glyphs have a gap across their whole width (亩 is 亠 over 田, 三 is three bars): where
  // a line is that one glyph, its pieces are bands of their own; so is a line cut by a ruling
  // found through it. Neighbours that together fit in one line's height (the tallest band, or
  // the page's usual line height when given) are one line.
  const tallest = Math.max(lineHeight, ...bands.map((b) => b.y1 - b.y0));
  const lines: LineBand[] = [];
  for (const b of bands) {
    const last = lines[lines.length - 1];
    if (last && b.y1 - last.y0 <= s.glyphFit * tallest) {
      last.x0 = Math.min(last.x0, b.x0);
      last.x1 = Math.max(last.x1, b.x1);
      last.y1 = b.y1;
      last.ink += b.ink;
    } else lines.push({ ...b });
  }
  return lines.filter((b) => b.y1 - b.y0 >= s.minLineHeightShare * tallest);
}

/** True when the bands look like separate lines of one text size (none is two lines touching). */
export function evenLines(bands: readonly LineBand[], s: LineSettings = LINE_SETTINGS): boolean {
  if (bands.length < 2) return false;
  const hs = bands.map((b) => b.y1 - b.y0).sort((a, b) => a - b);
  const median = hs[Math.floor((hs.length - 1) / 2)]!;
  return hs[hs.length - 1]! <= s.maxLineHeightRatio * median;
}

/**
 * The bands of `img` (page pixels) laid end to end on white, each vertically centred, separated
 * by `gapShare` of a line's height.
 */
export function joinLines(img: GrayImage, bands: readonly LineBand[], gapShare: number): GrayImage {
  const h = Math.max(...bands.map((b) => b.y1 - b.y0));
  const gap = Math.max(2, Math.round(gapShare * h));
  const w = bands.reduce((n, b) => n + (b.x1 - b.x0), 0) + gap * (bands.length - 1);
  const out = new Uint8Array(w * h).fill(255);
  let at = 0;
  for (const b of bands) {
    const bw = b.x1 - b.x0;
    const top = Math.floor((h - (b.y1 - b.y0)) / 2);
    for (let y = b.y0; y < b.y1; y++) {
      const src = y * img.width;
      out.set(img.data.subarray(src + b.x0, src + b.x1), (top + y - b.y0) * w + at);
    }
    at += bw + gap;
  }
  return { width: w, height: h, data: out };
}

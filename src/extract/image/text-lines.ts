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
  /**
   * A band at least `maxLineHeightRatio` times the page's line height is lines that touch, cut
   * at rows holding at most this share of the band's mean ink per row (a row through a line of
   * text holds far more).
   */
  touchInkShare: number;
}

export const LINE_SETTINGS: LineSettings = { minGapRows: 2, minLineHeightShare: 0.3, maxLineHeightRatio: 1.7, glyphFit: 1.15, touchInkShare: 0.25 };

/** Bands of ink rows inside `rect` of the ink map (1 = ink). */
export function lineBands(ink: Uint8Array, width: number, rect: readonly [number, number, number, number], lineHeight = 0, s: LineSettings = LINE_SETTINGS): LineBand[] {
  const [rx0, ry0, rx1, ry1] = rect;
  let bands: LineBand[] = [];
  let cur: LineBand | null = null;
  let blank = 0;
  const rows: RowInk[] = [];
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
    rows.push({ n, minX, maxX });
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
  if (lineHeight > 0) bands = bands.flatMap((b) => splitTouching(b, rows, ry0, lineHeight, s));
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

interface RowInk {
  n: number;
  minX: number;
  maxX: number;
}

/**
 * A band as tall as two or more lines, cut into lines at its thin rows. On a fax enlarged as
 * gray, strokes thicken and a line's descenders meet the next line's tops: a goal text of sixteen
 * lines came out as four bands, a wrapped 达成预期/指标 as one, each read as one line of junk.
 * A cut is the thinnest row of a run of thin rows (at most `touchInkShare` of the band's mean ink
 * per row) with at least half a line's height of the band on each side; a line's own thin rows
 * (三's gaps) are joined again by the glyph merge after.
 */
function splitTouching(b: LineBand, rows: readonly RowInk[], ry0: number, lineHeight: number, s: LineSettings): LineBand[] {
  const h = b.y1 - b.y0;
  if (h < s.maxLineHeightRatio * lineHeight) return [b];
  const limit = (s.touchInkShare * b.ink) / h;
  const least = Math.ceil(lineHeight / 2);
  const inkAt = (y: number) => rows[y - ry0]!.n;
  const cuts: number[] = [];
  let from = b.y0;
  for (let y = b.y0 + least; y < b.y1 - least; y++) {
    if (inkAt(y) > limit) continue;
    // The run of thin rows from here: cut at its thinnest.
    let best = y;
    let end = y;
    while (end + 1 < b.y1 - least && inkAt(end + 1) <= limit) if (inkAt(++end) < inkAt(best)) best = end;
    if (best - from >= least) {
      cuts.push(best);
      from = best + 1;
    }
    y = end;
  }
  if (cuts.length === 0) return [b];
  const out: LineBand[] = [];
  let y0 = b.y0;
  for (const cut of [...cuts, b.y1]) {
    const piece: LineBand = { x0: Infinity, y0, x1: -1, y1: cut, ink: 0 };
    for (let y = y0; y < cut; y++) {
      const r = rows[y - ry0]!;
      if (r.n === 0) continue;
      piece.x0 = Math.min(piece.x0, r.minX);
      piece.x1 = Math.max(piece.x1, r.maxX + 1);
      piece.ink += r.n;
    }
    if (piece.ink > 0) out.push(piece);
    // The cut row belongs to neither line.
    y0 = cut + 1;
  }
  return out;
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
  const { width: w, height: h, places } = joinedPlaces(bands, gapShare);
  const out = new Uint8Array(w * h).fill(255);
  bands.forEach((b, i) => {
    const { at, top } = places[i]!;
    for (let y = b.y0; y < b.y1; y++) {
      const src = y * img.width;
      out.set(img.data.subarray(src + b.x0, src + b.x1), (top + y - b.y0) * w + at);
    }
  });
  return { width: w, height: h, data: out };
}

/** Where `joinLines` lays each band: its left edge (`at`) and top (`top`) in the joined image, and that image's size. */
function joinedPlaces(bands: readonly LineBand[], gapShare: number): { width: number; height: number; places: { at: number; top: number }[] } {
  const h = Math.max(...bands.map((b) => b.y1 - b.y0));
  const gap = Math.max(2, Math.round(gapShare * h));
  const places: { at: number; top: number }[] = [];
  let at = 0;
  for (const b of bands) {
    places.push({ at, top: Math.floor((h - (b.y1 - b.y0)) / 2) });
    at += b.x1 - b.x0 + gap;
  }
  return { width: Math.max(0, at - gap), height: h, places };
}

/**
 * A point of the image `joinLines(img, bands, gapShare)` made, on `img` again: in the band laid
 * there (the one before, in the gap after it).
 */
export function joinedToPage(bands: readonly LineBand[], gapShare: number): (x: number, y: number) => [number, number] {
  const { places } = joinedPlaces(bands, gapShare);
  return (x, y) => {
    let i = 0;
    while (i + 1 < places.length && x >= places[i + 1]!.at) i++;
    const b = bands[i]!;
    const { at, top } = places[i]!;
    return [b.x0 + (x - at), b.y0 + (y - top)];
  };
}

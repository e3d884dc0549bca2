/**
 * Faxes and poor copies (issue 21): a 150 dpi bilevel page with speckle. Three things before the
 * page goes the usual way:
 *
 * - **Speckle removed, sized by the stroke width.** A speck is a blob of ink no larger than one
 *   stroke width plus a pixel, squared (times `speckleArea`: a fax's 2×2 clumps beside 1-pixel
 *   strokes), with no other ink within `speckleIsolation` stroke widths: the dot of 、 or a
 *   fragment of a broken stroke lies next to the rest of its character and is kept, and so is a
 *   1-pixel stroke (it is long). Only ink of something larger counts as near: two specks do not
 *   keep each other, nor does a ruling keep the speck beside it (it widened the cell's crop and
 *   was read as - or 。). A point on the baseline between glyphs is kept (a decimal point: 114.38
 *   had been read 11438). The stroke width is the page's median horizontal run of ink, so
 *   the size follows the type and the resolution instead of a fixed pixel count.
 * - **Broken rulings bridged.** A fax drops pixels and its threshold breaks a thin slanted line
 *   where it crosses from one pixel row to the next; a gap of up to `rulingBridge` stroke widths
 *   between two long runs of ink on one row (or column) is filled. Text strokes are short runs and
 *   are left alone.
 * - **Read at a scale OCR likes.** chi_sim's strokes at 150 dpi are one pixel, broken: the page
 *   is enlarged to `faxDpiTarget` as gray (bilinear and a light blur, which fills the one-pixel
 *   breaks), and its ink darkened by `faxInkGain` (the blur spread each 1-pixel stroke into a pale
 *   gray one). It is then read as a gray page: thickening the strokes of a bilevel page, as the
 *   bilevel path does at 200 dpi, closed a fax's characters into blots (5.4 % of fields on
 *   d-fax-p01, against 31 % this way).
 */
import { upscaleSmooth, upscaleSmoothSplit, type GrayImage } from "./gray.js";
import type { StripPool } from "./strips.js";

export interface FaxSettings {
  /** Pages below this resolution are enlarged before anything else. */
  lowDpi: number;
  /** … to this resolution (a gray page) … */
  lowDpiTarget: number;
  /** … or this one (a bilevel page). */
  faxDpiTarget: number;
  /** A speck is at most this many stroke widths squared in area. */
  speckleArea: number;
  /** … with no other ink within this many stroke widths. */
  speckleIsolation: number;
  /** A speck with ink on both sides along its rows within this many times its isolation distance is a decimal point, kept. */
  pointReach: number;
  /** A speck with a mark under it within this many stroke widths (and glyphs beside) is the dot of a ；, kept … */
  stackedGap: number;
  /** … when the mark is at most this many (stroke width + 1 px) either way (a comma, not a glyph). */
  stackedMark: number;
  /** … and no glyph within this many pixels beside the dot and the mark (punctuation stands apart in its em). */
  stackedApart: number;
  /** Gaps in a ruling up to this many stroke widths are filled. */
  rulingBridge: number;
  /** An enlarged bilevel page's ink is darkened by this factor (its distance from white multiplied). */
  faxInkGain: number;
}

/** Median length of horizontal runs of black (value < 128): the typical stroke width, in pixels. */
export function strokeWidth(img: GrayImage): number {
  const hist = new Uint32Array(64);
  const { width: w, height: h, data } = img;
  for (let y = 0; y < h; y += 2) {
    let run = 0;
    for (let x = 0; x <= w; x++) {
      const black = x < w && data[y * w + x]! < 128;
      if (black) run++;
      else if (run > 0) {
        hist[Math.min(63, run)]!++;
        run = 0;
      }
    }
  }
  let n = 0;
  for (const c of hist) n += c;
  let acc = 0;
  for (let v = 1; v < 64; v++) {
    acc += hist[v]!;
    if (acc * 2 >= n) return v;
  }
  return 1;
}


/** A box on the page, pixels: x0, y0, x1, y1 (exclusive). */
export type FaxBox = [number, number, number, number];

/**
 * Isolated blobs of ink no larger than a stroke set to paper (a copy; bilevel pages only).
 * Isolated means no ink of anything larger within reach: two specks side by side do not keep
 * each other, and a ruling (a run of `minRun` pixels or more) does not keep a speck beside it.
 * A semicolon's dot and comma are kept, and their box pushed to `semicolons` when given: chi_sim
 * still reads most of them ， on a fax, and the page's ink is what tells them apart
 * (../ocr/semicolons.ts).
 */
export function despeckle(img: GrayImage, s: FaxSettings, minRun = Infinity, semicolons?: FaxBox[]): GrayImage {
  const { width: w, height: h } = img;
  const data = new Uint8Array(img.data);
  const sw = strokeWidth(img);
  const maxArea = Math.max(1, Math.round((sw + 1) * (sw + 1) * s.speckleArea));
  const reach = Math.max(1, Math.round(sw * s.speckleIsolation));
  // Rulings do not make a speck part of anything: one beside a cell's border widened the crop
  // and was read as a mark (- before 581.28, 。 before the title).
  const text = withoutLongRuns(img, minRun);
  // Pass 1: 8-connected blobs of ink other than rulings, each with its area (counted up to
  // maxArea + 1) and box: a speck touching a ruling is a blob of its own (on a fax's landscape
  // form such specks left on a cell's border after the ruling was erased were read as _ and /).
  const label = new Int32Array(w * h);
  const area: number[] = [0];
  const boxes: [number, number, number, number][] = [[0, 0, 0, 0]];
  const stack: number[] = [];
  for (let start = 0; start < w * h; start++) {
    if (text[start]! >= 128 || label[start] !== 0) continue;
    const id = area.length;
    let n = 0;
    let x0 = w, y0 = h, x1 = -1, y1 = -1;
    label[start] = id;
    stack.push(start);
    while (stack.length) {
      const i = stack.pop()!;
      const x = i % w;
      const y = (i / w) | 0;
      if (n <= maxArea) n++;
      // The whole box, also of a larger blob: the mark under a semicolon's dot is measured by it.
      x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
          const k = ny * w + nx;
          if (text[k]! < 128 && label[k] === 0) {
            label[k] = id;
            stack.push(k);
          }
        }
      }
    }
    area.push(n);
    boxes.push([x0, y0, x1, y1]);
  }
  // Pass 2: a small blob with no ink of a larger one within reach goes, unless it is a point on a line of glyphs.
  const small = (k: number) => area[label[k]!]! <= maxArea;
  const fringe = rulingFringe(img, text);
  // Ink that keeps a speck or stands beside a point: neither a speck nor a ruling's edge.
  const glyph = (k: number) => text[k]! < 128 && !small(k) && fringe[k] === 0;
  // Semicolons: a speck over a comma-shaped mark keeps itself and the mark (two specks at 2 px strokes).
  const stacked = new Set<number>();
  const blobs: Blobs = { label, boxes, glyph, fringe, w, h };
  const pair = { maxMark: Math.round((sw + 1) * s.stackedMark), maxMarkWidth: sw + 1, apart: s.stackedApart, below: Math.round(sw * s.stackedGap), reach: Math.round(2 * reach * s.pointReach) };
  for (let id = 1; id < area.length; id++) {
    if (area[id]! > maxArea) continue;
    const mark = dotOverMark(blobs, id, pair);
    if (mark === null) continue;
    stacked.add(id).add(mark);
    const [a, b] = [boxes[id]!, boxes[mark]!];
    semicolons?.push([Math.min(a[0], b[0]), a[1], Math.max(a[2], b[2]) + 1, b[3] + 1]);
  }
  for (let id = 1; id < area.length; id++) {
    if (area[id]! > maxArea || stacked.has(id)) continue;
    const [x0, y0, x1, y1] = boxes[id]!;
    let alone = true;
    for (let y = Math.max(0, y0 - reach); alone && y <= Math.min(h - 1, y1 + reach); y++) {
      for (let x = Math.max(0, x0 - reach); x <= Math.min(w - 1, x1 + reach); x++) {
        const k = y * w + x;
        if (label[k] !== id && glyph(k)) {
          alone = false;
          break;
        }
      }
    }
    // A comma (taller than wide, a stroke wide) is looked under only a stroke's depth: at 2-pixel
    // strokes it is 5 rows tall, and twice that reached the next line's glyphs (d-fax-p05 lost
    // every comma and ； of its goals).
    const comma = x1 - x0 <= sw && y1 - y0 > x1 - x0 ? sw + 1 : Infinity;
    if (!alone || betweenGlyphs(glyph, w, h, x0, y0, x1, y1, Math.round(reach * s.pointReach), comma)) continue;
    for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) if (label[y * w + x] === id) data[y * w + x] = 255;
  }
  return { ...img, data };
}

interface Blobs {
  label: Int32Array;
  boxes: [number, number, number, number][];
  glyph: (k: number) => boolean;
  /** Ink touching a ruling's long runs (`rulingFringe`). */
  fringe: Uint8Array;
  w: number;
  h: number;
}

/**
 * The upper dot of a ； (or a ：): a speck with a mark right under it, in its columns, and glyphs on
 * both sides along the pair's rows. At 150 dpi a ；'s dot is 2×2 pixels, 4 rows above its comma
 * (2×4), farther than the isolation reach: the dot went as a speck and every ； of d-fax-p01's
 * goals was read ，. The mark is comma-shaped: a stroke and a pixel wide at most, taller than
 * wide, no taller than `maxMark` (at 2-pixel strokes it is itself speck-sized, and both went:
 * d-fax-p05). Speckle clusters, so what says the pair is punctuation is where it stands: glyphs on
 * both sides along its rows, none within `stackedApart` pixels of it. A full-width mark
 * sits in the left of its em, so the glyph after it stands up to an em away (16 px on d-fax-p01):
 * twice a decimal point's reach.
 */
function dotOverMark(b: Blobs, id: number, o: { maxMark: number; maxMarkWidth: number; below: number; apart: number; reach: number }): number | null {
  const { label, boxes, glyph, w, h } = b;
  const [x0, y0, x1, y1] = boxes[id]!;
  let mark = -1;
  for (let y = y1 + 1; mark < 0 && y <= Math.min(h - 1, y1 + o.below); y++) {
    for (let x = Math.max(0, x0 - 1); x <= Math.min(w - 1, x1 + 1); x++) {
      const other = label[y * w + x]!;
      if (other !== 0 && other !== id) {
        mark = other;
        break;
      }
    }
  }
  if (mark < 0) return null;
  const [mx0, my0, mx1, my1] = boxes[mark]!;
  // A comma: no wider than a stroke and a pixel, taller than wide, no taller than maxMark.
  const mw = mx1 - mx0 + 1;
  const mh = my1 - my0 + 1;
  if (mw > o.maxMarkWidth || mh <= mw || mh > o.maxMark || my0 <= y1) return null;
  // Neither is a ruling's leftover (specks under a cell's top border are no punctuation).
  for (const [bx0, by0, bx1, by1] of [boxes[id]!, boxes[mark]!]) {
    for (let y = by0; y <= by1; y++) for (let x = bx0; x <= bx1; x++) if (b.fringe[y * w + x] !== 0) return null;
  }
  const top = y0;
  const bottom = my1;
  const inkBeside = (from: number, dir: number): boolean => {
    for (let i = 0; i < o.reach; i++) {
      const x = from + dir * i;
      if (x < 0 || x >= w) return false;
      for (let y = top; y <= bottom; y++) if (label[y * w + x] !== mark && glyph(y * w + x)) return true;
    }
    return false;
  };
  // Punctuation stands apart in its em: no glyph within the isolation reach of the mark either
  // (the dot of 冫 or 讠 over its stroke touches or nearly touches the rest of its character).
  const left = Math.min(x0, mx0) - 1;
  const right = Math.max(x1, mx1) + 1;
  for (let y = top; y <= bottom; y++) {
    for (let x = Math.max(0, left - o.apart + 1); x <= Math.min(w - 1, right + o.apart - 1); x++) {
      const k = y * w + x;
      if (label[k] !== mark && label[k] !== id && glyph(k)) return null;
    }
  }
  const kept = inkBeside(left, -1) && inkBeside(right, 1);
  return kept ? mark : null;
}

/** The page's pixels with every horizontal or vertical run of ink of at least `minRun` pixels made paper. */
function withoutLongRuns(img: GrayImage, minRun: number): Uint8Array {
  const { width: w, height: h } = img;
  const out = new Uint8Array(img.data);
  if (!Number.isFinite(minRun)) return out;
  const clear = (lines: number, length: number, index: (i: number, j: number) => number) => {
    for (let i = 0; i < lines; i++) {
      let start = -1;
      for (let j = 0; j <= length; j++) {
        const ink = j < length && img.data[index(i, j)]! < 128;
        if (ink) {
          if (start < 0) start = j;
          continue;
        }
        if (start >= 0 && j - start >= minRun) for (let k = start; k < j; k++) out[index(i, k)] = 255;
        start = -1;
      }
    }
  };
  clear(h, w, (i, j) => i * w + j);
  clear(w, h, (i, j) => j * w + i);
  return out;
}

/**
 * Ink left beside a ruling once its long runs are gone (`text`), touching them: a fax's ruling is
 * one pixel thicker along part of its length (a 1.5-pixel line, slightly slanted), and those
 * pieces, shorter than a ruling's run but larger than a speck, had kept the specks beside the
 * ruling (one in a cell's corner was read with its 62% as 二). They keep nothing now; a glyph
 * touching a ruling loses only its touching pixels as evidence, the rest of it still counts.
 */
function rulingFringe(img: GrayImage, text: Uint8Array): Uint8Array {
  const { width: w, height: h, data } = img;
  const fringe = new Uint8Array(w * h);
  const ruling = (k: number) => data[k]! < 128 && text[k]! >= 128;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const k = y * w + x;
      if (text[k]! >= 128) continue;
      if ((y > 0 && ruling(k - w)) || (y < h - 1 && ruling(k + w)) || (x > 0 && ruling(k - 1)) || (x < w - 1 && ruling(k + 1))) fringe[k] = 1;
    }
  }
  return fringe;
}

/**
 * A small blob on the baseline of a line of glyphs: on both sides within `reach` pixels, a glyph
 * standing up from its rows whose own columns have no ink below them. A decimal point between
 * digits (114.38 lost its point and was read 11438), not a speck: a speck over a line has the
 * glyphs below it, one in a blank cell has nothing beside it. `glyph(k)` is ink of something
 * larger than a speck: another speck under a point (a fax has one in a few hundred pixels) does
 * not make it a speck. Only the nearest glyph's columns are looked under: 元 after 318.6 reaches
 * lower than the digits' baseline, and had made the point a speck.
 */
function betweenGlyphs(glyph: (k: number) => boolean, w: number, h: number, x0: number, y0: number, x1: number, y1: number, reach: number, belowCap = Infinity): boolean {
  const size = y1 - y0 + 1;
  // How far under the glyphs beside it is looked: twice the mark's height, at most twice belowCap.
  const below = 2 * Math.min(size, belowCap);
  const inkIn = (xa: number, xb: number, ya: number, yb: number): boolean => {
    for (let y = Math.max(0, ya); y <= Math.min(h - 1, yb); y++) for (let x = Math.max(0, xa); x <= Math.min(w - 1, xb); x++) if (glyph(y * w + x)) return true;
    return false;
  };
  /** The column nearest the point, stepping by `dir`, with glyph ink beside the point's rows (or above them). */
  const nearest = (from: number, dir: number): number | null => {
    for (let i = 0; i < reach; i++) {
      const x = from + dir * i;
      if (x < 0 || x >= w) return null;
      if (inkIn(x, x, y0 - 2 * size, y1)) return x;
    }
    return null;
  };
  const side = (from: number, dir: number): boolean => {
    const x = nearest(from, dir);
    if (x === null) return false;
    const [xa, xb] = dir < 0 ? [x - 2 * size, x] : [x, x + 2 * size];
    return !inkIn(xa, xb, y1 + 2, y1 + 1 + below);
  };
  return side(x0 - 1, -1) && side(x1 + 1, 1);
}

/**
 * Gaps of at most `rulingBridge` stroke widths between two runs of ink on one row (and one column)
 * filled, when both runs are long — at least `minRun` pixels — as pieces of a ruling are and text
 * strokes are not (a copy; bilevel pages).
 */
export function bridgeRulings(img: GrayImage, s: Pick<FaxSettings, "rulingBridge">, minRun: number): GrayImage {
  const { width: w, height: h } = img;
  const data = new Uint8Array(img.data);
  const maxGap = Math.max(1, Math.round(strokeWidth(img) * s.rulingBridge));
  const along = (lines: number, length: number, index: (i: number, j: number) => number) => {
    for (let i = 0; i < lines; i++) {
      // The last long run seen on this line: where it ended.
      let lastLongEnd = -Infinity;
      let start = -1;
      for (let j = 0; j <= length; j++) {
        const ink = j < length && img.data[index(i, j)]! < 128;
        if (ink) {
          if (start < 0) start = j;
          continue;
        }
        if (start < 0) continue;
        if (j - start >= minRun) {
          const gap = start - lastLongEnd;
          if (gap > 0 && gap <= maxGap) for (let k = lastLongEnd; k < start; k++) data[index(i, k)] = 0;
          lastLongEnd = j;
        }
        start = -1;
      }
    }
  };
  along(h, w, (i, j) => i * w + j);
  along(w, h, (i, j) => j * w + i);
  return { ...img, data };
}

/**
 * A low-resolution page enlarged to `lowDpiTarget`; a bilevel one comes out gray with its ink
 * darkened (see the top of the file). The factor applied.
 */
export function enlargeLowResolution(img: GrayImage, dpi: number, s: FaxSettings, bilevel: boolean): { image: GrayImage; factor: number } {
  if (dpi >= s.lowDpi) return { image: img, factor: 1 };
  const factor = (bilevel ? s.faxDpiTarget : s.lowDpiTarget) / dpi;
  const big = upscaleSmooth(img, factor);
  if (bilevel) {
    const d = big.data;
    for (let i = 0; i < d.length; i++) d[i] = Math.max(0, Math.round(255 - (255 - d[i]!) * s.faxInkGain));
  }
  return { image: { ...big, dpi: dpi * factor }, factor };
}

/** `enlargeLowResolution` with the enlargement's rows spread over the strip helpers (./strips.ts): the same pixels. */
export async function enlargeLowResolutionSplit(img: GrayImage, dpi: number, s: FaxSettings, bilevel: boolean, strips: StripPool): Promise<{ image: GrayImage; factor: number }> {
  if (dpi >= s.lowDpi) return { image: img, factor: 1 };
  const factor = (bilevel ? s.faxDpiTarget : s.lowDpiTarget) / dpi;
  const big = await upscaleSmoothSplit(img, factor, bilevel ? s.faxInkGain : 1, strips);
  return { image: { ...big, dpi: dpi * factor }, factor };
}

/** A low-resolution bilevel page made ready to enlarge: speckle removed, then broken rulings bridged (pieces of at least half a ruling's minimum length); the semicolons found pushed to `semicolons`. */
export function cleanFax(img: GrayImage, dpi: number, s: FaxSettings & { minRulingLength: number }, semicolons?: FaxBox[]): GrayImage {
  const minRun = Math.round(((s.minRulingLength / 2) * dpi) / 72);
  return bridgeRulings(despeckle(img, s, minRun, semicolons), s, minRun);
}

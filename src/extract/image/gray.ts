/**
 * An 8-bit grayscale page image and the few pixel operations the scan path needs. Pixels are
 * row-major, 0 black … 255 white. Kept as plain typed arrays: a 300 dpi A4 page is 8.7 M pixels,
 * so every pass is a tight loop and nothing is copied that need not be.
 */

import { shared, sharedBytes, type StripPool } from "./strips.js";

export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
  /** Pixels per inch when the file says so (TIFF tags) or the page size implies it (PDF). */
  dpi?: number;
}

export function grayImage(width: number, height: number, fill = 255): GrayImage {
  const data = new Uint8Array(width * height);
  if (fill !== 0) data.fill(fill);
  return { width, height, data };
}

/** RGBA, RGB or gray bytes → gray (ITU-R BT.601 luma, integer weights). */
export function toGray(src: Uint8Array | Uint8ClampedArray, width: number, height: number, channels: 1 | 3 | 4): GrayImage {
  const n = width * height;
  const out = new Uint8Array(n);
  if (channels === 1) out.set(src.subarray(0, n));
  else {
    for (let i = 0, j = 0; i < n; i++, j += channels) {
      let v = (src[j]! * 77 + src[j + 1]! * 150 + src[j + 2]! * 29) >> 8;
      // A transparent pixel is paper.
      if (channels === 4 && src[j + 3]! < 128) v = 255;
      out[i] = v;
    }
  }
  return { width, height, data: out };
}

/** 1 bit per pixel, rows padded to bytes, 1 = black unless `zeroIsBlack` (pdf.js's GRAYSCALE_1BPP). */
export function fromBits(src: Uint8Array, width: number, height: number, oneIsBlack: boolean): GrayImage {
  const out = new Uint8Array(width * height);
  const stride = (width + 7) >> 3;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const bit = (src[y * stride + (x >> 3)]! >> (7 - (x & 7))) & 1;
      out[y * width + x] = (bit === 1) === oneIsBlack ? 0 : 255;
    }
  }
  return { width, height, data: out };
}

/** A rectangle of the image (clipped to it). */
export function crop(img: GrayImage, x0: number, y0: number, x1: number, y1: number): GrayImage {
  const ax = Math.max(0, Math.floor(x0));
  const ay = Math.max(0, Math.floor(y0));
  const bx = Math.min(img.width, Math.ceil(x1));
  const by = Math.min(img.height, Math.ceil(y1));
  const w = Math.max(0, bx - ax);
  const h = Math.max(0, by - ay);
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) out.set(img.data.subarray((ay + y) * img.width + ax, (ay + y) * img.width + ax + w), y * w);
  return { width: w, height: h, data: out };
}

/** A quarter turn clockwise `turns` times (exact, no resampling). */
export function rotateQuarter(img: GrayImage, turns: number): GrayImage {
  const t = ((turns % 4) + 4) % 4;
  if (t === 0) return img;
  const { width: w, height: h, data } = img;
  if (t === 2) {
    const out = new Uint8Array(w * h);
    for (let i = 0, n = w * h; i < n; i++) out[i] = data[n - 1 - i]!;
    return { width: w, height: h, data: out, ...(img.dpi ? { dpi: img.dpi } : {}) };
  }
  const out = new Uint8Array(w * h);
  // Clockwise: new (x', y') = (h-1-y, x); counter-clockwise: (y, w-1-x).
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      const v = data[row + x]!;
      if (t === 1) out[x * h + (h - 1 - y)] = v;
      else out[(w - 1 - x) * h + y] = v;
    }
  }
  return { width: h, height: w, data: out, ...(img.dpi ? { dpi: img.dpi } : {}) };
}

/**
 * Turns the image by a small angle (degrees, positive = counter-clockwise as seen) about its
 * centre, bilinear, same size, paper white where nothing maps.
 */
export function rotateSmall(img: GrayImage, degrees: number): GrayImage {
  const args: RotateArgs = { src: img.data, out: new Uint8Array(img.width * img.height), width: img.width, height: img.height, degrees };
  rotateRows(args, 0, img.height);
  return { width: img.width, height: img.height, data: args.out, ...(img.dpi ? { dpi: img.dpi } : {}) };
}

/** Where the point (x, y) of an image `width` × `height` lands in `rotateSmall(img, degrees)`. */
export function rotateSmallPoint(width: number, height: number, degrees: number, x: number, y: number): [number, number] {
  const a = (degrees * Math.PI) / 180;
  const cx = (width - 1) / 2;
  const cy = (height - 1) / 2;
  const dx = x - cx;
  const dy = y - cy;
  // rotateRows reads (x, y) from the source turned back by -a: this is the forward turn.
  return [cx + dx * Math.cos(a) + dy * Math.sin(a), cy - dx * Math.sin(a) + dy * Math.cos(a)];
}

export interface RotateArgs {
  src: Uint8Array;
  out: Uint8Array;
  width: number;
  height: number;
  degrees: number;
}

/** Rows [y0, y1) of `rotateSmall`'s output. */
export function rotateRows(args: RotateArgs, y0: number, y1: number): void {
  const { width: w, height: h, src: data, out } = args;
  const a = (args.degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = (w - 1) / 2;
  const cy = (h - 1) / 2;
  for (let y = y0; y < y1; y++) {
    const dy = y - cy;
    // Source of (x, y): the destination turned back by -a (y grows downwards).
    let sx = cx - cx * cos - dy * sin;
    let sy = cy - cx * sin + dy * cos;
    for (let x = 0; x < w; x++, sx += cos, sy += sin) {
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 >= w - 1 || y0 >= h - 1) {
        out[y * w + x] = 255;
        continue;
      }
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * w + x0;
      const top = data[i]! + (data[i + 1]! - data[i]!) * fx;
      const bot = data[i + w]! + (data[i + w + 1]! - data[i + w]!) * fx;
      out[y * w + x] = (top + (bot - top) * fy + 0.5) | 0;
    }
  }
}

/** `rotateSmall` with its rows spread over the strip helpers (./strips.ts); the same pixels. */
export async function rotateSmallSplit(img: GrayImage, degrees: number, strips: StripPool): Promise<GrayImage> {
  const args: RotateArgs = { src: shared(img.data), out: sharedBytes(img.width * img.height), width: img.width, height: img.height, degrees };
  await strips.rows("rotate", rotateRows, args, img.height, img.width);
  return { width: img.width, height: img.height, data: args.out, ...(img.dpi ? { dpi: img.dpi } : {}) };
}

/** Binary PGM (P5): the cheapest encoding leptonica reads, so crops go to tesseract without PNG compression. */
export function toPgm(img: GrayImage): Buffer {
  const header = Buffer.from(`P5\n${img.width} ${img.height}\n255\n`, "latin1");
  return Buffer.concat([header, Buffer.from(img.data.buffer, img.data.byteOffset, img.width * img.height)]);
}

/**
 * White border around the image, `padding` pixels left and right and `paddingY` above and below
 * (tesseract reads text touching the edge badly).
 */
export function pad(img: GrayImage, padding: number, paddingY = padding): GrayImage {
  const w = img.width + 2 * padding;
  const h = img.height + 2 * paddingY;
  const out = new Uint8Array(w * h).fill(255);
  for (let y = 0; y < img.height; y++) out.set(img.data.subarray(y * img.width, (y + 1) * img.width), (y + paddingY) * w + padding);
  return { width: w, height: h, data: out };
}


/** True when every sampled pixel is black or white (a fax-like bilevel scan). */
export function isBilevel(img: GrayImage): boolean {
  const step = Math.max(1, Math.floor(img.data.length / 200_000));
  for (let i = 0; i < img.data.length; i += step) {
    const v = img.data[i]!;
    if (v !== 0 && v !== 255) return false;
  }
  return true;
}

/**
 * Darkest of each pixel's 3×3 neighbourhood: thickens strokes that a hard threshold broke
 * (a bilevel scan of a blurred page loses pixels of every thin stroke).
 */
export function thicken(img: GrayImage): GrayImage {
  const args: ThickenArgs = { src: img.data, out: new Uint8Array(img.width * img.height), width: img.width, height: img.height };
  thickenRows(args, 0, img.height);
  return { width: img.width, height: img.height, data: args.out, ...(img.dpi ? { dpi: img.dpi } : {}) };
}

export interface ThickenArgs {
  src: Uint8Array;
  out: Uint8Array;
  width: number;
  height: number;
}

/** Rows [y0, y1) of `thicken`: the darkest of each row's 3 pixels, then of 3 such rows (a min is a min in any order). */
export function thickenRows(args: ThickenArgs, y0: number, y1: number): void {
  const { src: data, out, width: w, height: h } = args;
  const rowMin = (y: number, into: Uint8Array) => {
    const r = y * w;
    for (let x = 0; x < w; x++) {
      let m = data[r + x]!;
      if (x > 0 && data[r + x - 1]! < m) m = data[r + x - 1]!;
      if (x + 1 < w && data[r + x + 1]! < m) m = data[r + x + 1]!;
      into[x] = m;
    }
  };
  let up = new Uint8Array(w);
  let mid = new Uint8Array(w);
  let down = new Uint8Array(w);
  if (y0 > 0) rowMin(y0 - 1, up);
  if (y0 < y1) rowMin(y0, mid);
  for (let y = y0; y < y1; y++) {
    if (y + 1 < h) rowMin(y + 1, down);
    const o = y * w;
    for (let x = 0; x < w; x++) {
      let m = mid[x]!;
      if (y > 0 && up[x]! < m) m = up[x]!;
      if (y + 1 < h && down[x]! < m) m = down[x]!;
      out[o + x] = m;
    }
    const t = up;
    up = mid;
    mid = down;
    down = t;
  }
}

/** `thicken` with its rows spread over the strip helpers (./strips.ts); the same pixels. */
export async function thickenSplit(img: GrayImage, strips: StripPool): Promise<GrayImage> {
  const args: ThickenArgs = { src: shared(img.data), out: sharedBytes(img.width * img.height), width: img.width, height: img.height };
  await strips.rows("thicken", thickenRows, args, img.height, img.width);
  return { width: img.width, height: img.height, data: args.out, ...(img.dpi ? { dpi: img.dpi } : {}) };
}

/** Smaller copy by area averaging (`f` < 1). */
export function downscale(img: GrayImage, f: number): GrayImage {
  const w = Math.max(1, Math.round(img.width * f));
  const h = Math.max(1, Math.round(img.height * f));
  const out = new Uint8Array(w * h);
  const sx = img.width / w;
  const sy = img.height / h;
  for (let y = 0; y < h; y++) {
    const y0 = Math.floor(y * sy);
    const y1 = Math.max(y0 + 1, Math.min(img.height, Math.floor((y + 1) * sy)));
    for (let x = 0; x < w; x++) {
      const x0 = Math.floor(x * sx);
      const x1 = Math.max(x0 + 1, Math.min(img.width, Math.floor((x + 1) * sx)));
      let sum = 0;
      for (let yy = y0; yy < y1; yy++) for (let xx = x0; xx < x1; xx++) sum += img.data[yy * img.width + xx]!;
      out[y * w + x] = Math.round(sum / ((y1 - y0) * (x1 - x0)));
    }
  }
  return { width: w, height: h, data: out };
}

/**
 * Smaller copy by area averaging (`f` < 1): each output pixel is the mean of the input area it
 * covers, edge pixels counted by the fraction of them inside. Whole pixels only (the floor of
 * each edge) made windows of one and two pixels alternate at 0.75× (a photo's page, 200 → 150
 * dpi), a jagged copy. Only a photo's re-read uses this: the flat scans were tuned on
 * `downscale`, and at the slightly-off-0.5 factor of a 300 dpi PDF page the two differ enough to
 * change a reading (s-m02-300-turn90 lost a row: 151 → 114 of 154 fields).
 */
export function downscaleArea(img: GrayImage, f: number): GrayImage {
  const w = Math.max(1, Math.round(img.width * f));
  const h = Math.max(1, Math.round(img.height * f));
  // Separable: rows first into floats, then columns.
  const cols = coverage(img.width, w);
  const rows = coverage(img.height, h);
  const mid = new Float32Array(w * img.height);
  for (let y = 0; y < img.height; y++) {
    const src = y * img.width;
    for (let x = 0; x < w; x++) {
      const { start, weights } = cols[x]!;
      let sum = 0;
      for (let k = 0; k < weights.length; k++) sum += weights[k]! * img.data[src + start + k]!;
      mid[y * w + x] = sum;
    }
  }
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const { start, weights } = rows[y]!;
    for (let x = 0; x < w; x++) {
      let sum = 0;
      for (let k = 0; k < weights.length; k++) sum += weights[k]! * mid[(start + k) * w + x]!;
      out[y * w + x] = Math.round(sum);
    }
  }
  return { width: w, height: h, data: out };
}

/** For each of `m` output pixels along a line of `n`: the input pixels it covers and their shares (summing to 1). */
function coverage(n: number, m: number): { start: number; weights: Float32Array }[] {
  const step = n / m;
  return Array.from({ length: m }, (_, i) => {
    const a = i * step;
    const b = Math.min(n, (i + 1) * step);
    const start = Math.floor(a);
    const end = Math.max(start + 1, Math.ceil(b));
    const weights = new Float32Array(end - start);
    for (let k = start; k < end; k++) weights[k - start] = (Math.min(b, k + 1) - Math.max(a, k)) / (b - a);
    return { start, weights };
  });
}

/**
 * Larger copy (`f` > 1) by bilinear interpolation, then smoothed with a 3×3 tent: a bilevel crop
 * becomes gray edges at a higher resolution, which the LSTM reads more like print than the
 * staircase of a fax's pixels.
 */
export function upscaleSmooth(img: GrayImage, f: number): GrayImage {
  const a = upscaleArgs(img, f, new Uint8Array(Math.max(1, Math.round(img.width * f)) * Math.max(1, Math.round(img.height * f))));
  upscaleRows(a, 0, a.h);
  const t: TentArgs = { src: a.out, out: new Uint8Array(a.w * a.h), w: a.w, h: a.h, gain: 1 };
  tentRows(t, 0, a.h);
  return { width: a.w, height: a.h, data: t.out };
}

/**
 * `upscaleSmooth` with its rows spread over the strip helpers (./strips.ts), the same pixels, and
 * the ink darkened by `gain` in the same pass (a fax page: ./fax.ts `enlargeLowResolution`, whose
 * 8.7 M output pixels were 120–260 ms of the main thread before any cell could be read).
 */
export async function upscaleSmoothSplit(img: GrayImage, f: number, gain: number, strips: StripPool): Promise<GrayImage> {
  const w = Math.max(1, Math.round(img.width * f));
  const h = Math.max(1, Math.round(img.height * f));
  const a = upscaleArgs({ ...img, data: shared(img.data) }, f, sharedBytes(w * h));
  await strips.rows("upscale", upscaleRows, a, h, w);
  const t: TentArgs = { src: a.out, out: sharedBytes(w * h), w, h, gain };
  await strips.rows("tent", tentRows, t, h, w);
  return { width: w, height: h, data: t.out };
}

export interface UpscaleArgs {
  src: Uint8Array;
  /** The source's size … */
  W: number;
  H: number;
  /** … and the enlarged one's. */
  w: number;
  h: number;
  f: number;
  /** Written: the bilinear enlargement. */
  out: Uint8Array;
}

function upscaleArgs(img: GrayImage, f: number, out: Uint8Array): UpscaleArgs {
  return { src: img.data, W: img.width, H: img.height, w: Math.max(1, Math.round(img.width * f)), h: Math.max(1, Math.round(img.height * f)), f, out };
}

/** Rows [y0, y1) of the bilinear enlargement. */
export function upscaleRows(a: UpscaleArgs, y0: number, y1: number): void {
  const { src: d, W, H, w, f, out: big } = a;
  // Each output column's source columns and weight, once (a fax page is 8.7 M output pixels;
  // the same numbers as computed pixel by pixel, so the same result to the bit).
  const xs0 = new Int32Array(w);
  const xs1 = new Int32Array(w);
  const fxs = new Float64Array(w);
  for (let x = 0; x < w; x++) {
    const sx = Math.min(W - 1, Math.max(0, (x + 0.5) / f - 0.5));
    const x0 = Math.floor(sx);
    xs0[x] = x0;
    xs1[x] = Math.min(W - 1, x0 + 1);
    fxs[x] = sx - x0;
  }
  for (let y = y0; y < y1; y++) {
    const sy = Math.min(H - 1, Math.max(0, (y + 0.5) / f - 0.5));
    const ya = Math.floor(sy);
    const yb = Math.min(H - 1, ya + 1);
    const fy = sy - ya;
    const r0 = ya * W;
    const r1 = yb * W;
    const o = y * w;
    for (let x = 0; x < w; x++) {
      const x0 = xs0[x]!;
      const x1 = xs1[x]!;
      const fx = fxs[x]!;
      const top = d[r0 + x0]! * (1 - fx) + d[r0 + x1]! * fx;
      const bottom = d[r1 + x0]! * (1 - fx) + d[r1 + x1]! * fx;
      big[o + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
}

/**
 * The 3×3 tent (weights 1 2 1 by 1 2 1, over the neighbours inside the image), rounded. Inside
 * the image all nine weigh 16 in all: there it is a row pass and a column pass on integers,
 * `Math.round(sum / 16)` exactly; the border pixels are weighed one by one.
 */
export interface TentArgs {
  src: Uint8Array;
  /** Written: the tent of `src`, its ink darkened by `gain` (its distance from white multiplied; 1: as it is). */
  out: Uint8Array;
  w: number;
  h: number;
  gain: number;
}

/** Rows [y0, y1) of the tent (reading `src` one row beyond them on each side). */
export function tentRows(a: TentArgs, y0: number, y1: number): void {
  const { src: big, out, w, h, gain } = a;
  const at = (x: number, y: number): number => {
    let sum = 0;
    let n = 0;
    for (let dy = -1; dy <= 1; dy++) {
      const yy = y + dy;
      if (yy < 0 || yy >= h) continue;
      for (let dx = -1; dx <= 1; dx++) {
        const xx = x + dx;
        if (xx < 0 || xx >= w) continue;
        const k = (dx === 0 ? 2 : 1) * (dy === 0 ? 2 : 1);
        sum += big[yy * w + xx]! * k;
        n += k;
      }
    }
    return Math.round(sum / n);
  };
  if (w < 3 || h < 3) {
    for (let y = y0; y < y1; y++) for (let x = 0; x < w; x++) out[y * w + x] = at(x, y);
  } else {
    // Row sums (a + 2b + c) of the row above, this one and the one below, rolled down the rows.
    const rowSum = (y: number, into: Uint16Array) => {
      const r = y * w;
      for (let x = 1; x < w - 1; x++) into[x] = big[r + x - 1]! + 2 * big[r + x]! + big[r + x + 1]!;
    };
    const first = Math.max(1, y0);
    const last = Math.min(h - 1, y1);
    let up = new Uint16Array(w);
    let mid = new Uint16Array(w);
    let down = new Uint16Array(w);
    if (first < last) {
      rowSum(first - 1, up);
      rowSum(first, mid);
    }
    for (let y = first; y < last; y++) {
      rowSum(y + 1, down);
      const o = y * w;
      // sum / 16 rounded half up, as Math.round does for these non-negative sums.
      for (let x = 1; x < w - 1; x++) out[o + x] = (up[x]! + 2 * mid[x]! + down[x]! + 8) >> 4;
      out[o] = at(0, y);
      out[o + w - 1] = at(w - 1, y);
      const t = up;
      up = mid;
      mid = down;
      down = t;
    }
    for (const y of [0, h - 1]) if (y >= y0 && y < y1) for (let x = 0; x < w; x++) out[y * w + x] = at(x, y);
  }
  if (gain !== 1) for (let i = y0 * w; i < y1 * w; i++) out[i] = Math.max(0, Math.round(255 - (255 - out[i]!) * gain));
}

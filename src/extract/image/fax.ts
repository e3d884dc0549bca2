/**
 * Faxes and poor copies (issue 21): a 150 dpi bilevel page with speckle. Two things before the
 * page goes the usual way:
 *
 * - **Speckle removed, sized by the stroke width.** A speck is a blob of ink no larger than a
 *   stroke is wide (squared, times `speckleArea`) with no other ink within `speckleIsolation`
 *   stroke widths: the dot of 、 or a fragment of a broken stroke lies next to the rest of its
 *   character and is kept. The stroke width is the page's median horizontal run of ink, so the
 *   size follows the type and the resolution instead of a fixed pixel count.
 * - **Read at a scale OCR likes.** chi_sim's strokes at 150 dpi are one or two pixels: the page
 *   is enlarged to `lowDpiTarget` (bilinear, then thresholded again so a bilevel page stays
 *   bilevel and takes the bilevel path — thickening and the number votes — tuned at 200 dpi).
 */
import { upscaleSmooth, type GrayImage } from "./gray.js";

export interface FaxSettings {
  /** Pages below this resolution are enlarged before anything else. */
  lowDpi: number;
  /** … to this resolution. */
  lowDpiTarget: number;
  /** A speck is at most this many stroke widths squared in area. */
  speckleArea: number;
  /** … with no other ink within this many stroke widths. */
  speckleIsolation: number;
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

/** Isolated blobs of ink no larger than a stroke set to paper (a copy; bilevel pages only). */
export function despeckle(img: GrayImage, s: FaxSettings): GrayImage {
  const { width: w, height: h } = img;
  const data = new Uint8Array(img.data);
  const sw = strokeWidth(img);
  const maxArea = Math.max(1, Math.round(sw * sw * s.speckleArea));
  const reach = Math.max(1, Math.round(sw * s.speckleIsolation));
  const label = new Int32Array(w * h);
  let next = 0;
  const stack: number[] = [];
  for (let start = 0; start < w * h; start++) {
    if (data[start]! >= 128 || label[start] !== 0) continue;
    next++;
    const blob: number[] = [];
    label[start] = next;
    stack.push(start);
    let big = false;
    while (stack.length) {
      const i = stack.pop()!;
      if (!big) blob.push(i);
      if (blob.length > maxArea) big = true;
      const x = i % w;
      const y = (i / w) | 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
          const k = ny * w + nx;
          if (data[k]! < 128 && label[k] === 0) {
            label[k] = next;
            stack.push(k);
          }
        }
      }
    }
    if (big) continue;
    // Other ink near the blob: part of a character, kept.
    let x0 = w, y0 = h, x1 = 0, y1 = 0;
    for (const i of blob) {
      const x = i % w;
      const y = (i / w) | 0;
      x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
    }
    let alone = true;
    for (let y = Math.max(0, y0 - reach); alone && y <= Math.min(h - 1, y1 + reach); y++) {
      for (let x = Math.max(0, x0 - reach); x <= Math.min(w - 1, x1 + reach); x++) {
        const k = y * w + x;
        if (data[k]! < 128 && label[k] !== next) {
          alone = false;
          break;
        }
      }
    }
    if (alone) for (const i of blob) data[i] = 255;
  }
  return { ...img, data };
}

/** A low-resolution page enlarged (and, when bilevel, thresholded again); the factor applied. */
export function enlargeLowResolution(img: GrayImage, dpi: number, s: FaxSettings, bilevel: boolean): { image: GrayImage; factor: number } {
  if (dpi >= s.lowDpi) return { image: img, factor: 1 };
  const factor = s.lowDpiTarget / dpi;
  const big = upscaleSmooth(img, factor);
  if (bilevel) for (let i = 0; i < big.data.length; i++) big.data[i] = big.data[i]! < 128 ? 0 : 255;
  return { image: { ...big, dpi: s.lowDpiTarget }, factor };
}

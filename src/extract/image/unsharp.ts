/**
 * Unsharp masking for photographed pages (issue 21): a phone's slight blur (focus, shake)
 * spreads a 1–2 pixel ruling over 4–5 pixels at half its contrast, and a threshold then breaks
 * it into pieces (the lattice lost rows of the funds table). Adding back `amount` times the
 * difference between the page and a Gaussian blur of it restores the edges' contrast.
 */
import type { GrayImage } from "./gray.js";
import { shared, sharedBytes, type StripPool } from "./strips.js";

/**
 * A binomial kernel of variance ≈ σ² (n = 4σ², rounded, n + 1 taps): as good as a Gaussian at
 * these sizes, with whole-numbered weights summing to 2ⁿ, so the passes run on integers.
 */
function kernel(sigma: number): { k: Int32Array; shift: number } {
  const n = Math.min(12, Math.max(2, Math.round(4 * sigma * sigma)));
  const k = new Int32Array(n + 1);
  k[0] = 1;
  for (let i = 1; i <= n; i++) for (let j = i; j > 0; j--) k[j]! += k[j - 1]!;
  return { k, shift: n };
}

/**
 * The blur's row pass over rows [t0, t1) of an image `w` wide: each pixel's kernel-weighted sum
 * along its row (edges clamped) as a 32-bit integer, row t0 first. The kernel is symmetric, so
 * each weight multiplies the sum of its two mirrored pixels (half the multiplications; integers,
 * so the result is the same to the bit). A photo page is 4 M pixels.
 */
function rowSums(data: Uint8Array, w: number, k: Int32Array, t0: number, t1: number): Uint32Array {
  const r = (k.length - 1) / 2;
  const half = Int32Array.from(k.subarray(0, r + 1));
  const tmp = new Uint32Array(w * (t1 - t0));
  for (let y = t0; y < t1; y++) {
    const base = y * w;
    const tb = (y - t0) * w;
    for (let x = 0; x < w; x++) {
      let s = 0;
      if (x >= r && x + r < w) {
        const c = base + x;
        s = half[r]! * data[c]!;
        for (let j = 1; j <= r; j++) s += half[r - j]! * (data[c - j]! + data[c + j]!);
      } else for (let j = -r; j <= r; j++) s += k[j + r]! * data[base + Math.min(w - 1, Math.max(0, x + j))]!;
      tmp[tb + x] = s;
    }
  }
  return tmp;
}

/**
 * Separable Gaussian blur (binomial, edges clamped) of an 8-bit image, as 8-bit. Rows first
 * into 32-bit sums, then down the columns a whole row at a time (memory in order).
 */
export function gaussian(img: GrayImage, sigma: number): Uint8Array {
  const { width: w, height: h, data } = img;
  const { k, shift } = kernel(sigma);
  const r = (k.length - 1) / 2;
  const half = Int32Array.from(k.subarray(0, r + 1));
  const tmp = rowSums(data, w, k, 0, h);
  const out = new Uint8Array(w * h);
  const acc = new Uint32Array(w);
  const round = 2 ** (2 * shift - 1);
  const scale = 2 ** (2 * shift);
  for (let y = 0; y < h; y++) {
    const mid = y * w;
    const kc = half[r]!;
    for (let x = 0; x < w; x++) acc[x] = kc * tmp[mid + x]!;
    for (let j = 1; j <= r; j++) {
      const up = Math.max(0, y - j) * w;
      const down = Math.min(h - 1, y + j) * w;
      const kj = half[r - j]!;
      for (let x = 0; x < w; x++) acc[x]! += kj * (tmp[up + x]! + tmp[down + x]!);
    }
    const base = y * w;
    for (let x = 0; x < w; x++) out[base + x] = ((acc[x]! + round) / scale) | 0;
  }
  return out;
}

/** `img + amount · (img − blur(img, sigma))`, clamped to 0…255. */
export function unsharp(img: GrayImage, sigma: number, amount: number): GrayImage {
  if (sigma <= 0 || amount <= 0) return img;
  const soft = gaussian(img, sigma);
  const { data } = img;
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const v = data[i]! + amount * (data[i]! - soft[i]!);
    out[i] = v <= 0 ? 0 : v >= 255 ? 255 : (v + 0.5) | 0;
  }
  return { ...img, data: out };
}

export interface UnsharpArgs {
  src: Uint8Array;
  out: Uint8Array;
  width: number;
  height: number;
  sigma: number;
  amount: number;
}

/**
 * `unsharp`'s rows [y0, y1) of `out`, from `src` alone: the blur's row pass over those rows and
 * the kernel's reach above and below them, then its column pass and the mask. The same integer
 * sums as `gaussian`, so every band of rows comes out as the whole page's pass gives it.
 */
export function unsharpRows(a: UnsharpArgs, y0: number, y1: number): void {
  const { width: w, height: h, src: data, out, amount } = a;
  const { k, shift } = kernel(a.sigma);
  const r = (k.length - 1) / 2;
  const half = Int32Array.from(k.subarray(0, r + 1));
  const t0 = Math.max(0, y0 - r);
  const t1 = Math.min(h, y1 + r);
  const tmp = rowSums(data, w, k, t0, t1);
  const acc = new Uint32Array(w);
  const round = 2 ** (2 * shift - 1);
  const scale = 2 ** (2 * shift);
  const kc = half[r]!;
  for (let y = y0; y < y1; y++) {
    const mid = (y - t0) * w;
    for (let x = 0; x < w; x++) acc[x] = kc * tmp[mid + x]!;
    for (let j = 1; j <= r; j++) {
      const up = (Math.max(0, y - j) - t0) * w;
      const down = (Math.min(h - 1, y + j) - t0) * w;
      const kj = half[r - j]!;
      for (let x = 0; x < w; x++) acc[x]! += kj * (tmp[up + x]! + tmp[down + x]!);
    }
    const base = y * w;
    for (let x = 0; x < w; x++) {
      const d = data[base + x]!;
      const v = d + amount * (d - (((acc[x]! + round) / scale) | 0));
      out[base + x] = v <= 0 ? 0 : v >= 255 ? 255 : (v + 0.5) | 0;
    }
  }
}

/** `unsharp` with its rows spread over the strip helpers (./strips.ts); the same pixels. */
export async function unsharpSplit(img: GrayImage, sigma: number, amount: number, strips: StripPool): Promise<GrayImage> {
  if (sigma <= 0 || amount <= 0) return img;
  const args: UnsharpArgs = { src: shared(img.data), out: sharedBytes(img.width * img.height), width: img.width, height: img.height, sigma, amount };
  await strips.rows("unsharp", unsharpRows, args, img.height, img.width);
  return { ...img, data: args.out };
}

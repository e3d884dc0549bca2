/**
 * Uneven scans (a shadow along the spine, a lamp at one side) defeat one global threshold. The
 * paper's own brightness is estimated locally — a high percentile of each block, smoothed — and
 * every pixel is divided by it: the result is a page on even white paper (what OCR reads), and
 * ink is what is clearly darker than its paper (what the ruling finder reads).
 */
import type { GrayImage } from "./gray.js";
import type { ScanSettings } from "./settings.js";
import { shared, sharedBytes, sharedFloats, type StripPool } from "./strips.js";

export interface Binarised {
  /** The page divided by its local paper brightness: paper ≈ 255 everywhere. */
  flat: GrayImage;
  /** 1 = ink, 0 = paper. */
  ink: Uint8Array;
  width: number;
  height: number;
}

/** Paper brightness per block (high percentile), each block raised to the brightest of its neighbours' median. */
function paperLevels(img: GrayImage, block: number, percentile: number): { levels: Float32Array; bw: number; bh: number } {
  const a = blockLevelArgs(img, block, percentile, img.data, new Float32Array(blockCount(img, block)));
  blockLevelRows(a, 0, a.bh);
  return raised(a);
}

function blockCount(img: GrayImage, block: number): number {
  return Math.max(1, Math.ceil(img.width / block)) * Math.max(1, Math.ceil(img.height / block));
}

function blockLevelArgs(img: GrayImage, block: number, percentile: number, src: Uint8Array, levels: Float32Array): BlockLevelArgs {
  return { src, width: img.width, height: img.height, block, percentile, bw: Math.max(1, Math.ceil(img.width / block)), bh: Math.max(1, Math.ceil(img.height / block)), levels };
}

export interface BlockLevelArgs {
  src: Uint8Array;
  width: number;
  height: number;
  block: number;
  percentile: number;
  bw: number;
  bh: number;
  /** Written: each block's level. */
  levels: Float32Array;
}

/** The paper level (high percentile) of each block in block rows [b0, b1). */
export function blockLevelRows(a: BlockLevelArgs, b0: number, b1: number): void {
  const { src: data, width, height, block, percentile, bw, levels } = a;
  const hist = new Uint32Array(256);
  for (let by = b0; by < b1; by++) {
    for (let bx = 0; bx < bw; bx++) {
      hist.fill(0);
      const x0 = bx * block;
      const y0 = by * block;
      const x1 = Math.min(width, x0 + block);
      const y1 = Math.min(height, y0 + block);
      for (let y = y0; y < y1; y++) {
        const row = y * width;
        for (let x = x0; x < x1; x++) hist[data[row + x]!]!++;
      }
      const n = (x1 - x0) * (y1 - y0);
      const want = n * percentile;
      let acc = 0;
      let v = 0;
      for (; v < 256; v++) {
        acc += hist[v]!;
        if (acc >= want) break;
      }
      levels[by * bw + bx] = v;
    }
  }
}

/** A block almost all ink (a thick bar, a dense word) reads dark: each takes the brightest of its neighbours. */
function raised({ levels, bw, bh }: BlockLevelArgs): { levels: Float32Array; bw: number; bh: number } {
  const out = new Float32Array(bw * bh);
  for (let by = 0; by < bh; by++) {
    for (let bx = 0; bx < bw; bx++) {
      let m = 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const x = bx + dx;
          const y = by + dy;
          if (x < 0 || y < 0 || x >= bw || y >= bh) continue;
          m = Math.max(m, levels[y * bw + x]!);
        }
      }
      out[by * bw + bx] = Math.max(m, 32);
    }
  }
  return { levels: out, bw, bh };
}

export interface BinariseArgs {
  src: Uint8Array;
  flat: Uint8Array;
  ink: Uint8Array;
  width: number;
  height: number;
  levels: Float32Array;
  bw: number;
  bh: number;
  block: number;
  threshold: number;
  inkAbsolute: number;
}

/** Rows [y0, y1) of the flattened page and its ink. */
export function binariseRows(args: BinariseArgs, y0: number, y1: number): void {
  const { width: w, src: data, flat, ink, levels, bw, bh, block, threshold, inkAbsolute } = args;
  const half = block / 2;
  for (let y = y0; y < y1; y++) {
    // Bilinear between block centres.
    const fy = Math.min(Math.max((y - half) / block, 0), bh - 1);
    const by0 = Math.floor(fy);
    const by1 = Math.min(bh - 1, by0 + 1);
    const ty = fy - by0;
    for (let x = 0; x < w; x++) {
      const fx = Math.min(Math.max((x - half) / block, 0), bw - 1);
      const x0 = Math.floor(fx);
      const x1 = Math.min(bw - 1, x0 + 1);
      const tx = fx - x0;
      const a = levels[by0 * bw + x0]! + (levels[by0 * bw + x1]! - levels[by0 * bw + x0]!) * tx;
      const b = levels[by1 * bw + x0]! + (levels[by1 * bw + x1]! - levels[by1 * bw + x0]!) * tx;
      const paper = a + (b - a) * ty;
      const v = data[y * w + x]!;
      const f = Math.min(255, (v * 255) / paper);
      flat[y * w + x] = f;
      ink[y * w + x] = f < threshold || v < inkAbsolute ? 1 : 0;
    }
  }
}

type BinariseSettings = Pick<ScanSettings, "backgroundBlock" | "backgroundPercentile" | "inkRatio" | "inkAbsolute">;

function binariseArgs(img: GrayImage, s: BinariseSettings, dpi: number, src: Uint8Array, flat: Uint8Array, ink: Uint8Array, paper?: { levels: Float32Array; bw: number; bh: number }): BinariseArgs {
  const block = blockOf(s, dpi);
  const { levels, bw, bh } = paper ?? paperLevels(img, block, s.backgroundPercentile);
  return { src, flat, ink, width: img.width, height: img.height, levels, bw, bh, block, threshold: s.inkRatio * 255, inkAbsolute: s.inkAbsolute };
}

const blockOf = (s: BinariseSettings, dpi: number) => Math.max(8, Math.round((s.backgroundBlock * dpi) / 72));

export function binarise(img: GrayImage, s: BinariseSettings, dpi: number): Binarised {
  const n = img.width * img.height;
  const a = binariseArgs(img, s, dpi, img.data, new Uint8Array(n), new Uint8Array(n));
  binariseRows(a, 0, img.height);
  return { flat: { width: img.width, height: img.height, data: a.flat }, ink: a.ink, width: img.width, height: img.height };
}

/** `binarise` with its rows spread over the strip helpers (./strips.ts); the same pixels. */
export async function binariseSplit(img: GrayImage, s: BinariseSettings, dpi: number, strips: StripPool): Promise<Binarised> {
  const n = img.width * img.height;
  const src = shared(img.data);
  const block = blockOf(s, dpi);
  const levels = blockLevelArgs(img, block, s.backgroundPercentile, src, sharedFloats(blockCount(img, block)));
  await strips.bands("paper-levels", blockLevelRows, levels, levels.bh, n);
  const a = binariseArgs(img, s, dpi, src, sharedBytes(n), sharedBytes(n), raised(levels));
  await strips.rows("binarise", binariseRows, a, img.height, img.width);
  return { flat: { width: img.width, height: img.height, data: a.flat }, ink: a.ink, width: img.width, height: img.height };
}

/**
 * A page whose paper is white by construction (a fax: bilevel, enlarged as gray, ../image/fax.ts)
 * needs no paper levels: its flattened page is itself and its ink what is darker than the ink
 * level. On the fax fixtures this is `binarise` to the pixel (every block's paper level is 255),
 * without its two passes over the 8.7 M pixels of an enlarged page (≈ 85–165 ms of a page's
 * preparation, before any of its cells can be read). Where it would differ — a block and all its
 * neighbours more than a tenth ink, a solid black area — paper levels would have made black ink
 * paper, which on a bilevel page is wrong anyway.
 */
export function binariseWhitePaper(img: GrayImage, s: Pick<ScanSettings, "inkRatio" | "inkAbsolute">): Binarised {
  const n = img.width * img.height;
  const ink = sharedBytes(n);
  const threshold = s.inkRatio * 255;
  const d = img.data;
  for (let i = 0; i < n; i++) {
    const v = d[i]!;
    ink[i] = v < threshold || v < s.inkAbsolute ? 1 : 0;
  }
  return { flat: { width: img.width, height: img.height, data: d }, ink, width: img.width, height: img.height };
}

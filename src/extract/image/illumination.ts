/**
 * Even light for a photographed page (issue 21): a lamp to one side leaves the far corner at
 * half the brightness of the near one, and light multiplies — paper and ink under the shadow are
 * darkened alike. The paper's own brightness (the background) is estimated and divided out, so
 * the page becomes white paper everywhere and ink keeps its contrast.
 *
 * The background is a morphological closing of the page at a coarse scale: each block's
 * brightest pixels (a max filter removes the ink, which is darker and thinner than a block), a
 * further max over neighbouring blocks (a block that was all ink, a bold character or a thick
 * bar, takes its neighbours' paper), a min over neighbours (the closing: a bright block does not
 * spread into a darker region), then a smoothing, and bilinear interpolation between block
 * centres. Coarse blocks keep it cheap: a 200 dpi page is ≈ 18,000 blocks, not 4 M pixels.
 */
import type { GrayImage } from "./gray.js";
import { shared, sharedBytes, sharedFloats, type StripPool } from "./strips.js";

/** Max (`dir` 1) or min (`dir` −1) of each grid cell's 3×3 neighbourhood. */
function neighbourhood(g: Float32Array, gw: number, gh: number, dir: 1 | -1): Float32Array {
  const out = new Float32Array(g.length);
  for (let y = 0; y < gh; y++) {
    for (let x = 0; x < gw; x++) {
      let m = g[y * gw + x]!;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= gh) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= gw) continue;
          const v = g[yy * gw + xx]!;
          if (dir > 0 ? v > m : v < m) m = v;
        }
      }
      out[y * gw + x] = m;
    }
  }
  return out;
}

/** 3×3 mean, edges clamped. */
function smooth(g: Float32Array, gw: number, gh: number): Float32Array {
  const out = new Float32Array(g.length);
  for (let y = 0; y < gh; y++) {
    for (let x = 0; x < gw; x++) {
      let s = 0;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = Math.min(gh - 1, Math.max(0, y + dy));
        for (let dx = -1; dx <= 1; dx++) s += g[yy * gw + Math.min(gw - 1, Math.max(0, x + dx))]!;
      }
      out[y * gw + x] = s / 9;
    }
  }
  return out;
}

/** The paper's brightness at every block of `block` pixels: `grid[gy * gw + gx]`. */
export function estimateBackground(img: GrayImage, block: number): { grid: Float32Array; gw: number; gh: number; block: number } {
  const { gw, gh } = gridSize(img, block);
  const a: BlockMaxArgs = { src: img.data, width: img.width, height: img.height, block, gw, grid: new Float32Array(gw * gh) };
  blockMaxRows(a, 0, gh);
  return closed(a.grid, gw, gh, block);
}

function gridSize(img: GrayImage, block: number): { gw: number; gh: number } {
  return { gw: Math.max(1, Math.ceil(img.width / block)), gh: Math.max(1, Math.ceil(img.height / block)) };
}

/** Each block's brightest pixel closed and smoothed over its neighbours. */
function closed(grid: Float32Array, gw: number, gh: number, block: number): { grid: Float32Array; gw: number; gh: number; block: number } {
  let g = neighbourhood(grid, gw, gh, 1);
  g = neighbourhood(g, gw, gh, -1);
  g = smooth(g, gw, gh);
  return { grid: g, gw, gh, block };
}

export interface BlockMaxArgs {
  src: Uint8Array;
  width: number;
  height: number;
  block: number;
  gw: number;
  /** Written: each block's brightest pixel (0 where it has none yet). */
  grid: Float32Array;
}

/** The brightest pixel of each block in block rows [g0, g1). */
export function blockMaxRows(a: BlockMaxArgs, g0: number, g1: number): void {
  const { src: data, width: w, height: h, block, gw, grid: g } = a;
  for (let y = g0 * block, end = Math.min(h, g1 * block); y < end; y++) {
    const row = y * w;
    const gy = ((y / block) | 0) * gw;
    for (let x = 0; x < w; x++) {
      const v = data[row + x]!;
      const k = gy + ((x / block) | 0);
      if (v > g[k]!) g[k] = v;
    }
  }
}

/** `estimateBackground` with the blocks' brightest pixels found in bands on the strip helpers. */
async function estimateBackgroundSplit(img: GrayImage, block: number, src: Uint8Array, strips: StripPool): Promise<{ grid: Float32Array; gw: number; gh: number; block: number }> {
  const { gw, gh } = gridSize(img, block);
  const a: BlockMaxArgs = { src, width: img.width, height: img.height, block, gw, grid: sharedFloats(gw * gh) };
  await strips.bands("block-max", blockMaxRows, a, gh, img.width * img.height);
  return closed(new Float32Array(a.grid), gw, gh, block);
}

export interface EvenLightArgs {
  src: Uint8Array;
  out: Uint8Array;
  width: number;
  height: number;
  grid: Float32Array;
  gw: number;
  gh: number;
  block: number;
}

/** Rows [y0, y1) of the page divided by its background (interpolated between block centres). */
export function evenLightRows(args: EvenLightArgs, y0: number, y1: number): void {
  const { width: w, src: data, out, grid, gw, gh, block } = args;
  const half = block / 2;
  for (let y = y0; y < y1; y++) {
    const fy = Math.min(Math.max((y + 0.5 - half) / block, 0), gh - 1);
    const gy0 = fy | 0;
    const gy1 = Math.min(gh - 1, gy0 + 1);
    const ty = fy - gy0;
    for (let x = 0; x < w; x++) {
      const fx = Math.min(Math.max((x + 0.5 - half) / block, 0), gw - 1);
      const x0 = fx | 0;
      const x1 = Math.min(gw - 1, x0 + 1);
      const tx = fx - x0;
      const a = grid[gy0 * gw + x0]! + (grid[gy0 * gw + x1]! - grid[gy0 * gw + x0]!) * tx;
      const b = grid[gy1 * gw + x0]! + (grid[gy1 * gw + x1]! - grid[gy1 * gw + x0]!) * tx;
      // A background darker than this is a hole or the desk, not paper in a shadow.
      const paper = Math.max(24, a + (b - a) * ty);
      out[y * w + x] = Math.min(255, (data[y * w + x]! * 255) / paper + 0.5);
    }
  }
}

function evenLightArgs(img: GrayImage, block: number, src: Uint8Array, out: Uint8Array): EvenLightArgs {
  const { grid, gw, gh } = estimateBackground(img, block);
  return { src, out, width: img.width, height: img.height, grid, gw, gh, block };
}

/**
 * The page divided by its background: paper ≈ 255 everywhere, ink as dark relative to its paper
 * as it was. `block` (pixels) should be larger than a stroke is wide and smaller than the
 * distance over which the light changes much: about 2 mm.
 */
export function evenIllumination(img: GrayImage, block: number): GrayImage {
  const a = evenLightArgs(img, block, img.data, new Uint8Array(img.width * img.height));
  evenLightRows(a, 0, img.height);
  return { width: img.width, height: img.height, data: a.out, ...(img.dpi ? { dpi: img.dpi } : {}) };
}

/** `evenIllumination` with its rows spread over the strip helpers (./strips.ts); the same pixels. */
export async function evenIlluminationSplit(img: GrayImage, block: number, strips: StripPool): Promise<GrayImage> {
  const src = shared(img.data);
  const { grid, gw, gh } = await estimateBackgroundSplit(img, block, src, strips);
  const a: EvenLightArgs = { src, out: sharedBytes(img.width * img.height), width: img.width, height: img.height, grid, gw, gh, block };
  await strips.rows("even-light", evenLightRows, a, img.height, img.width);
  return { width: img.width, height: img.height, data: a.out, ...(img.dpi ? { dpi: img.dpi } : {}) };
}

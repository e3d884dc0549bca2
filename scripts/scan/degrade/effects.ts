/**
 * The ways an archive's copies differ from a clean scan, each a function of a page picture:
 * a fax (bilevel, speckle, dropouts), a phone photo (perspective, uneven light, blur, the desk
 * around the page), and the marks of age and handling (a stain, a fold, punch holes).
 */
import type { Rng } from "../../lib/prng.js";
import { blur, type Rgb } from "./raster.js";
import { faxSignal, inkOf, type FaxScanner } from "./fax-scanner.js";

export interface FaxSpec {
  /** Share of white (0–1) below which a pixel prints black (a fax machine's fixed threshold). */
  threshold: number;
  /** Isolated black specks per pixel (line noise, dust on the glass). */
  speckle: number;
  /** Share of the speck count that are 2×2 clumps rather than single pixels. */
  clumps: number;
  /** Share of black pixels inside strokes dropped to white (a worn drum, toner dropout). */
  dropout: number;
  /**
   * The reading head (`fax-scanner.ts`): optics, sensor noise and MTF correction before the
   * threshold, on a page rendered `oversample` times finer. Without it the page, rendered at the
   * fax's resolution, is thresholded as it is (the fixtures before 2026-12-06).
   */
  scanner?: FaxScanner;
}

/** A fax page: 1 = black, one byte a pixel, at the fax's resolution. */
export function fax(img: Rgb, spec: FaxSpec, rng: Rng): { black: Uint8Array; width: number; height: number } {
  const { ink, width: w, height: h } = spec.scanner ? faxSignal(img, spec.scanner, rng) : { ink: inkOf(img), width: img.width, height: img.height };
  const level = 1 - spec.threshold;
  const out = new Uint8Array(ink.length);
  for (let i = 0; i < ink.length; i++) out[i] = ink[i]! > level && !rng.chance(spec.dropout) ? 1 : 0;
  const specks = Math.round(spec.speckle * w * h);
  for (let n = 0; n < specks; n++) {
    const x = rng.int(0, w - 2);
    const y = rng.int(0, h - 2);
    out[y * w + x] = 1;
    if (rng.chance(spec.clumps)) {
      out[y * w + x + 1] = 1;
      out[(y + 1) * w + x] = 1;
      out[(y + 1) * w + x + 1] = 1;
    }
  }
  return { black: out, width: w, height: h };
}

export interface PhotoSpec {
  /** The page's corners in the photo, as shares of the page's width and height (tl, tr, br, bl), the photo being `frame` times the page. */
  corners: [[number, number], [number, number], [number, number], [number, number]];
  frame: number;
  /** Light: brightness at the darkest corner (0–1) and where the lamp is (shares of the photo). */
  darkest: number;
  light: [number, number];
  /** Bulge of the page (share of its height): a sheet lying on a desk is not flat. */
  curl: number;
  /** Sideways bow of the columns (share of the page's width): a sheet bent along its other axis too. */
  lean?: number;
  /** Gaussian blur σ in pixels (slight focus or shake). */
  blur: number;
  /** The desk's colour. */
  desk: [number, number, number];
}

/** Homography mapping the unit square's corners to four points (x, y). */
function squareToQuad(q: readonly [number, number][]): number[] {
  const [[x0, y0], [x1, y1], [x2, y2], [x3, y3]] = q as [[number, number], [number, number], [number, number], [number, number]];
  const dx1 = x1 - x2, dx2 = x3 - x2, dx3 = x0 - x1 + x2 - x3;
  const dy1 = y1 - y2, dy2 = y3 - y2, dy3 = y0 - y1 + y2 - y3;
  const det = dx1 * dy2 - dx2 * dy1;
  const g = (dx3 * dy2 - dx2 * dy3) / det;
  const h = (dx1 * dy3 - dx3 * dy1) / det;
  return [x1 - x0 + g * x1, x3 - x0 + h * x3, x0, y1 - y0 + g * y1, y3 - y0 + h * y3, y0, g, h, 1];
}

/** Inverse of a 3×3 matrix (row-major). */
function invert(m: number[]): number[] {
  const [a, b, c, d, e, f, g, h, i] = m as [number, number, number, number, number, number, number, number, number];
  const A = e * i - f * h, B = -(d * i - f * g), C = d * h - e * g;
  const det = a * A + b * B + c * C;
  return [A / det, -(b * i - c * h) / det, (b * f - c * e) / det, B / det, (a * i - c * g) / det, -(a * f - c * d) / det, C / det, -(a * h - b * g) / det, (a * e - b * d) / det];
}

/** The page photographed: put in perspective on a desk, unevenly lit, slightly blurred. */
export function photo(img: Rgb, spec: PhotoSpec): Rgb {
  const W = Math.round(img.width * spec.frame);
  const H = Math.round(img.height * spec.frame);
  const quad = spec.corners.map(([x, y]) => [x * img.width, y * img.height] as [number, number]);
  // Photo pixel → unit square → page pixel.
  const inv = invert(squareToQuad(quad));
  const out = new Uint8ClampedArray(W * H * 3);
  const { width: w, height: h, data } = img;
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const d = inv[6]! * x + inv[7]! * y + inv[8]!;
      let u = (inv[0]! * x + inv[1]! * y + inv[2]!) / d;
      let v = (inv[3]! * x + inv[4]! * y + inv[5]!) / d;
      // The sheet bulges: rows sag towards the middle of the page (and columns lean, when bent both ways).
      v += spec.curl * Math.sin(Math.PI * u);
      if (spec.lean) u += spec.lean * Math.sin(Math.PI * v);
      const sx = u * (w - 1);
      const sy = v * (h - 1);
      const o = (y * W + x) * 3;
      if (sx < 0 || sy < 0 || sx >= w - 1 || sy >= h - 1) {
        out[o] = spec.desk[0];
        out[o + 1] = spec.desk[1];
        out[o + 2] = spec.desk[2];
        continue;
      }
      const x0 = Math.floor(sx), y0 = Math.floor(sy);
      const fx = sx - x0, fy = sy - y0;
      const i = (y0 * w + x0) * 3;
      for (let c = 0; c < 3; c++) {
        const top = data[i + c]! + (data[i + 3 + c]! - data[i + c]!) * fx;
        const bot = data[i + w * 3 + c]! + (data[i + w * 3 + 3 + c]! - data[i + w * 3 + c]!) * fx;
        out[o + c] = top + (bot - top) * fy;
      }
    }
  }
  // Light falls off with distance from the lamp; the far corner is `darkest`.
  const [lx, ly] = [spec.light[0] * W, spec.light[1] * H];
  const far = Math.max(Math.hypot(lx, ly), Math.hypot(W - lx, ly), Math.hypot(lx, H - ly), Math.hypot(W - lx, H - ly));
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const t = Math.hypot(x - lx, y - ly) / far;
      const k = 1 - (1 - spec.darkest) * t * t;
      const o = (y * W + x) * 3;
      // A warm cast, as under indoor light.
      out[o] = out[o]! * k;
      out[o + 1] = out[o + 1]! * k * 0.97;
      out[o + 2] = out[o + 2]! * k * 0.9;
    }
  }
  return blur({ width: W, height: H, data: out }, spec.blur);
}

/** A dried stain (tea, coffee): a translucent brown blot with a darker rim, in place. */
export function stain(img: Rgb, centre: [number, number], radius: number, rng: Rng): void {
  const tint = [196, 160, 110];
  const wobble = Array.from({ length: 8 }, () => 0.85 + 0.3 * rng.next());
  for (let y = Math.max(0, Math.floor(centre[1] - radius * 1.3)); y < Math.min(img.height, centre[1] + radius * 1.3); y++) {
    for (let x = Math.max(0, Math.floor(centre[0] - radius * 1.3)); x < Math.min(img.width, centre[0] + radius * 1.3); x++) {
      const a = Math.atan2(y - centre[1], x - centre[0]);
      const k = (a / (2 * Math.PI) + 0.5) * 8;
      const j = Math.floor(k) % 8;
      const edge = radius * (wobble[j]! * (1 - (k - Math.floor(k))) + wobble[(j + 1) % 8]! * (k - Math.floor(k)));
      const d = Math.hypot(x - centre[0], y - centre[1]) / edge;
      if (d > 1) continue;
      const alpha = 0.28 + (d > 0.88 ? 0.3 * (1 - Math.abs(d - 0.94) / 0.06) : 0);
      const i = (y * img.width + x) * 3;
      for (let c = 0; c < 3; c++) img.data[i + c] = img.data[i + c]! * (1 - alpha + (alpha * tint[c]!) / 255);
    }
  }
}

/** A fold across the page at row `at`: a crease line and a shadow on one side, in place. */
export function fold(img: Rgb, at: number, shadowPx: number): void {
  for (let y = Math.max(0, at - 1); y < Math.min(img.height, at + shadowPx); y++) {
    const k = y <= at ? 0.72 : 1 - 0.12 * (1 - (y - at) / shadowPx);
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 3;
      for (let c = 0; c < 3; c++) img.data[i + c] = img.data[i + c]! * k;
    }
  }
}

/** Punched holes (dark: the scanner lid behind them), in place. */
export function punchHoles(img: Rgb, centres: [number, number][], radius: number): void {
  for (const [cx, cy] of centres) {
    for (let y = Math.floor(cy - radius); y <= cy + radius; y++) {
      for (let x = Math.floor(cx - radius); x <= cx + radius; x++) {
        if (x < 0 || y < 0 || x >= img.width || y >= img.height || Math.hypot(x - cx, y - cy) > radius) continue;
        const i = (y * img.width + x) * 3;
        img.data[i] = img.data[i + 1] = img.data[i + 2] = 70;
      }
    }
  }
}

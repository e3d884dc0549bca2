/**
 * A fax machine's (or a copier's) reading head, as its firmware turns paper into a bilevel page:
 *
 * 1. **Optics.** The page is seen through a lens (a Gaussian blur, σ in output pixels) and each
 *    sensor element integrates the light falling on its cell (the aperture: the fine rendering
 *    averaged over `oversample`² pixels). A Ming face's 0.35 pt horizontal is 0.7 px at 150 dpi:
 *    wherever it straddles two rows, each row sees it at a third of black.
 * 2. **Sensor noise**, a little (Gaussian, levels of 255).
 * 3. **MTF correction** (edge emphasis): firmware sharpens the signal before it binarises, to
 *    make up for what the optics lost, with operators meant to keep thin horizontal, vertical and
 *    oblique lines from breaking or vanishing (Ricoh JPH0670164A; the contour enhancement of
 *    facsimile reading units, US 5,649,031; MTF correction of the reading optics by sharpness
 *    emphasis, EP 0 424 967). Here: the cross-shaped Laplacian, y = x + gain·(x − mean of the four
 *    neighbours).
 * 4. **A fixed threshold** in text ("line art") mode, at `threshold` of white.
 *
 * Then what the page suffers after reading: dropouts (ink pixels lost) and speckle (isolated
 * black pixels and 2×2 clumps), as the earlier fixtures had them.
 */
import type { Rng } from "../../lib/prng.js";
import { gaussianKernel, luma, type Rgb } from "./raster.js";

export interface FaxScanner {
  /** The page was rendered at this many times the fax's resolution (each sensor element covers oversample² of its pixels). */
  oversample: number;
  /** Lens blur, σ in the fax's pixels. */
  lensBlur: number;
  /** Sensor noise, σ in levels of 255. */
  noise: number;
  /** Gain of the MTF correction (0: none). */
  mtfGain: number;
}

/** Ink (0 white … 1 black) of a picture. */
export function inkOf(img: Rgb): Float32Array {
  const g = luma(img);
  const out = new Float32Array(g.length);
  for (let i = 0; i < g.length; i++) out[i] = 1 - g[i]! / 255;
  return out;
}

/** Separable Gaussian blur of a float plane, edges clamped. */
function gaussian(src: Float32Array, w: number, h: number, sigma: number): Float32Array {
  if (sigma <= 0) return src;
  const { r, kernel: k } = gaussianKernel(sigma);
  const tmp = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      let acc = 0;
      for (let i = -r; i <= r; i++) acc += k[i + r]! * src[row + Math.min(w - 1, Math.max(0, x + i))]!;
      tmp[row + x] = acc;
    }
  }
  const out = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let acc = 0;
      for (let i = -r; i <= r; i++) acc += k[i + r]! * tmp[Math.min(h - 1, Math.max(0, y + i)) * w + x]!;
      out[y * w + x] = acc;
    }
  }
  return out;
}

/** Each `f`×`f` block averaged: what one sensor element integrates. */
function aperture(src: Float32Array, w: number, h: number, f: number): { ink: Float32Array; width: number; height: number } {
  const width = Math.floor(w / f);
  const height = Math.floor(h / f);
  const ink = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let acc = 0;
      for (let dy = 0; dy < f; dy++) for (let dx = 0; dx < f; dx++) acc += src[(y * f + dy) * w + x * f + dx]!;
      ink[y * width + x] = acc / (f * f);
    }
  }
  return { ink, width, height };
}

/**
 * The gray signal the firmware binarises, ink 0…1 (values beyond are clipped later): the page as
 * the sensor saw it, noised and sharpened. `img` is rendered at `oversample` times the fax's
 * resolution.
 */
export function faxSignal(img: Rgb, s: FaxScanner, rng: Rng): { ink: Float32Array; width: number; height: number } {
  const f = Math.max(1, Math.round(s.oversample));
  const seen = gaussian(inkOf(img), img.width, img.height, s.lensBlur * f);
  const { ink, width, height } = aperture(seen, img.width, img.height, f);
  if (s.noise > 0) {
    for (let i = 0; i < ink.length; i++) {
      // Box–Muller.
      ink[i]! += (Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next()) * s.noise) / 255;
    }
  }
  if (s.mtfGain <= 0) return { ink, width, height };
  const out = new Float32Array(ink.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const n = ink[y > 0 ? i - width : i]! + ink[y < height - 1 ? i + width : i]! + ink[x > 0 ? i - 1 : i]! + ink[x < width - 1 ? i + 1 : i]!;
      out[i] = ink[i]! + s.mtfGain * (ink[i]! - n / 4);
    }
  }
  return { ink: out, width, height };
}

/**
 * Phone photos of a page (issue 21): the sheet lies on a desk, seen at an angle, lit from one
 * side, slightly bowed and slightly blurred. Read as it is, its rulings are slanted and bent and
 * one threshold cannot tell ink from shadow: 1 to 4 fields in 10 were read. Here the page is
 * found (./page-quad.ts), made upright and flat (./dewarp.ts: perspective, rotation and bow
 * undone at once), and its light evened (./illumination.ts); the rest of the scan path (skew,
 * rulings, lattice, OCR) then reads it as a flat scan.
 *
 * A page is taken as photographed when a sheet with four edges is seen on a darker ground. A
 * flat scan (paper to the image's border) has no such edges and is returned unchanged (null).
 */
import type { GrayImage } from "./gray.js";
import { dewarp, dewarpSplit, type Dewarped } from "./dewarp.js";
import type { Homography, Point } from "./homography.js";
import { evenIllumination, evenIlluminationSplit } from "./illumination.js";
import { findPageQuad, type PageQuad, type PageQuadSettings } from "./page-quad.js";
import type { StripPool } from "./strips.js";
import { unsharp, unsharpSplit } from "./unsharp.js";

export interface PhotoSettings extends PageQuadSettings {
  /** A photographed page is made upright at no less than this resolution (dpi) … */
  photoMinDpi: number;
  /** … and no more than this (a 12-megapixel photo of an A4 page is ≈ 350 dpi). */
  photoMaxDpi: number;
  /** The light is estimated on blocks this many points wide (≈ 2 mm: wider than a stroke, narrower than a shadow's change). */
  photoBackgroundBlock: number;
  /** This much (points) around the flattened page is made white: what is left of the desk there would be a ruling. */
  photoTrim: number;
  /** Unsharp mask against the phone's blur: Gaussian σ (points) and how much of the difference is added back. */
  photoSharpenSigma: number;
  photoSharpenAmount: number;
}

export interface CorrectedPhoto {
  image: GrayImage;
  dpi: number;
  /** The page's corners in the photo (top left, top right, bottom right, bottom left). */
  corners: readonly Point[];
  /** Upright page pixel → photo pixel (before the bow). */
  toPhoto: Homography;
}

const A4_LONG_INCHES = 11.69;
const dist = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** The page's size in photo pixels: its opposite sides averaged, snapped to A4's proportion when within 10 % of it (the forms are A4). */
function pageSize(c: readonly Point[]): { width: number; height: number; a4: boolean } {
  let width = (dist(c[0]!, c[1]!) + dist(c[3]!, c[2]!)) / 2;
  let height = (dist(c[0]!, c[3]!) + dist(c[1]!, c[2]!)) / 2;
  const long = Math.max(width, height);
  const short = Math.min(width, height);
  const a4 = Math.abs(long / short / Math.SQRT2 - 1) < 0.1;
  // Perspective shortens the far side; the longer measured side is the better one.
  if (a4) {
    if (height >= width) width = height / Math.SQRT2;
    else height = width / Math.SQRT2;
  }
  return { width, height, a4 };
}

/** The photographed page made upright, flat and evenly lit; null when `img` does not look photographed. */
export function correctPhoto(img: GrayImage, dpi: number, s: PhotoSettings): CorrectedPhoto | null {
  const plan = photoPlan(img, dpi, s);
  if (!plan) return null;
  const flat = dewarp(img, plan.quad, plan.width, plan.height);
  const lit = evenIllumination(flat.image, plan.block);
  return trimmed(unsharp(lit, plan.sigma, s.photoSharpenAmount), plan, flat.toPhoto);
}

/** Where the page is in the photo and what it becomes: its size, resolution and the passes' sizes. */
interface PhotoPlan {
  quad: PageQuad;
  width: number;
  height: number;
  target: number;
  /** Even light's block and the unsharp mask's σ, in pixels of the upright page. */
  block: number;
  sigma: number;
  trim: number;
}

function photoPlan(img: GrayImage, dpi: number, s: PhotoSettings): PhotoPlan | null {
  const quad = findPageQuad(img, s);
  if (!quad) return null;
  const size = pageSize(quad.corners);
  const long = Math.max(size.width, size.height);
  // The photo's own resolution on the page: an A4 sheet's long side is 11.69 inches.
  const native = size.a4 ? long / A4_LONG_INCHES : dpi;
  const target = Math.min(s.photoMaxDpi, Math.max(s.photoMinDpi, native));
  const k = target / native;
  return {
    quad,
    width: Math.round(size.width * k),
    height: Math.round(size.height * k),
    target,
    block: Math.max(4, Math.round((s.photoBackgroundBlock * target) / 72)),
    sigma: (s.photoSharpenSigma * target) / 72,
    trim: Math.round((s.photoTrim * target) / 72),
  };
}

/** The sharpened page with what is left of the desk at its edges made white. */
function trimmed(even: GrayImage, plan: PhotoPlan, toPhoto: Homography): CorrectedPhoto {
  const { width, height, trim, target } = plan;
  const d = even.data;
  for (let y = 0; y < height; y++) {
    if (y < trim || y >= height - trim) d.fill(255, y * width, (y + 1) * width);
    else {
      d.fill(255, y * width, y * width + trim);
      d.fill(255, (y + 1) * width - trim, (y + 1) * width);
    }
  }
  return { image: { ...even, dpi: target }, dpi: target, corners: plan.quad.corners, toPhoto };
}

/**
 * `correctPhoto` as its steps (flatten; even the light; sharpen and trim), each a few hundred
 * milliseconds of pixels on a photo page, for a caller that lets the OCR workers' messages
 * through between them (../scan/index.ts); the last step gives the page. Each pass's rows are
 * spread over `strips`' helpers (./strips.ts: the same pixels as `correctPhoto`'s). Null when
 * `img` does not look photographed.
 */
export function photoSteps(img: GrayImage, dpi: number, s: PhotoSettings, strips: StripPool): (() => Promise<CorrectedPhoto | null>)[] | null {
  const plan = photoPlan(img, dpi, s);
  if (!plan) return null;
  let flat: Dewarped | null = null;
  let lit: GrayImage | null = null;
  return [
    async () => {
      flat = await dewarpSplit(img, plan.quad, plan.width, plan.height, strips);
      return null;
    },
    async () => {
      lit = await evenIlluminationSplit(flat!.image, plan.block, strips);
      return null;
    },
    async () => trimmed(await unsharpSplit(lit!, plan.sigma, s.photoSharpenAmount, strips), plan, flat!.toPhoto),
  ];
}

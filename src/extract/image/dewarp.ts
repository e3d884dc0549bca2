/**
 * A photographed sheet made flat again (issue 21): every pixel of the upright page is looked up
 * in the photo through the homography of the page's four corners (perspective, rotation), moved
 * first by how far the page's edges bow away from straight lines (a sheet lying on a desk
 * bulges a little). The bow is measured on the four edges and blended linearly across the page
 * (a Coons patch over the perspective): the top and bottom edges tell how rows sag, the left
 * and right edges how columns lean, and a row halfway down sags halfway between the two.
 */
import type { GrayImage } from "./gray.js";
import { apply, homographyFrom, invert, type Homography } from "./homography.js";
import { atCurve, type EdgeCurve } from "./edge-fit.js";
import type { PageQuad } from "./page-quad.js";
import { shared, sharedBytes, type StripPool } from "./strips.js";

export interface Dewarped {
  image: GrayImage;
  /** Upright page pixel → photo pixel, before the bow is added. */
  toPhoto: Homography;
}

/**
 * How far an edge of the photo lies from its straight place in the upright page, at each pixel
 * along that side: `bow[i]` for i in 0…n−1. The edge is followed in the photo between its two
 * corners and each point is taken into the upright page through `fromPhoto`.
 */
function bowAlong(curve: EdgeCurve, vertical: boolean, from: number, to: number, fromPhoto: Homography, n: number, place: number): Float32Array {
  const steps = 48;
  const along: number[] = [];
  const off: number[] = [];
  for (let k = 0; k <= steps; k++) {
    const t = from + ((to - from) * k) / steps;
    const [px, py] = vertical ? [atCurve(curve, t), t] : [t, atCurve(curve, t)];
    const [u, v] = apply(fromPhoto, px, py);
    along.push(vertical ? v : u);
    off.push((vertical ? u : v) - place);
  }
  const out = new Float32Array(n);
  let j = 0;
  for (let i = 0; i < n; i++) {
    while (j < steps - 1 && along[j + 1]! < i) j++;
    const a = along[j]!;
    const b = along[j + 1]!;
    const f = b === a ? 0 : Math.min(1, Math.max(0, (i - a) / (b - a)));
    out[i] = off[j]! + (off[j + 1]! - off[j]!) * f;
  }
  return out;
}

/** What `dewarpRows` needs: the photo, the map and the four edges' bows. */
export interface DewarpArgs {
  src: Uint8Array;
  sw: number;
  sh: number;
  out: Uint8Array;
  width: number;
  height: number;
  toPhoto: Homography;
  top: Float32Array;
  bottom: Float32Array;
  left: Float32Array;
  right: Float32Array;
}

function dewarpArgs(img: GrayImage, quad: PageQuad, width: number, height: number, src: Uint8Array, out: Uint8Array): DewarpArgs {
  const [tl, tr, br, bl] = quad.corners;
  const toPhoto = homographyFrom(
    [
      [0, 0],
      [width, 0],
      [width, height],
      [0, height],
    ],
    [tl, tr, br, bl],
  );
  const fromPhoto = invert(toPhoto);
  const top = bowAlong(quad.top, false, tl[0], tr[0], fromPhoto, width, 0);
  const bottom = bowAlong(quad.bottom, false, bl[0], br[0], fromPhoto, width, height);
  const left = bowAlong(quad.left, true, tl[1], bl[1], fromPhoto, height, 0);
  const right = bowAlong(quad.right, true, tr[1], br[1], fromPhoto, height, width);
  return { src, sw: img.width, sh: img.height, out, width, height, toPhoto, top, bottom, left, right };
}

/** Rows [y0, y1) of the upright page (each pixel looked up on its own). */
export function dewarpRows(args: DewarpArgs, y0: number, y1: number): void {
  const { sw, sh, src, out, width, height, top, bottom, left, right } = args;
  const [h0, h1, h2, h3, h4, h5, h6, h7, h8] = args.toPhoto;
  for (let y = y0; y < y1; y++) {
    const fy = y / height;
    const du0 = left[y]!;
    const du1 = right[y]!;
    for (let x = 0; x < width; x++) {
      const fx = x / width;
      const u = x + 0.5 + (1 - fx) * du0 + fx * du1;
      const v = y + 0.5 + (1 - fy) * top[x]! + fy * bottom[x]!;
      const d = h6 * u + h7 * v + h8;
      // Pixel centres: the photo's pixel i covers [i, i + 1).
      const sx = (h0 * u + h1 * v + h2) / d - 0.5;
      const sy = (h3 * u + h4 * v + h5) / d - 0.5;
      if (sx < 0 || sy < 0 || sx >= sw - 1 || sy >= sh - 1) {
        out[y * width + x] = 255;
        continue;
      }
      const x0 = sx | 0;
      const y0 = sy | 0;
      const ax = sx - x0;
      const ay = sy - y0;
      const i = y0 * sw + x0;
      const a = src[i]! + (src[i + 1]! - src[i]!) * ax;
      const b = src[i + sw]! + (src[i + sw + 1]! - src[i + sw]!) * ax;
      out[y * width + x] = (a + (b - a) * ay + 0.5) | 0;
    }
  }
}

/** The page inside `quad` as an upright image `width` × `height`; outside the photo is paper white. */
export function dewarp(img: GrayImage, quad: PageQuad, width: number, height: number): Dewarped {
  const a = dewarpArgs(img, quad, width, height, img.data, new Uint8Array(width * height));
  dewarpRows(a, 0, height);
  return { image: { width, height, data: a.out }, toPhoto: a.toPhoto };
}

/** `dewarp` with its rows spread over the strip helpers (./strips.ts); the same pixels. */
export async function dewarpSplit(img: GrayImage, quad: PageQuad, width: number, height: number, strips: StripPool): Promise<Dewarped> {
  const a = dewarpArgs(img, quad, width, height, shared(img.data), sharedBytes(width * height));
  await strips.rows("dewarp", dewarpRows, a, height, width);
  return { image: { width, height, data: a.out }, toPhoto: a.toPhoto };
}

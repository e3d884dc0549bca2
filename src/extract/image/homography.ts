/**
 * Plane-to-plane perspective maps (homographies) for phone photos of a page (issue 21): a flat
 * sheet photographed at an angle is the flat page seen through one 3×3 projective map, so four
 * corners found in the photo fix it, and its inverse undoes the perspective. Solved here by hand
 * (no OpenCV): an 8×8 linear system with partial pivoting.
 */

export type Point = readonly [number, number];

/** A 3×3 matrix, row-major, h[8] normalised to 1 when it can be. */
export type Homography = readonly [number, number, number, number, number, number, number, number, number];

/** Solves A·x = b in place (Gaussian elimination, partial pivoting); null when singular. */
function solve(a: number[][], b: number[]): number[] | null {
  const n = b.length;
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    if (Math.abs(a[p]![c]!) < 1e-12) return null;
    [a[c], a[p]] = [a[p]!, a[c]!];
    [b[c], b[p]] = [b[p]!, b[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = a[r]![c]! / a[c]![c]!;
      if (f === 0) continue;
      for (let k = c; k < n; k++) a[r]![k]! -= f * a[c]![k]!;
      b[r]! -= f * b[c]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r]!;
    for (let k = r + 1; k < n; k++) s -= a[r]![k]! * x[k]!;
    x[r] = s / a[r]![r]!;
  }
  return x;
}

/**
 * The homography taking each `from[i]` to `to[i]` (four point pairs, no three collinear).
 * Throws when the points are degenerate: a caller that found them has a bug or a bad page.
 */
export function homographyFrom(from: readonly Point[], to: readonly Point[]): Homography {
  if (from.length !== 4 || to.length !== 4) throw new Error(`a homography needs 4 point pairs, got ${from.length} and ${to.length}`);
  // Coordinates are centred and scaled first: pixel values in the thousands squared make the
  // system badly conditioned.
  const norm = (pts: readonly Point[]) => {
    const cx = pts.reduce((s, p) => s + p[0], 0) / 4;
    const cy = pts.reduce((s, p) => s + p[1], 0) / 4;
    const d = pts.reduce((s, p) => s + Math.hypot(p[0] - cx, p[1] - cy), 0) / 4 || 1;
    const k = Math.SQRT2 / d;
    return { m: [k, 0, -k * cx, 0, k, -k * cy, 0, 0, 1] as const, pts: pts.map(([x, y]) => [k * (x - cx), k * (y - cy)] as Point) };
  };
  for (const pts of [from, to]) {
    for (let i = 0; i < 4; i++) {
      const [a, b, c] = [pts[i]!, pts[(i + 1) % 4]!, pts[(i + 2) % 4]!];
      const twice = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
      const scale = Math.max(Math.hypot(b[0] - a[0], b[1] - a[1]), Math.hypot(c[0] - a[0], c[1] - a[1]), 1e-12);
      if (Math.abs(twice) < 1e-9 * scale * scale) throw new Error("degenerate quadrilateral: three of its corners are in a line");
    }
  }
  const nf = norm(from);
  const nt = norm(to);
  const a: number[][] = [];
  const b: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = nf.pts[i]!;
    const [u, v] = nt.pts[i]!;
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y]);
    b.push(u);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y]);
    b.push(v);
  }
  const h = solve(a, b);
  if (!h) throw new Error("degenerate quadrilateral: three of its corners are in a line");
  const hn: Homography = [h[0]!, h[1]!, h[2]!, h[3]!, h[4]!, h[5]!, h[6]!, h[7]!, 1];
  // H = T_to⁻¹ · Hn · T_from.
  return normalise(multiply(multiply(invert(nt.m), hn), nf.m));
}

function normalise(m: Homography): Homography {
  const s = Math.abs(m[8]) > 1e-12 ? m[8] : 1;
  return m.map((v) => v / s) as unknown as Homography;
}

export function multiply(a: Homography, b: Homography): Homography {
  const out: number[] = [];
  for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) out.push(a[r * 3]! * b[c]! + a[r * 3 + 1]! * b[3 + c]! + a[r * 3 + 2]! * b[6 + c]!);
  return out as unknown as Homography;
}

export function invert(m: Homography): Homography {
  const [a, b, c, d, e, f, g, h, i] = m;
  const A = e * i - f * h;
  const B = -(d * i - f * g);
  const C = d * h - e * g;
  const det = a * A + b * B + c * C;
  if (Math.abs(det) < 1e-15) throw new Error("a homography without an inverse");
  return normalise([A / det, -(b * i - c * h) / det, (b * f - c * e) / det, B / det, (a * i - c * g) / det, -(a * f - c * d) / det, C / det, -(a * h - b * g) / det, (a * e - b * d) / det]);
}

/** Where `h` takes the point (x, y). */
export function apply(h: Homography, x: number, y: number): [number, number] {
  const w = h[6] * x + h[7] * y + h[8];
  return [(h[0] * x + h[1] * y + h[2]) / w, (h[3] * x + h[4] * y + h[5]) / w];
}

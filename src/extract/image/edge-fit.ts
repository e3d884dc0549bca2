/**
 * Robust curve fitting for the edges of a photographed page (issue 21): points found along one
 * edge are mostly right, but some land on a ruling, a shadow or a desk's texture. A line is
 * chosen by consensus (deterministic pairs of points, the most points within a tolerance), and
 * a quadratic is fitted by least squares to the points that agree with it, so a sheet that bows
 * slightly is followed rather than cut by a chord.
 */

/** A curve `c = a·t² + b·t + c0`, t being the coordinate along the edge. */
export interface EdgeCurve {
  a: number;
  b: number;
  c: number;
  /** Points that agreed with the fit, and how many were offered. */
  inliers: number;
  offered: number;
}

export const atCurve = (f: EdgeCurve, t: number): number => f.a * t * t + f.b * t + f.c;

/** Least squares of `v` on 1, t and (when `quadratic`) t²; null when underdetermined. */
function leastSquares(ts: readonly number[], vs: readonly number[], quadratic: boolean): { a: number; b: number; c: number } | null {
  const n = ts.length;
  if (n < (quadratic ? 3 : 2)) return null;
  // Centred and scaled t keeps the normal equations well conditioned.
  const mean = ts.reduce((s, t) => s + t, 0) / n;
  const span = Math.max(1, ...ts.map((t) => Math.abs(t - mean)));
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, r0 = 0, r1 = 0, r2 = 0;
  for (let i = 0; i < n; i++) {
    const t = (ts[i]! - mean) / span;
    const v = vs[i]!;
    const t2 = t * t;
    s0 += 1; s1 += t; s2 += t2; s3 += t2 * t; s4 += t2 * t2;
    r0 += v; r1 += v * t; r2 += v * t2;
  }
  let A: number, B: number, C: number;
  if (quadratic) {
    // [s4 s3 s2][A]   [r2]
    // [s3 s2 s1][B] = [r1]
    // [s2 s1 s0][C]   [r0]
    const det = s4 * (s2 * s0 - s1 * s1) - s3 * (s3 * s0 - s1 * s2) + s2 * (s3 * s1 - s2 * s2);
    if (Math.abs(det) < 1e-12) return leastSquares(ts, vs, false);
    A = (r2 * (s2 * s0 - s1 * s1) - s3 * (r1 * s0 - s1 * r0) + s2 * (r1 * s1 - s2 * r0)) / det;
    B = (s4 * (r1 * s0 - s1 * r0) - r2 * (s3 * s0 - s1 * s2) + s2 * (s3 * r0 - r1 * s2)) / det;
    C = (s4 * (s2 * r0 - r1 * s1) - s3 * (s3 * r0 - r1 * s2) + r2 * (s3 * s1 - s2 * s2)) / det;
  } else {
    const det = s2 * s0 - s1 * s1;
    if (Math.abs(det) < 1e-12) return null;
    A = 0;
    B = (r1 * s0 - s1 * r0) / det;
    C = (s2 * r0 - s1 * r1) / det;
  }
  // Back from the scaled t: v = A·((t−m)/s)² + B·(t−m)/s + C.
  const a = A / (span * span);
  const b = B / span - (2 * A * mean) / (span * span);
  const c = (A * mean * mean) / (span * span) - (B * mean) / span + C;
  return { a, b, c };
}

/**
 * The edge through points (t, v): a line by consensus within `tolerance`, then a quadratic
 * through the points within `tolerance` of the line (a bow up to about that much is kept), then
 * refitted to the points within `tolerance / 2` of the quadratic. Null with fewer than 3 points.
 */
export function fitEdge(ts: readonly number[], vs: readonly number[], tolerance: number): EdgeCurve | null {
  const n = ts.length;
  if (n < 3) return null;
  let best: { b: number; c: number; count: number } | null = null;
  // Deterministic pairs: each point with the ones a quarter, a third and half the list away
  // (points far apart along the edge fix its direction best).
  for (const gap of [Math.floor(n / 2), Math.floor(n / 3), Math.floor(n / 4)]) {
    if (gap < 1) continue;
    for (let i = 0; i + gap < n; i++) {
      const j = i + gap;
      const dt = ts[j]! - ts[i]!;
      if (dt === 0) continue;
      const b = (vs[j]! - vs[i]!) / dt;
      const c = vs[i]! - b * ts[i]!;
      let count = 0;
      for (let k = 0; k < n; k++) if (Math.abs(vs[k]! - (b * ts[k]! + c)) <= tolerance) count++;
      if (!best || count > best.count) best = { b, c, count };
    }
  }
  if (!best) return null;
  const pick = (f: (t: number) => number, tol: number) => {
    const t: number[] = [];
    const v: number[] = [];
    for (let k = 0; k < n; k++) {
      if (Math.abs(vs[k]! - f(ts[k]!)) <= tol) {
        t.push(ts[k]!);
        v.push(vs[k]!);
      }
    }
    return { t, v };
  };
  const line = best;
  let kept = pick((t) => line.b * t + line.c, tolerance);
  let fit = leastSquares(kept.t, kept.v, true);
  if (!fit) return null;
  for (let round = 0; round < 2; round++) {
    const f = fit;
    kept = pick((t) => f.a * t * t + f.b * t + f.c, tolerance / 2);
    const next = leastSquares(kept.t, kept.v, true);
    if (!next) break;
    fit = next;
  }
  return { ...fit, inliers: kept.t.length, offered: n };
}

/**
 * Skew by projection profiles: when the page is turned by its true skew, the rows of ink (text
 * lines, and above all the table's rulings) project onto the fewest, fullest rows — the sum of
 * squared row counts peaks. A coarse search over ±max degrees, then a fine one around the best.
 */

/** Ink points, sampled so that a dense page costs no more than a sparse one. */
function samplePoints(ink: Uint8Array, width: number, height: number, maxPoints: number): Int32Array {
  let total = 0;
  for (let i = 0; i < ink.length; i++) total += ink[i]!;
  const step = Math.max(1, Math.ceil(total / maxPoints));
  const pts = new Int32Array(Math.ceil(total / step) * 2 + 2);
  let n = 0;
  let k = 0;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (ink[row + x] === 1 && k++ % step === 0) {
        pts[n++] = x;
        pts[n++] = y;
      }
    }
  }
  return pts.subarray(0, n);
}

function profileScore(pts: Int32Array, degrees: number, width: number, height: number, bins: Int32Array): number {
  const t = Math.tan((degrees * Math.PI) / 180);
  const offset = Math.ceil(Math.abs(t) * width) + 1;
  const size = height + 2 * offset;
  bins.fill(0, 0, size);
  for (let i = 0; i < pts.length; i += 2) {
    const b = Math.round(pts[i + 1]! - pts[i]! * t) + offset;
    bins[b]!++;
  }
  let score = 0;
  for (let i = 0; i < size; i++) score += bins[i]! * bins[i]!;
  return score;
}

/**
 * The angle (degrees) by which the page's horizontal lines descend to the right (y grows
 * downwards): turning the image counter-clockwise by it makes them level. 0 for an empty page.
 */
export function estimateSkew(ink: Uint8Array, width: number, height: number, maxDegrees = 5): number {
  const pts = samplePoints(ink, width, height, 150_000);
  if (pts.length < 200) return 0;
  const bins = new Int32Array(height + 2 * (Math.ceil(Math.tan((maxDegrees * Math.PI) / 180) * width) + 2));
  let best = 0;
  let bestScore = -1;
  const search = (from: number, to: number, step: number) => {
    for (let a = from; a <= to + 1e-9; a += step) {
      const sc = profileScore(pts, a, width, height, bins);
      if (sc > bestScore) {
        bestScore = sc;
        best = a;
      }
    }
  };
  search(-maxDegrees, maxDegrees, 0.25);
  const coarse = best;
  search(Math.max(-maxDegrees, coarse - 0.25), Math.min(maxDegrees, coarse + 0.25), 0.02);
  return Math.round(best * 100) / 100;
}

/**
 * Skew by projection profiles: when the page is turned by its true skew, the rows of ink (text
 * lines, and above all the table's rulings) project onto the fewest, fullest rows — the sum of
 * squared row counts peaks. A coarse search over ±max degrees, then a fine one around the best.
 */
import type { StripPool } from "./strips.js";

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
  const args: SkewArgs = { pts, angles: [], width, height, maxDegrees };
  const best: Best = { angle: 0, score: -1 };
  const coarse = coarseAngles(maxDegrees);
  pick(best, coarse, skewScores({ ...args, angles: coarse }, 0, coarse.length));
  const fine = fineAngles(maxDegrees, best.angle);
  pick(best, fine, skewScores({ ...args, angles: fine }, 0, fine.length));
  return Math.round(best.angle * 100) / 100;
}

interface Best {
  angle: number;
  score: number;
}

function anglesFrom(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let a = from; a <= to + 1e-9; a += step) out.push(a);
  return out;
}

/** The coarse search: ±max degrees by quarter degrees … */
const coarseAngles = (maxDegrees: number) => anglesFrom(-maxDegrees, maxDegrees, 0.25);
/** … then a fine one around its best. */
const fineAngles = (maxDegrees: number, coarse: number) => anglesFrom(Math.max(-maxDegrees, coarse - 0.25), Math.min(maxDegrees, coarse + 0.25), 0.02);

/** The first angle scoring higher than the best so far becomes the best (the order the angles were once scored in). */
function pick(best: Best, angles: number[], scores: number[]): void {
  scores.forEach((sc, i) => {
    if (sc > best.score) {
      best.score = sc;
      best.angle = angles[i]!;
    }
  });
}

export interface SkewArgs {
  pts: Int32Array;
  angles: number[];
  width: number;
  height: number;
  maxDegrees: number;
}

/** The profile scores of angles [i0, i1) of the list. */
export function skewScores(a: SkewArgs, i0: number, i1: number): number[] {
  const bins = new Int32Array(a.height + 2 * (Math.ceil(Math.tan((a.maxDegrees * Math.PI) / 180) * a.width) + 2));
  const out: number[] = [];
  for (let i = i0; i < i1; i++) out.push(profileScore(a.pts, a.angles[i]!, a.width, a.height, bins));
  return out;
}

/** `estimateSkew` with each search's angles scored in bands on the strip helpers (./strips.ts); the same angle. */
export async function estimateSkewSplit(ink: Uint8Array, width: number, height: number, maxDegrees: number, strips: StripPool): Promise<number> {
  const sampled = samplePoints(ink, width, height, 150_000);
  if (sampled.length < 200) return 0;
  const pts = new Int32Array(new SharedArrayBuffer(4 * sampled.length));
  pts.set(sampled);
  const args: SkewArgs = { pts, angles: [], width, height, maxDegrees };
  const scored = async (angles: number[]) => (await strips.bands("skew-scores", skewScores, { ...args, angles }, angles.length, (pts.length / 2) * angles.length)).flat();
  const best: Best = { angle: 0, score: -1 };
  const coarse = coarseAngles(maxDegrees);
  pick(best, coarse, await scored(coarse));
  const fine = fineAngles(maxDegrees, best.angle);
  pick(best, fine, await scored(fine));
  return Math.round(best.angle * 100) / 100;
}

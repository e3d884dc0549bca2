/**
 * The sheet in a phone photo (issue 21): a photographed page lies on a desk, and its four edges
 * are where the desk (darker) turns into paper (brighter). Along each side of the photo, rows
 * (or columns) are followed inward from the border and the outermost strong dark-to-bright step
 * is taken as a point of that edge; each edge is fitted robustly (./edge-fit.ts) as
 * a line allowed a slight bow, and neighbouring edges meet at the page's corners.
 *
 * A flat scan has no such edges (white paper to the image's border, or a step too weak or too
 * scattered), and gets none: `findPageQuad` returns null and the page is left alone.
 */
import type { GrayImage } from "./gray.js";
import { atCurve, fitEdge, type EdgeCurve } from "./edge-fit.js";
import type { Point } from "./homography.js";

export interface PageQuadSettings {
  /** Edges are looked for within this share of the photo's width (height) from each border. */
  photoEdgeReach: number;
  /** An edge point is a step up from the desk of at least this much (gray levels) … */
  photoEdgeStep: number;
  /** … with the desk at most this share of the paper's brightness. */
  photoEdgeRatio: number;
  /** An edge is found when at least this share of the rows (columns) crossing it agree on it. */
  photoEdgeAgreement: number;
}

/** The page's edges and corners in the photo's pixels. */
export interface PageQuad {
  /** Top left, top right, bottom right, bottom left. */
  corners: [Point, Point, Point, Point];
  /** x as a function of y (left, right) and y as a function of x (top, bottom). */
  left: EdgeCurve;
  right: EdgeCurve;
  top: EdgeCurve;
  bottom: EdgeCurve;
}

type Side = "left" | "right" | "top" | "bottom";

/**
 * The outermost strong step up along a profile read from the border inward; its position (the
 * first paper pixel) or -1. A step is measured between the means of `r` pixels on each side: a
 * ruling or a character one to three pixels wide barely moves such a mean, the desk does. The
 * outermost step at least half as strong as the strongest is taken: in a dim corner the desk's
 * edge is a weaker step than a bold title or a dark table header on the page inside it.
 */
function stepIn(profile: Float32Array, r: number, s: PageQuadSettings): number {
  const n = profile.length;
  const sum = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) sum[i + 1] = sum[i]! + profile[i]!;
  const steps = new Float32Array(n);
  let strongest = s.photoEdgeStep;
  for (let i = r; i + r <= n; i++) {
    const outside = (sum[i]! - sum[i - r]!) / r;
    const inside = (sum[i + r]! - sum[i]!) / r;
    const step = inside - outside;
    if (outside <= s.photoEdgeRatio * inside) {
      steps[i] = step;
      if (step > strongest) strongest = step;
    }
  }
  if (strongest <= s.photoEdgeStep) return -1;
  const enough = Math.max(s.photoEdgeStep, strongest / 2);
  // The first run of steps above `enough`, and the strongest step in that run.
  let i = r;
  while (i + r <= n && steps[i]! < enough) i++;
  if (i + r > n) return -1;
  let best = i;
  for (; i + r <= n && steps[i]! >= enough; i++) if (steps[i]! > steps[best]!) best = i;
  return best;
}

/**
 * Where, to a fraction of a pixel, the profile crosses halfway between desk and paper near the
 * step at `i`: the distance from the border in continuous coordinates (pixel j covers [j, j+1)).
 * A blurred edge spreads over a few pixels; its middle is the edge.
 */
function crossing(profile: Float32Array, i: number, r: number): number {
  let desk = 0;
  let paper = 0;
  for (let k = 1; k <= r; k++) {
    desk += profile[i - k]!;
    paper += profile[Math.min(profile.length - 1, i + k - 1)]!;
  }
  const mid = (desk + paper) / (2 * r);
  let best = i;
  let bestDist = Infinity;
  for (let j = Math.max(0, i - r); j + 1 < Math.min(profile.length, i + r); j++) {
    if (profile[j]! < mid && profile[j + 1]! >= mid && Math.abs(j + 1 - i) < bestDist) {
      bestDist = Math.abs(j + 1 - i);
      best = j + 0.5 + (mid - profile[j]!) / (profile[j + 1]! - profile[j]!);
    }
  }
  return bestDist === Infinity ? i : best;
}

/** Points of one edge: (position along the edge, distance from the image's own border). */
export function edgePoints(img: GrayImage, side: Side, s: PageQuadSettings): { t: number[]; v: number[] } {
  const { width: w, height: h, data } = img;
  const along = side === "left" || side === "right" ? h : w;
  const across = side === "left" || side === "right" ? w : h;
  const reach = Math.round(across * s.photoEdgeReach);
  const r = Math.max(3, Math.round(across / 160));
  const samples = 80;
  const profile = new Float32Array(reach);
  const t: number[] = [];
  const v: number[] = [];
  for (let k = 0; k < samples; k++) {
    const at = Math.round(along * (0.04 + (0.92 * k) / (samples - 1)));
    profile.fill(0);
    // Three neighbouring rows (columns) averaged: JPEG noise and a speck on the desk even out.
    for (let d = -1; d <= 1; d++) {
      const line = Math.min(along - 1, Math.max(0, at + d));
      for (let i = 0; i < reach; i++) {
        let px: number;
        if (side === "left") px = data[line * w + i]!;
        else if (side === "right") px = data[line * w + (w - 1 - i)]!;
        else if (side === "top") px = data[i * w + line]!;
        else px = data[(h - 1 - i) * w + line]!;
        profile[i]! += px / 3;
      }
    }
    const i = stepIn(profile, r, s);
    if (i < 0) continue;
    const d = crossing(profile, i, r);
    // Continuous coordinates: pixel j covers [j, j + 1), so row `at` is centred at at + 0.5.
    t.push(at + 0.5);
    v.push(side === "left" || side === "top" ? d : across - d);
  }
  return { t, v };
}

/** Where the curve x = vertical(y) meets y = horizontal(x). */
function meet(vertical: EdgeCurve, horizontal: EdgeCurve, x0: number, y0: number): Point {
  let x = x0;
  let y = y0;
  for (let i = 0; i < 20; i++) {
    y = atCurve(horizontal, x);
    x = atCurve(vertical, y);
  }
  return [x, y];
}

function area(q: readonly Point[]): number {
  let a = 0;
  for (let i = 0; i < q.length; i++) {
    const [x0, y0] = q[i]!;
    const [x1, y1] = q[(i + 1) % q.length]!;
    a += x0 * y1 - x1 * y0;
  }
  return a / 2;
}

function convex(q: readonly Point[]): boolean {
  let sign = 0;
  for (let i = 0; i < 4; i++) {
    const [ax, ay] = q[i]!;
    const [bx, by] = q[(i + 1) % 4]!;
    const [cx, cy] = q[(i + 2) % 4]!;
    const z = (bx - ax) * (cy - by) - (by - ay) * (cx - bx);
    const sz = Math.sign(z);
    if (sz === 0) return false;
    if (sign === 0) sign = sz;
    else if (sz !== sign) return false;
  }
  return true;
}

/** The photographed page's quadrilateral, or null when the image shows no sheet on a darker ground. */
export function findPageQuad(img: GrayImage, s: PageQuadSettings): PageQuad | null {
  const { width: w, height: h } = img;
  const fits: Partial<Record<Side, EdgeCurve>> = {};
  for (const side of ["left", "right", "top", "bottom"] as const) {
    const { t, v } = edgePoints(img, side, s);
    // A slight bow of the sheet stays within about 1 % of the photo.
    const across = side === "left" || side === "right" ? w : h;
    const fit = fitEdge(t, v, Math.max(4, across * 0.012));
    if (!fit || fit.inliers < s.photoEdgeAgreement * 80) return null;
    fits[side] = fit;
  }
  const { left, right, top, bottom } = fits as Record<Side, EdgeCurve>;
  const corners: [Point, Point, Point, Point] = [meet(left, top, 0, 0), meet(right, top, w, 0), meet(right, bottom, w, h), meet(left, bottom, 0, h)];
  const slack = 0.02 * Math.max(w, h);
  if (corners.some(([x, y]) => !Number.isFinite(x) || !Number.isFinite(y) || x < -slack || y < -slack || x > w + slack || y > h + slack)) return null;
  if (!convex(corners) || Math.abs(area(corners)) < 0.3 * w * h) return null;
  return { corners, left, right, top, bottom };
}

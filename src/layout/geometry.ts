/**
 * The positioned input of layout: what a reader (PDF text layer, OCR) finds on a page.
 * Coordinates are PDF points (or pixels for images) from the page's top-left corner.
 */

/** [x0, y0, x1, y1] with x0 ≤ x1, y0 ≤ y1, from the top-left. */
export type BBox = [number, number, number, number];

/** A string drawn on the page. */
export interface TextRun {
  str: string;
  /** 1-based page number. */
  page: number;
  bbox: BBox;
  fontName: string;
  /** Font size in points (the height of the em square). */
  fontSize: number;
}

/** A straight piece of a path: a stroked line, or the centre line of a thin filled rectangle. */
export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Stroke width, or the thickness of the filled rectangle it came from. */
  lineWidth: number;
  kind: "stroke" | "fill";
}

/** A filled axis-aligned rectangle (Chromium draws every border as one). */
export interface FilledRect {
  bbox: BBox;
}

/** One page as layout sees it. */
export interface LayoutPage {
  page: number;
  width: number;
  height: number;
  runs: TextRun[];
  /** Stroked straight segments. */
  segments: Segment[];
  /** Filled rectangles; thin ones are rulings. */
  rects: FilledRect[];
}

export function bboxCentre(b: BBox): [number, number] {
  return [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
}

export function bboxUnion(a: BBox, b: BBox): BBox {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

export function roundBBox(b: BBox): BBox {
  return [round2(b[0]), round2(b[1]), round2(b[2]), round2(b[3])];
}

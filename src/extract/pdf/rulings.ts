/**
 * Rulings from a pdf.js operator list: stroked straight path pieces and filled rectangles,
 * with the current transform tracked across `transform`, `save`/`restore` and form XObjects.
 * Pure: it takes the operator list, the OPS numbers and a function from PDF user space to the
 * page's top-left space, so it is tested without a PDF.
 */
import type { FilledRect, Segment } from "../../layout/geometry.js";

/** [a, b, c, d, e, f] as in PDF: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m1 applied first, then m2 (PDF's `cm` sets CTM = M × CTM). */
export function multiply(m1: Matrix, m2: Matrix): Matrix {
  const [a1, b1, c1, d1, e1, f1] = m1;
  const [a2, b2, c2, d2, e2, f2] = m2;
  return [
    a1 * a2 + b1 * c2,
    a1 * b2 + b1 * d2,
    c1 * a2 + d1 * c2,
    c1 * b2 + d1 * d2,
    e1 * a2 + f1 * c2 + e2,
    e1 * b2 + f1 * d2 + f2,
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** The OPS codes this walker needs (pdf.js `OPS`). */
export interface OpsCodes {
  save: number;
  restore: number;
  transform: number;
  setLineWidth: number;
  setGState: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

/** pdf.js DrawOPS: path codes inside constructPath's data. */
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

export interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

export interface Rulings {
  segments: Segment[];
  rects: FilledRect[];
}

type Pt = [number, number];
interface SubPath {
  pts: Pt[];
  closed: boolean;
  /** Contains a curve: not a ruling. */
  curved: boolean;
}

function parsePath(data: ArrayLike<number>): SubPath[] {
  const out: SubPath[] = [];
  let cur: SubPath | null = null;
  let i = 0;
  const n = data.length;
  while (i < n) {
    const op = data[i++]!;
    switch (op) {
      case DRAW.moveTo:
        cur = { pts: [[data[i]!, data[i + 1]!]], closed: false, curved: false };
        out.push(cur);
        i += 2;
        break;
      case DRAW.lineTo:
        if (!cur) {
          cur = { pts: [], closed: false, curved: false };
          out.push(cur);
        }
        cur.pts.push([data[i]!, data[i + 1]!]);
        i += 2;
        break;
      case DRAW.curveTo:
        if (cur) {
          cur.curved = true;
          cur.pts.push([data[i + 4]!, data[i + 5]!]);
        }
        i += 6;
        break;
      case DRAW.quadraticCurveTo:
        if (cur) {
          cur.curved = true;
          cur.pts.push([data[i + 2]!, data[i + 3]!]);
        }
        i += 4;
        break;
      case DRAW.closePath:
        if (cur) {
          cur.closed = true;
          const first: Pt | undefined = cur.pts[0];
          // A new subpath after close starts at the first point unless moved.
          cur = first ? { pts: [[first[0], first[1]]], closed: false, curved: false } : null;
          if (cur) out.push(cur);
        }
        break;
      default:
        return out; // unknown code: stop rather than misread
    }
  }
  return out;
}

/** The axis-aligned rectangle a closed 4-corner subpath draws, or null. */
function asRect(pts: Pt[], eps: number): [number, number, number, number] | null {
  let p = pts;
  if (p.length === 5) {
    const a = p[0]!;
    const e = p[4]!;
    if (Math.abs(a[0] - e[0]) <= eps && Math.abs(a[1] - e[1]) <= eps) p = p.slice(0, 4);
  }
  if (p.length !== 4) return null;
  const xs = p.map((q) => q[0]);
  const ys = p.map((q) => q[1]);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  for (const [x, y] of p) {
    const onX = Math.abs(x - x0) <= eps || Math.abs(x - x1) <= eps;
    const onY = Math.abs(y - y0) <= eps || Math.abs(y - y1) <= eps;
    if (!onX || !onY) return null;
  }
  return [x0, y0, x1, y1];
}

function scaleOf(m: Matrix): number {
  return Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2])) || 1;
}

/**
 * Walks the operator list. `toPage` maps PDF user space to the page's top-left space
 * (the viewport transform at scale 1).
 */
export function operatorListToRulings(ops: OperatorList, OPS: OpsCodes, toPage: Matrix): Rulings {
  const segments: Segment[] = [];
  const rects: FilledRect[] = [];
  let ctm: Matrix = IDENTITY;
  let lineWidth = 1;
  const stack: { ctm: Matrix; lineWidth: number }[] = [];
  const strokeOps = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fillOps = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const closingOps = new Set([OPS.closeStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const eps = 0.01;

  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i]!;
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) {
      stack.push({ ctm, lineWidth });
    } else if (fn === OPS.restore) {
      const s = stack.pop();
      if (s) ({ ctm, lineWidth } = s);
    } else if (fn === OPS.transform && args) {
      ctm = multiply(args.slice(0, 6) as Matrix, ctm);
    } else if (fn === OPS.paintFormXObjectBegin && args) {
      stack.push({ ctm, lineWidth });
      const m = args[0] as number[] | null;
      if (m && m.length >= 6) ctm = multiply(Array.from(m).slice(0, 6) as Matrix, ctm);
    } else if (fn === OPS.paintFormXObjectEnd) {
      const s = stack.pop();
      if (s) ({ ctm, lineWidth } = s);
    } else if (fn === OPS.setLineWidth && args) {
      lineWidth = Number(args[0]) || 0;
    } else if (fn === OPS.setGState && args) {
      const entries = args[0] as unknown[];
      if (Array.isArray(entries)) {
        for (const e of entries) {
          if (Array.isArray(e) && e[0] === "LW") lineWidth = Number(e[1]) || 0;
        }
      }
    } else if (fn === OPS.constructPath && args) {
      const paintOp = args[0] as number;
      const stroked = strokeOps.has(paintOp);
      const filled = fillOps.has(paintOp);
      if (!stroked && !filled) continue; // clip or endPath
      const wrapped = args[1] as unknown[] | null;
      const data = (Array.isArray(wrapped) ? wrapped[0] : wrapped) as ArrayLike<number> | null;
      if (!data || typeof data.length !== "number") continue;
      const full = multiply(ctm, toPage);
      const subpaths = parsePath(data);
      const width = lineWidth * scaleOf(full);
      for (const sp of subpaths) {
        if (sp.pts.length === 0) continue;
        const pts = sp.pts.map(([x, y]) => apply(full, x, y));
        if (filled) {
          const r = asRect(pts, eps);
          if (r) rects.push({ bbox: r });
        }
        if (stroked && !sp.curved) {
          const closed = sp.closed || closingOps.has(paintOp);
          const n = pts.length;
          for (let k = 0; k + 1 < n; k++) pushSeg(segments, pts[k]!, pts[k + 1]!, width);
          if (closed && n > 2) pushSeg(segments, pts[n - 1]!, pts[0]!, width);
        }
      }
    }
  }
  return { segments, rects };
}

function pushSeg(out: Segment[], a: Pt, b: Pt, width: number): void {
  if (Math.abs(a[0] - b[0]) < 1e-6 && Math.abs(a[1] - b[1]) < 1e-6) return;
  // Normalise so that (x0, y0) is the top-left end of an axis-aligned segment.
  const swap = a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);
  const [p, q] = swap ? [b, a] : [a, b];
  out.push({ x0: p[0], y0: p[1], x1: q[0], y1: q[1], lineWidth: width, kind: "stroke" });
}

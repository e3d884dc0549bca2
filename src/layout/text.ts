/**
 * Text runs → lines → cell text, and runs → the cells that contain their centres.
 */
import { bboxCentre, bboxUnion, type BBox, type TextRun } from "./geometry.js";
import type { LayoutSettings } from "./settings.js";

export interface TextLine {
  runs: TextRun[];
  bbox: BBox;
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/** Groups runs into lines (vertical overlap), lines top to bottom, runs left to right. */
export function runsToLines(runs: readonly TextRun[], s: Pick<LayoutSettings, "lineOverlap">): TextLine[] {
  const sorted = [...runs].sort((a, b) => bboxCentre(a.bbox)[1] - bboxCentre(b.bbox)[1] || a.bbox[0] - b.bbox[0]);
  const lines: TextLine[] = [];
  for (const r of sorted) {
    const h = r.bbox[3] - r.bbox[1];
    let best: TextLine | null = null;
    let bestOv = 0;
    for (let i = lines.length - 1; i >= 0 && i >= lines.length - 3; i--) {
      const l = lines[i]!;
      const lh = l.bbox[3] - l.bbox[1];
      const ov = overlap(r.bbox[1], r.bbox[3], l.bbox[1], l.bbox[3]);
      // Compare with the line's height taken from one run, so that a line does not grow tall.
      const minH = Math.min(h, lh);
      if (minH > 0 && ov >= s.lineOverlap * minH && ov > bestOv) {
        best = l;
        bestOv = ov;
      }
    }
    if (best) {
      best.runs.push(r);
      best.bbox = bboxUnion(best.bbox, r.bbox);
    } else lines.push({ runs: [r], bbox: [...r.bbox] as BBox });
  }
  for (const l of lines) l.runs.sort((a, b) => a.bbox[0] - b.bbox[0]);
  return lines.sort((a, b) => a.bbox[1] - b.bbox[1] || a.bbox[0] - b.bbox[0]);
}

/** The runs of one line joined, with a space where the gap between runs is wide. */
export function lineText(runs: readonly TextRun[], s: Pick<LayoutSettings, "wordGapEm">): string {
  let out = "";
  let prev: TextRun | null = null;
  for (const r of runs) {
    if (prev) {
      const gap = r.bbox[0] - prev.bbox[2];
      const em = Math.max(1, Math.min(r.fontSize, prev.fontSize));
      if (gap > s.wordGapEm * em && !out.endsWith(" ") && !r.str.startsWith(" ")) out += " ";
    }
    out += r.str;
    prev = r;
  }
  return out;
}

const LATIN_END = /[A-Za-z]$/;
const LATIN_START = /^[A-Za-z]/;

/**
 * Joins the lines of a multi-line cell in reading order. A line break inside a cell is an
 * artefact of the column width, so lines are joined directly (`100.0` + `0%` → `100.00%`),
 * except between two Latin letters, where the break stood for a space.
 */
export function joinLines(lines: readonly string[]): string {
  let out = "";
  for (const raw of lines) {
    const l = raw.trim();
    if (!l) continue;
    if (out && LATIN_END.test(out) && LATIN_START.test(l)) out += " ";
    out += l;
  }
  return out;
}

/** The text of a cell from the runs inside it. */
export function runsToCellText(runs: readonly TextRun[], s: Pick<LayoutSettings, "lineOverlap" | "wordGapEm">): string {
  return joinLines(runsToLines(runs, s).map((l) => lineText(l.runs, s)));
}

/** Splits a line where a gap is wider than `cellGapEm` font sizes (stream flavour, text outside tables). */
export function splitLineAtGaps(line: TextLine, s: Pick<LayoutSettings, "cellGapEm">): TextRun[][] {
  const parts: TextRun[][] = [];
  let cur: TextRun[] = [];
  let prev: TextRun | null = null;
  for (const r of line.runs) {
    if (prev) {
      const gap = r.bbox[0] - prev.bbox[2];
      const em = Math.max(1, Math.min(r.fontSize, prev.fontSize));
      if (gap > s.cellGapEm * em) {
        parts.push(cur);
        cur = [];
      }
    }
    cur.push(r);
    prev = r;
  }
  if (cur.length) parts.push(cur);
  return parts;
}

export function runsBBox(runs: readonly TextRun[]): BBox {
  let b = [...runs[0]!.bbox] as BBox;
  for (const r of runs) b = bboxUnion(b, r.bbox);
  return b;
}

/** True when the run's centre lies inside the box. */
export function centreInside(run: TextRun, box: BBox): boolean {
  const [x, y] = bboxCentre(run.bbox);
  return x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];
}

/**
 * Runs → fragments: the pieces of one text line that a wide gap separates. A fragment is the
 * smallest unit the stream flavour places: one line of one cell, or (before columns are known)
 * several cells' text that sit too close to be told apart, split later at column boundaries.
 */
import { bboxUnion, type BBox, type TextRun } from "../geometry.js";
import type { LayoutSettings } from "../settings.js";
import { lineText, runsBBox, splitLineAtGaps, type TextLine } from "../text.js";

export interface Fragment {
  runs: TextRun[];
  bbox: BBox;
  text: string;
  /** Font size, the unit of the stream tolerances. */
  em: number;
  /** Index of its text line on the page, top to bottom. */
  line: number;
}

export function makeFragment(runs: TextRun[], line: number, s: Pick<LayoutSettings, "wordGapEm">): Fragment {
  const em = Math.max(1, Math.min(...runs.map((r) => r.fontSize)));
  return { runs, bbox: runsBBox(runs), text: lineText(runs, s).trim(), em, line };
}

/**
 * Runs → lines, strictly: a run joins a line when it overlaps the line's first run (not the
 * line's growing box) by `streamLineOverlap`. In an unruled table the number centred beside a
 * two-line label overlaps both its lines; a growing box would make them one line.
 */
export function strictLines(runs: readonly TextRun[], s: Pick<LayoutSettings, "streamLineOverlap">): TextLine[] {
  const sorted = [...runs].sort((a, b) => a.bbox[1] + a.bbox[3] - b.bbox[1] - b.bbox[3] || a.bbox[0] - b.bbox[0]);
  const lines: { ref: BBox; line: TextLine }[] = [];
  for (const r of sorted) {
    const h = r.bbox[3] - r.bbox[1];
    let best: { ref: BBox; line: TextLine } | null = null;
    let bestOv = 0;
    for (let i = lines.length - 1; i >= 0 && i >= lines.length - 4; i--) {
      const l = lines[i]!;
      const ov = Math.min(r.bbox[3], l.ref[3]) - Math.max(r.bbox[1], l.ref[1]);
      const minH = Math.min(h, l.ref[3] - l.ref[1]);
      if (minH > 0 && ov >= s.streamLineOverlap * minH && ov > bestOv) {
        best = l;
        bestOv = ov;
      }
    }
    if (best) {
      best.line.runs.push(r);
      best.line.bbox = bboxUnion(best.line.bbox, r.bbox);
    } else lines.push({ ref: r.bbox, line: { runs: [r], bbox: [...r.bbox] as BBox } });
  }
  for (const { line } of lines) line.runs.sort((a, b) => a.bbox[0] - b.bbox[0]);
  return lines.map((l) => l.line).sort((a, b) => a.bbox[1] - b.bbox[1] || a.bbox[0] - b.bbox[0]);
}

/** The fragments of a set of runs, line by line, left to right. */
export function runsToFragments(runs: readonly TextRun[], s: Pick<LayoutSettings, "streamLineOverlap" | "streamFragmentGapEm" | "wordGapEm">): Fragment[] {
  const out: Fragment[] = [];
  strictLines(runs, s).forEach((line, i) => {
    for (const part of splitLineAtGaps(line, { cellGapEm: s.streamFragmentGapEm })) out.push(makeFragment(part, i, s));
  });
  return out;
}

/** Runs closer than this many font sizes are never cut apart at a column boundary. */
const MIN_SPLIT_GAP_EM = 0.1;

/**
 * Splits a fragment at column boundaries that fall between its runs (two cells printed close
 * together); a run is never cut. Returns the fragment itself when no boundary separates runs.
 */
export function splitAtBoundaries(f: Fragment, boundaries: readonly number[], s: Pick<LayoutSettings, "wordGapEm">): Fragment[] {
  if (f.runs.length < 2) return [f];
  const inner = boundaries.filter((b) => b > f.bbox[0] && b < f.bbox[2]);
  if (inner.length === 0) return [f];
  const parts: TextRun[][] = [];
  let cur: TextRun[] = [];
  let k = 0;
  for (const r of f.runs) {
    const cx = (r.bbox[0] + r.bbox[2]) / 2;
    let moved = false;
    while (k < inner.length && cx > inner[k]!) {
      k++;
      moved = true;
    }
    // Runs that touch are one flow of text (a paragraph's digits in another font: `1` `、建立…`).
    const prev = cur[cur.length - 1];
    if (moved && prev && r.bbox[0] - prev.bbox[2] < MIN_SPLIT_GAP_EM * f.em) moved = false;
    if (moved && cur.length) {
      parts.push(cur);
      cur = [];
    }
    cur.push(r);
  }
  if (cur.length) parts.push(cur);
  return parts.length === 1 ? [f] : parts.map((p) => makeFragment(p, f.line, s));
}

/**
 * Splits a fragment after each leading label (`实施单位(盖章)`, `年度指标值`) that its own runs
 * make and a gap follows: spreadsheets print a right-aligned label cell so close to its value,
 * and shrink a header to fit so close to the next one, that the two make one fragment.
 */
export function splitAfterLabel(f: Fragment, isLabel: (text: string) => boolean, s: Pick<LayoutSettings, "wordGapEm">): Fragment[] {
  for (let i = 1; i < f.runs.length; i++) {
    const gap = f.runs[i]!.bbox[0] - f.runs[i - 1]!.bbox[2];
    if (gap < MIN_SPLIT_GAP_EM * f.em) continue;
    const head = f.runs.slice(0, i);
    if (!isLabel(head.map((r) => r.str).join(""))) continue;
    return [makeFragment(head, f.line, s), ...splitAfterLabel(makeFragment(f.runs.slice(i), f.line, s), isLabel, s)];
  }
  return [f];
}

/**
 * Runs → fragments: the pieces of one text line that a wide gap separates. A fragment is the
 * smallest unit the stream flavour places: one line of one cell, or (before columns are known)
 * several cells' text that sit too close to be told apart, split later at column boundaries.
 */
import type { BBox, TextRun } from "../geometry.js";
import type { LayoutSettings } from "../settings.js";
import { lineText, runsBBox, runsToLines, splitLineAtGaps } from "../text.js";

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

/** The fragments of a set of runs, line by line, left to right. */
export function runsToFragments(runs: readonly TextRun[], s: Pick<LayoutSettings, "lineOverlap" | "cellGapEm" | "wordGapEm">): Fragment[] {
  const out: Fragment[] = [];
  runsToLines(runs, s).forEach((line, i) => {
    for (const part of splitLineAtGaps(line, s)) out.push(makeFragment(part, i, s));
  });
  return out;
}

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
    if (moved && cur.length) {
      parts.push(cur);
      cur = [];
    }
    cur.push(r);
  }
  if (cur.length) parts.push(cur);
  return parts.length === 1 ? [f] : parts.map((p) => makeFragment(p, f.line, s));
}

/**
 * Column boundaries of an unruled region: between the header cells of its header row, at the x
 * where the fewest fragments below cross (a whitespace corridor, as Camelot's stream and
 * pdfplumber's text strategy find them); left of the first header and in regions without a
 * header, at the gaps in the x-projection of the text (lines of one fragment, such as a centred
 * title, do not close those gaps).
 */
import type { LayoutSettings } from "../settings.js";
import type { Fragment } from "./fragments.js";
import type { HeaderBand } from "./headers.js";

/** Boundaries: ascending x; column k lies between boundary k-1 and boundary k. */
export type Boundaries = number[];

export function columnOf(boundaries: Boundaries, x: number): number {
  let k = 0;
  while (k < boundaries.length && x > boundaries[k]!) k++;
  return k;
}

/** The x in [a, b] crossed by the fewest fragments; the middle of the widest such stretch. */
export function corridor(a: number, b: number, frags: readonly Fragment[]): number {
  if (b <= a) return (a + b) / 2;
  const step = 0.5;
  let best = Infinity;
  let bestLen = -1;
  let bestX = (a + b) / 2;
  let runStart = a;
  let runCount = -1;
  const count = (x: number) => {
    let n = 0;
    for (const f of frags) if (f.bbox[0] < x && f.bbox[2] > x) n++;
    return n;
  };
  for (let x = a; x <= b + 1e-9; x += step) {
    const n = count(x);
    if (n !== runCount) {
      runStart = x;
      runCount = n;
    }
    const len = x - runStart;
    if (n < best || (n === best && len > bestLen)) {
      best = n;
      bestLen = len;
      bestX = (runStart + x) / 2;
    }
  }
  return bestX;
}

/** A gap of the x-projection: from where the text left of it ends to where the text right of it begins. */
export interface Gap {
  from: number;
  to: number;
}

/** The gaps of the x-projection of the fragments, left to right. */
export function projectionGaps(frags: readonly Fragment[], s: Pick<LayoutSettings, "streamColumnGapEm">): Gap[] {
  const spans = frags.map((f) => [f.bbox[0], f.bbox[2], f.em] as const).sort((p, q) => p[0] - q[0]);
  const out: Gap[] = [];
  let end = -Infinity;
  for (const [x0, x1, em] of spans) {
    if (end > -Infinity && x0 - end >= em * s.streamColumnGapEm) out.push({ from: end, to: x0 });
    end = Math.max(end, x1);
  }
  return out;
}

/** Boundaries at the gaps of the x-projection of the fragments (the middle of each). */
export function projectionBoundaries(frags: readonly Fragment[], s: Pick<LayoutSettings, "streamColumnGapEm">): Boundaries {
  return projectionGaps(frags, s).map((g) => (g.from + g.to) / 2);
}

/**
 * The boundary in a gap, given every fragment of the region, wide ones too: the middle of the
 * gap, unless a fragment begins inside the gap's left half — a paragraph left-aligned in the
 * next column, whose own width kept it out of the projection (年度总体目标's text, which starts
 * at the value column's edge while the narrow sub-labels below 项目资金 start further right).
 * The boundary then goes between the text that ends the gap on the left and that fragment, so the
 * paragraph starts in the column right of the gap instead of straddling it.
 */
export function gapBoundary(g: Gap, all: readonly Fragment[], s: Pick<LayoutSettings, "streamColumnGapEm">): number {
  let x = (g.from + g.to) / 2;
  for (const f of all) {
    const x0 = f.bbox[0];
    if (x0 < x && x0 - g.from >= f.em * s.streamColumnGapEm) x = (g.from + x0) / 2;
  }
  return x;
}

/** Share of a region's width above which a fragment spans columns (a title, a project name): it closes no gap. */
const WIDE_FRAGMENT = 0.3;

/** The fragments that column gaps are read from: not the wide ones that run across columns. */
export function columnFragments(frags: readonly Fragment[], region: readonly Fragment[] = frags): Fragment[] {
  if (frags.length === 0) return [];
  const left = Math.min(...region.map((f) => f.bbox[0]));
  const right = Math.max(...region.map((f) => f.bbox[2]));
  const narrow = frags.filter((f) => f.bbox[2] - f.bbox[0] <= WIDE_FRAGMENT * (right - left));
  return narrow.length > 0 ? narrow : [...frags];
}

/**
 * A region without a header (the label rows above the first one): the lines of one fragment at
 * its top — the title, the year line `（2024年度）`, a report number — tell nothing of the
 * columns, and a centred year line would close the gap between 实施单位 and its value. Returns
 * those lines; lines of one fragment further down (a wrapped label, a paragraph) still count.
 */
export function leadingTitleLines(frags: readonly Fragment[]): Set<number> {
  const perLine = new Map<number, number>();
  for (const f of frags) perLine.set(f.line, (perLine.get(f.line) ?? 0) + 1);
  const firstShared = Math.min(...frags.filter((f) => perLine.get(f.line)! >= 2).map((f) => f.line));
  return new Set(frags.filter((f) => f.line < firstShared).map((f) => f.line));
}

/** The fragments a header-less region's gaps are read from: not its leading title lines, not the wide ones. */
export function labelRowFragments(frags: readonly Fragment[], titleLines: ReadonlySet<number>): Fragment[] {
  const kept = frags.filter((f) => !titleLines.has(f.line));
  // Wide is measured against the whole region (the title may be what makes it wide).
  return columnFragments(kept.length > 0 ? kept : frags, frags);
}

/** Boundaries of a region under a header row (`body`: the region's fragments, header row excluded). */
export function headerBoundaries(band: HeaderBand, body: readonly Fragment[], s: Pick<LayoutSettings, "streamColumnGapEm">): Boundaries {
  const hc = band.cells;
  const out: Boundaries = [];
  const first = hc[0]!;
  const em = body[0]?.em ?? 10;
  // Left of the first header: row labels and vertical block labels, columns by projection.
  const left = [...body, ...band.fragments].filter((f) => f.bbox[2] <= first.x0 + 0.5 * em);
  if (left.length > 0) {
    out.push(...projectionGaps(left, s).map((g) => gapBoundary(g, body, s)));
    out.push(corridor(Math.min(Math.max(...left.map((f) => f.bbox[2])), first.x0), first.x0, body));
  }
  for (let i = 0; i + 1 < hc.length; i++) out.push(corridor(hc[i]!.x1, hc[i + 1]!.x0, body));
  return out.sort((a, b) => a - b);
}

/**
 * Label rows: a header label (项目名称) and the fragment after it on its line are two cells even
 * where the gap between them is too narrow for the projection (a label shrunk to fit its cell):
 * a boundary goes between them where no fragment of the region crosses.
 */
export function labelBoundaries(frags: readonly Fragment[], b: Boundaries, isLabel: (text: string) => boolean): Boundaries {
  const out = [...b];
  for (const l of frags) {
    if (!isLabel(l.text)) continue;
    const r = frags.filter((f) => f.line === l.line && f.bbox[0] >= l.bbox[2]).sort((p, q) => p.bbox[0] - q.bbox[0])[0];
    if (!r || columnOf(out, l.bbox[2] - 0.3 * l.em) !== columnOf(out, r.bbox[0] + 0.3 * r.em)) continue;
    const x = (l.bbox[2] + r.bbox[0]) / 2;
    if (frags.some((f) => f.bbox[0] < x && f.bbox[2] > x)) continue;
    out.push(x);
    out.sort((p, q) => p - q);
  }
  return out;
}

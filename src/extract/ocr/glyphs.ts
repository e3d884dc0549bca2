/**
 * Shapes the Chinese model cannot read. chi_sim has no ≥ or ≤ in its character set (it reads
 * 过, 之, 人, 友, or a digit), and a lone dash often comes back as letters. These glyphs are told
 * by their pixels instead: a dash is one thin bar; ≥ and ≤ are a chevron over a bar, the
 * chevron's point on the right for ≥ and on the left for ≤; = is two bars.
 */

export interface BinaryCrop {
  width: number;
  height: number;
  /** 1 = ink. */
  data: Uint8Array;
}

export type Glyph = "≥" | "≤" | "=" | "—";

/** Columns [start, end) of the first run of ink columns, with the column gap after it. */
function firstGlyphColumns(c: BinaryCrop): { x0: number; x1: number; gapAfter: number } | null {
  const col = new Uint16Array(c.width);
  for (let y = 0; y < c.height; y++) for (let x = 0; x < c.width; x++) col[x]! += c.data[y * c.width + x]!;
  let x0 = 0;
  while (x0 < c.width && col[x0] === 0) x0++;
  if (x0 === c.width) return null;
  let x1 = x0;
  while (x1 < c.width && col[x1]! > 0) x1++;
  let x2 = x1;
  while (x2 < c.width && col[x2] === 0) x2++;
  return { x0, x1, gapAfter: x2 - x1 };
}

/** Rows [y0, y1) holding ink in columns [x0, x1); null when they hold none. */
export function rowsOf(c: BinaryCrop, x0: number, x1: number): { y0: number; y1: number } | null {
  let y0 = -1;
  let y1 = -1;
  for (let y = 0; y < c.height; y++) {
    for (let x = x0; x < x1; x++) {
      if (c.data[y * c.width + x]) {
        if (y0 < 0) y0 = y;
        y1 = y + 1;
        break;
      }
    }
  }
  return y0 < 0 ? null : { y0, y1 };
}

/** Mean x (0–1 across the glyph) and share of columns inked, over rows [ya, yb). */
function band(c: BinaryCrop, x0: number, x1: number, ya: number, yb: number): { mean: number; cover: number } {
  const w = x1 - x0;
  let sum = 0;
  let n = 0;
  const cols = new Uint8Array(w);
  for (let y = Math.max(0, ya); y < Math.min(c.height, yb); y++) {
    for (let x = x0; x < x1; x++) {
      if (c.data[y * c.width + x]) {
        sum += (x - x0 + 0.5) / w;
        n++;
        cols[x - x0] = 1;
      }
    }
  }
  let cover = 0;
  for (const v of cols) cover += v;
  return { mean: n ? sum / n : 0.5, cover: cover / w };
}

/** Bands of rows that hold ink, as [start, end) pairs. */
function rowBands(c: BinaryCrop, x0: number, x1: number, y0: number, y1: number): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let y = y0; y <= y1; y++) {
    let has = false;
    if (y < y1) for (let x = x0; x < x1 && !has; x++) has = c.data[y * c.width + x] === 1;
    if (has && start < 0) start = y;
    if (!has && start >= 0) {
      out.push([start, y]);
      start = -1;
    }
  }
  return out;
}

/** The whole crop is one thin horizontal bar: a dash standing for "nothing". */
export function isDash(c: BinaryCrop, textHeight: number): boolean {
  const f = firstGlyphColumns(c);
  if (!f) return false;
  const rows = rowsOf(c, 0, c.width);
  if (!rows) return false;
  let last = c.width - 1;
  const col = (x: number) => {
    for (let y = 0; y < c.height; y++) if (c.data[y * c.width + x]) return true;
    return false;
  };
  while (last > 0 && !col(last)) last--;
  const w = last + 1 - f.x0;
  const h = rows.y1 - rows.y0;
  return h <= Math.max(3, 0.22 * textHeight) && w >= 2.5 * h && w >= 0.3 * textHeight;
}

/**
 * The whole crop is dots in a row, low and small beside the page's line height: an ellipsis
 * (……, a template's "rows left out"), which chi_sim reads as a character (本).
 */
export function isEllipsis(c: BinaryCrop, lineHeight: number): boolean {
  const rows = rowsOf(c, 0, c.width);
  if (!rows || lineHeight <= 0) return false;
  if (rows.y1 - rows.y0 > Math.max(3, 0.25 * lineHeight)) return false;
  let runs = 0;
  let run = 0;
  let widest = 0;
  for (let x = 0; x < c.width; x++) {
    let ink = false;
    for (let y = rows.y0; y < rows.y1 && !ink; y++) ink = c.data[y * c.width + x] === 1;
    if (ink) {
      if (run === 0) runs++;
      run++;
      widest = Math.max(widest, run);
    } else run = 0;
  }
  return runs >= 3 && widest <= Math.max(3, 0.3 * lineHeight);
}

/**
 * The comparator printed at the start of a crop, if its first glyph is one; `width` is where the
 * rest of the text begins.
 */
export function leadingComparator(c: BinaryCrop, opts: { fax?: boolean } = {}): { glyph: Exclude<Glyph, "—">; end: number } | null {
  const found = comparatorAt(c);
  if (found) return found;
  // A fax's speck over the comparator, inside its columns (d-fax-p05's ≤2%, read 委2%: the speck
  // made the glyph's top). A fax's crop is looked at again without specks; a bilevel TIFF's is not (below).
  if (opts.fax) return comparatorAt(dropSpecks(c, (SPECK_SHARE * c.height) ** 2));
  // The first glyph only a speck (a fax's dot before ≥): looked at again without specks. Only
  // then: dropped everywhere, the broken strokes of a bilevel TIFF's digits made other first
  // glyphs (s-p06-200-tiff lost 9 fields, its fund amounts among them).
  const f = firstGlyphColumns(c);
  const maxArea = (SPECK_SHARE * c.height) ** 2;
  if (!f) return null;
  let ink = 0;
  for (let y = 0; y < c.height; y++) for (let x = f.x0; x < f.x1; x++) ink += c.data[y * c.width + x]!;
  return ink <= maxArea ? comparatorAt(dropSpecks(c, maxArea)) : null;
}

function comparatorAt(c: BinaryCrop): { glyph: Exclude<Glyph, "—">; end: number } | null {
  const f = firstGlyphColumns(c);
  if (!f || f.gapAfter < 1 || f.x1 >= c.width) return null;
  const r = rowsOf(c, f.x0, f.x1);
  if (!r) return null;
  const w = f.x1 - f.x0;
  const h = r.y1 - r.y0;
  const all = rowsOf(c, 0, c.width)!;
  const lineH = all.y1 - all.y0;
  if (h < 0.35 * lineH || w < 0.35 * h || w > 1.4 * h) return null;
  const bands = rowBands(c, f.x0, f.x1, r.y0, r.y1);
  if (bands.length === 2) {
    const a = band(c, f.x0, f.x1, bands[0]![0], bands[0]![1]);
    const b = band(c, f.x0, f.x1, bands[1]![0], bands[1]![1]);
    const thin = (bd: [number, number]) => bd[1] - bd[0] <= Math.max(3, 0.3 * h);
    if (a.cover > 0.8 && b.cover > 0.8 && thin(bands[0]!) && thin(bands[1]!)) return { glyph: "=", end: f.x1 };
  }
  const top = band(c, f.x0, f.x1, r.y0, r.y0 + Math.max(1, Math.round(0.18 * h)));
  const mid = band(c, f.x0, f.x1, r.y0 + Math.round(0.3 * h), r.y0 + Math.round(0.45 * h));
  // A blurred photo's chevron is thick and its arms long: its top fifth covered 0.62 of the
  // glyph's width (d-photo-p02's ≥90%). A digit's top bar (7, 5) covers nearly all of it.
  if (top.cover > 0.7 || mid.cover > 0.6) return null;
  if (top.mean < 0.4 && mid.mean > 0.6) return { glyph: "≥", end: f.x1 };
  if (top.mean > 0.6 && mid.mean < 0.4) return { glyph: "≤", end: f.x1 };
  return null;
}

/**
 * A speck is a piece of ink no larger than this share of the crop's height, squared: a fax's
 * specks left beside a glyph (a stray dot above-left of ≥ in d-fax-p05's ≥95%, read >>959%) were
 * taken for the first glyph. Every stroke of a comparator is larger.
 */
const SPECK_SHARE = 0.12;

/** A copy without the 8-connected pieces of ink of at most `maxArea` pixels. */
export function dropSpecks(c: BinaryCrop, maxArea: number): BinaryCrop {
  const { width: w, height: h } = c;
  const data = new Uint8Array(c.data);
  const seen = new Uint8Array(w * h);
  const stack: number[] = [];
  const piece: number[] = [];
  for (let start = 0; start < w * h; start++) {
    if (!data[start] || seen[start]) continue;
    piece.length = 0;
    stack.push(start);
    seen[start] = 1;
    while (stack.length > 0) {
      const i = stack.pop()!;
      piece.push(i);
      const x = i % w;
      const y = (i - x) / w;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
          const j = ny * w + nx;
          if (data[j] && !seen[j]) {
            seen[j] = 1;
            stack.push(j);
          }
        }
      }
    }
    if (piece.length <= maxArea) for (const i of piece) data[i] = 0;
  }
  return { width: w, height: h, data };
}

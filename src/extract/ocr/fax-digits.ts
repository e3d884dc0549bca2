/**
 * A fax's 5 read as 3, put right by its shape. At 150 dpi a 5's thin stem, the stroke joining its
 * top bar to its bowl, is often lost (a fax machine's threshold drops a 1-pixel stroke that
 * straddles two pixel columns): what is left is a flat bar floating over an open bowl, which both
 * models read 3 (d-fax-p01's ≥85% as ≥83%, d-fax-p06's 756 as 736). A 3 and such a 5 still differ
 * where a person looks: a 3's upper bowl comes down the right side from its top to its middle;
 * under a 5's bar the right side is empty until the bowl begins, below the middle's height.
 *
 * Only a '3' is ever changed, only into '5', only when the text's characters and the crop's
 * glyphs (runs of inked columns) pair one to one, and only when the glyph has a bar at its top
 * and nothing on its right between the bar and its middle.
 */
import { dropSpecks, rowsOf, type BinaryCrop } from "./glyphs.js";

/** Pieces of ink up to this share of the crop's ink height, squared, are specks: they make no glyph. */
const SPECK_SHARE = 0.12;

/** The bar: a row within this share of the glyph's height from its top covering … */
const BAR_ROWS = 0.3;
/** … at least this share of its width. */
const BAR_COVER = 0.6;
/** The blank row under the bar lies above this share of the glyph's height (lower, the glyph is no 5 but a bar over something). */
const GAP_BOTTOM = 0.45;

/** Columns [x0, x1) of each run of inked columns, left to right. */
function glyphColumns(c: BinaryCrop): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let x = 0; x <= c.width; x++) {
    let ink = false;
    if (x < c.width) for (let y = 0; y < c.height && !ink; y++) ink = c.data[y * c.width + x] === 1;
    if (ink && start < 0) start = x;
    if (!ink && start >= 0) {
      out.push([start, x]);
      start = -1;
    }
  }
  return out;
}

/**
 * Whether the glyph in columns [x0, x1) is a 5 whose stem was lost: a bar across its top part
 * (a stub of the stem may stand above it), then a row with no ink at all before the rest of the
 * glyph. A 3's bar runs on into its upper bowl without a break.
 */
export function isStemlessFive(c: BinaryCrop, x0: number, x1: number): boolean {
  const { y0, y1 } = inkRows(c, x0, x1);
  const h = y1 - y0;
  const w = x1 - x0;
  if (h < 6 || w < 3) return false;
  const cover = (y: number): number => {
    let n = 0;
    for (let x = x0; x < x1; x++) n += c.data[y * c.width + x]!;
    return n / w;
  };
  let y = y0;
  const barBelow = y0 + Math.round(BAR_ROWS * h);
  while (y < barBelow && cover(y) < BAR_COVER) y++;
  if (y >= barBelow) return false;
  while (y < y1 && cover(y) > 0) y++;
  // A blank row under the bar, and the rest of the glyph below it from above the middle on.
  return y < y0 + Math.round(GAP_BOTTOM * h);
}

/**
 * `text` with each 3 whose glyph is a 5 by shape made a 5; `text` itself when nothing changes or
 * the glyphs cannot be paired with its characters. `ink` is the crop's ink (1 = ink) the text was
 * read from.
 */
export function faxFives(ink: BinaryCrop, text: string): string {
  if (!text.includes("3")) return text;
  const chars = Array.from(text.replace(/\s+/g, ""));
  // Digits, points, commas, a percent sign and a comparator, nothing else.
  if (!chars.every((ch) => /[\d.,%≥≤]/u.test(ch))) return text;
  const clean = dropSpecks(ink, (SPECK_SHARE * ink.height) ** 2);
  const runs = splitTouching(clean, glyphColumns(clean), chars.filter((ch) => ch !== "." && ch !== ",").length).map(([x0, x1]) => ({ x0, x1, ...inkRows(clean, x0, x1) }));
  const height = Math.max(0, ...runs.map((r) => r.y1 - r.y0));
  // Points and commas are low and small; every other character is one tall run of columns.
  const glyphs = runs.filter((r) => r.y1 - r.y0 >= TALL_SHARE * height);
  const tall = chars.filter((ch) => ch !== "." && ch !== ",");
  if (height === 0 || glyphs.length !== tall.length) return text;
  const fives = new Set<number>();
  tall.forEach((ch, i) => {
    if (ch === "3" && isStemlessFive(clean, glyphs[i]!.x0, glyphs[i]!.x1)) fives.add(i);
  });
  if (fives.size === 0) return text;
  let k = -1;
  return chars.map((ch) => (ch === "." || ch === "," ? ch : fives.has(++k) ? "5" : ch)).join("");
}

/**
 * Runs of columns made more, up to `want`, by cutting the widest one at its column of least ink
 * within its middle half while it is wider than `SPLIT_WIDTH` times the mean pitch (the runs'
 * whole width over `want`): a fax's
 * thickened digits touch their neighbours now and then (d-fax-p06's 756, its 5 and 6).
 */
function splitTouching(c: BinaryCrop, runs: [number, number][], want: number): [number, number][] {
  const out = [...runs];
  while (out.length < want && out.length >= 1) {
    const pitch = (out[out.length - 1]![1] - out[0]![0]) / want;
    let wi = 0;
    for (let i = 1; i < out.length; i++) if (out[i]![1] - out[i]![0] > out[wi]![1] - out[wi]![0]) wi = i;
    const [a, b] = out[wi]!;
    if (b - a <= SPLIT_WIDTH * pitch) break;
    let cut = -1;
    let least = Infinity;
    for (let x = a + Math.round((b - a) / 4); x < b - Math.round((b - a) / 4); x++) {
      let n = 0;
      for (let y = 0; y < c.height; y++) n += c.data[y * c.width + x]!;
      if (n < least) [least, cut] = [n, x];
    }
    out.splice(wi, 1, [a, cut], [cut + 1, b]);
  }
  return out;
}

const SPLIT_WIDTH = 1.5;

/** A glyph is at least this share of the tallest glyph's height (a point or a comma is less). */
const TALL_SHARE = 0.5;

/** Rows [y0, y1) holding ink in columns [x0, x1); an empty band at the top when none do. */
function inkRows(c: BinaryCrop, x0: number, x1: number): { y0: number; y1: number } {
  return rowsOf(c, x0, x1) ?? { y0: 0, y1: 0 };
}

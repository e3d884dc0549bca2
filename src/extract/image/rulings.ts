/**
 * Table rulings in a binarised page: long straight runs of ink, horizontal and vertical. A run
 * is kept only when it is long (text strokes are shorter than a ruling), thin, and has paper on
 * both flanks along most of its length (a row of characters whose strokes line up does not).
 * Runs of neighbouring rows merge into one line with its thickness. The result is the same
 * Segment the PDF reader gives for a drawn line, so the same lattice builds the table.
 */
import type { Segment } from "../../layout/geometry.js";
import type { ScanSettings } from "./settings.js";
import { shared, sharedBytes, type StripPool } from "./strips.js";

/** A ruling in pixels: along its direction from `start` to `end`, centred at `pos` across it. */
export interface PixelRuling {
  orientation: "h" | "v";
  pos: number;
  start: number;
  end: number;
  thickness: number;
}

type RulingSettings = Pick<ScanSettings, "minRulingLength" | "rulingGap" | "maxRulingThickness" | "maxRulingFlankInk">;

export interface Run {
  line: number;
  start: number;
  end: number;
}

/**
 * Runs along the rows of `ink` (`lines` rows of `length`). One pixel of slack across the
 * direction (the OR of three rows) keeps a slightly slanted ruling in one run. The rows are
 * OR-ed into one buffer first and read in memory order: vertical runs are found on the page
 * turned (`transpose`), not by reading down its columns, which cost ≈ 0.3 s a page.
 */
function longRuns(ink: Uint8Array, lines: number, length: number, minLen: number, gap: number): Run[] {
  return runsRows({ ink, lines, length, minLen, gap }, 0, lines);
}

export interface RunsArgs {
  ink: Uint8Array;
  lines: number;
  length: number;
  minLen: number;
  gap: number;
}

/** `longRuns` of lines [l0, l1) (each read with its neighbours), in line order. */
export function runsRows(a: RunsArgs, l0: number, l1: number): Run[] {
  const { ink, lines, length, minLen, gap } = a;
  const runs: Run[] = [];
  const row = new Uint8Array(length);
  for (let i = l0; i < l1; i++) {
    const at = i * length;
    row.set(ink.subarray(at, at + length));
    if (i > 0) for (let j = 0, o = at - length; j < length; j++, o++) row[j]! |= ink[o]!;
    if (i + 1 < lines) for (let j = 0, o = at + length; j < length; j++, o++) row[j]! |= ink[o]!;
    let start = -1;
    let lastInk = -1;
    for (let j = 0; j <= length; j++) {
      if (j < length && row[j]) {
        if (start < 0) start = j;
        lastInk = j;
      } else if (start >= 0 && j - lastInk > gap) {
        if (lastInk - start + 1 >= minLen) runs.push({ line: i, start, end: lastInk + 1 });
        start = -1;
      }
    }
  }
  return runs;
}

/** The image turned about its diagonal: column x becomes row x. */
function transpose(ink: Uint8Array, width: number, height: number): Uint8Array {
  const out = new Uint8Array(width * height);
  transposeRows({ ink, out, width, height }, 0, height);
  return out;
}

export interface TransposeArgs {
  ink: Uint8Array;
  out: Uint8Array;
  width: number;
  height: number;
}

/** Rows [r0, r1) of the image written into their columns of the turned one. */
export function transposeRows(a: TransposeArgs, r0: number, r1: number): void {
  const { ink, out, width, height } = a;
  // In tiles, so that both reads and writes stay within a few cache lines.
  const T = 64;
  for (let y0 = r0; y0 < r1; y0 += T) {
    const y1 = Math.min(r1, y0 + T);
    for (let x0 = 0; x0 < width; x0 += T) {
      const x1 = Math.min(width, x0 + T);
      for (let y = y0; y < y1; y++) for (let x = x0, i = y * width + x0; x < x1; x++, i++) out[x * height + y] = ink[i]!;
    }
  }
}

/** Runs on consecutive lines that overlap mostly → one ruling. */
function mergeRuns(runs: Run[], orientation: "h" | "v"): PixelRuling[] {
  runs.sort((a, b) => a.start - b.start || a.line - b.line);
  const groups: { lines: number[]; start: number; end: number; lastLine: number; ink: number }[] = [];
  const open: typeof groups = [];
  for (const r of runs.sort((a, b) => a.line - b.line || a.start - b.start)) {
    let joined = false;
    for (const g of open) {
      if (g.lastLine < r.line - 1) continue;
      const ov = Math.min(g.end, r.end) - Math.max(g.start, r.start);
      if (ov > 0.5 * Math.min(g.end - g.start, r.end - r.start)) {
        g.lines.push(r.line);
        g.start = Math.min(g.start, r.start);
        g.end = Math.max(g.end, r.end);
        g.lastLine = r.line;
        g.ink += r.end - r.start;
        joined = true;
        break;
      }
    }
    if (!joined) {
      const g = { lines: [r.line], start: r.start, end: r.end, lastLine: r.line, ink: r.end - r.start };
      groups.push(g);
      open.push(g);
    }
    // Groups more than one line behind can take nothing more.
    for (let k = open.length - 1; k >= 0; k--) if (open[k]!.lastLine < r.line - 1) open.splice(k, 1);
  }
  return groups.map((g) => ({
    orientation,
    pos: g.lines.reduce((a, b) => a + b, 0) / g.lines.length,
    start: g.start,
    end: g.end,
    // Ink per unit of length: a thin ruling left slightly slanted (a residue of skew) spans many
    // lines, each over part of its length, yet is as thin as it was printed. The OR of three
    // lines widened each run by one line on either side.
    thickness: Math.max(1, Math.min(g.lines.length, g.ink / Math.max(1, g.end - g.start)) - 2),
  }));
}

/** Share of the ruling's length with ink just beyond both of its flanks. */
function flankInk(ink: Uint8Array, width: number, height: number, r: PixelRuling): number {
  const d = Math.ceil(r.thickness / 2) + 3;
  const a = Math.round(r.pos - d);
  const b = Math.round(r.pos + d);
  let both = 0;
  let n = 0;
  for (let j = r.start; j < r.end; j += 2) {
    n++;
    if (r.orientation === "h") {
      const up = a >= 0 && ink[a * width + j] === 1;
      const down = b < height && ink[b * width + j] === 1;
      if (up && down) both++;
    } else {
      const left = a >= 0 && ink[j * width + a] === 1;
      const right = b < width && ink[j * width + b] === 1;
      if (left && right) both++;
    }
  }
  return n === 0 ? 0 : both / n;
}

function rulingSizes(dpi: number, s: RulingSettings): { minLen: number; gap: number; maxThick: number } {
  const px = dpi / 72;
  return { minLen: Math.max(10, Math.round(s.minRulingLength * px)), gap: Math.max(1, Math.round(s.rulingGap * px)), maxThick: Math.max(2, s.maxRulingThickness * px) };
}

/** The runs merged into rulings, those too thick or with ink on both flanks dropped. */
function rulingsOf(hRuns: Run[], vRuns: Run[], ink: Uint8Array, width: number, height: number, maxThick: number, s: RulingSettings): PixelRuling[] {
  const h = mergeRuns(hRuns, "h");
  const v = mergeRuns(vRuns, "v");
  return [...h, ...v].filter((r) => r.thickness <= maxThick && flankInk(ink, width, height, r) <= s.maxRulingFlankInk);
}

/** Horizontal and vertical rulings of a binarised page, in pixels. */
export function findRulings(ink: Uint8Array, width: number, height: number, dpi: number, s: RulingSettings): PixelRuling[] {
  const { minLen, gap, maxThick } = rulingSizes(dpi, s);
  return rulingsOf(longRuns(ink, height, width, minLen, gap), longRuns(transpose(ink, width, height), width, height, minLen, gap), ink, width, height, maxThick, s);
}

/**
 * `findRulings` with the runs found and the page turned in bands of lines on the strip helpers
 * (./strips.ts); the bands' runs, put together in line order, are the whole pass's.
 */
export async function findRulingsSplit(ink: Uint8Array, width: number, height: number, dpi: number, s: RulingSettings, strips: StripPool): Promise<PixelRuling[]> {
  const { minLen, gap, maxThick } = rulingSizes(dpi, s);
  const src = shared(ink);
  const hRuns = (await strips.bands("runs", runsRows, { ink: src, lines: height, length: width, minLen, gap }, height, width * height)).flat();
  const turned = sharedBytes(width * height);
  await strips.rows("transpose", transposeRows, { ink: src, out: turned, width, height }, height, width);
  const vRuns = (await strips.bands("runs", runsRows, { ink: turned, lines: width, length: height, minLen, gap }, width, width * height)).flat();
  return rulingsOf(hRuns, vRuns, ink, width, height, maxThick, s);
}

/** Pixel rulings → layout segments, in the page's units (`scale` units per pixel). */
export function rulingsToSegments(rulings: readonly PixelRuling[], scale: number): Segment[] {
  return rulings.map((r) => {
    const pos = r.pos * scale;
    const a = r.start * scale;
    const b = r.end * scale;
    const lineWidth = r.thickness * scale;
    return r.orientation === "h"
      ? { x0: a, y0: pos, x1: b, y1: pos, lineWidth, kind: "stroke" as const }
      : { x0: pos, y0: a, x1: pos, y1: b, lineWidth, kind: "stroke" as const };
  });
}

/** Paints the rulings white in a copy of the ink (text that touches a ruling keeps its pixels off it). */
export function eraseRulings(ink: Uint8Array, width: number, height: number, rulings: readonly PixelRuling[]): Uint8Array {
  const out = new Uint8Array(ink);
  for (const r of rulings) {
    const half = Math.ceil(r.thickness / 2) + 1;
    const p0 = Math.max(0, Math.floor(r.pos - half));
    const p1 = Math.min(r.orientation === "h" ? height - 1 : width - 1, Math.ceil(r.pos + half));
    for (let p = p0; p <= p1; p++) {
      for (let j = r.start; j < r.end; j++) {
        if (r.orientation === "h") out[p * width + j] = 0;
        else out[j * width + p] = 0;
      }
    }
  }
  return out;
}


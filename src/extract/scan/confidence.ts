/**
 * Confidence on the Grid: each cell takes the mean confidence of the OCR words placed in it
 * (weighted by their length), and cells below the threshold are listed for a person to check.
 * Shared by the scan reader and the hOCR/ALTO reader.
 */
import type { Cell, CellSource, Grid } from "../../layout/grid.js";
import type { BBox, TextRun } from "../../layout/geometry.js";
import type { Diagnostic } from "../../schema/index.js";
import type { Lang } from "../../messages.js";
import { scanMessages } from "./messages.js";

export interface ConfidentRun extends TextRun {
  /** 0–1. */
  confidence: number;
  /** Other readings of the same text (a number read more than once). */
  alternatives?: { text: string }[];
}

function centreIn(b: BBox, c: BBox): boolean {
  const x = (b[0] + b[2]) / 2;
  const y = (b[1] + b[3]) / 2;
  return x >= c[0] && x <= c[2] && y >= c[1] && y <= c[3];
}

export function cellConfidence(cell: Cell, runsByPage: Map<number, readonly ConfidentRun[]>): number | null {
  const pieces: CellSource[] = cell.parts ?? [cell.source];
  let n = 0;
  let sum = 0;
  for (const src of pieces) {
    if (!src.bbox || src.page === undefined) continue;
    for (const r of runsByPage.get(src.page) ?? []) {
      if (!centreIn(r.bbox, src.bbox)) continue;
      const len = Math.max(1, Array.from(r.str).length);
      n += len;
      sum += len * r.confidence;
    }
  }
  return n > 0 ? Math.round((sum / n) * 1000) / 1000 : null;
}

/** Cells made of one run that was read other ways too, with those readings. */
export function cellsWithAlternatives(grid: Grid, runsByPage: Map<number, readonly ConfidentRun[]>): { cell: Cell; texts: string[] }[] {
  const out: { cell: Cell; texts: string[] }[] = [];
  for (const row of grid.rows) {
    for (const cell of row.cells) {
      const src = cell.source;
      if (cell.parts || !src.bbox || src.page === undefined) continue;
      const inside = (runsByPage.get(src.page) ?? []).filter((r) => centreIn(r.bbox, src.bbox!));
      if (inside.length !== 1 || !inside[0]!.alternatives?.length) continue;
      out.push({ cell, texts: inside[0]!.alternatives.map((a) => a.text) });
    }
  }
  return out;
}

/** Cells made of one run that can be read again (a number's cell, `OcrRun.reread`), with how. */
export function cellsWithRereads<R extends TextRun & { reread?: () => Promise<{ text: string; confidence: number }[]> }>(grid: Grid, runsByPage: Map<number, readonly R[]>): { cell: Cell; read: NonNullable<R["reread"]> }[] {
  const out: { cell: Cell; read: NonNullable<R["reread"]> }[] = [];
  for (const row of grid.rows) {
    for (const cell of row.cells) {
      const src = cell.source;
      if (cell.parts || !src.bbox || src.page === undefined) continue;
      const inside = (runsByPage.get(src.page) ?? []).filter((r) => centreIn(r.bbox, src.bbox!));
      if (inside.length !== 1 || !inside[0]!.reread) continue;
      out.push({ cell, read: inside[0]!.reread });
    }
  }
  return out;
}

function scaleBox(b: BBox, f: number): BBox {
  return [Math.round(b[0] * f * 10) / 10, Math.round(b[1] * f * 10) / 10, Math.round(b[2] * f * 10) / 10, Math.round(b[3] * f * 10) / 10];
}

export interface ConfidenceOptions {
  lowConfidence: number;
  /** Language of the messages (default zh). */
  lang?: Lang | undefined;
  /** Layout units per output unit, by page: boxes are divided by it (points → pixels); 1 keeps points. */
  scaleOf: (page: number) => number;
}

/**
 * Sets `source.confidence` on every cell read by OCR, turns boxes into output units, and returns
 * the `low-confidence` diagnostics.
 */
export function attachConfidence(grid: Grid, runsByPage: Map<number, readonly ConfidentRun[]>, o: ConfidenceOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  const toOutput = (src: CellSource): CellSource => {
    if (!src.bbox || src.page === undefined) return src;
    const f = o.scaleOf(src.page);
    return f === 1 ? src : { ...src, bbox: scaleBox(src.bbox, 1 / f) };
  };
  for (const row of grid.rows) {
    for (const cell of row.cells) {
      const conf = cellConfidence(cell, runsByPage);
      if (conf !== null) cell.source.confidence = conf;
      cell.source = toOutput(cell.source);
      if (cell.parts) cell.parts = cell.parts.map(toOutput);
      if (conf !== null && conf < o.lowConfidence && cell.text.trim()) {
        const src = cell.source;
        out.push({
          code: "low-confidence",
          severity: "warning",
          message: scanMessages(o.lang).lowConfidence(conf.toFixed(2), cell.text.length > 40 ? cell.text.slice(0, 40) + "…" : cell.text),
          source: { text: cell.text, ...(src.page !== undefined ? { page: src.page } : {}), ...(src.bbox ? { bbox: src.bbox } : {}), confidence: conf },
        });
      }
    }
  }
  return out;
}

export function toOutputBox(b: BBox, scale: number): BBox {
  return scaleBox(b, 1 / scale);
}

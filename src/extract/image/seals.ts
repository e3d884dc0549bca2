/**
 * Seals found from where seal ink was (`ColourMarks` of `./colour.ts`): grid cells with enough
 * ink, joined with their neighbours, each group large enough to be a stamp. A seal is recorded
 * as a diagnostic (page, box) so the report and the review can show it; its ink never reaches OCR.
 */
import type { ColourMarks, Ink } from "./colour.js";

export interface Seal {
  ink: Ink;
  /** Pixels of the page image as decoded: [x0, y0, x1, y1]. */
  bbox: [number, number, number, number];
}

export interface SealSettings {
  /** A grid cell with at least this share of its pixels in seal ink belongs to a mark. */
  sealCellInk: number;
  /** A mark smaller than this (points, its larger side) is a speck of colour, not a seal. */
  minSealSize: number;
}

export function sealsOf(marks: ColourMarks, dpi: number, s: SealSettings): Seal[] {
  const out: Seal[] = [];
  const { cols, rows, block } = marks;
  const minCount = s.sealCellInk * block * block;
  const minPx = (s.minSealSize / 72) * dpi;
  for (const ink of ["red", "blue"] as const) {
    const counts = marks[ink];
    const seen = new Uint8Array(cols * rows);
    for (let start = 0; start < counts.length; start++) {
      if (seen[start] || counts[start]! < minCount) continue;
      // Flood fill over cells with ink, joining diagonal neighbours and bridging one empty cell
      // (a seal's ring and its characters are apart by less than two cells).
      let x0 = Infinity, y0 = Infinity, x1 = -1, y1 = -1;
      const stack = [start];
      seen[start] = 1;
      while (stack.length) {
        const c = stack.pop()!;
        const cx = c % cols;
        const cy = (c / cols) | 0;
        x0 = Math.min(x0, cx); y0 = Math.min(y0, cy); x1 = Math.max(x1, cx); y1 = Math.max(y1, cy);
        for (let dy = -2; dy <= 2; dy++) {
          for (let dx = -2; dx <= 2; dx++) {
            const nx = cx + dx;
            const ny = cy + dy;
            if (nx < 0 || ny < 0 || nx >= cols || ny >= rows) continue;
            const k = ny * cols + nx;
            if (seen[k] || counts[k]! < minCount) continue;
            seen[k] = 1;
            stack.push(k);
          }
        }
      }
      const box: [number, number, number, number] = [x0 * block, y0 * block, (x1 + 1) * block, (y1 + 1) * block];
      if (Math.max(box[2] - box[0], box[3] - box[1]) >= minPx) out.push({ ink, bbox: box });
    }
  }
  return out;
}

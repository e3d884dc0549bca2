/**
 * Coloured marks found from where seal-coloured ink was (`ColourMarks` of `./colour.ts`): grid
 * cells with enough ink, joined with their neighbours. A group the size and shape of a stamp
 * (at least `minSealSize`, at most `maxSealAspect` times as long as it is wide: round and oval
 * seals) is a seal; a smaller or elongated one is a pen mark — a blue signature, a date or a
 * tick written on the form. Both are recorded as diagnostics (page, box) so the report and the
 * review can show them; their ink was dropped by colour and never reaches OCR or a field.
 */
import type { ColourMarks, Ink } from "./colour.js";

export interface Seal {
  /** A stamp, or a pen mark (a signature, a date, a tick). */
  kind: "seal" | "pen";
  ink: Ink;
  /** Pixels of the page image as decoded: [x0, y0, x1, y1]. */
  bbox: [number, number, number, number];
}

export interface SealSettings {
  /** A grid cell with at least this share of its pixels in seal ink belongs to a mark. */
  sealCellInk: number;
  /** A mark smaller than this (points, its larger side) is no seal … */
  minSealSize: number;
  /** … nor one longer than this many times its width (a signature is 3–5 times). */
  maxSealAspect: number;
  /** A mark smaller than this (points) is a speck of colour, not recorded. */
  minPenMark: number;
}

export function sealsOf(marks: ColourMarks, dpi: number, s: SealSettings): Seal[] {
  const out: Seal[] = [];
  const { cols, rows, block } = marks;
  const minCount = s.sealCellInk * block * block;
  const minPx = (s.minSealSize / 72) * dpi;
  const minPenPx = (s.minPenMark / 72) * dpi;
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
      const long = Math.max(box[2] - box[0], box[3] - box[1]);
      const short = Math.min(box[2] - box[0], box[3] - box[1]);
      if (long >= minPx && long <= s.maxSealAspect * short) out.push({ kind: "seal", ink, bbox: box });
      else if (long >= minPenPx) out.push({ kind: "pen", ink, bbox: box });
    }
  }
  // A seal's star or characters apart from its ring make a group of their own: inside a seal's
  // box, a smaller mark of the same ink is part of it.
  const seals = out.filter((m) => m.kind === "seal");
  return out.filter((m) => m.kind === "seal" || !seals.some((q) => q.ink === m.ink && inside(m.bbox, q.bbox)));
}

function inside(a: Seal["bbox"], b: Seal["bbox"]): boolean {
  return a[0] >= b[0] && a[1] >= b[1] && a[2] <= b[2] && a[3] <= b[3];
}

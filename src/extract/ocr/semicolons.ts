/**
 * A comma read where the page's ink holds a semicolon. On a 150 dpi fax a ；'s dot is a speck of
 * two to four pixels over its comma; the fax cleaner keeps such a pair and says where it stands
 * (`despeckle`, ../image/fax.ts), but chi_sim still reads most of them ， (d-fax-p01's actual
 * goals: eight ； kept on the page, two read ；). Tesseract says where it put each symbol: a ， or
 * `,` whose box holds one of those pairs is read ；. The ink decides, not the text: a clause's
 * separator may be either, and a text that reads every separator ， does not say which were ；.
 */
import type { OcrLine, OcrReading } from "./recognise.js";

/** A box on the page read, pixels: x0, y0, x1, y1. */
export type InkBox = readonly [number, number, number, number];

const COMMA = new Set(["，", ","]);

/**
 * `reading` with each comma whose box (mapped to the page by `toPage`) holds a semicolon of
 * `marks` read ；; the same object when none does. A mark is matched to at most one comma: the
 * nearest, its centre within half a line's height of the comma's centre across and inside the
 * line's height down (punctuation stands an em apart, so no two commas share a mark).
 */
export function semicolonsByInk(reading: OcrReading, toPage: (x: number, y: number) => [number, number], marks: readonly InkBox[]): OcrReading {
  if (marks.length === 0) return reading;
  const used = new Set<number>();
  let changed = false;
  const lines = reading.lines.map((l): OcrLine => {
    const chars = Array.from(l.text);
    if (!l.boxes || l.boxes.length !== chars.length) return l;
    const lineH = l.bbox[3] - l.bbox[1];
    let lineChanged = false;
    chars.forEach((ch, i) => {
      const box = l.boxes![i];
      if (!COMMA.has(ch) || !box) return;
      const [cx, cy] = toPage((box[0] + box[2]) / 2, (box[1] + box[3]) / 2);
      let best = -1;
      let bestD = Infinity;
      marks.forEach((m, k) => {
        if (used.has(k)) return;
        const dx = Math.abs((m[0] + m[2]) / 2 - cx);
        const dy = Math.abs((m[1] + m[3]) / 2 - cy);
        if (dx <= lineH / 2 && dy <= lineH && dx < bestD) {
          best = k;
          bestD = dx;
        }
      });
      if (best < 0) return;
      used.add(best);
      chars[i] = "；";
      lineChanged = true;
    });
    if (!lineChanged) return l;
    changed = true;
    return { ...l, text: chars.join("") };
  });
  if (!changed) return reading;
  return { ...reading, lines, text: lines.map((l) => l.text).join("\n") };
}

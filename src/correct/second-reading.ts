/**
 * A Chinese character read unsure, settled by the cell's second reading (a fax's short cells,
 * read again at the scan's own resolution: src/extract/ocr/second-reading.ts). Tesseract at 300
 * dpi reads surely many characters it read unsure at 150 (经必 → 经费, 设备完好府 → 完好率), but alone
 * it misreads others surely too, so the second reading must agree with the first around the
 * doubt: it is the same words read again, not other words.
 *
 * A character is changed only when all of this holds:
 * - it was read below `UNSURE` and is Chinese, and the second reading put another Chinese
 *   character at its place, at `SECOND_SURE` or more and surer than the first;
 * - each neighbour read surely the first time is read the same the second time (the place is
 *   the same and so are the words around it);
 * - what it becomes is neither neighbour (a box seen one character off reads its neighbour).
 * Otherwise it stays as read.
 */
import type { SecondChar } from "../extract/ocr/second-reading.js";

/** The rule's own account of what it confirms (as the audit's rules say `confirmsReadings`). */
export const secondReadingRule = {
  id: "ocr-second-reading",
  confirms: "characters",
  evidence: ["the cell read again at the scan's own resolution, sure of another character at the doubted one's place, with the same sure neighbours"],
} as const;

/** Below this a character is in doubt (the twins' threshold: ./characters.ts). */
const UNSURE = 0.9;
/** The second reading must be at least this sure of its character. */
export const SECOND_SURE = 0.9;
/** A neighbour read at least this surely the first time must be read the same the second. */
const SURE_NEIGHBOUR = 0.9;

const CJK = /[\u3400-\u9fff]/u;

/** The character the second reading settles place `i` with, or null. */
export function secondReadingFix(chars: readonly string[], conf: readonly number[], second: readonly (SecondChar | null)[], i: number): string | null {
  const s = second[i];
  const c = chars[i]!;
  if (!s || conf[i]! >= UNSURE || !CJK.test(c) || !CJK.test(s.text) || s.text === c) return null;
  if (s.confidence < SECOND_SURE || s.confidence <= conf[i]!) return null;
  for (const j of [i - 1, i + 1]) {
    if (j < 0 || j >= chars.length) continue;
    if (s.text === chars[j]) return null;
    if (conf[j]! >= SURE_NEIGHBOUR && second[j]?.text !== chars[j]) return null;
  }
  return s.text;
}

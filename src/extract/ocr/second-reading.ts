/**
 * A second reading of a fax cell's doubted characters. chi_sim reads a fax's crops brought down
 * to 150 dpi (it misreads digits at 300); a Chinese character it reads there below 0.9 it often
 * reads surely, and right, in the same crop at the enlarged page's own 300 dpi (d-fax-p01/p05/p06,
 * the 52 short cells with a doubted character: 经必 → 经费, 设备完好府 → 完好率, 问题响应时疗 → 时间,
 * 达到预期自标 → 目标, 汽染物 → 污染物). Read at 300 dpi on its own it misreads others surely (in
 * long goal texts 童 → 章, 此 → 些, 香 → 家: 12 of 37 such changes wrong), so the reading is taken
 * here only beside the first, character by character at the same place on the crop, and the
 * correct stage decides (src/correct/second-reading.ts). Short one-line readings only (a wrapped
 * cell's lines laid end to end are one): in cells of up to 12 characters the second reading was
 * wrong once in 15 changes (inside a label the snap takes anyway), and with the rule's checks it
 * took 4 right and none wrong in cells of 13–21; goal texts are where it failed. They are few
 * (≈ 7 a fax page), so the extra reads stay a small part of a page's time (+6 % of its CPU).
 */
import type { OcrLine, OcrReading } from "./recognise.js";

/** What the second reading put where a character of the first stands. */
export interface SecondChar {
  text: string;
  /** 0–1. */
  confidence: number;
}

/** A character read below this is in doubt (as the correct stage's twins: src/correct/characters.ts). */
export const SECOND_READING_BELOW = 0.9;
/** Longest reading read a second time: names, labels, short verdicts and a project name with its year. */
export const SECOND_READING_MAX_CHARS = 16;
/** A second reading's symbol stands where a first's does when they share this much of the wider one's width. */
const SAME_PLACE = 0.5;

const CJK = /[\u3400-\u9fff]/u;

/** A one-line reading worth reading again: short, with a Chinese character read unsure. */
export function wantsSecondReading(line: OcrLine): boolean {
  const chars = Array.from(line.text);
  if (chars.length > SECOND_READING_MAX_CHARS || !line.chars || !line.boxes || line.chars.length !== chars.length) return false;
  return chars.some((c, i) => CJK.test(c) && line.chars![i]! < SECOND_READING_BELOW);
}

/**
 * For each character of `first`, the symbol of `second` standing at its place (horizontal
 * overlap of at least half the wider box; one line: the crop's rows are the same), or null.
 * Both readings' boxes are in the crop's pixels (`OcrLine.boxes`), whatever scale each read it at.
 * A second reading with another number of characters read other words (参与人员满意度 read 作品
 * first and 参5人员汪总庶 again): nothing is paired.
 */
export function pairByPlace(first: OcrLine, second: OcrReading): (SecondChar | null)[] {
  const count = Array.from(first.text).length;
  if (second.lines.reduce((n, l) => n + Array.from(l.text).length, 0) !== count) return Array.from({ length: count }, () => null);
  const theirs: { text: string; confidence: number; box: readonly [number, number, number, number] }[] = [];
  for (const l of second.lines) {
    const chars = Array.from(l.text);
    chars.forEach((text, i) => {
      const box = l.boxes?.[i];
      if (box && l.chars?.[i] !== undefined) theirs.push({ text, confidence: l.chars[i]!, box });
    });
  }
  return Array.from(first.text).map((_, i) => {
    const box = first.boxes?.[i];
    if (!box) return null;
    let best: SecondChar | null = null;
    let bestShare = 0;
    for (const t of theirs) {
      const overlap = Math.min(box[2], t.box[2]) - Math.max(box[0], t.box[0]);
      const share = overlap / Math.max(box[2] - box[0], t.box[2] - t.box[0], 1);
      if (share > bestShare) {
        bestShare = share;
        best = { text: t.text, confidence: t.confidence };
      }
    }
    return bestShare >= SAME_PLACE ? best : null;
  });
}

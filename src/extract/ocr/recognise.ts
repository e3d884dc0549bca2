/**
 * One crop → its text lines with boxes and a confidence, through the shared worker pool.
 * Numeric-looking text is read a second time restricted to digits, and the surer reading wins.
 */
import { pad, toPgm, type GrayImage } from "../image/gray.js";
import type { OcrPool } from "./tesseract.js";

export interface OcrLine {
  text: string;
  /** In the crop's pixels (before padding). */
  bbox: [number, number, number, number];
  /** 0–1. */
  confidence: number;
}

export interface OcrReading {
  lines: OcrLine[];
  text: string;
  confidence: number;
  /** The other reading when a numeric cell was read twice and the readings differ. */
  alternative?: { text: string; confidence: number };
}

export interface RecogniseOptions {
  psm: string;
  dpi: number;
  /** White border added around the crop, pixels. */
  padding?: number;
  whitelist?: string;
}

const PAD = 12;

interface TWord {
  text: string;
  confidence: number;
}
interface TLine {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
  words: TWord[];
}
interface TPage {
  text: string;
  confidence: number;
  blocks: { paragraphs: { lines: TLine[] }[] }[] | null;
}

/** Tesseract writes spaces between CJK characters; they carry no meaning there. */
export function tidyOcrText(s: string): string {
  return s
    .replace(/\s+/g, " ")
    .replace(/(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]) (?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\d])/gu, "")
    .replace(/(?<=[\d]) (?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])/gu, "")
    .trim();
}

/** Mean word confidence (0–1), each word weighted by its length. */
function lineConfidence(words: TWord[], fallback: number): number {
  let n = 0;
  let sum = 0;
  for (const w of words) {
    const len = Math.max(1, Array.from(w.text.trim()).length);
    n += len;
    sum += len * w.confidence;
  }
  return (n > 0 ? sum / n : fallback) / 100;
}

export async function recognise(pool: OcrPool, img: GrayImage, opts: RecogniseOptions): Promise<OcrReading> {
  const p = opts.padding ?? PAD;
  const params: Record<string, string> = {
    tessedit_pageseg_mode: opts.psm,
    tessedit_char_whitelist: opts.whitelist ?? "",
    user_defined_dpi: String(Math.round(opts.dpi)),
  };
  const image = toPgm(pad(img, p));
  const res = await pool.run(params, (w) => w.recognize(image, {}, { text: true, blocks: true }));
  const page = res.data as unknown as TPage;
  const lines: OcrLine[] = [];
  for (const b of page.blocks ?? []) {
    for (const para of b.paragraphs) {
      for (const l of para.lines) {
        const text = tidyOcrText(l.text);
        if (!text) continue;
        lines.push({
          text,
          bbox: [Math.max(0, l.bbox.x0 - p), Math.max(0, l.bbox.y0 - p), Math.max(0, l.bbox.x1 - p), Math.max(0, l.bbox.y1 - p)],
          confidence: lineConfidence(l.words, l.confidence),
        });
      }
    }
  }
  const text = lines.map((l) => l.text).join("\n");
  let n = 0;
  let sum = 0;
  for (const l of lines) {
    const len = Math.max(1, Array.from(l.text).length);
    n += len;
    sum += len * l.confidence;
  }
  return { lines, text, confidence: n > 0 ? sum / n : 0 };
}

/** Text that is a number, or a number with the usual OCR confusions (l for 1, O for 0). */
const NUMERIC_LIKE = /^[\s\d.,，。%％\-—lIiOoSsBZz|:：;；'’]+$/u;

export function looksNumeric(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 24 && NUMERIC_LIKE.test(t) && /\d/.test(t);
}

export const DIGIT_WHITELIST = "0123456789.,%-";

/**
 * Reads a crop; when the text looks numeric, reads it again with the digit whitelist and keeps
 * the surer of the two readings (the other as `alternative`).
 */
export async function recogniseCell(pool: OcrPool, img: GrayImage, opts: RecogniseOptions & { numericReread: boolean; psmLine: string; sure?: number }): Promise<OcrReading> {
  const first = await recognise(pool, img, opts);
  if (!opts.numericReread || !looksNumeric(first.text) || first.lines.length > 1) return first;
  // A clean number read with confidence needs no second look.
  if (/^\d[\d.,]*%?$/.test(first.text.replace(/\s+/g, "")) && first.confidence >= (opts.sure ?? 0.88)) return first;
  const digits = await recognise(pool, img, { ...opts, psm: opts.psmLine, whitelist: DIGIT_WHITELIST });
  const a = first.text.replace(/\s+/g, "");
  const b = digits.text.replace(/\s+/g, "");
  if (!b) return first;
  if (a === b) return { ...first, confidence: Math.max(first.confidence, digits.confidence) };
  const pick = digits.confidence >= first.confidence || !/^[\d.,%-]+$/.test(a) ? digits : first;
  const other = pick === digits ? first : digits;
  return { ...pick, alternative: { text: other.text, confidence: other.confidence } };
}

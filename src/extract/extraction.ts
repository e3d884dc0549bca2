import type { Grid } from "../layout/grid.js";
import type { Limits } from "../limits/limits.js";
import type { Lang } from "../messages.js";
import type { Diagnostic, InputKind } from "../schema/index.js";

/** What a reader hands the pipeline: a Grid (null when nothing could be read) and what it noticed. */
export interface Extraction {
  grid: Grid | null;
  /** The kind the reader settled on (a PDF without a text layer becomes `pdf-scan`). */
  kind: InputKind;
  pages: number | null;
  diagnostics: Diagnostic[];
  /**
   * OCR only: other readings of cells read more than once, by where the cell is (page and box in
   * output units, as in `sources`). Not part of the JSON: the arithmetic check weighs them.
   */
  ocrAlternatives?: OcrAlternatives[];
  /**
   * OCR only: each character's confidence in cells read in one piece, by page and box (output
   * units). Not part of the JSON: the correct stage settles unsure characters with them.
   */
  ocrCharacters?: OcrCharacters[];
  /**
   * OCR only: number cells that can be read again other ways, by page and box (output units),
   * made only when asked. The correct stage asks for the numbers its arithmetic check doubts on
   * a form whose sums fail (src/correct/reread.ts). Not part of the JSON.
   */
  ocrRereads?: OcrReread[];
  /**
   * Text only: the same input read as the shapes it was not taken for (made when asked). The
   * pipeline weighs them when the first reading places next to nothing.
   */
  otherReadings?: () => Array<{ label: string; grid: Grid }>;
}

export interface OcrAlternatives {
  page: number;
  bbox: [number, number, number, number];
  texts: string[];
}

export interface OcrReread {
  page: number;
  bbox: [number, number, number, number];
  /** The cell's other readings (clean numbers; the value as read may be among them). */
  read: () => Promise<{ text: string; confidence: number }[]>;
}

export interface OcrCharacters {
  page: number;
  bbox: [number, number, number, number];
  /** The cell's text as read. */
  text: string;
  /** 0–1, one per code point of `text`. */
  confidences: number[];
  /**
   * A fax's short cell read again at the scan's own resolution: what that reading put at each
   * character's place (null: nothing), one per code point of `text` (../extract/ocr/second-reading.ts).
   */
  second?: ({ text: string; confidence: number } | null)[];
}

export { defaultLimits, type Limits } from "../limits/limits.js";

export interface ReaderContext {
  limits: Limits;
  password?: string | undefined;
  /** Folder for per-page layout pictures. */
  debugLayout?: string | undefined;
  /** The path as given, for messages. */
  path: string;
  /**
   * Aborts when the input's time limit has passed: the pipeline no longer waits for the reader,
   * which should stop and release what it holds (pdf.js documents, OCR jobs).
   */
  signal?: AbortSignal | undefined;
  /** Language of the reader's messages for people (Chinese when absent); codes do not change. */
  lang?: Lang | undefined;
}

/** One reader per input kind: bytes → Grid. A reader knows nothing about the form. */
export type Reader = (bytes: Uint8Array, ctx: ReaderContext) => Promise<Extraction> | Extraction;

export function failedExtraction(kind: InputKind, code: string, message: string): Extraction {
  return { grid: null, kind, pages: null, diagnostics: [{ code, severity: "error", message }] };
}

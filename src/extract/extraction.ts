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
  /**
   * Text only, as the text reader hands it on: the text and its readings in the shapes its lines
   * allow. Which shape the text is, and where a line that holds a whole form flattened is cut
   * into rows, needs the form's labels: reconstruct/text-rows decides them and sets `grid` and
   * `otherReadings` (the reader leaves `grid` null).
   */
  text?: TextReadings;
}

/**
 * The shapes text comes in (docs/stages.md): cells parted by tabs or Markdown pipes, one cell
 * a line, one row a line with cells parted by spaces (linear) or by nothing (run-together), and a
 * PDF's text in drawing order (layout-ordered).
 */
export type TextShape = "tab" | "markdown" | "cell-per-line" | "linear" | "run-together" | "layout-ordered";

/** The shapes the text reader reads alone; a layout-ordered dump is rebuilt by the template (reconstruct/text-rows). */
export type ReaderShape = Exclude<TextShape, "layout-ordered">;

/**
 * A line long enough to hold a whole form flattened (a document site's preview), cut where its
 * rows start: each piece, and whether its cells are parted by spaces (`spaces`) or ran together
 * (`none`). Null when the line holds no form's rows and stays one line.
 */
export type LineCutter = (line: string) => Array<{ text: string; boundaries: "none" | "spaces" }> | null;

/**
 * The form's words a reading of table text weighs, given by the stage that knows the template
 * (reconstruct/text-rows/table-words.ts): the reader holds none of its own.
 */
export interface TableWords {
  /** Heads of the column that numbers a table's rows (序号), folded as patternKey folds a cell. */
  numberHeads: readonly string[];
  /** A column head that holds a value's unit apart from it (度量单位), in either script, found anywhere in the text. */
  unitColumn: RegExp;
  /** What a target's nature column prints alone (定性, 定量), where a comparator stands for a measured target. */
  natures: readonly string[];
}

/** How to read a text's lines: where a long line's rows start, and the form's words the reading weighs. */
export interface LineReading {
  cut?: LineCutter | undefined;
  /** Absent: no table numbers its rows, none holds units apart, no nature stands alone. */
  words?: TableWords | undefined;
}

/** What the text reader hands on for reconstruct/text-rows: the text, what its lines tell, its readings. */
export interface TextReadings {
  /** The text as read: decoded, NULs, zero-width characters, left markup and pinyin taken out. */
  text: string;
  /** Its lines that hold more than white space, as they stand. */
  lines: readonly string[];
  /** The shape the text's own separators tell (tabs, pipes between cells), or null when they tell none. */
  separated: "tab" | "markdown" | null;
  /** Does (nearly) every cell stand in a paragraph of its own, an empty line after each? */
  paragraphs(): boolean;
  /** The lines as a dump printed them, trimmed, two cells read across put back one after the other (twin-lines.ts). */
  dumpLines(): string[];
  /**
   * The text read in a shape, the page's wrapper cells dropped. `how.cut` says where the rows of a
   * long line start (linear and run-together text); without it every line is one row. `how.words`
   * are the form's words the pipe and line readings weigh (numbered rows, unit columns).
   */
  read(shape: ReaderShape, how?: LineReading): Grid;
  /** A Grid read from the text's lines elsewhere (a layout-ordered dump), the wrapper cells dropped. */
  withoutWrapper(grid: Grid): Grid;
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

import type { Grid } from "../layout/grid.js";
import type { Diagnostic, InputKind } from "../schema/index.js";

/** What a reader hands the pipeline: a Grid (null when nothing could be read) and what it noticed. */
export interface Extraction {
  grid: Grid | null;
  /** The kind the reader settled on (a PDF without a text layer becomes `pdf-scan`). */
  kind: InputKind;
  pages: number | null;
  diagnostics: Diagnostic[];
}

export interface Limits {
  /** Largest input read, in bytes. */
  maxBytes: number;
  /** Most pages read from one PDF or TIFF. */
  maxPages: number;
  /** Most pixels in one page image. */
  maxPixels: number;
  /** Longest time one input may take, in milliseconds. */
  timeoutMs: number;
}

export const defaultLimits: Limits = {
  maxBytes: 200 * 1024 * 1024,
  maxPages: 500,
  maxPixels: 60_000_000,
  timeoutMs: 10 * 60 * 1000,
};

export interface ReaderContext {
  limits: Limits;
  password?: string | undefined;
  /** Folder for per-page layout pictures. */
  debugLayout?: string | undefined;
  /** The path as given, for messages. */
  path: string;
}

/** One reader per input kind: bytes → Grid. A reader knows nothing about the form. */
export type Reader = (bytes: Uint8Array, ctx: ReaderContext) => Promise<Extraction> | Extraction;

export function failedExtraction(kind: InputKind, code: string, message: string): Extraction {
  return { grid: null, kind, pages: null, diagnostics: [{ code, severity: "error", message }] };
}

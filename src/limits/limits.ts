/**
 * What one input may cost. Every limit has a default that no real form comes near (a form is a
 * few pages, a few hundred cells, a few thousand characters) and can be raised per call
 * (`ParseOptions.limits`) or on the command line. Going past one is a `limit-exceeded`
 * diagnostic, never a crash.
 */
export interface Limits {
  /** Largest input read, in bytes. */
  maxBytes: number;
  /** Most pages read from one PDF or TIFF. */
  maxPages: number;
  /** Most pixels in one page image (and in one image a PDF declares). */
  maxPixels: number;
  /** Longest time one input may take, in milliseconds. */
  timeoutMs: number;
  /** Most cells in the table a reader hands on (all pages, all sheets). */
  maxCells: number;
  /** Most characters of text in one input (decoded text, or all cells together). */
  maxTextLength: number;
}

export const defaultLimits: Limits = {
  maxBytes: 200 * 1024 * 1024,
  maxPages: 500,
  maxPixels: 60_000_000,
  timeoutMs: 10 * 60 * 1000,
  maxCells: 200_000,
  maxTextLength: 2_000_000,
};

/** Bounds derived from the limits or too fine-grained to be options. */
export const limitSettings = {
  /**
   * A cell longer than this many characters is cut (with a warning). The longest cell of a real
   * form (a goal written out in full) is a few thousand; a single line of megabytes is not a
   * form, and reading run-together text costs time in proportion to a cell's length.
   */
  maxCellLength: 10_000,
  /**
   * Bytes one PDF stream may inflate to: a page image at `maxPixels` with four samples a pixel,
   * and never less than this floor (content streams of long tables run to a few MB).
   */
  streamBytesPerPixel: 4,
  minStreamBytes: 64 * 1024 * 1024,
  /** Bytes before a PDF `stream` keyword searched for its dictionary. */
  pdfDictWindow: 4096,
} as const;

/** The limits for one call: the defaults, with what the caller set (undefined entries ignored). */
export function resolveLimits(partial: Partial<Limits> | undefined): Limits {
  const out: Limits = { ...defaultLimits };
  for (const [k, v] of Object.entries(partial ?? {}) as [keyof Limits, number | undefined][]) {
    if (typeof v === "number" && !Number.isNaN(v) && v > 0) out[k] = v;
  }
  return out;
}

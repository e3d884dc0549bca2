/**
 * Every threshold of the sandwich-PDF path (page images under an invisible OCR text layer), named.
 * `docs/pdf.md` says how each was chosen.
 */
import type { SandwichDetectSettings } from "./sandwich-detect.js";

export interface SandwichSettings extends SandwichDetectSettings {
  /**
   * Least share of the template's core labels (label-quality.ts) the text layer must contain for
   * it to be read; below it the layer is poor and the page images go through jixiao's own OCR.
   * A layer that lost one core label in four has also lost values beside them (measured on the
   * ocrmypdf fixtures: layers at 0.5–0.7 had garbage in the fund and indicator cells).
   */
  minLabelShare: number;
  /** Least share of a document's text-bearing pages that must be sandwiches for the document to be one. */
  minSandwichPages: number;
}

export const SANDWICH_SETTINGS: SandwichSettings = {
  minInvisibleShare: 0.9,
  minImageCover: 0.8,
  minLabelShare: 0.8,
  minSandwichPages: 0.5,
};

export function sandwichSettings(input: Partial<SandwichSettings> = {}): SandwichSettings {
  return { ...SANDWICH_SETTINGS, ...input };
}

import type { LineCutter } from "../../extract/extraction.js";
import { cutFlattenedLine } from "./spaced-cuts.js";
import { formRowsFrom, inTemplateOrder, labelsStandApart, partsCellsBySpaces, piecesWithSpaces, withoutInnerSpaces } from "./cell-spaced.js";

/**
 * The cutter the text reader asks about each long line of linear or run-together text
 * (extract/text/stream.ts readLines): a whole form flattened onto one line (a document site's
 * preview) is cut where its rows start (spaced-cuts.ts, flattened-form.ts), its page number already
 * gone. Its cells ran together, and its spaces are where the page wrapped a cell, not separators;
 * but a line whose spaces part its cells (cell-spaced.ts) keeps them in the form's rows, read as
 * linear rows, where the rows open on their labels standing apart in the template's order.
 */
export const cutLongLine: LineCutter = (line) => {
  const cut = cutFlattenedLine(line);
  if (cut.length <= 1) return null;
  const spaced = partsCellsBySpaces(line) ? piecesWithSpaces(line, cut) : null;
  const from = spaced ? formRowsFrom(spaced) : 0;
  if (spaced && labelsStandApart(spaced.slice(from)) && inTemplateOrder(spaced.slice(from))) {
    return cut.map((p, k) => (k < from ? { text: p, boundaries: "none" } : { text: withoutInnerSpaces(spaced[k]!), boundaries: "spaces" }));
  }
  return cut.map((p) => ({ text: p, boundaries: "none" }));
};

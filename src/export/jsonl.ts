import type { FormReview } from "../correct/apply.js";
import type { Document } from "../schema/index.js";
import { reviewSummary } from "./review-columns.js";

/** One Document a line, keys in schema order, so a whole import can be streamed into tools that read JSON Lines. */
export function jsonlLine(doc: Document): string {
  return JSON.stringify(doc) + "\n";
}

/**
 * A line of `export --format jsonl`: the Document with, after its own keys, `review` — each
 * form's status and the values people corrected (an optional key readers of Documents ignore;
 * the corrections themselves are also in `sources[path].corrected`).
 */
export function jsonlReviewedLine(doc: Document, review: readonly FormReview[]): string {
  const forms = doc.forms.map((f, i) => {
    const { corrections, ...status } = reviewSummary(f, review[i]);
    return { ...status, corrections: corrections.map(({ field: _, ...c }) => c) };
  });
  return JSON.stringify({ ...doc, review: forms }) + "\n";
}

export function serialiseJsonl(docs: readonly Document[]): string {
  return docs.map(jsonlLine).join("");
}

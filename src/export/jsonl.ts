import type { Document } from "../schema/index.js";

/** One Document a line, keys in schema order, so a whole import can be streamed into tools that read JSON Lines. */
export function jsonlLine(doc: Document): string {
  return JSON.stringify(doc) + "\n";
}

export function serialiseJsonl(docs: readonly Document[]): string {
  return docs.map(jsonlLine).join("");
}

import type { Document } from "../schema/index.js";

/**
 * JSON as the contract promises: two-space indentation, keys in schema order (the Documents are
 * built and validated in that order), a final newline; JSONL one Document a line.
 */
export function serialiseDocuments(docs: readonly Document[], format: "json" | "jsonl"): string {
  if (format === "jsonl") return docs.map((d) => JSON.stringify(d)).join("\n") + (docs.length ? "\n" : "");
  return JSON.stringify(docs, null, 2) + "\n";
}

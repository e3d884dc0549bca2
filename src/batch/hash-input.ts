import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { detectKind } from "../detect-kind.js";
import type { InputKind } from "../schema/index.js";
import { batchSettings } from "./settings.js";

export interface HashedInput {
  sha256: string;
  /** The kind told from the first bytes; the worker's Document has the final word (pdf → pdf-scan). */
  kind: InputKind;
  bytes: number;
}

/** Streams a file through SHA-256 (the name of its Document) without holding it whole. */
export async function hashInput(path: string): Promise<HashedInput> {
  const hash = createHash("sha256");
  const head: Buffer[] = [];
  let headLength = 0;
  let bytes = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
    if (headLength < batchSettings.sniffBytes) {
      head.push(chunk.subarray(0, batchSettings.sniffBytes - headLength));
      headLength += Math.min(chunk.length, batchSettings.sniffBytes - headLength);
    }
  }
  return { sha256: hash.digest("hex"), kind: detectKind(Buffer.concat(head)), bytes };
}

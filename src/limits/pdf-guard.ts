/**
 * Checks a PDF's streams before pdf.js opens it. pdf.js inflates a stream whole, with no bound,
 * and decodes an image at the size its dictionary declares: a few KB of nested FlateDecode can
 * ask for gigabytes. Every stream is found by its `stream` keyword (not through the xref, which
 * a hostile file controls), its FlateDecode chain inflated with a cap, and every image
 * dictionary's /Width × /Height compared with the pixel limit.
 *
 * Costs one bounded inflation of each Flate stream (native zlib; a typical form takes
 * milliseconds). Streams that fail to inflate are left for pdf.js to judge.
 */
import { constants, inflateRawSync, inflateSync } from "node:zlib";
import { limitSettings, type Limits } from "./limits.js";

export type PdfProblem =
  | { kind: "stream"; maxBytes: number }
  | { kind: "image"; width: number; height: number; maxPixels: number };

export function streamBudget(limits: Pick<Limits, "maxPixels">): number {
  return Math.max(limitSettings.minStreamBytes, limits.maxPixels * limitSettings.streamBytesPerPixel);
}

const STREAM = Buffer.from("stream");
const ENDSTREAM = Buffer.from("endstream");

/** The first problem found, or null. */
export function checkPdf(bytes: Uint8Array, limits: Pick<Limits, "maxPixels">): PdfProblem | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const budget = streamBudget(limits);
  let at = buf.indexOf(STREAM, 0);
  while (at >= 0) {
    // "endstream" contains "stream": skip it.
    if (at >= 3 && buf[at - 3] === 0x65 && buf[at - 2] === 0x6e && buf[at - 1] === 0x64) {
      at = buf.indexOf(STREAM, at + STREAM.length);
      continue;
    }
    let start = at + STREAM.length;
    if (buf[start] === 0x0d) start++;
    if (buf[start] === 0x0a) start++;
    const end = buf.indexOf(ENDSTREAM, start);
    const stop = end < 0 ? buf.length : end;
    const dict = dictionaryBefore(buf, at);
    const image = /\/Subtype\s*\/Image\b/.test(dict) ? declaredSize(dict) : null;
    if (image && image.width * image.height > limits.maxPixels) return { kind: "image", ...image, maxPixels: limits.maxPixels };
    const flates = flateChain(dict);
    if (flates > 0 && inflatesPast(buf.subarray(start, stop), flates, budget)) return { kind: "stream", maxBytes: budget };
    at = end < 0 ? -1 : buf.indexOf(STREAM, end + ENDSTREAM.length);
  }
  return null;
}

/** The text of the object around a stream keyword: back to the object's `obj`, within a window. */
function dictionaryBefore(buf: Buffer, at: number): string {
  const from = Math.max(0, at - limitSettings.pdfDictWindow);
  const text = buf.subarray(from, at).toString("latin1");
  const obj = text.lastIndexOf(" obj");
  return obj >= 0 ? text.slice(obj) : text;
}

function declaredSize(dict: string): { width: number; height: number } | null {
  const w = /\/Width\s+(\d+)\b(?!\s+\d+\s+R)/.exec(dict);
  const h = /\/Height\s+(\d+)\b(?!\s+\d+\s+R)/.exec(dict);
  if (!w || !h) return null;
  return { width: Number(w[1]), height: Number(h[1]) };
}

/** How many FlateDecode filters lead the stream's filter chain (a bomb may nest them). */
function flateChain(dict: string): number {
  const m = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dict);
  if (!m) return 0;
  const names = m[1]!.match(/\/[A-Za-z0-9]+/g) ?? [];
  let n = 0;
  for (const name of names) {
    if (name !== "/FlateDecode" && name !== "/Fl") break;
    n++;
  }
  return n;
}

/** True when inflating `times` times passes `budget` bytes at some stage. */
function inflatesPast(data: Uint8Array, times: number, budget: number): boolean {
  let cur: Uint8Array = data;
  for (let i = 0; i < times; i++) {
    try {
      cur = inflateLenient(cur, budget);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || err instanceof RangeError) return true;
      return false;
    }
  }
  return false;
}

/** zlib first, raw deflate when the header is missing (pdf.js accepts both); a cut stream gives what it holds. */
function inflateLenient(data: Uint8Array, budget: number): Uint8Array {
  const opts = { maxOutputLength: budget, finishFlush: constants.Z_SYNC_FLUSH };
  try {
    return inflateSync(data, opts);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || err instanceof RangeError) throw err;
    return inflateRawSync(data, opts);
  }
}

/**
 * Checks a PDF's streams before pdf.js opens it. pdf.js inflates a stream whole, with no bound,
 * and decodes an image at the size its dictionary declares: a few KB of nested FlateDecode can
 * ask for gigabytes. Every stream is found by its `stream` keyword (not through the xref, which
 * a hostile file controls), its FlateDecode chain inflated with a cap, and every image
 * dictionary's /Width × /Height compared with the pixel limit.
 *
 * Costs one bounded inflation of each Flate stream (native zlib; a typical form takes
 * milliseconds). A damaged stream is judged by the most it could inflate to, since pdf.js reads
 * on past damage that stops zlib.
 */
import { Unzlib } from "fflate";
import { constants, inflateSync } from "node:zlib";
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

/** True when inflating `times` times passes `budget` bytes at some stage, or could. */
function inflatesPast(data: Uint8Array, times: number, budget: number): boolean {
  let cur: Uint8Array = data;
  for (let i = 0; i < times; i++) {
    const r = inflateBounded(cur, budget);
    if (r === "over") return true;
    if (r.damaged) {
      // pdf.js decodes damaged deflate data on past the point zlib stops (it does not check
      // distances, for one), so what it makes of the rest cannot be known here: only bounded, by
      // the most deflate can expand, for this filter and every one nested in it.
      const worst = cur.length * MAX_DEFLATE_RATIO ** (times - i);
      return worst > budget;
    }
    if (r.out.length === 0) return false;
    cur = r.out;
  }
  return false;
}

/** Deflate's largest expansion: a 258-byte match coded in two bits. */
const MAX_DEFLATE_RATIO = 1032;

/**
 * A stream inflated up to `budget` bytes ("over" past it); `damaged` when the data is invalid
 * (not merely cut short), with what came before the damage.
 */
function inflateBounded(data: Uint8Array, budget: number): { out: Uint8Array; damaged: boolean } | "over" {
  try {
    return { out: inflateSync(data, { maxOutputLength: budget, finishFlush: constants.Z_SYNC_FLUSH }), damaged: false };
  } catch (err) {
    if (tooLarge(err)) return "over";
  }
  // zlib gives nothing back on an error: inflate again in small steps, keeping the output before it.
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const stream = new Unzlib((chunk) => {
    total += chunk.length;
    if (total > budget) {
      over = true;
      throw new RangeError("over budget");
    }
    chunks.push(chunk);
  });
  for (let i = 0; i < data.length && !over; i += INFLATE_STEP) {
    try {
      stream.push(data.subarray(i, i + INFLATE_STEP), false);
    } catch {
      break;
    }
  }
  if (over) return "over";
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return { out, damaged: true };
}

/** Bytes handed to the step-by-step inflater at a time: what an error can hide is at most this much input. */
const INFLATE_STEP = 4096;

function tooLarge(err: unknown): boolean {
  return (err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || err instanceof RangeError;
}

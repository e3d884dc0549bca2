/**
 * Decoding the bytes of a text input: UTF-8, UTF-16 (with or without a BOM) or GB18030
 * (which covers GBK and GB2312), with line endings normalised to `\n`.
 */
import iconv from "iconv-lite";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  bomStripped: boolean;
}

/** How many bytes the heuristics look at. */
const SAMPLE = 64 * 1024;

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

function bomOf(bytes: Uint8Array): { encoding: TextEncoding; length: number } | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: "utf-8", length: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: "utf-16le", length: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: "utf-16be", length: 2 };
  if (startsWith(bytes, [0x84, 0x31, 0x95, 0x33])) return { encoding: "gb18030", length: 4 };
  return null;
}

/** Characters expected in the text of a form: ASCII, Latin, punctuation, math, CJK, full-width forms. */
function plausibleShare(s: string): number {
  if (s.length === 0) return 1;
  let ok = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (
      c === 0x09 ||
      c === 0x0a ||
      c === 0x0d ||
      c === 0x0c ||
      (c >= 0x20 && c <= 0x7e) ||
      (c >= 0xa0 && c <= 0x24f) ||
      (c >= 0x2000 && c <= 0x2bff) ||
      (c >= 0x3000 && c <= 0x30ff) ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xffef) ||
      c === 0xfeff
    ) {
      ok++;
    }
  }
  return ok / s.length;
}

/**
 * UTF-16 without a BOM: NULs in the bytes (ASCII characters of UTF-16 text have one), and one
 * byte order decodes to plausible text. The order whose NULs are most common is tried first.
 */
function utf16ByNuls(bytes: Uint8Array): TextEncoding | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 2) return null;
  // Nearly every file has no NUL at all: one native search instead of a loop over the bytes.
  if (bytes.subarray(0, n).indexOf(0) < 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const nuls = even + odd;
  if (nuls < Math.max(2, (n / 2) * 0.01)) return null;
  const order: TextEncoding[] = odd >= even ? ["utf-16le", "utf-16be"] : ["utf-16be", "utf-16le"];
  const sample = bytes.subarray(0, n);
  for (const enc of order) {
    const text = decodeAs(sample, enc);
    if (badShare(text) <= BAD_LIMIT && plausibleShare(text) >= 0.9) return enc;
  }
  return null;
}

const utf8Fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder("utf-16le", { ignoreBOM: true });
const utf16be = new TextDecoder("utf-16be", { ignoreBOM: true });

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8Fatal.decode(bytes);
  } catch {
    return null;
  }
}

function decodeAs(bytes: Uint8Array, encoding: TextEncoding): string {
  switch (encoding) {
    case "utf-8":
      return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    case "utf-16le":
      return utf16le.decode(bytes);
    case "utf-16be":
      return utf16be.decode(bytes);
    case "gb18030":
      return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "gb18030");
  }
}

function normaliseLineEndings(s: string): string {
  return s.replace(/\r\n?/gu, "\n");
}

/**
 * Decodes text bytes. Detection, in order: a BOM (UTF-8, UTF-16 LE/BE, GB18030); UTF-16
 * without a BOM (many NULs, nearly all at even or all at odd offsets); valid UTF-8; else
 * GB18030. The BOM is removed (`bomStripped`), and `\r\n` and `\r` become `\n`.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bomOf(bytes);
  if (bom) {
    const text = decodeAs(bytes.subarray(bom.length), bom.encoding);
    return { text: normaliseLineEndings(text), encoding: bom.encoding, bomStripped: true };
  }
  const u16 = utf16ByNuls(bytes);
  if (u16) return { text: normaliseLineEndings(decodeAs(bytes, u16)), encoding: u16, bomStripped: false };
  const u8 = tryUtf8(bytes);
  if (u8 !== null) return { text: normaliseLineEndings(u8), encoding: "utf-8", bomStripped: false };
  let text = decodeAs(bytes, "gb18030");
  let bomStripped = false;
  if (text.startsWith("\uFEFF")) {
    text = text.slice(1);
    bomStripped = true;
  }
  return { text: normaliseLineEndings(text), encoding: "gb18030", bomStripped };
}

function hasBinarySignature(bytes: Uint8Array): boolean {
  for (const sig of BINARY_SIGNATURES) {
    if (sig.length === 2 && sig[0] === 0x42) {
      // "BM" starts ordinary text too; a BMP header also has its size and a zero reserved field.
      if (startsWith(bytes, sig) && bytes.length >= 14 && bytes[6] === 0 && bytes[7] === 0 && bytes[8] === 0 && bytes[9] === 0) return true;
      continue;
    }
    if (startsWith(bytes, sig)) return true;
  }
  return false;
}

/**
 * `looksBinary(bytes) ? null : decodeText(bytes)`, decoding the bytes once in the common case
 * (UTF-8 without a BOM or NULs, which nearly every input is) instead of twice.
 */
export function decodeUnlessBinary(bytes: Uint8Array): DecodedText | null {
  if (bytes.length === 0) return { text: "", encoding: "utf-8", bomStripped: false };
  if (hasBinarySignature(bytes)) return null;
  const sample = bytes.subarray(0, SAMPLE);
  if (!bomOf(sample) && sample.indexOf(0) < 0) {
    const u8 = tryUtf8(bytes);
    // The same test as looksBinary's: bad characters in (about) the first sample of the text.
    if (u8 !== null) return badShare(u8, SAMPLE) > BAD_LIMIT ? null : { text: normaliseLineEndings(u8), encoding: "utf-8", bomStripped: false };
  }
  return looksBinary(bytes) ? null : decodeText(bytes);
}

/** File signatures of formats that are not text. */
const BINARY_SIGNATURES: ReadonlyArray<readonly number[]> = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x50, 0x4b, 0x03, 0x04], // ZIP (docx, xlsx)
  [0x50, 0x4b, 0x05, 0x06], // empty ZIP
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // OLE (doc, xls)
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x49, 0x49, 0x2a, 0x00], // TIFF LE
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF BE
  [0x42, 0x4d], // BMP — checked with more below
  [0x1f, 0x8b], // gzip
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
  [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], // RAR
  [0x7f, 0x45, 0x4c, 0x46], // ELF
];

/** The characters badShare counts as bad, and any surrogate (a pair is good, a lone one bad: the loop tells). */
const MAYBE_BAD = /[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd\ud800-\udfff]/;

/** Share of characters that text does not contain: C0/C1 controls other than white space, U+FFFD, lone surrogates. */
export function badShare(s: string, maxChars = s.length): number {
  if (s.length === 0) return 0;
  const end = Math.min(s.length, maxChars);
  // Nearly every text holds none of them: one search of a character class (3x cheaper than the
  // loop, measured) settles that; only a text with a candidate (a surrogate, paired or not) is counted.
  if (end > 0 && !MAYBE_BAD.test(end < s.length ? s.slice(0, end) : s)) return 0;
  let bad = 0;
  let total = 0;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    total++;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
      bad++;
      continue;
    }
    if (
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) ||
      (c >= 0x7f && c <= 0x9f) ||
      c === 0xfffd ||
      (c >= 0xdc00 && c <= 0xdfff)
    ) {
      bad++;
    }
  }
  return bad / total;
}

/** NULs a text may hold (one per this many bytes, at least one) before it is taken as binary. */
const MAX_NUL_SHARE = 1 / 1000;

function countNuls(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0); i >= 0; i = bytes.indexOf(0, i + 1)) n++;
  return n;
}

/** Above this share of bad characters, the bytes are not text in that encoding. */
const BAD_LIMIT = 0.02;

/**
 * Whether bytes are not text: a known binary signature (PDF, PNG, ZIP, OLE, JPEG, …), NULs in
 * what is not UTF-16, or a high share of control characters / invalid sequences in every
 * candidate encoding. Empty input is text.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  if (hasBinarySignature(bytes)) return true;
  const sample = bytes.subarray(0, SAMPLE);
  const bom = bomOf(sample);
  if (bom) return badShare(decodeAs(sample.subarray(bom.length), bom.encoding)) > BAD_LIMIT;
  const u16 = utf16ByNuls(sample);
  if (u16) return badShare(decodeAs(sample, u16)) > BAD_LIMIT;
  // A stray NUL or two (a converter's bug) does not make a text binary; many do.
  if (countNuls(sample) > Math.max(1, sample.length * MAX_NUL_SHARE)) return true;
  // A sample cut in the middle of a UTF-8 sequence is still UTF-8: try dropping up to 3 bytes.
  const cuts = sample.length === bytes.length ? [0] : [0, 1, 2, 3];
  for (const cut of cuts) {
    const u8 = tryUtf8(sample.subarray(0, sample.length - cut));
    if (u8 !== null) return badShare(u8) > BAD_LIMIT;
  }
  return badShare(decodeAs(sample, "gb18030")) > BAD_LIMIT;
}

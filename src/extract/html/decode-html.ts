/**
 * Decoding a web page by the charset it declares (a BOM, `<meta charset>`, or the `http-equiv`
 * Content-Type), before any guessing: a GB2312 page read as UTF-8 would still "decode", wrongly.
 * Pages that declare nothing go to the generic text decoder (UTF-8, UTF-16 or GB18030 by content).
 */
import iconv from "iconv-lite";
import { decodeText } from "../text/decode.js";

/** How far into the page a declaration is looked for (the HTML standard says 1024 bytes; saved pages put comments first). */
const SNIFF_BYTES = 4096;

/** GB2312 and GBK are subsets of GB18030, and pages labelled with one often use characters of the larger sets. */
const ALIASES: Record<string, string> = {
  gb2312: "gb18030",
  gbk: "gb18030",
  "x-gbk": "gb18030",
  cp936: "gb18030",
  "euc-cn": "gb18030",
  "iso-ir-58": "gb18030",
  chinese: "gb18030",
  gb18030: "gb18030",
  utf8: "utf-8",
  "utf-8": "utf-8",
  "unicode-1-1-utf-8": "utf-8",
  "big5-hkscs": "big5hkscs",
};

function bomCharset(bytes: Uint8Array): { charset: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: "utf-8", skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: "utf-16le", skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: "utf-16be", skip: 2 };
  return null;
}

/** The charset the page declares in its markup, normalised to an iconv-lite name; null when none (or unknown). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString("latin1");
  const metas = head.match(/<meta\b[^>]*>/gi) ?? [];
  for (const m of metas) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(m);
    if (direct) {
      const name = normaliseCharset(direct[1]!);
      if (name) return name;
    }
  }
  // An XML declaration (XHTML) may carry it too.
  const xml = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return xml ? normaliseCharset(xml[1]!) : null;
}

function normaliseCharset(label: string): string | null {
  const l = label.trim().toLowerCase();
  const name = ALIASES[l] ?? l;
  // A page saved as UTF-16 cannot declare UTF-16 in ASCII-readable markup; a claim to be UTF-16 found that way is wrong.
  if (name.startsWith("utf-16")) return null;
  return iconv.encodingExists(name) ? name : null;
}

export interface DecodedHtml {
  text: string;
  charset: string;
  /** Where the charset came from. */
  by: "bom" | "declared" | "guessed";
}

export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const bom = bomCharset(bytes);
  if (bom) return { text: iconv.decode(Buffer.from(bytes.subarray(bom.skip)), bom.charset), charset: bom.charset, by: "bom" };
  const declared = declaredCharset(bytes);
  if (declared) return { text: iconv.decode(Buffer.from(bytes), declared), charset: declared, by: "declared" };
  const d = decodeText(bytes);
  return { text: d.text, charset: d.encoding, by: "guessed" };
}

import { isOle, oleKind, readOle } from "./extract/office/ole.js";
import { isZip, zipNames } from "./extract/office/zip.js";
import type { InputKind } from "./schema/index.js";

/** What an OOXML package is, by its member names (`word/document.xml`, `xl/workbook.xml`). */
function zipKind(bytes: Uint8Array): InputKind {
  const names = zipNames(bytes);
  if (names) {
    if (names.some((n) => n.startsWith("word/"))) return "docx";
    if (names.some((n) => n.startsWith("xl/"))) return "xlsx";
  }
  // No readable central directory: the local headers at the start may still tell.
  const all = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 65536))).toString("latin1");
  if (all.includes("word/")) return "docx";
  if (all.includes("xl/")) return "xlsx";
  return "docx";
}

/**
 * What an OLE compound file is, by its stream names: `WordDocument` (.doc, .wps) or `Workbook`
 * (.xls). An encrypted OOXML package (`EncryptionInfo`) does not say whether it is a document or
 * a workbook; it is reported as `docx` and both readers say it is encrypted.
 */
function oleInputKind(bytes: Uint8Array): InputKind {
  const ole = readOle(bytes);
  const kind = ole ? oleKind(ole) : "unknown";
  return kind === "xls" ? "xls" : kind === "encrypted-ooxml" ? "docx" : "doc";
}

/** The start of a page once BOM, white space, comments and an XML declaration are skipped. */
function markupStart(head: Uint8Array): string {
  let s: string;
  if (head[0] === 0xff && head[1] === 0xfe) s = Buffer.from(head.subarray(2)).toString("utf16le");
  else if (head[0] === 0xfe && head[1] === 0xff) s = Buffer.from(head.subarray(2)).swap16().toString("utf16le");
  else s = Buffer.from(head).toString("latin1").replace(/^\xef\xbb\xbf/, "");
  for (;;) {
    const t = s.replace(/^\s+/, "");
    const m = /^(<!--[\s\S]*?-->|<\?xml[^>]*>)/.exec(t);
    if (!m) return t.toLowerCase();
    s = t.slice(m[0].length);
  }
}

/** Tells an input's kind by its content (magic bytes), not by its file name. */
export function detectKind(bytes: Uint8Array): InputKind {
  const head = Buffer.from(bytes.subarray(0, 1024));
  const ascii = head.toString("latin1");
  if (ascii.slice(0, 1024).includes("%PDF-")) return "pdf";
  if (head[0] === 0x89 && ascii.startsWith("\x89PNG")) return "image";
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return "image";
  if (ascii.startsWith("II*\0") || ascii.startsWith("MM\0*")) return "image";
  if (isZip(bytes)) return zipKind(bytes);
  if (isOle(bytes) || ascii.startsWith("\xd0\xcf\x11\xe0")) return oleInputKind(bytes);
  const lower = ascii.toLowerCase();
  if (/ocr_page|ocrx_word|ocr-system/.test(lower)) return "hocr";
  if (/<alto[\s>]/.test(lower)) return "alto";
  const even = bytes.length > 2 && (bytes[0] === 0xff || bytes[0] === 0xfe) ? Buffer.from(bytes.subarray(0, 2048)) : head;
  if (/^(<!doctype html|<html|<table|<meta|<head[\s>]|<body)/.test(markupStart(even))) return "html";
  return "text";
}

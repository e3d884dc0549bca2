import type { InputKind } from "./schema/index.js";

/** Tells an input's kind by its content (magic bytes), not by its file name. */
export function detectKind(bytes: Uint8Array): InputKind {
  const head = Buffer.from(bytes.subarray(0, 1024));
  const ascii = head.toString("latin1");
  if (ascii.slice(0, 1024).includes("%PDF-")) return "pdf";
  if (head[0] === 0x89 && ascii.startsWith("\x89PNG")) return "image";
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return "image";
  if (ascii.startsWith("II*\0") || ascii.startsWith("MM\0*")) return "image";
  if (ascii.startsWith("PK\x03\x04")) {
    const all = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 65536))).toString("latin1");
    if (all.includes("word/")) return "docx";
    if (all.includes("xl/")) return "xlsx";
    return "docx";
  }
  if (ascii.startsWith("\xd0\xcf\x11\xe0")) return "doc";
  const lower = ascii.toLowerCase();
  if (/ocr_page|ocrx_word|ocr-system/.test(lower)) return "hocr";
  if (/<alto[\s>]/.test(lower)) return "alto";
  if (/^\s*(<!doctype html|<html|<table|<meta)/.test(lower.replace(/^\ufeff/, ""))) return "html";
  return "text";
}

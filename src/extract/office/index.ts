/**
 * The readers of web pages and office files, by input kind (registered in ../readers.ts).
 * Each is loaded on first use: their libraries (ExcelJS alone takes ~0.4 s to load) would
 * otherwise slow the start of every command and every worker thread, whatever the input.
 */
import type { InputKind } from "../../schema/index.js";
import type { Reader } from "../extraction.js";

export const officeReaders = {
  html: async (bytes, ctx) => (await import("../html/read-html.js")).readHtmlInput(bytes, ctx),
  docx: async (bytes, ctx) => (await import("../docx/read-docx.js")).readDocxInput(bytes, ctx),
  xlsx: async (bytes, ctx) => (await import("../xlsx/read-xlsx.js")).readXlsxInput(bytes, ctx),
  doc: async (bytes, ctx) => (await import("./legacy.js")).readLegacyInput(bytes, ctx, "doc"),
  xls: async (bytes, ctx) => (await import("./legacy.js")).readLegacyInput(bytes, ctx, "xls"),
} satisfies Partial<Record<InputKind, Reader>>;

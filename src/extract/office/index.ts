/** The readers of web pages and office files, by input kind (registered in ../readers.ts). */
import type { InputKind } from "../../schema/index.js";
import type { Reader } from "../extraction.js";
import { readDocxInput } from "../docx/read-docx.js";
import { readHtmlInput } from "../html/read-html.js";
import { readXlsxInput } from "../xlsx/read-xlsx.js";
import { readLegacyInput } from "./legacy.js";

export const officeReaders = {
  html: readHtmlInput,
  docx: readDocxInput,
  xlsx: readXlsxInput,
  doc: (bytes, ctx) => readLegacyInput(bytes, ctx, "doc"),
  xls: (bytes, ctx) => readLegacyInput(bytes, ctx, "xls"),
} satisfies Partial<Record<InputKind, Reader>>;

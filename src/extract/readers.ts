import type { InputKind } from "../schema/index.js";
import type { Reader } from "./extraction.js";
import { officeReaders } from "./office/index.js";
import { readPdfInput } from "./pdf-input.js";
import { readTextInput } from "./text/read-text.js";

/** The reader for each input kind. Add a kind by adding its reader here. */
export const readers: Partial<Record<InputKind, Reader>> = {
  text: (bytes, ctx) => readTextInput(bytes, ctx.lang),
  pdf: readPdfInput,
  html: officeReaders.html,
  docx: officeReaders.docx,
  xlsx: officeReaders.xlsx,
  doc: officeReaders.doc,
  xls: officeReaders.xls,
  image: async (bytes, ctx) => (await import("./scan/index.js")).readImage(bytes, ctx),
  "pdf-scan": async (bytes, ctx) => (await import("./scan/index.js")).readScannedPdf(bytes, ctx),
  hocr: async (bytes, ctx) => (await import("./hocr/index.js")).readHocr(bytes, ctx),
  alto: async (bytes, ctx) => (await import("./hocr/index.js")).readAlto(bytes, ctx),
};

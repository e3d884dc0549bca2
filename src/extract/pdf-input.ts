import type { Extraction, ReaderContext } from "./extraction.js";

/** PDF → Grid. Until the PDF reader lands, a clear diagnostic. */
export async function readPdfInput(_bytes: Uint8Array, _ctx: ReaderContext): Promise<Extraction> {
  return {
    grid: null,
    kind: "pdf",
    pages: null,
    diagnostics: [{ code: "unsupported-input", severity: "error", message: "PDF 读取尚未接入" }],
  };
}

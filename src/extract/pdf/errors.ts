/**
 * What can go wrong reading a PDF, as typed values: fatal problems are thrown as `PdfReadError`;
 * conditions that still leave a reading (no text layer, page limit) are reported on it.
 */
import type { Diagnostic } from "../../schema/index.js";

export type PdfErrorKind =
  /** The file is encrypted and no password (or an empty one) opened it. */
  | "encrypted"
  /** A password was given and it is wrong. */
  | "wrong-password"
  /** The file starts like a PDF but its structure cannot be read. */
  | "damaged"
  /** The bytes are not a PDF at all. */
  | "not-a-pdf";

export class PdfReadError extends Error {
  override readonly name = "PdfReadError";
  constructor(
    readonly kind: PdfErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export type PdfCondition =
  /** No page carries text: an image-only (scanned) PDF, for the scan path. */
  | { kind: "no-text-layer"; pages: number }
  /** The document has more pages than `maxPages`; only the first `maxPages` were read. */
  | { kind: "limit-exceeded"; pageCount: number; maxPages: number };

const MESSAGES: Record<PdfErrorKind | PdfCondition["kind"], { zh: string; en: string }> = {
  encrypted: { zh: "PDF 已加密，需要密码（--password）", en: "the PDF is encrypted and needs a password (--password)" },
  "wrong-password": { zh: "PDF 密码不正确", en: "the PDF password is incorrect" },
  damaged: { zh: "PDF 文件已损坏，无法读取", en: "the PDF is damaged and cannot be read" },
  "not-a-pdf": { zh: "文件不是 PDF", en: "the file is not a PDF" },
  "no-text-layer": { zh: "PDF 没有文字层（扫描件），需要文字识别", en: "the PDF has no text layer (a scan) and needs OCR" },
  "limit-exceeded": { zh: "PDF 页数超过上限，只读取了前面的页", en: "the PDF has more pages than the limit; only the first pages were read" },
};

/** The contract's diagnostic for a fatal read error or a reading condition. */
export function pdfDiagnostic(problem: PdfReadError | PdfCondition, lang: "zh" | "en" = "zh"): Diagnostic {
  const kind = problem.kind;
  const base = MESSAGES[kind][lang];
  switch (kind) {
    case "encrypted":
    case "wrong-password":
      return { code: "encrypted", severity: "error", message: base };
    case "damaged":
    case "not-a-pdf":
      return { code: "unreadable-file", severity: "error", message: base };
    case "no-text-layer":
      return { code: "no-text-layer", severity: "error", message: base };
    case "limit-exceeded": {
      const c = problem as Extract<PdfCondition, { kind: "limit-exceeded" }>;
      const detail = lang === "zh" ? `（共 ${c.pageCount} 页，上限 ${c.maxPages} 页）` : ` (${c.pageCount} pages, limit ${c.maxPages})`;
      return { code: "limit-exceeded", severity: "warning", message: base + detail };
    }
  }
}

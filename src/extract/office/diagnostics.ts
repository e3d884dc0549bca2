/** The diagnostics of the office and web readers, in the contract's codes. */
import type { Diagnostic, InputKind } from "../../schema/index.js";
import type { Extraction } from "../extraction.js";
import type { ZipError } from "./zip.js";

const NAMES: Partial<Record<InputKind, string>> = { docx: "Word 文档", xlsx: "Excel 工作簿", doc: "Word 文档", xls: "Excel 工作簿", html: "网页" };

export function encryptedDiagnostic(kind: InputKind): Diagnostic {
  return {
    code: "encrypted",
    severity: "error",
    message: `${NAMES[kind] ?? "文件"}设有密码保护（已加密），无法读取；请在原程序中去除密码后另存再试`,
  };
}

export function damagedDiagnostic(kind: InputKind, detail: string): Diagnostic {
  return { code: "unreadable-file", severity: "error", message: `${NAMES[kind] ?? "文件"}已损坏，无法读取（${detail}）` };
}

export function limitDiagnostic(detail: string, severity: "error" | "warning" = "error"): Diagnostic {
  return { code: "limit-exceeded", severity, message: `超出读取上限：${detail}` };
}

export function zipFailure(kind: InputKind, err: ZipError): Extraction {
  const p = err.problem;
  const d = p.kind === "encrypted" ? encryptedDiagnostic(kind) : p.kind === "limit-exceeded" ? limitDiagnostic(`解压后过大（${p.detail}）`) : damagedDiagnostic(kind, p.detail);
  return { grid: null, kind, pages: null, diagnostics: [d] };
}

export function failure(kind: InputKind, d: Diagnostic): Extraction {
  return { grid: null, kind, pages: null, diagnostics: [d] };
}

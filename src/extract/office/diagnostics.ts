/** The diagnostics of the office and web readers, in the contract's codes. */
import type { Lang } from "../../messages.js";
import type { Diagnostic, InputKind } from "../../schema/index.js";
import type { Extraction } from "../extraction.js";
import { kindName, officeMessages } from "./messages.js";
import type { ZipError } from "./zip.js";

export function encryptedDiagnostic(kind: InputKind, lang: Lang = "zh"): Diagnostic {
  return { code: "encrypted", severity: "error", message: officeMessages(lang).encrypted(kindName(kind, lang)) };
}

export function damagedDiagnostic(kind: InputKind, detail: string, lang: Lang = "zh"): Diagnostic {
  return { code: "unreadable-file", severity: "error", message: officeMessages(lang).damaged(kindName(kind, lang), detail) };
}

export function limitDiagnostic(detail: string, severity: "error" | "warning" = "error", lang: Lang = "zh"): Diagnostic {
  return { code: "limit-exceeded", severity, message: officeMessages(lang).limit(detail) };
}

export function zipFailure(kind: InputKind, err: ZipError, lang: Lang = "zh"): Extraction {
  const p = err.problem;
  const d =
    p.kind === "encrypted"
      ? encryptedDiagnostic(kind, lang)
      : p.kind === "limit-exceeded"
        ? limitDiagnostic(officeMessages(lang).inflatesTooLarge(p.detail), "error", lang)
        : damagedDiagnostic(kind, p.detail, lang);
  return { grid: null, kind, pages: null, diagnostics: [d] };
}

export function failure(kind: InputKind, d: Diagnostic): Extraction {
  return { grid: null, kind, pages: null, diagnostics: [d] };
}

/** Word .docx → Grid, through `word/document.xml` (or wherever the package's relationships put the main part). */
import type { Extraction, ReaderContext } from "../extraction.js";
import { damagedDiagnostic, encryptedDiagnostic, failure, limitDiagnostic, zipFailure } from "../office/diagnostics.js";
import { readLegacyInput } from "../office/legacy.js";
import { isOle, oleKind, readOle } from "../office/ole.js";
import { officeSettings } from "../office/settings.js";
import { attrOf, kids, parseXml, tagOf } from "../office/xml.js";
import { isZip, readZip, utf8, ZipError, zipLimits, zipNames } from "../office/zip.js";
import { documentXmlToRows } from "./docx-grid.js";

const OFFICE_DOCUMENT = /\/officeDocument$/;

/** The main part named by `_rels/.rels`, else the usual name. */
export function mainPartName(relsXml: string | undefined, fallback: string): string {
  if (!relsXml) return fallback;
  try {
    for (const root of parseXml(relsXml)) {
      for (const r of kids(root)) {
        if (tagOf(r) !== "Relationship") continue;
        const type = attrOf(r, "Type") ?? "";
        const target = attrOf(r, "Target");
        if (OFFICE_DOCUMENT.test(type) && target) return target.replace(/^\//, "");
      }
    }
  } catch {
    /* a damaged .rels: the usual name */
  }
  return fallback;
}

/** For a package that is an OLE file: encrypted OOXML, or a legacy binary read through conversion. */
export async function oleFallback(bytes: Uint8Array, ctx: ReaderContext, kind: "docx" | "xlsx"): Promise<Extraction> {
  const ole = readOle(bytes);
  const k = ole ? oleKind(ole) : "unknown";
  if (k === "encrypted-ooxml") return failure(kind, encryptedDiagnostic(kind));
  if (k === "doc" || k === "xls") return readLegacyInput(bytes, ctx, k);
  return failure(kind, damagedDiagnostic(kind, "不是 Office 文件"));
}

export async function readDocxInput(bytes: Uint8Array, ctx: ReaderContext): Promise<Extraction> {
  if (isOle(bytes)) return oleFallback(bytes, ctx, "docx");
  if (!isZip(bytes)) return failure("docx", damagedDiagnostic("docx", "不是 zip 压缩包"));
  try {
    const limits = zipLimits(ctx.limits.maxBytes);
    const names = zipNames(bytes) ?? [];
    const rels = readZip(bytes, (n) => n === "_rels/.rels", limits).get("_rels/.rels");
    let main = mainPartName(rels ? utf8(rels) : undefined, "word/document.xml");
    if (!names.includes(main)) main = "word/document.xml";
    const part = readZip(bytes, (n) => n === main, limits).get(main);
    if (!part) return failure("docx", damagedDiagnostic("docx", `缺少 ${main}`));
    const { rows, truncated } = documentXmlToRows(utf8(part));
    const diagnostics = truncated ? [limitDiagnostic(`文档超过 ${officeSettings.maxRows} 行，只读取了前面部分`, "warning")] : [];
    return { grid: { rows, rowsKnown: true, pages: null }, kind: "docx", pages: null, diagnostics };
  } catch (err) {
    if (err instanceof ZipError) return zipFailure("docx", err);
    return failure("docx", damagedDiagnostic("docx", (err as Error).message));
  }
}

/** Word .docx → Grid, through `word/document.xml` (or wherever the package's relationships put the main part). */
import type { Extraction, ReaderContext } from "../extraction.js";
import { damagedDiagnostic, encryptedDiagnostic, failure, limitDiagnostic, zipFailure } from "../office/diagnostics.js";
import { readLegacyInput } from "../office/legacy.js";
import { officeMessages } from "../office/messages.js";
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
  const lang = ctx.lang ?? "zh";
  if (k === "encrypted-ooxml") return failure(kind, encryptedDiagnostic(kind, lang));
  if (k === "doc" || k === "xls") return readLegacyInput(bytes, ctx, k);
  return failure(kind, damagedDiagnostic(kind, officeMessages(lang).notOffice, lang));
}

export async function readDocxInput(bytes: Uint8Array, ctx: ReaderContext): Promise<Extraction> {
  if (isOle(bytes)) return oleFallback(bytes, ctx, "docx");
  const lang = ctx.lang ?? "zh";
  const msg = officeMessages(lang);
  if (!isZip(bytes)) return failure("docx", damagedDiagnostic("docx", msg.notZip, lang));
  try {
    const limits = zipLimits(ctx.limits.maxBytes);
    const names = zipNames(bytes) ?? [];
    const rels = readZip(bytes, (n) => n === "_rels/.rels", limits).get("_rels/.rels");
    let main = mainPartName(rels ? utf8(rels) : undefined, "word/document.xml");
    if (!names.includes(main)) main = "word/document.xml";
    const part = readZip(bytes, (n) => n === main, limits).get(main);
    if (!part) return failure("docx", damagedDiagnostic("docx", msg.missingPart(main), lang));
    const { rows, truncated } = documentXmlToRows(utf8(part));
    const diagnostics = truncated ? [limitDiagnostic(msg.docxRows(officeSettings.maxRows), "warning", lang)] : [];
    return { grid: { rows, rowsKnown: true, pages: null }, kind: "docx", pages: null, diagnostics };
  } catch (err) {
    if (err instanceof ZipError) return zipFailure("docx", err, lang);
    return failure("docx", damagedDiagnostic("docx", (err as Error).message, lang));
  }
}

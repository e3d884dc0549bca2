/** An exceljs cell value → the text the spreadsheet shows. */
import { formatDate, formatGeneral, formatNumber } from "./number-format.js";

type RichText = { richText: { text: string }[] };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

export function displayText(value: unknown, numFmt: string | undefined, date1904 = false): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return formatNumber(value, numFmt, { date1904 });
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : formatDate(value, numFmt);
  if (isObject(value)) {
    if (Array.isArray((value as RichText).richText)) return (value as RichText).richText.map((r) => r.text ?? "").join("");
    if ("result" in value || "formula" in value || "sharedFormula" in value) return displayText(value.result, numFmt, date1904);
    if ("error" in value) return String(value.error ?? "");
    if ("text" in value) return displayText(value.text, numFmt, date1904);
  }
  return typeof value === "bigint" ? formatGeneral(Number(value)) : "";
}

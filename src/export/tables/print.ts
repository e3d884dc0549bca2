/**
 * A query result for people (an aligned table, Chinese characters counted two columns wide as a
 * terminal shows them) or for programs (CSV with the export's quoting and formula guard; JSON,
 * an array of objects).
 */
import { csvRow } from "../csv.js";
import type { QueryResult, QueryValue } from "./query.js";

export type QueryFormat = "table" | "csv" | "json";

function text(v: QueryValue): string {
  if (v === null) return "NULL";
  return typeof v === "object" ? JSON.stringify(v) : String(v);
}

/** Terminal columns a string takes: East Asian wide and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd) ? 2 : 1;
  }
  return w;
}

const pad = (s: string, w: number, right: boolean) => (right ? " ".repeat(w - displayWidth(s)) + s : s + " ".repeat(w - displayWidth(s)));

/** Line breaks inside a value would break the table's rows: shown as ⏎. */
const oneLine = (s: string) => s.replace(/\r\n|\r|\n/g, "⏎");

export function formatTable(r: QueryResult, lang: "zh" | "en" = "zh"): string {
  const cells = r.rows.map((row) => row.map((v) => oneLine(text(v))));
  const widths = r.columns.map((c, j) => Math.max(displayWidth(c), ...cells.map((row) => displayWidth(row[j]!))));
  const numeric = r.rows.length ? r.columns.map((_, j) => r.rows.every((row) => row[j] === null || typeof row[j] === "number")) : r.columns.map(() => false);
  const line = (vals: string[], isHead: boolean) => vals.map((v, j) => pad(v, widths[j]!, !isHead && numeric[j]!)).join(" │ ").trimEnd() + "\n";
  const rule = widths.map((w) => "─".repeat(w)).join("─┼─") + "\n";
  const count = lang === "en" ? `(${r.rows.length} row${r.rows.length === 1 ? "" : "s"})\n` : `（${r.rows.length} 行）\n`;
  return line(r.columns, true) + rule + cells.map((c) => line(c, false)).join("") + count;
}

export function formatCsv(r: QueryResult): string {
  return csvRow(r.columns) + r.rows.map((row) => csvRow(row.map((v) => (v !== null && typeof v === "object" ? JSON.stringify(v) : v)))).join("");
}

export function formatJson(r: QueryResult): string {
  return JSON.stringify(r.rows.map((row) => Object.fromEntries(r.columns.map((c, j) => [c, row[j]]))), null, 2) + "\n";
}

export function formatResult(r: QueryResult, format: QueryFormat, lang: "zh" | "en" = "zh"): string {
  return format === "csv" ? formatCsv(r) : format === "json" ? formatJson(r) : formatTable(r, lang);
}

/**
 * The cell model of the paper form (form-table.ts, department-table.ts): a cell knows the JSON
 * Pointers it shows, so findings are placed on it before any HTML is written.
 */
import type { Form } from "../schema/index.js";
import { formatNumber } from "./format.js";

export interface TableCell {
  /** JSON Pointers (relative to the Form) this cell shows; the first is its own. */
  paths: string[];
  text: string | null;
  head?: boolean;
  colSpan?: number;
  rowSpan?: number;
  /** The value could not be read as a number: `text` is what was printed. */
  unread?: boolean;
  kind?: "num" | "text";
}

export type TableRow = TableCell[];

const n = (v: number | null): string | null => (v === null ? null : formatNumber(v));

/** A numeric cell: the number, else the printed text when it could not be read. */
export function numCell(form: Form, path: string, v: number | null, extra: Partial<TableCell> = {}): TableCell {
  const src = form.sources?.[path];
  if (v === null && src && src.text.trim() !== "") return { paths: [path], text: src.text, unread: true, kind: "num", ...extra };
  return { paths: [path], text: n(v), kind: "num", ...extra };
}

export function textCell(path: string, v: string | null, extra: Partial<TableCell> = {}): TableCell {
  return { paths: [path], text: v, kind: "text", ...extra };
}

export const head = (text: string, extra: Partial<TableCell> = {}): TableCell => ({ paths: [], text, head: true, ...extra });


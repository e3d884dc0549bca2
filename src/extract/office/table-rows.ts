/**
 * Tables and paragraphs read from markup (web pages, Word) → Grid rows, the way the PDF path
 * gives them: a merged cell once, in the first row it spans, with its column and spans; text
 * outside the tables as rows of one cell; every cell naming its table, row and column
 * (`T1R5C3`, 1-based) and its line in the input where known.
 */
import type { Cell, Row } from "../../layout/grid.js";
import { officeSettings } from "./settings.js";

export interface TableCellIn {
  text: string;
  /** 0-based grid column where the cell starts. */
  col: number;
  rowSpan: number;
  colSpan: number;
  line?: number;
}

export function clampSpan(n: number): number {
  return Number.isFinite(n) && n >= 1 ? Math.min(Math.floor(n), officeSettings.maxSpan) : 1;
}

/** Rows of one table (`tableNo` 1-based). Rows with no text at all are dropped. */
export function tableRows(tableNo: number, rows: readonly (readonly TableCellIn[])[]): Row[] {
  const out: Row[] = [];
  rows.forEach((cells, r) => {
    if (!cells.some((c) => c.text.trim() !== "")) return;
    const gridCells: Cell[] = [...cells]
      .sort((a, b) => a.col - b.col)
      .map((c) => ({
        text: c.text,
        col: c.col,
        rowSpan: c.rowSpan,
        colSpan: c.colSpan,
        source: { cell: `T${tableNo}R${r + 1}C${c.col + 1}`, ...(c.line !== undefined ? { line: c.line } : {}) },
      }));
    out.push({ cells: gridCells, boundaries: "exact" });
  });
  return out;
}

/** A paragraph outside any table: one row of one cell (empty paragraphs give no row). */
export function paragraphRow(text: string, line?: number): Row | null {
  const t = text.trim();
  if (t === "") return null;
  return { cells: [{ text: t, source: line !== undefined ? { line } : {} }], boundaries: "exact" };
}

/**
 * Trims each line of a cell's text and drops blank lines: a `<br>` or a paragraph boundary is one
 * line break, however many block elements the exporter wrapped around it.
 */
export function tidyCellText(s: string): string {
  return s
    .split("\n")
    .map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter((l) => l !== "")
    .join("\n");
}

/**
 * Bounds on the Grid a reader hands the reconstructor, whatever the reader: too many cells or too
 * much text and the Grid is not read (a form is a few hundred cells); a cell longer than any form
 * cell is cut, so one runaway line cannot make the reconstructor's work explode.
 */
import type { Grid } from "../layout/grid.js";
import type { Lang } from "../messages.js";
import type { Diagnostic } from "../schema/index.js";
import { limitSettings, type Limits } from "./limits.js";
import { limitMessages } from "./messages.js";

export interface BoundedGrid {
  /** Null when the Grid is past a limit and must not be read. */
  grid: Grid | null;
  diagnostics: Diagnostic[];
}

export function boundGrid(grid: Grid, limits: Pick<Limits, "maxCells" | "maxTextLength">, lang: Lang = "zh", maxCellLength: number = limitSettings.maxCellLength): BoundedGrid {
  const msg = limitMessages(lang);
  let cells = 0;
  let chars = 0;
  let long = 0;
  for (const row of grid.rows) {
    cells += row.cells.length;
    for (const c of row.cells) {
      chars += c.text.length;
      if (c.text.length > maxCellLength) long++;
    }
  }
  if (cells > limits.maxCells) return refuse(msg.cells(cells, limits.maxCells));
  if (chars > limits.maxTextLength) return refuse(msg.textLength(chars, limits.maxTextLength));
  if (long === 0) return { grid, diagnostics: [] };
  const rows = grid.rows.map((row) => ({
    ...row,
    cells: row.cells.map((c) => (c.text.length > maxCellLength ? { ...c, text: cut(c.text, maxCellLength) } : c)),
  }));
  return { grid: { ...grid, rows }, diagnostics: [{ code: "limit-exceeded", severity: "warning", message: msg.cellLength(long, maxCellLength) }] };
}

/** Cuts at a code point boundary: a lone surrogate left at the end would not survive JSON round trips cleanly. */
function cut(s: string, n: number): string {
  const code = s.charCodeAt(n - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? n - 1 : n);
}

function refuse(message: string): BoundedGrid {
  return { grid: null, diagnostics: [{ code: "limit-exceeded", severity: "error", message }] };
}

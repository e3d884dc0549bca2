import type { Cell, Grid } from "../../layout/grid.js";
import { labelKey } from "../../template/labels.js";
import { headerLabelKeys } from "../../template/broken-spellings.js";

/**
 * One cell a line, a narrow label column broken by the converter and its value drawn on the
 * label's first line (pdftotext's plain order: `项目名 2021年某某工程` / `称`, `部门（单 某某局` /
 * `位）名称`): the first piece, spaces, the value; the label's rest alone on the next line. Where the
 * first piece and the rest spell a header label of the template exactly (the rest alone none),
 * they are the label's cell and the value its own cell after it. Nothing else is moved.
 */
/** Longest rest of a label taken (a narrow column's line). */
const MAX_REST = 6;
/** The first piece, the spaces the converter laid between the columns, the value. */
const PIECE_THEN_VALUE = /^(\S{1,8})\s+(\S.*)$/;

export function splitLabelPieceValues(grid: Grid): Grid {
  return { ...grid, rows: grid.rows.map((r) => ({ ...r, cells: splitCells(r.cells) })) };
}

function splitCells(cells: readonly Cell[]): Cell[] {
  const out: Cell[] = [];
  for (let i = 0; i < cells.length; i++) {
    const a = cells[i]!;
    const b = cells[i + 1];
    const joined = b ? labelPieceValue(a, b) : null;
    if (joined) {
      out.push(...joined);
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

function labelPieceValue(a: Cell, b: Cell): Cell[] | null {
  const la = a.source.line;
  if (la === undefined || b.source.line !== la + 1 || a.wrappedLines || b.wrappedLines) return null;
  const m = PIECE_THEN_VALUE.exec(a.text.trim());
  const rest = b.text.trim();
  if (!m || rest === "" || [...rest].length > MAX_REST || /\d|\s/.test(rest)) return null;
  const piece = m[1]!;
  // (The first piece may be a shorter spelling, 项目名 of 项目名称: the rest alone under it is no cell.)
  if (headerLabelKeys.has(labelKey(rest)) || !headerLabelKeys.has(labelKey(piece + rest))) return null;
  return [
    { ...a, text: piece + rest },
    { ...a, text: m[2]!.trim() },
  ];
}

import type { Cell } from "../layout/grid.js";
import { headerLabelValue } from "./row-classifier.js";

/**
 * A header block a web form or a Word template prints as pairs on one line — `主管部门：某局　　实施单位：
 * 某中心` — gives the table readers one cell; read as one pair, the first value would run on over
 * the next label. Where a header pair's value holds a wide gap (an ideographic space, or two
 * spaces or more) followed by a short label and its colon, the cell is cut there, each pair a cell
 * of its own (a label the template does not know, `主要领导签字:`, then goes where unknown labels go).
 * A single ASCII space is no cut: it may stand inside a value.
 */
const PAIR_GAP = /(?:\u3000|[ \t]{2,})[ \t\u3000]*(?=[^\s:：]{2,14}[:：])/g;

export function splitLabelPairs(cells: Cell[]): Cell[] {
  let out: Cell[] | null = null;
  for (let k = 0; k < cells.length; k++) {
    const pieces = pairsOf(cells[k]!);
    if (pieces && !out) out = cells.slice(0, k);
    if (out) out.push(...(pieces ?? [cells[k]!]));
  }
  return out ?? cells;
}

function pairsOf(cell: Cell): Cell[] | null {
  const text = cell.text;
  // Cheap gates: a colon, and a wide gap, before any pattern runs.
  if ((!text.includes("：") && !text.includes(":")) || (!text.includes("\u3000") && !text.includes("  "))) return null;
  if (headerLabelValue(cell) === null) return null;
  const pieces = text.split(PAIR_GAP).filter((p) => p.trim() !== "");
  if (pieces.length < 2) return null;
  return pieces.map((p) => ({ ...cell, text: p.trim() }));
}

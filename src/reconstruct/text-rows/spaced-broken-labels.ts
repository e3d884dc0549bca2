import type { Cell, Row } from "../../layout/grid.js";
import { labelRole } from "../row-view.js";
import { cellOfLines as cellOf } from "../cell-lines.js";

/**
 * Text laid out with spaces (layout/spaced-rows.ts): two header labels broken over lines in one
 * narrow column, one under the other (`项目` / `名称` / `主管` / `部门`), each beside its value,
 * are one chain of lines that the layout cuts between the values' rows by where the lines centre.
 * Where a page prints the value on its label's first line, not its middle, the cut can fall a line
 * off (`项目` | `名称主管部门`, `项目名` | `称主管部门`): only the form's words tell. Where the two
 * rows' first cells are not both header labels of the template as cut (a label's piece may spell
 * one: `项目名`, `部门`), and moving the lines next to the cut across it makes both labels
 * (`项目名称` | `主管部门`), the lines are moved. One line's worth of
 * moving each way is tried, then more; nothing moves unless both sides come out whole labels.
 */
export function rejoinBrokenHeaderLabels(rows: readonly Row[]): Row[] {
  const out = rows.map((r) => ({ ...r, cells: [...r.cells] }));
  for (let i = 0; i + 1 < out.length; i++) {
    const upper = out[i]!;
    const lower = out[i + 1]!;
    if (lower.pageBreakBefore || !upper.cells.length || !lower.cells.length) continue;
    const moved = moveLines(upper.cells[0]!, lower.cells[0]!);
    if (!moved) continue;
    upper.cells[0] = moved[0];
    lower.cells[0] = moved[1];
  }
  return out;
}

// Asked as the reader will class the cell (labelRole), not of template/broken-spellings.ts's exact
// row labels as broken-labels.ts spells pieces: here the layout already joined the lines into two
// cells, and a move is taken only where both come out cells the reader takes for header labels
// (a note or another template's spelling included), so the question is the reader's own.
const isHeaderLabel = (text: string) => labelRole(text)?.role === "header";

/** The two cells with lines moved across their cut, when that makes both header labels; else null. */
export function moveLines(a: Cell, b: Cell): [Cell, Cell] | null {
  if (isHeaderLabel(a.text) && isHeaderLabel(b.text)) return null;
  const aLines = linesOf(a);
  const bLines = linesOf(b);
  if (!aLines || !bLines) return null;
  // The lower label's first lines up into the upper one.
  for (let k = 1; k < bLines.length; k++) {
    const up = [...aLines, ...bLines.slice(0, k)];
    const down = bLines.slice(k);
    if (isHeaderLabel(up.join("")) && isHeaderLabel(down.join(""))) return [cellOf(a, up, 0), cellOf(b, down, k)];
  }
  // The upper label's last lines down into the lower one.
  for (let k = aLines.length - 1; k >= 1; k--) {
    const up = aLines.slice(0, k);
    const down = [...aLines.slice(k), ...bLines];
    if (isHeaderLabel(up.join("")) && isHeaderLabel(down.join(""))) return [cellOf(a, up, 0), cellOf(a, down, k)];
  }
  return null;
}

/** A cell's lines as the layout joined them (one line: the cell itself); null where a join put a space in. */
function linesOf(c: Cell): string[] | null {
  if (!c.wrappedLines) return [c.text];
  return c.wrappedLines.join("") === c.text ? c.wrappedLines : null;
}

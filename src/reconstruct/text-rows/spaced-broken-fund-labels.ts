import type { Cell, Row } from "../../layout/grid.js";
import { hasText } from "../classify.js";
import { labelRole } from "../row-view.js";

/** Most cells of a line holding a fund label's last characters (beside them a vertical label's pieces). */
const MAX_TAIL_CELLS = 3;

/**
 * Text laid out with spaces (layout/spaced-rows.ts): a fund row's label broken in its narrow
 * column, its last characters on the line under the row (`年度资金总` / `额`), beside a vertical
 * label's piece (`项目`). The layout puts the piece in a row of its own, for the row's figures are
 * on the label's first line: the fund row is not found by its label. Where a row's cell is no fund
 * row label, a row of a few short cells with no figure follows it, and exactly one of those cells
 * joined after exactly one of the row's cells spells a fund row label of the template, the two
 * are one cell in the upper row. Told by the form's words, so it is the reconstructor's.
 */
export function joinBrokenFundLabels(rows: readonly Row[]): Row[] {
  const out = rows.map((r) => ({ ...r, cells: [...r.cells] }));
  for (let i = 0; i + 1 < out.length; i++) {
    const upper = out[i]!;
    const lower = out[i + 1]!;
    if (lower.pageBreakBefore) continue;
    const tails = lower.cells.filter((c) => hasText(c.text));
    if (!tails.length || tails.length > MAX_TAIL_CELLS || tails.some((c) => /\d/.test(c.text))) continue;
    const joins: { u: number; l: Cell }[] = [];
    for (const [u, head] of upper.cells.entries()) {
      if (!hasText(head.text) || /\d/.test(head.text) || isFundRow(head.text)) continue;
      for (const l of tails) if (isFundRow(head.text + l.text)) joins.push({ u, l });
    }
    if (joins.length !== 1) continue;
    const { u, l } = joins[0]!;
    const head = upper.cells[u]!;
    const lines = head.wrappedLines && head.wrappedLines.join("") === head.text ? head.wrappedLines : [head.text];
    upper.cells[u] = { ...head, text: head.text + l.text, wrappedLines: [...lines, l.text] };
    lower.cells = lower.cells.filter((c) => c !== l);
  }
  return out.filter((r) => r.cells.length > 0);
}

const isFundRow = (text: string) => labelRole(text)?.role === "fundRow";

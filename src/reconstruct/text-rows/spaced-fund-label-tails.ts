import type { Row } from "../../layout/grid.js";
import { classify, hasText } from "../classify.js";
import { cellOfLines as cellOf } from "../cell-lines.js";
import { labelRole } from "../row-view.js";

/**
 * Text laid out with spaces (layout/spaced-rows.ts): a value over a fund row's label in one column,
 * the line between them the funds' column heads, printing nothing there:
 *
 *     主管部门      某某县交通运输局
 *                    年初预算数      全年预算数      全年执行数 …
 *                 年度资金总额       1,200          1,200        1,150 …
 *
 * The layout chains the value and the label as a label broken around its value's line
 * (`某某县交通运输局年度资金总额`), in the value's row, and the fund row's figures make a row with no
 * label. Where a cell's last lines spell a fund row label of the template, its first lines none,
 * and the next row opens on a figure and holds no text, the label's lines open the next row.
 * Told by the form's words, so it is the reconstructor's.
 */
export function returnFundLabelTails(rows: readonly Row[]): Row[] {
  const out = rows.map((r) => ({ ...r, cells: [...r.cells] }));
  for (let i = 0; i + 1 < out.length; i++) {
    const next = out[i + 1]!;
    const filled = next.cells.filter((c) => hasText(c.text));
    if (next.pageBreakBefore || !filled.length || !filled.every((c) => isFigure(c.text))) continue;
    const row = out[i]!;
    for (const [at, cell] of row.cells.entries()) {
      const lines = cell.wrappedLines;
      if (!lines || lines.length < 2 || lines.join("") !== cell.text) continue;
      const k = [...lines.keys()].slice(1).find((k) => isFundRow(lines.slice(k).join("")) && !lines.slice(0, k).some(isFundRow));
      if (k === undefined) continue;
      row.cells[at] = cellOf(cell, lines.slice(0, k), 0);
      next.cells.unshift(cellOf(cell, lines.slice(k), k));
      break;
    }
  }
  return out;
}

const isFundRow = (text: string) => labelRole(text)?.role === "fundRow";

function isFigure(text: string): boolean {
  const kind = classify(text).kind;
  return kind === "number" || kind === "percent" || /^[-—–]+$/.test(text.trim());
}

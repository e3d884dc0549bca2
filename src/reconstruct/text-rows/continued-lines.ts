import type { Row } from "../../layout/grid.js";

/**
 * What no cell opens on: a comma, an enumeration comma, a semicolon, a full stop or a closing
 * bracket or quote. A line of run-together text that opens on one is the rest of the line above,
 * a long cell the converter wrapped (a cell's `<br>`, a Word cell's lines: `…月度绩效考核全覆盖`
 * then `,优秀比例不超过20%达成预期指标1515`), never a row of its own.
 */
const CONTINUES = /^[,，、;；。.)）\]】》」』”’]/;

/**
 * Run-together rows (one a line, cells joined with nothing): a line opening on punctuation that no
 * cell opens on is joined, with nothing between, to the line above. Not across a page break (the
 * page's furniture may stand between), and not onto an empty row. Run by the text-rows stage on
 * run-together readings (index.ts).
 */
export function joinContinuedLines(rows: Row[]): Row[] {
  const out: Row[] = [];
  for (const row of rows) {
    const prev = out[out.length - 1];
    const first = row.cells.findIndex((c) => c.text.trim() !== "");
    const last = prev ? prev.cells.findLastIndex((c) => c.text.trim() !== "") : -1;
    if (prev && last >= 0 && first >= 0 && !row.pageBreakBefore && row.boundaries === "none" && prev.boundaries === "none" && CONTINUES.test(row.cells[first]!.text.trimStart())) {
      const cells = prev.cells.slice();
      cells[last] = { ...cells[last]!, text: cells[last]!.text.trimEnd() + row.cells[first]!.text.trimStart() };
      out[out.length - 1] = { ...prev, cells: [...cells, ...row.cells.slice(first + 1)] };
      continue;
    }
    out.push(row);
  }
  return out;
}

import type { Row } from "../../layout/grid.js";
import { patternKey } from "../../normalise/fold-width.js";

/**
 * A table whose header begins 序号 numbers its rows. Copied out of a web page or a spreadsheet
 * unquoted, a cell that held a line break ends its line there, and the rest of the row (header
 * cells `一级 指标` / `二级 指标`, a score alone after its row) comes on the next lines: a line that
 * does not begin with the next number is the rest of the row above, while that row is narrower than
 * the widest row. (The loose pipe tables do the same in extract/text/delimited.ts readMarkdownTable,
 * line by line.) A page break or a total row (合计, 总分) ends the numbering. Rows are joined in
 * place; a table with no 序号 header is left as read. Rows cut from one line (a document site's
 * dump run onto one line, cut where the form's rows start) are never joined: no line break parted
 * them, the cut did (a list of projects numbered 序号 before the form on the same line would
 * otherwise swallow the whole form). Run by the text-rows stage on tab-separated
 * and linear readings (index.ts): the total's labels are the form's, not the reader's.
 */
export function joinNumberedRows(rows: Row[]): Row[] {
  if (!rows.some((r) => firstKey(r) === "序号")) return rows;
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  const out: Row[] = [];
  let nextNumber = 0;
  let carry: Row | null = null;
  for (const row of rows) {
    if (row.pageBreakBefore) {
      nextNumber = 0;
      carry = null;
    }
    const first = firstKey(row);
    // A total row (合计, 总分) ends the numbered rows: it is no rest of the last one.
    if (TOTAL.test(first)) {
      nextNumber = 0;
      carry = null;
    }
    if (nextNumber > 0 && first === String(nextNumber)) nextNumber++;
    else if (carry && carry.cells.length < width && !sameLine(carry, row)) {
      const at = carry.cells.length;
      carry.cells.push(...row.cells.map((c, k) => ({ ...c, col: at + k })));
      continue;
    }
    if (first === "序号") nextNumber = 1;
    out.push(row);
    carry = nextNumber > 0 ? row : null;
  }
  return out;
}

/** Both rows cut from one line of the text (the row above's last cell and the row's first on it). */
function sameLine(above: Row, row: Row): boolean {
  const a = above.cells.at(-1)?.source.line;
  return a !== undefined && a === row.cells[0]?.source.line;
}

const TOTAL = /^(?:合计|总计|总分|自评总分|得分合计|小计)/;

/** The row's first cell, simplified and folded (序號 and １ number rows as 序号 and 1 do). */
function firstKey(row: Row): string {
  return patternKey(row.cells[0]?.text.trim() ?? "");
}

import type { Row } from "../../layout/grid.js";
import { labelKey, matchSpelling } from "../../template/labels.js";
import { taskColumns } from "../../template/project.js";

/**
 * The 年度主要任务 table's spanning head a converter drew on a line of its own between the head's
 * two lines (`pdftotext -raw`: `任务名称 主要内容` / `预算金额（万元）` / `总额 财政拨款 其他资金`).
 * Read by lines, the spanning head is a row alone, which the reader takes for the table's first
 * task. Where a line of one cell spelling a task column stands between a line of task column
 * heads naming the task (任务名称 …) and a line of task column heads naming none (the amounts'
 * heads under it), it is the upper line's last head: joined onto it. Anything else is left as read.
 */

const key = (text: string) => matchSpelling(labelKey(text.trim()), taskColumns);

/** A line whose cells all spell task columns, and which of them it names. */
function taskHeads(row: Row | undefined): Set<string> | null {
  if (!row || row.cells.length === 0) return null;
  const keys = row.cells.map((c) => key(c.text));
  return keys.every((k) => k !== null) ? new Set(keys as string[]) : null;
}

export function joinTaskSpanHead(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const upper = taskHeads(out[out.length - 1]);
    const lower = taskHeads(rows[i + 1]);
    if (row.cells.length === 1 && key(row.cells[0]!.text) !== null && upper?.has("name") && upper.size >= 2 && lower && !lower.has("name") && lower.size >= 2) {
      const above = out.pop()!;
      out.push({ ...above, cells: [...above.cells, row.cells[0]!] });
      continue;
    }
    out.push(row);
  }
  return out;
}

import type { Cell } from "../layout/grid.js";
import { toSimplified } from "../normalise/script.js";

/**
 * A table's vertical label printed down its merged first column (年度绩效指标 beside the indicator rows,
 * 年度主要任务 beside the tasks), its text centred on a middle row: run together, it comes out glued to
 * the head of that row's first cell (`绩效指标每场活动成本`, `年度主要任务城乡低保资金`). No indicator's
 * or task's name begins with its table's label, so the label is cut off and the rest is the name.
 * Only where cells ran together: a cell that is the label alone is the row-prepare's and the
 * sections' own (isLabelFragment).
 */
const INDICATOR_LABELS = /^(?:年度绩效指标|绩效指标)(?=[\u4e00-\u9fff“"（(])/;
const TASK_LABELS = /^年度主要任务(?=[\u4e00-\u9fff“"（(])/;

/** The cell without its table's vertical label at its head, and the label; null when it has none. */
function cut(cell: Cell, label: RegExp): { rest: Cell; label: Cell } | null {
  const m = label.exec(cell.text);
  if (!m) return null;
  return { rest: { ...cell, text: cell.text.slice(m[0].length) }, label: { ...cell, text: m[0] } };
}

export const cutIndicatorsLabel = (cell: Cell) => cut(cell, INDICATOR_LABELS);
export const cutTasksLabel = (cell: Cell) => cut(cell, TASK_LABELS);

/**
 * The same label with its points (`年度绩效目标(80分)`, the block's merged first column) run together
 * after a middle row's 二级 name (`数量指标年度绩效目标(80分)`), its pieces cut as cells of the row: the
 * row's last cells that spell it, and none of the row's own. (Its words alone are also a goal
 * column's name: only the points tell the table's label.)
 */
const POINTED_TABLE_LABEL = /^(?:年度绩效目标|年度绩效指标|绩效指标)[(（]\d{1,3}分[)）]$/;

/** How many of the cells at the row's end spell the table's label with its points (0: none). */
export function trailingTableLabel(texts: readonly string[]): number {
  let joined = "";
  for (let k = texts.length - 1; k >= 1; k--) {
    joined = texts[k]!.replace(/\s+/g, "") + joined;
    // (In either script: a page converted to traditional characters prints 年度績效目標(80分).)
    if (POINTED_TABLE_LABEL.test(toSimplified(joined))) return texts.length - k;
    if (joined.length > 14) return 0;
  }
  return 0;
}

import type { Cell } from "../layout/grid.js";

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

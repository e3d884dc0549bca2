import type { Cell } from "../layout/grid.js";
import type { ColumnSpec } from "./align.js";
import { classify, hasText } from "./classify.js";

/**
 * A row that opens on a short name the template does not know (项目决策, 项目效益: some regions
 * print their scoring sheet's 一级 names on the project form) followed by a 二级 name it knows
 * (数量指标, 社会效益指标): the name before the 二级 is the row's 一级, as the columns' order says.
 * Priced by content alone, an unknown name is a 三级's (text) and the 二级 after it joins the
 * target; rows with empty cells dropped (linear text) leave no position to say otherwise.
 *
 * Returns the columns the rest of the row is aligned to (those after the 一级's) when the row so
 * opens under columns that print the 一级 first and the 二级 next; null otherwise.
 */
export function unknownLevel1Opening<N extends string>(cells: readonly Cell[], columns: readonly ColumnSpec<N>[]): { level1: Cell; rest: Cell[]; columns: ColumnSpec<N>[] } | null {
  if (columns[0]?.type !== "level1" || columns[1]?.type !== "level2") return null;
  const filled = cells.filter((c) => hasText(c.text));
  const [first, second] = filled;
  if (!first || !second || filled.length < 3) return null;
  if (!SHORT_NAME.test(first.text.trim()) || classify(first.text).kind !== "text") return null;
  if (classify(second.text).kind !== "level2") return null;
  return { level1: first, rest: cells.slice(cells.indexOf(first) + 1), columns: columns.slice(1) };
}

/** A short name of words alone: no figure, no sign, no sentence. */
const SHORT_NAME = /^[\u4e00-\u9fff]{2,6}$/;

import { labelKey } from "../../template/labels.js";
import type { Cell } from "../../layout/grid.js";
import { classify, hasText, isBlankText } from "../classify.js";
import type { RawValue } from "../raw-form.js";
import type { ReaderState } from "../reader-state.js";
import type { RowView } from "../row-prepare.js";
import { columnRoles, isLabelFragment, rawOf, toRaw } from "../row-view.js";

/** The goals label or the goal column names: the order of the two goal columns, and any text beside them. */
export function readGoalsHeader(st: ReaderState, v: RowView): void {
  st.ensureForm(v.cells[0]!);
  const order = v.roles.flatMap((r) => (r?.role === "goalColumn" ? [r.column] : []));
  if (order.length === 2 && order[0] !== order[1]) st.goalOrder = order;
  // A text before both goal columns' names is a heading of the block (项目基本情况 | 1.项目年度目标完成情况 |
  // 项目年度目标 | 年度目标完成情况), not a goal: the goals are printed under their names.
  const isName = (i: number) => v.roles[i]?.role === "goalColumn" || v.roles[i]?.role === "goalsLabel";
  let namesAfter = 0;
  let headingsEnd = -1;
  for (let i = v.cells.length - 1; i >= 0; i--) {
    if (isName(i)) namesAfter++;
    else if (namesAfter >= 2 && hasText(v.cells[i]!.text) && headingsEnd < 0) headingsEnd = i;
  }
  if (headingsEnd < 0) {
    readGoalTexts(st, v);
    return;
  }
  const headings = v.cells.slice(0, headingsEnd + 1).filter((c, i) => hasText(c.text) && !v.roles[i]);
  st.unplaced(headings, v.sep);
  readGoalTexts(st, { ...v, cells: v.cells.slice(headingsEnd + 1), roles: v.roles.slice(headingsEnd + 1) });
}

/** The first half of a split column name `一级指标`. */
const LEVEL_NAME_HALF = /^[一二三]级$/;

/** Goal texts are collected until the section ends, then given to the two goals (ReaderState.flushGoals). */
export function readGoalTexts(st: ReaderState, v: RowView): void {
  // (`一级` / `指标` over two lines: the indicator table's column name split, no goal text.)
  // (Nor a column name of the indicator table on the goals' last line: `绩效指标 | 一级 指标`.)
  const texts = v.cells.filter((c, i) => hasText(c.text) && !v.roles[i] && !isLabelFragment(c.text) && !isBlankText(c.text) && !LEVEL_NAME_HALF.test(labelKey(c.text)) && columnRoles(c.text).indicator === null);
  // A bare number beside the goals (the block's 分值, `20`) is no goal: kept in diagnostics.
  const numbers = texts.filter((c) => classify(c.text).kind === "number");
  if (numbers.length > 0) st.unplaced(numbers, v.sep);
  if (numbers.length === texts.length) return;
  if (numbers.length > 0) texts.splice(0, texts.length, ...texts.filter((c) => !numbers.includes(c)));
  if (v.sep === " ") {
    // Linear text: the two goal texts share a line; split where a sentence ends nearest the middle.
    for (const p of splitTwoTexts(texts)) st.goalTexts.push(p);
    return;
  }
  for (const c of texts) st.goalTexts.push(rawOf(c));
}

function splitTwoTexts(tokens: Cell[]): RawValue[] {
  if (tokens.length === 1) return [rawOf(tokens[0]!)];
  const total = tokens.reduce((n, t) => n + t.text.length, 0);
  let bestAt = -1;
  let bestDist = Infinity;
  let acc = 0;
  for (let i = 0; i < tokens.length - 1; i++) {
    acc += tokens[i]!.text.length;
    if (/[。；！？.!?]$/.test(tokens[i]!.text)) {
      const d = Math.abs(acc - total / 2);
      if (d < bestDist) {
        bestDist = d;
        bestAt = i;
      }
    }
  }
  if (bestAt < 0) bestAt = tokens.length === 2 ? 0 : Math.floor(tokens.length / 2) - 1;
  return [toRaw(tokens.slice(0, bestAt + 1), " ")!, toRaw(tokens.slice(bestAt + 1), " ")!];
}

import { labelKey } from "../../template/labels.js";
import { adjustedGoalColumns } from "../../template/project.js";
import type { Cell } from "../../layout/grid.js";
import { classify, hasText, isBlankText } from "../classify.js";
import { goalRunCut } from "../goal-run.js";
import { partAtGoalsBlockHeading } from "../report-headings.js";
import { continuesCell } from "../wrapped-cells.js";
import type { RawValue } from "../raw-form.js";
import type { ReaderState } from "../reader-state.js";
import type { RowView } from "../row-prepare.js";
import { columnRoles, isLabelFragment, rawOf, toRaw } from "../row-view.js";

/** The goals label or the goal column names: the order of the two goal columns, and any text beside them. */
export function readGoalsHeader(st: ReaderState, v: RowView): void {
  st.ensureForm(v.cells[0]!);
  const order = v.roles.flatMap((r) => (r?.role === "goalColumn" ? [r.column] : []));
  if (order.length === 2 && order[0] !== order[1]) st.goalOrder = order;
  // A column of the adjusted target between the two goals' names: no goal; where it stands is kept,
  // for the texts under the head are told apart by their count (ReaderState.flushGoals).
  const adjusted = v.cells.findIndex((c) => adjustedGoalColumns.includes(labelKey(c.text)));
  if (adjusted >= 0 && order.length === 2) {
    st.adjustedGoalAt = v.roles.slice(0, adjusted).filter((r) => r?.role === "goalColumn").length;
    v = { ...v, cells: v.cells.filter((_, i) => i !== adjusted), roles: v.roles.filter((_, i) => i !== adjusted) };
  }
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
  // The form's own numbered headings (1.项目年度目标完成情况 heading the goals, 2.项目实施内容及过程概述
  // after them) are no goals; after the goals, one ends them, the next part's prose no goal either.
  if (st.goalsEnded) {
    st.unplaced(texts, v.sep);
    return;
  }
  const parted = partAtGoalsBlockHeading(texts, st.goalTexts.length > 0);
  if (parted.headings.length > 0 || parted.ended) {
    st.unplaced([...parted.headings, ...parted.after], v.sep);
    st.goalsEnded = parted.ended;
    texts.splice(0, texts.length, ...parted.goals);
    if (texts.length === 0) return;
  }
  if (v.sep === " ") {
    // Linear text: the two goal texts share a line; split where a sentence ends nearest the middle.
    for (const p of splitTwoTexts(texts)) st.goalTexts.push(p);
    return;
  }
  // (A second text that goes on with the first's last line, mid-phrase, is the completion's rest:
  // the reader's width join stopped at a line the page indented.)
  const rest = texts.length === 2 && continuesCell(texts[0]!.text, texts[1]!.text) ? texts[1]! : null;
  if ((texts.length === 1 || rest) && st.goalTexts.length === 0) {
    const parted = partWrappedGoals(texts[0]!);
    if (parted) {
      st.goalTexts.push(parted[0], rest ? { ...parted[1], text: parted[1].text + rest.text } : parted[1]);
      return;
    }
  }
  for (const c of texts) st.goalTexts.push(rawOf(c));
}

/** The end of a sentence: a goal text's last character. */
const SENTENCE_END = /[。；;！!？?]$/;

/**
 * One cell a line, goal texts wrapped at the dump's width: a goal text whose last line fills the
 * width exactly is taken on into the completion's first line (`wrappedLines`, extract/text). The
 * block's first text is parted where the completion begins (goal-run.ts: a numbering begun anew, a
 * sentence opening on the year …) only when that place is where one of its lines begins and the
 * line before ends a sentence: the page's own line break and the words both say a cell ends there.
 */
function partWrappedGoals(c: Cell): [RawValue, RawValue] | null {
  const lines = c.wrappedLines;
  if (!lines || lines.length < 2 || lines.join("") !== c.text) return null;
  const at = goalRunCut(c.text);
  if (at === null) return null;
  let offset = 0;
  for (const line of lines.slice(0, -1)) {
    offset += line.length;
    if (offset === at && SENTENCE_END.test(line.trimEnd())) {
      return [
        { text: c.text.slice(0, at), source: c.source },
        { text: c.text.slice(at), source: c.source },
      ];
    }
  }
  return null;
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

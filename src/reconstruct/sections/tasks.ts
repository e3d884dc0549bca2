import type { Cell } from "../../layout/grid.js";
import { labelKey, matchSpelling } from "../../template/labels.js";
import { taskColumns, type TaskColumn } from "../../template/project.js";
import { taskContentOpenings, taskNameEndings } from "../../template/department.js";
import { patternKey } from "../../normalise/fold-width.js";
import type { ColumnSpec, ColumnType } from "../align.js";
import { hasText } from "../classify.js";
import type { RawTask } from "../raw-form.js";
import type { ReaderState } from "../reader-state.js";
import type { RowView } from "../row-prepare.js";
import { isLabelFragment, labelRole, toRaw } from "../row-view.js";
import { cutTasksLabel } from "../vertical-label-prefix.js";

const TASK_TYPES: Record<TaskColumn, ColumnType> = { name: "level3", content: "text", total: "amount", fiscal: "amount", other: "amount" };
const BUDGET: ReadonlySet<TaskColumn> = new Set(["total", "fiscal", "other"]);
/**
 * Where a task prints fewer amounts than the header has columns, which are most likely blank:
 * 其他资金 first (most tasks are funded by the budget alone), then 财政拨款; 总额 is always printed.
 */
const TASK_SKIP: Partial<Record<TaskColumn, number>> = { total: 1.2, fiscal: 1.1, other: 1.0 };

/** The task-table column a cell names, if any. */
export function taskColumn(text: string): TaskColumn | null {
  return matchSpelling(labelKey(text), taskColumns);
}

/**
 * The header of 年度主要任务 (department forms): `任务名称 | 主要内容 | 预算金额`, often over a second
 * line `总额 | 财政拨款 | 其他资金` that splits 预算金额. The second line replaces the budget columns.
 */
export function readTaskHeader(st: ReaderState, v: RowView): void {
  st.ensureForm(v.cells[0]!);
  const named = v.cells.map((c) => taskColumn(c.text)).filter((c): c is TaskColumn => c !== null);
  const budget = named.filter((c) => BUDGET.has(c));
  const texts = named.filter((c) => !BUDGET.has(c));
  const keepTexts = texts.length > 0 ? texts : st.taskCols.filter((c) => !BUDGET.has(c));
  const keepBudget = budget.length > 1 || texts.length === 0 ? budget : ["total", "fiscal", "other"] as TaskColumn[];
  st.taskCols = [...new Set([...keepTexts, ...keepBudget])];
}

/** A row of 年度主要任务: its name, content and budget aligned to the header's columns by content. */
export function readTaskRow(st: ReaderState, v: RowView): void {
  const form = st.ensureForm(v.cells[0]!);
  const cells: Cell[] = v.cells.filter((c) => hasText(c.text) || v.row.boundaries === "exact");
  // The vertical label 年度主要任务 (or a piece of it) in the first cell is the form's own.
  while (cells.length > 0 && (!hasText(cells[0]!.text) || isLabelFragment(cells[0]!.text) || labelRole(cells[0]!.text) !== null)) cells.shift();
  if (cells.length === 0) return;
  // (Run together, the label printed beside a middle task is glued to its name: `年度主要任务城乡低保资金`.)
  const glued = v.row.boundaries === "none" ? cutTasksLabel(cells[0]!) : null;
  if (glued) cells[0] = glued.rest;
  const columns: ColumnSpec<TaskColumn>[] = st.taskCols.map((name) => {
    const skip = TASK_SKIP[name];
    return skip === undefined ? { name, type: TASK_TYPES[name] } : { name, type: TASK_TYPES[name], skip };
  });
  // Run together, a task's amounts are one run of digits: its readings are priced by 总额 = 财政拨款 + 其他资金.
  const a = st.align(cells, columns, taskPlausibility);
  if (v.sep === " ") rewrapName(a.placed);
  const task: RawTask = { name: null, content: null, total: null, fiscal: null, other: null };
  for (const [name, placed] of a.placed) task[name] = toRaw(placed, v.sep === " " ? " " : "");
  for (const c of a.unplaced) st.unplaced([c], v.sep);
  // Run together, the name and the 主要内容 are one text: cut where a name ends and a content begins.
  if (v.row.boundaries === "none" && task.name && !task.content && st.taskCols.includes("content")) {
    const cut = cutNameAndContent(task.name.text.trim());
    if (cut) {
      task.content = { text: cut[1], source: task.name.source };
      task.name = { ...task.name, text: cut[0] };
    }
  }
  if (!task.name && !task.content && !task.total) return;
  form.tasks.push(task);
}

/** Cost of a reading of a task's amounts whose parts do not make its 总额 (task-budget's own rule). */
const TASK_SUM_MISMATCH = 2;
/** Cost per decimal place beyond two: amounts in 万元 seldom carry more. */
const TASK_EXTRA_DECIMAL = 0.4;

/** How believable a reading of a task's amounts is: 总额 = 财政拨款 + 其他资金, few decimals. */
export function taskPlausibility(v: Map<string, string>): number {
  const amount = (k: string) => {
    const t = v.get(k)?.replace(/,/g, "");
    return t !== undefined && /^\d+(\.\d+)?$/.test(t) ? { value: Number(t), decimals: t.includes(".") ? t.length - t.indexOf(".") - 1 : 0 } : null;
  };
  const [total, fiscal, other] = [amount("total"), amount("fiscal"), amount("other")];
  let cost = 0;
  for (const a of [total, fiscal, other]) if (a && a.decimals > 2) cost += TASK_EXTRA_DECIMAL * (a.decimals - 2);
  if (total && fiscal) {
    const parts = fiscal.value + (other?.value ?? 0);
    if (Math.abs(parts - total.value) > 0.005) cost += TASK_SUM_MISMATCH;
  }
  return cost;
}

/** Shortest name, and shortest 主要内容, a cut of a run-together task may leave. */
const MIN_TASK_NAME = 3;
const MIN_TASK_CONTENT = 6;

/**
 * A task's name and 主要内容 run together (`院士专家工作站建设推动科技成果转化`), cut where a name
 * ends (经费, 平台, 建设 …) and a content begins with a verb (推动, 完善 …): the best-priced place
 * has both, and its verb is not the first of two (建设推动: 建设 still ends the name). A place
 * with a name's ending alone is taken only when what follows does not end like a name itself
 * (`…中心运行经费补助` is one long name, not a name and a content). Null: no such place, the text
 * stays the name.
 */
export function cutNameAndContent(text: string): [string, string] | null {
  const key = patternKey(text);
  const chars = [...key];
  if (chars.length !== key.length) return null;
  let best: { at: number; price: number } | null = null;
  for (let at = MIN_TASK_NAME; at <= key.length - MIN_TASK_CONTENT; at++) {
    const left = key.slice(0, at);
    const right = key.slice(at);
    if (!taskNameEndings.some((w) => left.endsWith(w))) continue;
    const verb = taskContentOpenings.find((w) => right.startsWith(w));
    const opens = verb !== undefined && !taskContentOpenings.some((w) => right.startsWith(w, verb.length));
    if (!opens && taskNameEndings.some((w) => right.endsWith(w))) continue;
    const price = opens ? 2 : 1;
    // Of equal places the last: a name's ending runs on (服务 | 平台, 活动 | 经费).
    if (!best || price >= best.price) best = { at, price };
  }
  return best ? [text.slice(0, best.at), text.slice(best.at)] : null;
}

/**
 * Linear text: a task's name and 主要内容 are tokens cut at spaces, and each cell's own text may be
 * wrapped at a space too (`公共图 书馆免费开放 群众文化获 得感…`). Every cut between the two costs the
 * alignment alike, and it gives the name the fewest tokens: right unless the name itself was
 * wrapped. When the name it gave neither ends like a name nor is followed by a content's opening
 * verb, the name runs on to the first token that ends like one (…开放), as long as the content left
 * after it does not end like a name itself and keeps MIN_TASK_CONTENT characters.
 */
function rewrapName(placed: Map<TaskColumn, Cell[]>): void {
  const name = placed.get("name");
  const content = placed.get("content");
  if (!name || !content || content.length < 2) return;
  const key = (cells: readonly Cell[]) => patternKey(cells.map((c) => c.text.trim()).join(""));
  const endsLikeName = (t: string) => taskNameEndings.some((w) => t.endsWith(w));
  if (endsLikeName(key(name)) || taskContentOpenings.some((w) => key(content).startsWith(w))) return;
  for (let k = 1; k < content.length; k++) {
    const rest = key(content.slice(k));
    if (!endsLikeName(key([...name, ...content.slice(0, k)]))) continue;
    if (endsLikeName(rest) || rest.length < MIN_TASK_CONTENT) return;
    placed.set("name", [...name, ...content.slice(0, k)]);
    placed.set("content", content.slice(k));
    return;
  }
}

const SPACED_TASK_HEADER = /^(年度主要任务)?任务名称主要内容/;

/** Is this row the task table's header (or the second line of it, inside the table)? */
export function isTaskHeader(v: RowView, inTasks: boolean): boolean {
  // Every row is asked: outside the table only a row naming 任务 can open it.
  // (The row's facts carry that test, made once per distinct text.)
  if (!inTasks && !v.facts.some((f) => f.taskWord)) return false;
  // Linear text splits a column name at its own spaces (`任务 名称`): the line read as one.
  if (v.row.boundaries === "spaces" && SPACED_TASK_HEADER.test(labelKey(v.cells.map((c) => c.text).join("")))) return true;
  const named = v.cells.filter((c) => hasText(c.text)).map((c) => taskColumn(c.text));
  if (named.length === 0 || named.some((c) => c === null)) {
    // The first line may carry the section's vertical label before the column names.
    const rest = v.cells.filter((c) => hasText(c.text) && !isLabelFragment(c.text));
    if (rest.length === 0 || rest.some((c) => taskColumn(c.text) === null)) return false;
    const restNamed = rest.map((c) => taskColumn(c.text));
    // (The second line may carry the vertical label too: `年度主要任务 | 总额 | 财政拨款 | 其他资金`.)
    return restNamed.includes("name") || (inTasks && restNamed.length >= 2 && restNamed.every((c) => BUDGET.has(c!)));
  }
  return named.includes("name") || (inTasks && named.length >= 2 && named.every((c) => BUDGET.has(c!)));
}

import type { Cell, Row } from "../layout/grid.js";
import { classify, hasText } from "./classify.js";
import { atomize, splitAtLabels } from "./run-together.js";
import { fundPairRun, repeatedPartsRun, spacedFundPairRun } from "./run-together-fund-pairs.js";
import { taskColumn } from "./sections/tasks.js";
import { wholeScoringRule } from "../template/department.js";
import { toSimplified } from "../normalise/script.js";
import { columnRoles, isLabelFragment, labelRole, type LabelRole } from "./row-view.js";
import { extraFundRowPattern, totalLabels } from "../template/project.js";
import { labelKey } from "../template/labels.js";
import { goalRunCut } from "./goal-run.js";
import { foldTwoLineHeads, splitJoinedHeads } from "./joined-heads.js";
import { splitLevelNameRunOn } from "./level-name-run-on.js";
import { splitLabelPairs } from "./label-pairs.js";
import { textFacts, type TextFacts } from "./text-facts.js";
import { opensMidTableRow } from "./mid-table-row.js";
import { periodRow } from "./period-row.js";
import { joinProseLabelWords } from "./prose-label-words.js";

/** Where the reader is in a form: which section the last row belonged to. */
export type Section = "start" | "header" | "funds" | "tasks" | "goals" | "indicators" | "after" | "other";

/**
 * One row as the classifier and the section handlers see it: its cells after the clean-ups that
 * depend only on the row and the section (labels split by a layout's spaces joined, run-together
 * text cut at its labels and into atoms), with each cell's label roles.
 */
export interface RowView {
  row: Row;
  /** The row's cells before run-together text was cut: what a title or year line is tested on. */
  plain: Cell[];
  /** The row's text when short enough to be page furniture, else "". */
  whole: string;
  /** The cells the handlers read. */
  cells: Cell[];
  /** Run-together values cut into atoms inside the indicator table: no cell is a label. */
  valueAtoms: boolean;
  roles: Array<LabelRole | null>;
  cols: Array<ReturnType<typeof columnRoles>>;
  /** What the row path asks of each cell's text (roles and cols are its role and cols), one lookup a cell. */
  facts: TextFacts[];
  /** How a value's pieces are joined: a space in linear text, nothing otherwise. */
  sep: string;
  /** The first cell that holds text and is not a piece of a vertical label or the funds label; -1 if none. */
  first: number;
}

/** Longest line (all its cells) that can be page furniture: a page number or a placeholder. */
const MAX_FURNITURE_LENGTH = 120;
/** Most tokens one label may be split into by a layout's spaces (`年度 指标值`). */
const MAX_LABEL_TOKENS = 4;
const YEAR_LINE = /^[(（]?\s*(19|20)\d{2}\s*年\s*度?\s*[)）]?$/;

/** The view of a row, or null when it holds no text. */
export function prepareRow(row: Row, section: Section): RowView | null {
  // (Plain loops here and below, not filter/every/map/findIndex with an arrow: this runs for every
  // row of every text, a call per cell for each of them.)
  let cells: Cell[];
  if (row.boundaries === "exact") cells = row.cells.slice();
  else {
    cells = [];
    for (const c of row.cells) if (hasText(c.text)) cells.push(c);
  }
  // Header pairs printed on one line (主管部门：某局　　实施单位：某中心) in one cell: a cell each.
  if (row.boundaries === "exact") cells = splitLabelPairs(cells);
  if (row.boundaries === "spaces") cells = splitSpacedGoalRun(splitLevelNameRunOn(foldTwoLineHeads(splitJoinedHeads(joinScoringRuleTokens(joinLabelTokens(cells))))));
  let length = 0;
  let anyText = false;
  for (const c of cells) {
    length += c.text.length;
    if (!anyText && hasText(c.text)) anyText = true;
  }
  if (!anyText) return null;
  // Only short lines can be furniture: long rows are not joined just to be tested.
  let whole = "";
  if (length <= MAX_FURNITURE_LENGTH) for (const c of cells) whole += c.text;
  if (row.boundaries === "spaces" && cells.length <= 4) {
    // A year line whose own spaces split it: `( 2021 年度 )`.
    const joined = cells.map((c) => c.text).join("");
    if (YEAR_LINE.test(joined)) cells = [{ ...cells[0]!, text: joined }];
  }
  // The project's term run onto its label (`项目起止时间2016 年 1 月起至 …`): the label and the span
  // of dates, never a row of figures (period-row.ts).
  if (row.boundaries !== "exact") cells = periodRow(cells, row.boundaries === "spaces" ? " " : "") ?? cells;
  // Funds as label and figure pairs run together, read by the spaces inside their labels (run-together-fund-pairs.ts).
  if (row.boundaries === "spaces" && (row.cells.length > 1)) cells = spacedFundPairRun(cells) ?? cells;
  const plain = cells;
  let valueAtoms = false;
  if (row.boundaries === "none") {
    const exploded = explodeRunTogether(cells, section);
    cells = exploded.cells;
    valueAtoms = exploded.values;
  }
  const n = cells.length;
  const facts: TextFacts[] = new Array(n);
  const roles: Array<LabelRole | null> = new Array(n);
  const cols: Array<ReturnType<typeof columnRoles>> = new Array(n);
  let first = -1;
  for (let i = 0; i < n; i++) {
    const text = cells[i]!.text;
    const f = textFacts(text);
    facts[i] = f;
    roles[i] = f.role;
    cols[i] = f.cols;
    if (first < 0 && hasText(text) && !isLabelFragment(text) && f.role?.role !== "fundsLabel") first = i;
  }
  return {
    row,
    plain,
    whole,
    cells,
    valueAtoms,
    roles,
    cols,
    facts,
    sep: row.boundaries === "spaces" ? " " : "",
    first,
  };
}

/**
 * In linear text a label's own spaces look like separators (`年度 指标值`, `生态效 益指标`):
 * tokens whose join is a label of the template, and that are not labels alone, become one cell.
 */
export function joinLabelTokens(cells: Cell[]): Cell[] {
  const out: Cell[] = [];
  for (let i = 0; i < cells.length; i++) {
    let joined: Cell | null = null;
    let used = 0;
    let text = cells[i]!.text;
    for (let k = 1; k < MAX_LABEL_TOKENS && i + k < cells.length; k++) {
      text += cells[i + k]!.text;
      if (isKnownLabel(text)) {
        joined = { ...cells[i]!, text };
        used = k;
      }
    }
    if (joined) {
      out.push(joined);
      i += used;
      continue;
    }
    const spaced = spacedLabelWithValue(cells, i);
    if (spaced) {
      out.push(...spaced.cells);
      i += spaced.used;
    } else out.push(cells[i]!);
  }
  return out;
}

/**
 * A label spaced out a character apart whose colon and value ran onto its last character
 * (`预 算 编 码:601002`, as a cover centres its labels): the label with its colon, then the value.
 */
function spacedLabelWithValue(cells: Cell[], i: number): { cells: Cell[]; used: number } | null {
  let text = "";
  for (let k = 0; k < MAX_LABEL_TOKENS && i + k < cells.length; k++) {
    const token = cells[i + k]!.text;
    const colon = token.search(/[:：]/);
    if (colon < 0) {
      // (Only single characters before the one that carries the colon: a label printed letter by letter.)
      if ([...token].length !== 1) return null;
      text += token;
      continue;
    }
    const label = text + token.slice(0, colon + 1);
    const value = token.slice(colon + 1);
    if (k === 0 || value.trim() === "" || !isKnownLabel(label)) return null;
    return { cells: [{ ...cells[i]!, text: label }, { ...cells[i + k]!, text: value }], used: k };
  }
  return null;
}

/**
 * Linear text splits a scoring rule at its own spaces too (`达到目标值 得满分`, `B/A×分 值`,
 * `完成目标得满分 ，未完成按比例扣分`): tokens whose join is a whole rule become one cell, the longest
 * such join first. Beside 偏差原因, also text, the alignment could not tell the rule's pieces apart.
 */
export function joinScoringRuleTokens(cells: Cell[]): Cell[] {
  if (!cells.some((c) => /分|值/.test(c.text))) return cells;
  const out: Cell[] = [];
  for (let i = 0; i < cells.length; i++) {
    let text = cells[i]!.text;
    let used = 0;
    let joined: string | null = null;
    for (let k = 1; k < MAX_RULE_TOKENS && i + k < cells.length; k++) {
      text += cells[i + k]!.text;
      if (wholeScoringRule.test(toSimplified(text))) {
        joined = text;
        used = k;
      }
    }
    if (joined !== null) {
      out.push({ ...cells[i]!, text: joined });
      i += used;
    } else out.push(cells[i]!);
  }
  return out;
}

/** Most tokens one scoring rule may be split into by a layout's spaces. */
const MAX_RULE_TOKENS = 4;

export function isKnownLabel(text: string): boolean {
  if (labelRole(text) !== null) return true;
  const cols = columnRoles(text);
  if (cols.fund !== null || cols.indicator !== null) return true;
  const k = classify(text).kind;
  return k === "level1" || k === "level2" || k === "level12" || k === "budgetExec";
}

function isLevelName(c: Cell): boolean {
  return ["level1", "level2", "level12", "budgetExec"].includes(classify(c.text).kind);
}

export function startsWithTotal(text: string): boolean {
  const key = labelKey(text.slice(0, 8));
  return totalLabels.some((l) => key.startsWith(l)) || key.startsWith("自评总分");
}

/**
 * A run-together row: cut at the labels it starts with (header rows are labels and values),
 * and what follows the labels of a fund or indicator row into atoms for the alignment to join.
 * `values`: the row is values of the indicator table (atoms of values are not labels, whatever
 * words they hold: …达到预期目标).
 */
/** A note in brackets that opens a run after a 一级/二级 name (`(必填)`, `（必填硬性指标）`): no figure in it. */
const LEADING_NOTE = /^[(（][^()（）0-9]{1,10}[)）]/;

export function explodeRunTogether(cells: Cell[], section: Section): { cells: Cell[]; values: boolean } {
  const blob = cells[0];
  if (!blob || cells.length !== 1) return { cells, values: false };
  if (section === "indicators" && !startsWithTotal(blob.text)) {
    // A header's second line (一级指标二级指标三级指标指标性质指标值度量单位) or a header repeated on
    // a new page is column names only: cut at them, not into a row's atoms.
    const header = indicatorHeaderRun(blob);
    if (header) return { cells: header, values: false };
    // Inside the indicator table only the 一级/二级 names that open a row are labels.
    const pieces = splitAtLabels(blob, (s) => isLevelName({ text: s, source: blob.source }));
    // A vertical 一级 label's character printed in this row (产 of 产出指标) before the 二级 name:
    // no name of the row, and never the start of a 三级 name.
    if (pieces.length > 1 && VERTICAL_FRAGMENT.test(pieces[0]!.text) && isLevelName(pieces[1]!)) pieces.shift();
    let k = 0;
    // 预算执行 opening a longer word (预算执行管理, a 二级 name of the unit's own) is no name of the template.
    while (k < pieces.length && isLevelName(pieces[k]!) && !(classify(pieces[k]!.text).kind === "budgetExec" && /^[\u4e00-\u9fff]/.test(pieces[k + 1]?.text ?? ""))) k++;
    // A 二级 name printed twice in a row (产出指标数量指标数量指标…: a merged cell's text repeated, as
    // converters repeat it) is one name: the copy is no 三级 name. (Not a name both levels hold,
    // 成本指标成本指标: there the 一级 and the 二级.)
    for (let j = 1; j < k; j++) {
      if (pieces[j]!.text === pieces[j - 1]!.text && classify(pieces[j]!.text).kind === "level2") {
        pieces.splice(j, 1);
        k--;
        j--;
      }
    }
    // The last name's note in brackets, printed after it (数量指标(必填硬性指标)面向…): the name's cell.
    if (k > 0 && k < pieces.length) {
      const note = LEADING_NOTE.exec(pieces[k]!.text);
      if (note) {
        pieces[k - 1] = { ...pieces[k - 1]!, text: pieces[k - 1]!.text + note[0] };
        pieces[k] = { ...pieces[k]!, text: pieces[k]!.text.slice(note[0].length) };
      }
    }
    const restText = pieces.slice(k).map((p) => p.text).join("");
    return { cells: [...pieces.slice(0, k), ...(restText ? atomize({ text: restText, source: blob.source }) : [])], values: true };
  }
  // An excerpt that starts inside the indicator table opens on one of its rows (mid-table-row.ts):
  // read as the table's rows are.
  if (section === "start" && opensMidTableRow(blob.text, isKnownLabel)) return explodeRunTogether(cells, "indicators");
  // A row among the funds that opens on a target with its comparison sign: the indicator table's
  // row after a preview's gap that skipped its header and names (text-rows/preview-gap.ts).
  if (section === "funds" && COMPARED_TARGET_START.test(blob.text.trim())) return explodeRunTogether(cells, "indicators");
  const fundRow = section === "funds" ? leadingFundRowLabel(blob) : null;
  if (fundRow) return { cells: fundRow, values: false };
  const tasks = explodeTaskRun(blob, section);
  if (tasks) return { cells: tasks, values: false };
  const pairs = fundPairRun(blob) ?? (section === "funds" ? repeatedPartsRun(blob) : null);
  if (pairs) return { cells: pairs, values: false };
  const pieces = joinProseLabelWords(splitAtLabels(blob, isKnownLabel), isKnownLabel);
  if (section === "funds" && isQualifiedFundLabel(blob, pieces)) return { cells: [blob], values: false };
  const first = pieces[0];
  if (!first) return { cells, values: false };
  const firstRole = labelRole(first.text);
  const firstKind = classify(first.text).kind;
  if (firstRole?.role === "fundRow" || firstRole?.role === "total" || isLevelName(first) || (section === "indicators" && !isKnownLabel(first.text))) {
    // Keep the leading names whole, atomize the values after them.
    let k = 0;
    while (k < pieces.length && (k === 0 ? firstRole !== null || isLevelName(pieces[k]!) : isLevelName(pieces[k]!))) k++;
    const head = pieces.slice(0, k);
    const restText = pieces.slice(k).map((p) => p.text).join("");
    const values = firstRole?.role !== "fundRow" && firstRole?.role !== "total";
    return { cells: [...head, ...(restText ? atomize({ text: restText, source: blob.source }) : [])], values };
  }
  // The indicator table's column names after a vertical label the template does not know whole
  // (`年度绩效指标一级指标二级指标…`): a header row, not goal text.
  const indicatorColumnNames = pieces.filter((p) => columnRoles(p.text).indicator !== null).length;
  // The goals label and its two column names, then the two goal texts run together on the same row.
  const last = pieces.at(-1)!;
  if (pieces.length > 1 && pieces.slice(0, -1).every((p) => ["goalsLabel", "goalColumn"].includes(labelRole(p.text)?.role ?? "")) && labelRole(last.text) === null && classify(last.text).kind === "text") {
    return { cells: [...pieces.slice(0, -1), ...splitGoalRun(last)], values: false };
  }
  // The same when the goal texts hold a label's words (…规范财政资金使用…: 财政资金 is a fund row's
  // label): after the goals label and its column names, the text up to the row's end is the goals'.
  const goalLabels = pieces.findIndex((p) => !["goalsLabel", "goalColumn"].includes(labelRole(p.text)?.role ?? ""));
  if (goalLabels >= 2 && labelRole(pieces[0]!.text)?.role === "goalsLabel" && labelRole(pieces[goalLabels]!.text) === null && classify(pieces[goalLabels]!.text).kind === "text" && indicatorColumnNames < 3) {
    const text = pieces.slice(goalLabels).map((p) => p.text).join("");
    return { cells: [...pieces.slice(0, goalLabels), ...splitGoalRun({ text, source: blob.source })], values: false };
  }
  if (section === "goals" && firstRole === null && firstKind === "text" && !isKnownLabel(first.text) && indicatorColumnNames < 3) {
    return { cells: splitGoalRun(blob), values: false };
  }
  return { cells: pieces, values: false };
}

/** A target with its comparison sign before its figure (`≥90%`, `<= 5天`). */
const COMPARED_TARGET_START = /^(?:[≥≤＞＜≧≦⩽⩾]|[<>]=?)\s*[0-9０-９]/;

/** One character of a vertical label, printed one row at a time. */
const VERTICAL_FRAGMENT = /^[\u4e00-\u9fff]$/;

/** A run-together row that is the indicator table's column names and nothing else (at least three), cut at them; else null. */
function indicatorHeaderRun(blob: Cell): Cell[] | null {
  // Only a row that opens on a column name is tried: a row of values never does.
  if (columnRoles(blob.text.slice(0, 6)).indicator === null && !/^[一二三]级\s*指标/.test(blob.text.trim())) return null;
  const pieces = splitAtLabels(blob, isKnownLabel);
  return pieces.length >= 3 && pieces.every((p) => columnRoles(p.text).indicator !== null) ? pieces : null;
}

const TASK_TABLE_START = /^(年度主要任务)?任务名称/;

/**
 * The department form's 年度主要任务 run together: its header cut at the task table's column names
 * (`年度主要任务任务名称主要内容预算金额(万元)`, then `总额财政拨款其他资金`), a task row cut into its
 * text and the atoms of its amounts. The task's name and its content run together stay one cell:
 * nothing printed tells where the one ends. Null when the row is neither.
 */
function explodeTaskRun(blob: Cell, section: Section): Cell[] | null {
  const key = labelKey(blob.text);
  const isTaskLabel = (t: string) => taskColumn(t) !== null || labelKey(t) === "年度主要任务" || /^预算金额\(万?元\)$/.test(labelKey(t));
  if (TASK_TABLE_START.test(key) || (section === "tasks" && /^(总额|预算金额)/.test(key))) {
    const pieces = splitAtLabels(blob, isTaskLabel);
    if (pieces.every((p) => isTaskLabel(p.text))) return pieces;
  }
  if (section !== "tasks") return null;
  // A task: text (which may hold figures of its own, 新造林1000亩), then amounts only (459.00427.3231.68).
  const m = /^(.*[^0-9.,\s])\s*([0-9][0-9.,\s]*)$/.exec(blob.text.trim());
  if (!m) return null;
  return [{ text: m[1]!, source: blob.source }, ...atomize({ text: m[2]!, source: blob.source })];
}

/**
 * A row of the funds table run together, led by its whole name — 合计, a row the template names
 * (①项目支出), or one named in words of its own (财政资金小计, 单位其它收入) — and then its amounts
 * alone: the name is one cell (not cut at a shorter label inside it, 财政资金 | 小计) and the
 * amounts are atoms. Null when the row is not that.
 */
const AMOUNTS_ONLY = /^(?:[0-9.,%％\s]|(?<=[0-9])(?:[万萬]元|[万萬]|元))+$/;
const OWN_FUND_ROW_NAME = /^[\u4e00-\u9fff()（）:：]{2,16}$/;

/**
 * A fund row's label left with no amounts whose last words are a label of the template and whose
 * first are none (`市级财政资金`: 市级 | 财政资金 as cut at the labels): the row's one label, whole,
 * as the extra fund rows spell theirs. (Not two labels run together, 上年结转资金其他资金.)
 */
function isQualifiedFundLabel(blob: Cell, pieces: readonly Cell[]): boolean {
  if (pieces.length !== 2 || /[0-9０-９]/.test(blob.text) || isKnownLabel(pieces[0]!.text)) return false;
  return labelRole(pieces[1]!.text)?.role === "fundRow" && extraFundRowPattern.test(labelKey(blob.text));
}

function leadingFundRowLabel(blob: Cell): Cell[] | null {
  const text = blob.text.trim();
  // The same row with its amounts left blank, its name alone on the line (`其中:中央、省补助`,
  // `市级财政资金`): one cell, not cut at a shorter label inside it (市级 | 财政资金).
  if (!/[0-9]/.test(text) && labelRole(text) === null && extraFundRowPattern.test(labelKey(text))) return [{ text, source: blob.source }];
  const m = /^([^0-9]+?)(?=[0-9])/.exec(text);
  if (!m) return null;
  const rest = text.slice(m[1]!.length);
  // Only amounts (with their scale, 829.3万), rates and their signs follow: no text that would
  // need the row's other readings.
  if (!AMOUNTS_ONLY.test(rest)) return null;
  const key = labelKey(m[1]!);
  const role = labelRole(m[1]!);
  // A row named in words of its own that no pattern knows (彩票公益金用于医疗救助): a short name
  // of words alone, no other label, and figures enough for two amounts after it (00100%: 0 | 0 | 100%).
  const ownName = role === null && OWN_FUND_ROW_NAME.test(key) && (rest.match(/[0-9]/g)?.length ?? 0) >= 3;
  if (role?.role !== "fundRow" && role?.role !== "total" && !extraFundRowPattern.test(key) && !ownName) return null;
  return [{ text: m[1]!, source: blob.source }, ...atomize({ text: rest, source: blob.source })];
}

/**
 * A spaced goals row whose two texts ran together with no space between them (`年度总体目标 预期目标
 * 实际完成情况 目标1:…。目标2:…。1.…。2.…。`): the goals label, its two column names, then one text.
 * The text is cut as a run-together row's is (splitGoalRun), where the text itself tells.
 */
function splitSpacedGoalRun(cells: Cell[]): Cell[] {
  let last = -1;
  let columns = 0;
  for (let i = 0; i < cells.length; i++) {
    if (!hasText(cells[i]!.text)) continue;
    if (last >= 0) return cells;
    const role = labelRole(cells[i]!.text)?.role;
    if (i === 0 ? role !== "goalsLabel" : role !== "goalColumn" && role !== undefined) return cells;
    if (role === "goalColumn") columns++;
    if (role === undefined) last = i;
  }
  if (last < 0 || columns !== 2 || classify(cells[last]!.text).kind !== "text") return cells;
  const split = splitGoalRun(cells[last]!);
  return split.length === 1 ? cells : [...cells.slice(0, last), ...split];
}

/**
 * Two goal texts run together: the unit's own numbering restarting (`1、…2、…1、…`) marks where
 * the second begins; so does a list numbered only in the second (`…做好宣传。1、已…2、已…`), and the
 * completion restating the goal's opening words, with or without 已 (`业务收入达到55万元…业务收入
 * 77.57万元…`, `加强阵地建设…已加强阵地建设…`). Otherwise the text stays whole.
 */
function splitGoalRun(cell: Cell): Cell[] {
  const text = cell.text.trim();
  const at = goalRunCut(text);
  if (at === null) return [cell];
  return [
    { text: text.slice(0, at), source: cell.source },
    { text: text.slice(at), source: cell.source },
  ];
}

import type { Cell, Row } from "../layout/grid.js";
import { foldWidth } from "../normalise/fold-width.js";
import { labelKey, matchSpelling } from "../template/labels.js";
import { isGoalsBlockHeading } from "./report-headings.js";
import {
  extraFundRowPattern,
  fundColumns,
  fundRows,
  fundsLabel,
  goalColumns,
  goalsLabel,
  headerFields,
  indicatorColumns,
  indicatorsLabels,
  level1Names,
  level2Names,
  qualitativeValues,
  titlePattern,
  totalLabels,
  trailerLabels,
  verticalLabels,
  type IndicatorColumn,
  type FundColumn,
} from "../template/project.js";
import { FIGURES_FIRST_SLOTS, opensFiguresFirstMidTable } from "./mid-table-figures-first.js";

/**
 * The rows of a layout-ordered dump, rebuilt from its cells in drawing order (layout-ordered.ts).
 * What it knows of the form is the template's labels: which labels open a row and take values
 * after them (header fields, fund rows, the total), which labels are a table's column names, and
 * the 一级 and 二级 names. A fund row takes as many values as the funds table has columns; an
 * indicator row is cut out of the table's cells by the columns its header names, choosing the
 * cheapest cut (indicator-cut.ts). Each rebuilt row holds its cells in the table's order, values
 * printed before their label put back after it, so the reconstructor reads it as it reads a table.
 */

type Kind =
  | "title" | "year" | "header" | "fundsLabel" | "fundColumn" | "fundRow" | "goalsLabel" | "goalColumn"
  | "indicatorsLabel" | "indicatorColumn" | "total" | "trailer" | "value";

const YEAR_LINE = /^[(（]?\s*(19|20)\d{2}\s*年度?\s*[)）]?$/;
/** An amount, rate, weight or score; a dash is an amount left blank. */
const FUND_VALUE = /^(?:[-+]?[\d,，]+(?:\.\d+)?%?|[-—–/／]+)$/;
/** A 分值 or 得分: a number without unit. */
const SCORE = /^\d{1,3}(?:\.\d+)?$/;

/** An amount, rate, weight, score or blank of the funds table, full-width digits folded. */
function isFundValue(text: string): boolean {
  return FUND_VALUE.test(foldWidth(text.trim()));
}

const level1Set = new Set(level1Names);
const level2Set = new Set(level2Names);

function bare(key: string): string {
  return key.replace(/\(\d{1,3}(?:\.\d+)?分\)$/, "");
}

/** A 一级 or 二级 name as matched: its key, full-width digits folded, its points dropped. */
function nameKey(text: string): string {
  return bare(labelKey(foldWidth(text)));
}

/** A 一级 or 二级 name of the template's vocabulary (with or without its points, 产出指标(50分)). */
export function vocabularyName(text: string): boolean {
  const key = nameKey(text);
  return level1Set.has(key) || level2Set.has(key);
}

/** A label of the template (a header field, a funds or indicator column, a block's label …). */
export function isTemplateLabel(text: string): boolean {
  return labelKind(text) !== "value";
}

function labelKind(text: string): Kind {
  const key = labelKey(text);
  if (key === "" || key.length > 40) return "value";
  if (titlePattern.test(key)) return "title";
  if (YEAR_LINE.test(text.trim())) return "year";
  if (key.length > 24) return "value";
  // 自评总分 is a header field's label too; in a dump it is the total row's.
  if (totalLabels.includes(key)) return "total";
  if (matchSpelling(key, headerFields)) return "header";
  if (fundsLabel.some((l) => key === l || (key.startsWith(l) && /^\((万?元)\)$/.test(key.slice(l.length))))) return "fundsLabel";
  if (goalsLabel.includes(key)) return "goalsLabel";
  if (matchSpelling(key, goalColumns)) return "goalColumn";
  if (indicatorsLabels.includes(key) || verticalLabels.includes(key)) return "indicatorsLabel";
  if (totalLabels.includes(key)) return "total";
  if (trailerLabels.includes(key)) return "trailer";
  if (matchSpelling(key, fundRows)) return "fundRow";
  const indicator = matchSpelling(key, indicatorColumns);
  const fund = matchSpelling(key, fundColumns);
  if (indicator && ["level1", "level2", "level3", "target", "actual", "deviation", "nature", "unit"].includes(indicator)) return "indicatorColumn";
  if (fund) return "fundColumn";
  if (indicator) return "indicatorColumn";
  return "value";
}

/**
 * A line of the dump (or a vertical label gathered), and how likely the next piece continues
 * its cell: a wrapped cell's lines are joined where the table's rows settle it.
 */
export interface Piece {
  cell: Cell;
  next: "none" | "possible" | "likely";
}

/** The pieces `from`..`to` as cells, a piece joined to the one before where it likely continues it. */
function joinLikely(pieces: readonly Piece[], from: number, to: number): Cell[] {
  const out: Cell[] = [];
  for (let i = from; i < to; i++) {
    const prev = i > from ? pieces[i - 1]! : null;
    if (prev && prev.next === "likely") out[out.length - 1] = joinCells(out.at(-1)!, pieces[i]!.cell);
    else out.push(pieces[i]!.cell);
  }
  return out;
}

function joinCells(a: Cell, b: Cell): Cell {
  return { text: a.text + b.text, source: a.source };
}

/** One character of a vertical label, as the dump printed it one a line. */
const LABEL_CHAR = /^[\u4e00-\u9fff()（）]$/;

/**
 * A layout-ordered dump's cells in drawing order (reconstruct/text-rows/layout-ordered.ts) → its rows. A
 * cell goes on in the next as the text told, unless the next is a label of the template, a
 * 一级/二级 name or a title: those open cells of their own.
 */
export function rebuildLayoutRows(cells: readonly Cell[]): Row[] {
  const pieces: Piece[] = cells.map((cell, i) => {
    const next = cells[i + 1];
    const text = next?.source.printed ?? next?.text ?? "";
    const opens = next === undefined || isTemplateLabel(text) || vocabularyName(text) || titlePattern.test(labelKey(text)) || (LABEL_CHAR.test(text) && isTemplateLabel(cell.text));
    return { cell, next: opens ? "none" : (cell.continues ?? "none") };
  });
  return rebuildRows(pieces);
}

/** The pieces of a layout-ordered dump → rows. */
export function rebuildRows(pieces: readonly Piece[]): Row[] {
  const rows: Row[] = [];
  const push = (cs: Cell[]) => {
    if (cs.length > 0) rows.push({ cells: cs, boundaries: "exact" });
  };
  const cells = pieces.map((p) => p.cell);
  const kinds = cells.map((c) => labelKind(c.text));
  let i = 0;
  let tableRead = false;
  while (i < cells.length) {
    const kind = kinds[i]!;
    if (kind === "fundsLabel" || kind === "fundColumn" || kind === "fundRow") {
      i = readFunds(pieces, kinds, i, push);
    } else if (kind === "goalsLabel" || kind === "goalColumn") {
      i = readGoals(pieces, kinds, i, push);
    } else if (kind === "indicatorsLabel" || kind === "indicatorColumn") {
      i = readIndicators(pieces, kinds, i, push);
      tableRead = true;
    } else if (!tableRead && kind === "value" && opensFiguresFirstMidTable(cells, i)) {
      // An excerpt that opens inside the indicator table on a row whose figures come first
      // (mid-table-figures-first.ts): the table's rows cut from here by its columns.
      i = readIndicators(pieces, kinds, i, push, FIGURES_FIRST_SLOTS);
      tableRead = true;
    } else if (kind === "total") {
      // The total's label and the numbers after it.
      let end = i + 1;
      while (end < cells.length && kinds[end] === "value" && isFundValue(cells[end]!.text)) end++;
      push(cells.slice(i, end));
      i = end;
    } else if (kind === "header" || kind === "trailer") {
      // A label and its value after it: the lines up to the next label, joined where they may go on.
      let end = i + 1;
      while (end < cells.length && kinds[end] === "value" && (end === i + 1 || pieces[end - 1]!.next !== "none")) end++;
      push([cells[i]!, ...(end > i + 1 ? [cells.slice(i + 2, end).reduce(joinCells, cells[i + 1]!)] : [])]);
      i = end;
    } else {
      let end = i + 1;
      while (end < cells.length && kinds[end] === "value" && pieces[end - 1]!.next === "likely") end++;
      push(joinLikely(pieces, i, end));
      i = end;
    }
  }
  return rows;
}

type Push = (cells: Cell[]) => void;
const empty = (at: Cell): Cell => ({ text: "", source: at.source });

/** Ends a block: the next part of the form. */
function endsBlock(kind: Kind, block: "funds" | "goals" | "indicators"): boolean {
  if (kind === "title" || kind === "header" || kind === "trailer") return true;
  if (block === "funds") return kind === "goalsLabel" || kind === "goalColumn" || kind === "indicatorsLabel" || kind === "indicatorColumn" || kind === "total";
  // (A funds block printed after the goals, as Sichuan's form prints it, ends them too: its label or a
  // fund row's. A column name alone does not: 实际支出金额 heads a bond project's funds among other labels.)
  if (block === "goals") return kind === "indicatorsLabel" || kind === "indicatorColumn" || kind === "total" || kind === "fundsLabel" || kind === "fundRow";
  return kind === "total";
}

/**
 * The funds block: its label and column names are the header row; each fund row label takes the
 * values after it up to the table's width (the first row: every column; the others: the amounts),
 * and the non-numbers right after those (a dash in the 分值 column); values beyond go to the next
 * label, printed before it. A label that already has values printed before it takes only the
 * non-numbers after it.
 */
function readFunds(pieces: readonly Piece[], kinds: readonly Kind[], start: number, push: Push): number {
  const cells = pieces.map((p) => p.cell);
  let i = start;
  const head: Cell[] = [];
  while (i < cells.length && (kinds[i] === "fundsLabel" || kinds[i] === "fundColumn")) head.push(cells[i++]!);
  const columns = head.filter((c) => labelKind(c.text) === "fundColumn").map((c) => matchSpelling(labelKey(c.text), fundColumns));
  const width = Math.max(1, columns.length);
  const amounts = Math.max(1, columns.filter(isAmountColumn).length);
  push(head);
  const { rows, end } = shareFundValues(cells, kinds, i, width, amounts, false, columns);
  // A row left with a rate and no amounts (其中:中央、省补助 | 市级财政资金 | 40 40 100% | 县级财政资金: 40 40
  // to 市级, 100% to 县级) says the dump prints each row's figures before its label, as it did the first
  // row's: read so when that leaves no such row.
  if (rows.slice(1).some(rateWithoutAmounts)) {
    const before = shareFundValues(cells, kinds, i, width, amounts, true, columns);
    if (!before.rows.slice(1).some(rateWithoutAmounts)) {
      for (const r of before.rows) push(r);
      return before.end;
    }
  }
  for (const r of rows) push(r);
  return end;
}

/**
 * A fund row of a rate alone: its amounts went to another row. (Not one with blanks beside the rate,
 * `100% — —`: a row's 分值 and 得分 printed empty after the row before's rate.)
 */
function rateWithoutAmounts(row: readonly Cell[]): boolean {
  return row.length === 2 && /^[\d.]+%$/.test(foldWidth(row[1]!.text.trim()));
}

/** The funds' columns of amounts (预算数, 执行数), the others a row's 执行率, 分值 and 得分. */
const isAmountColumn = (c: FundColumn | null): boolean => c === "initialBudget" || c === "annualBudget" || c === "executed";

/** A row's amounts and its other figures put back in the columns' order (each list in its own order). */
function inColumnOrder(columns: readonly (FundColumn | null)[], amounts: readonly Cell[], others: readonly Cell[]): Cell[] {
  const [a, o] = [[...amounts], [...others]];
  const out: Cell[] = [];
  for (const c of columns) {
    const next = isAmountColumn(c) ? a.shift() : o.shift();
    if (next) out.push(next);
  }
  return [...out, ...a, ...o];
}

/**
 * The fund rows from `from` to the block's end: each label with its figures. Read as printed after
 * their label (`valuesFirst` false: figures beyond a row's width go to the next label) or, after the
 * first row, as printed before it (every figure after a label waits for the next one).
 */
function shareFundValues(cells: readonly Cell[], kinds: readonly Kind[], from: number, width: number, amounts: number, valuesFirst: boolean, columns: readonly (FundColumn | null)[] = []): { rows: Cell[][]; end: number } {
  const rows: Cell[][] = [];
  const push = (cs: Cell[]) => {
    if (cs.length > 0) rows.push(cs);
  };
  let i = from;
  let pending: Cell[] = [];
  let current: { label: Cell; values: Cell[]; pre: boolean; cap: number; others?: Cell[] } | null = null;
  let rowsRead = 0;
  const flush = () => {
    if (current?.others) push([current.label, ...inColumnOrder(columns, current.values, current.others)]);
    else if (current) push([current.label, ...current.values]);
    current = null;
  };
  for (; i < cells.length; i++) {
    const kind = kinds[i]!;
    if (endsBlock(kind, "funds")) break;
    const cell = cells[i]!;
    const isLabel = kind === "fundRow" || (kind === "value" && extraFundRowPattern.test(labelKey(cell.text)) && !isFundValue(cell.text));
    if (isLabel) {
      flush();
      // The first row's 分值, 执行率 and 得分 drawn before its label and its amounts after it (100 83.5% 98 |
      // 年度资金总额 | 150 | 150 | 125.25): as many figures before it as the columns that are no amount.
      if (rowsRead === 0 && !valuesFirst && pending.length > 0 && pending.length === width - amounts && amounts > 1 && columns.length === width && pending.every((c) => isFundValue(c.text))) {
        current = { label: cell, values: [], pre: false, cap: amounts, others: pending };
        pending = [];
        rowsRead++;
        continue;
      }
      current = { label: cell, values: pending, pre: pending.length > 0, cap: rowsRead === 0 ? width : amounts };
      pending = [];
      rowsRead++;
      continue;
    }
    if (!current) {
      pending.push(cell);
      continue;
    }
    const numeric = isFundValue(cell.text) && !/^[-—–/／]+$/.test(cell.text.trim());
    const full = current.pre || current.values.length >= current.cap;
    // Once values go to the next label, they all do.
    if (pending.length > 0 || (full && numeric) || (valuesFirst && rowsRead > 1 && numeric)) pending.push(cell);
    else current.values.push(cell);
  }
  if (current) {
    (current as { values: Cell[] }).values.push(...pending);
    pending = [];
  }
  flush();
  if (pending.length) push(pending);
  return { rows, end: i };
}

/** The goals block: its label and column names, then the goal texts in one row. */
function readGoals(pieces: readonly Piece[], kinds: readonly Kind[], start: number, push: Push): number {
  const cells = pieces.map((p) => p.cell);
  let i = start;
  const head: Cell[] = [];
  // (The form's own numbered heading among the labels, 项目基本情况 | 1.项目年度目标完成情况 | 项目年度目标 |
  // 年度目标完成情况, stays in the header row, where the reader tells it from the goals.)
  while (i < cells.length && (kinds[i] === "goalsLabel" || kinds[i] === "goalColumn" || isGoalsBlockHeading(cells[i]!.text))) head.push(cells[i++]!);
  push(head);
  const lead = kinds[start] === "goalsLabel" ? [empty(cells[start]!)] : [];
  const from = i;
  // A numbered heading of the form's own after the goals (2.项目实施内容及过程概述) ends them: it and
  // its prose are rows of their own.
  while (i < cells.length && !endsBlock(kinds[i]!, "goals") && !(i > from && isGoalsBlockHeading(cells[i]!.text))) i++;
  const texts = goalTexts(pieces.slice(from, i), head.filter((c) => labelKind(c.text) === "goalColumn").length);
  if (texts.length) push([...lead, ...texts]);
  return i;
}

/**
 * The goal texts from their pieces: every wrapped line joined to its cell; where that leaves
 * fewer texts than the block has columns, the cell is cut where its line least filled the
 * column (a goal text ends on a short line, the next begins on a new one).
 */
function goalTexts(pieces: readonly Piece[], columns: number): Cell[] {
  const joined = pieces.map((p, k) => ({ ...p, next: k === pieces.length - 1 ? ("none" as const) : p.next }));
  let cells = splitAtNone(joined);
  while (cells.length < Math.max(2, columns) && joined.some((p) => p.next !== "none")) {
    // The weakest join: a possible one before a likely one, then the shortest line.
    let at = -1;
    joined.forEach((p, k) => {
      if (p.next === "none") return;
      const worse = at < 0 || (p.next === "possible" && joined[at]!.next === "likely") || (p.next === joined[at]!.next && [...p.cell.text].length < [...joined[at]!.cell.text].length);
      if (worse) at = k;
    });
    joined[at] = { ...joined[at]!, next: "none" };
    cells = splitAtNone(joined);
  }
  return cells;
}

function splitAtNone(pieces: readonly Piece[]): Cell[] {
  const out: Cell[] = [];
  pieces.forEach((p, k) => {
    if (k > 0 && pieces[k - 1]!.next !== "none") out[out.length - 1] = joinCells(out.at(-1)!, p.cell);
    else out.push(p.cell);
  });
  return out;
}

/** The indicator table: its label and column names, then its rows cut by indicator-cut.ts. */
function readIndicators(pieces: readonly Piece[], kinds: readonly Kind[], start: number, push: Push, headerless?: readonly IndicatorColumn[]): number {
  const cells = pieces.map((p) => p.cell);
  let i = start;
  const head: Cell[] = [];
  while (i < cells.length && (kinds[i] === "indicatorsLabel" || kinds[i] === "indicatorColumn" || (kinds[i] === "fundColumn" && head.length > 0))) head.push(cells[i++]!);
  push(head);
  const roles = head
    .map((c) => matchSpelling(labelKey(c.text), indicatorColumns))
    .filter((r): r is IndicatorColumn => r !== null && r !== "level1" && r !== "level2");
  const slots: readonly IndicatorColumn[] = headerless ?? (roles.length >= 3 ? roles : ["level3", "target", "actual", "weight", "score", "deviation"]);
  const lead = kinds[start] === "indicatorsLabel" ? 1 : 0;
  let body: Piece[] = [];
  const pushRows = (rows: readonly CutRow[]) => {
    for (const row of rows) {
      const at = row.cells.find((c) => c !== null) ?? body[0]!.cell;
      push([...Array.from({ length: lead }, () => empty(at)), ...row.cells.map((c) => c ?? empty(at))]);
    }
  };
  while (i < cells.length && !endsBlock(kinds[i]!, "indicators")) {
    // The table's column names again after a page break (a table that repeats its heading row):
    // the rows before them are cut apart from those after, and the names are a header row again.
    if (isHeadKind(kinds[i]!) && isHeadKind(kinds[i + 1])) {
      pushRows(cutIndicatorRows(body, slots, false).rows);
      const again: Cell[] = [];
      // (分值 and 得分 are the funds' column names too: in a heading they are its.)
      while (i < cells.length && (isHeadKind(kinds[i]!) || kinds[i] === "fundColumn")) again.push(cells[i++]!);
      push(again);
      body = [];
      continue;
    }
    body.push(pieces[i++]!);
  }
  const totalFollows = i < cells.length && kinds[i] === "total";
  const cut = cutIndicatorRows(body, slots, totalFollows);
  pushRows(cut.rows);
  if (totalFollows) {
    // The total's values printed before its label go after it.
    let end = i + 1;
    while (end < cells.length && kinds[end] === "value") end++;
    push([cells[i]!, ...cut.totalValues, ...cells.slice(i + 1, end)]);
    i = end;
  }
  return i;
}

/** A piece of the indicator table's heading: its label or a column's name. */
function isHeadKind(kind: Kind | undefined): boolean {
  return kind === "indicatorsLabel" || kind === "indicatorColumn";
}

// ---------------------------------------------------------------------------------------------
// Cutting the indicator table's cells into rows.

interface CutRow {
  /** 一级, 二级, then one cell per slot, null where the row has none. */
  cells: (Cell | null)[];
}

const NUMERIC_SLOTS = new Set<IndicatorColumn>(["weight", "score", "level1Weight", "level2Weight", "seq"]);
/**
 * A whole target's or actual's figure drawn among a row's figures: a percentage. (A bare number
 * is one only where the unit has a column of its own; a whole target prints its unit, 12个.)
 */
const PERCENT_FIGURE = /^\d[\d,]*(?:\.\d+)?%$/;
/** Slots a bare figure fills where the target's unit has a column of its own. */
const BARE_FIGURE_SLOTS = new Set<IndicatorColumn>(["target", "actual"]);
/** Slots a row often leaves empty: no cost to leave them out (a qualitative target, 定性 | 优良中差, has no unit). */
const OPTIONAL_SLOTS = new Set<IndicatorColumn>(["deviation", "method", "note", "seq", "unit"]);
/**
 * Costs of a cut (lower is likelier). A score above its weight costs more than a score left out:
 * the figure is the next row's (a qualitative row's one figure, then the next row's figures first).
 */
const COST = { possibleJoin: 0.4, missing: 1.5, missingNumber: 2, valuesFirst: 0.3, numericText: 0.5, quantityName: 0.8, verdictName: 2, implausible: 2.5, lone: 4, placeholder: 0.5, totalValues: 0.5, breakTwin: 4 };
/** A quantity (`770.6元`, `≥95%`): a target or a value, hardly a 三级 name. */
const QUANTITY = /^[≥≤<>=＞＜＝]?\s*\d[\d,.]*\s*[%\u4e00-\u9fff]{0,3}$/;
/** What a 三级 name hardly is: a sentence (a deviation's), or a verdict (无, 已完成, 达成预期指标). */
const SENTENCE = /[，。；,;]/;
const VERDICT = /^(无|无偏差|已完成|完成)$/;
const qualitative = new Set(qualitativeValues);

/** What taking a text for a 三级 name costs: a verdict more than leaving the name out. */
function nameCost(text: string): number {
  const t = text.trim();
  if (VERDICT.test(t) || qualitative.has(t)) return COST.verdictName;
  return QUANTITY.test(foldWidth(t)) || SENTENCE.test(t) ? COST.quantityName : 0;
}

/** Most lines a wrapped cell of the indicator table is taken to run over. */
const MAX_WRAPPED_LINES = 5;
const PLACEHOLDER = /^(?:…+|\.{3,}|指标\d+[:：]?|……)$/;

/**
 * The rows of an indicator table from its cells in drawing order, where empty cells are absent
 * and a row's numbers (分值, 得分) may come before its names. Each row is: an optional 一级 and
 * 二级 name (known words), then the header's columns in order, any of which may be missing; or
 * the same with the numbers first. The cut chosen is the cheapest over the whole table (dynamic
 * programming from the end), so a text after a row's numbers goes to its 偏差原因 or to the next
 * row's 三级 name by what the cells after it need. Numbers left at the end before the 总分 label
 * are the total's.
 */
export function cutIndicatorRows(pieces: readonly Piece[], slots: readonly IndicatorColumn[], totalFollows: boolean, options: { twins?: boolean } = {}): { rows: CutRow[]; totalValues: Cell[] } {
  const cells = pieces.map((p) => p.cell);
  const n = cells.length;
  // Numbers are told on the text with full-width digits folded (１００％); the cells keep theirs.
  const texts = cells.map((c) => foldWidth(c.text.trim()));
  const isScore = texts.map((t) => SCORE.test(t));
  const isVocab = cells.map((c) => vocabularyName(c.text));
  const isL1 = cells.map((c) => level1Set.has(nameKey(c.text)));
  const isL2 = cells.map((c) => level2Set.has(nameKey(c.text)));
  // A text cell printed twice side by side (a target and its actual alike); figures are left out.
  const twin = options.twins ? texts.map((t, k) => !isScore[k] && t !== "" && (t === texts[k - 1] || t === texts[k + 1])) : [];
  type Choice = { len: number; cells: (Cell | null)[]; total?: boolean };
  const best: number[] = new Array(n + 1).fill(Infinity);
  const choice: (Choice | null)[] = new Array(n + 1).fill(null);
  best[n] = 0;
  const numericSlots = slots.filter((s) => NUMERIC_SLOTS.has(s));
  const textSlots = slots.filter((s) => !NUMERIC_SLOTS.has(s));
  // The orders a row's cells may come in: names first, then the columns; the numbers first; or,
  // where the target and the actual are bare figures of their own columns (a target split into
  // 指标性质 | 指标值 | 度量单位), every figure first, the sign and the unit after the name (an
  // Excel sheet printed to PDF draws a row's figures first).
  const hasUnitColumn = slots.includes("unit");
  const figureSlots = slots.filter((s) => NUMERIC_SLOTS.has(s) || BARE_FIGURE_SLOTS.has(s));
  const orders: ("l1" | "l2" | IndicatorColumn)[][] = [["l1", "l2", ...slots], [...numericSlots, "l1", "l2", ...textSlots]];
  // Where the target is whole (≥95%, 100%), a bare one is drawn with the figures and one with its
  // sign stays after the name: both readings, the target among the figures or after the names.
  const figureOrders: ("l1" | "l2" | IndicatorColumn)[][] = [];
  if (figureSlots.length > numericSlots.length) {
    figureOrders.push([...figureSlots, "l1", "l2", ...slots.filter((s) => !figureSlots.includes(s))]);
    if (!hasUnitColumn && figureSlots.includes("target")) {
      const after: IndicatorColumn[] = figureSlots.filter((s) => s !== "target");
      figureOrders.push([...after, "l1", "l2", ...slots.filter((s) => !after.includes(s))]);
    }
  }
  orders.push(...figureOrders);
  /** Where each slot's cell goes in a cut row: 一级, 二级, then the header's columns. */
  const outputOrder: ("l1" | "l2" | IndicatorColumn)[] = ["l1", "l2", ...slots];
  const weightAt = outputOrder.indexOf("weight");
  const scoreAt = outputOrder.indexOf("score");
  const got: (Cell | null)[] = outputOrder.map(() => null);

  for (let p = n - 1; p >= 0; p--) {
    const consider = (cost: number, c: Choice) => {
      const total = cost + best[p + c.len]!;
      if (total < best[p]!) {
        best[p] = total;
        choice[p] = c;
      }
    };
    // Numbers left before the 总分 label: the total's.
    if (totalFollows && n - p <= 2 && texts.slice(p).every((_, k) => isScore[p + k])) consider(COST.totalValues, { len: n - p, cells: [], total: true });
    for (const order of orders) {
      const first = order[0] !== "l1";
      // Every figure first (figureOrders, the last one or two): the figures fill their columns in
      // order, those left over stay empty (a row with no 得分 prints three figures).
      const figuresFirst = figureOrders.includes(order);
      const namesAt = order.indexOf("l1");
      const places = order.map((slot) => outputOrder.indexOf(slot));
      walk(p, 0, first ? COST.valuesFirst : 0);
      function walk(pos: number, k: number, cost: number): void {
        // No cut can cost less than nothing: a path already as dear as the best is dropped.
        if (cost >= 6 || cost >= best[p]!) return;
        if (k === order.length) {
          if (pos - p < 2) return;
          let extra = 0;
          const w = weightAt >= 0 ? got[weightAt] : null;
          const s = scoreAt >= 0 ? got[scoreAt] : null;
          const [wn, sn] = [Number(foldWidth(w?.text ?? "").trim()), Number(foldWidth(s?.text ?? "").trim())];
          if (w && s && (sn > wn || wn > 100)) extra += COST.implausible;
          consider(cost + extra, { len: pos - p, cells: [...got] });
          return;
        }
        const slot = order[k]!;
        const place = places[k]!;
        const at = pos < n ? pos : -1;
        if (figuresFirst && k < namesAt) {
          // (A row in this order opens on a figure: one with none is read in the other orders.)
          const figure = at >= 0 && (BARE_FIGURE_SLOTS.has(slot as IndicatorColumn) ? (hasUnitColumn ? isScore[at]! : PERCENT_FIGURE.test(texts[at]!)) : isScore[at]!);
          // Columns left over when the figures ran out stay empty at no cost; one passed over for
          // a figure a later column takes costs what it costs in the other orders.
          const more = at >= 0 && (isScore[at]! || PERCENT_FIGURE.test(texts[at]!));
          const skip = more ? (NUMERIC_SLOTS.has(slot as IndicatorColumn) ? COST.missingNumber : COST.missing) : 0;
          if (!figure) return k === 0 ? undefined : walk(pos, k + 1, cost + skip);
          got[place] = cells[at]!;
          walk(at + 1, k + 1, cost);
          got[place] = null;
          return;
        }
        if (at >= 0 && fits(slot, at)) {
          const text = slot !== "l1" && slot !== "l2" && !NUMERIC_SLOTS.has(slot);
          let cell = cells[at]!;
          let joins = 0;
          // A text cell may be a wrapped one: its lines joined, at a cost for each join not likely.
          for (let end = at + 1; end <= n; end++) {
            got[place] = cell;
            // A cell left short of a line that likely continued it costs what a join not likely does.
            const cut = text && end < n && pieces[end - 1]!.next === "likely" ? COST.possibleJoin : 0;
            const odd = (text && isScore[at] ? COST.numericText : 0) + (slot === "level3" ? nameCost(cell.text) : 0) + (slot === "deviation" && QUANTITY.test(foldWidth(cell.text.trim())) ? COST.quantityName : 0);
            walk(end, k + 1, cost + joins + cut + odd);
            got[place] = null;
            if (!text || end === n || end - at >= MAX_WRAPPED_LINES || pieces[end - 1]!.next === "none") break;
            joins += pieces[end - 1]!.next === "likely" ? 0 : COST.possibleJoin;
            // A text printed twice in a row (a target its actual repeats word for word, 良好 | 良好:
            // the common completed row) is two whole cells: no join takes either copy in. (Asked
            // for one-line dumps' rows, spaced-indicators.ts; a layout-ordered dump's rows whose
            // figures come first read worse with it: a01 under layout-numbers-first 55 -> 52 of 74.)
            if (options.twins && (twin[end] || (end === at + 1 && twin[at]))) joins += COST.breakTwin;
            cell = joinCells(cell, cells[end]!);
          }
        }
        // A 一级 or 二级 name where the row may have one is the row's: no text column takes it.
        if ((slot === "l1" || slot === "l2") && at >= 0 && fits(slot, at)) return;
        const skip = slot === "l1" || slot === "l2" || OPTIONAL_SLOTS.has(slot as IndicatorColumn) ? 0 : NUMERIC_SLOTS.has(slot as IndicatorColumn) ? COST.missingNumber : COST.missing;
        walk(pos, k + 1, cost + skip);
      }
    }
    // A row with one name only (a placeholder 指标2:, ……), or a cell no cut places.
    let q = p;
    const lone: Cell[] = [];
    if (isL1[q] && !(isL2[q] && !isL2[q + 1])) lone.push(cells[q++]!);
    if (q < n && isL2[q]) lone.push(cells[q++]!);
    if (q < n && PLACEHOLDER.test(texts[q]!)) consider(COST.placeholder, { len: q + 1 - p, cells: placeholderRow(cells, p, q, isL1, slots) });
    const at = isL1[p] ? 0 : isL2[p] ? 1 : 2 + Math.max(0, slots.indexOf("level3"));
    consider(COST.lone, { len: 1, cells: [null, null, ...slots.map(() => null)].map((c, k) => (k === at ? cells[p]! : c)) });
  }
  const rows: CutRow[] = [];
  let totalValues: Cell[] = [];
  for (let p = 0; p < n; ) {
    const c = choice[p]!;
    if (c.total) totalValues = cells.slice(p, p + c.len);
    else rows.push({ cells: c.cells });
    p += c.len;
  }
  return { rows, totalValues };

  function fits(slot: "l1" | "l2" | IndicatorColumn, at: number): boolean {
    // A name that is both a 一级 and a 二级 word (成本指标) is a 二级 one unless a 二级 name follows.
    if (slot === "l1") return isL1[at]! && (!isL2[at] || (at + 1 < n && isL2[at + 1]!));
    if (slot === "l2") return isL2[at]!;
    if (isVocab[at]) return false;
    if (NUMERIC_SLOTS.has(slot)) return isScore[at]!;
    if (slot === "level3" || slot === "deviation" || slot === "method" || slot === "note") return !isScore[at];
    return true;
  }
}

function placeholderRow(cells: readonly Cell[], p: number, q: number, isL1: readonly boolean[], slots: readonly IndicatorColumn[]): (Cell | null)[] {
  const l1 = isL1[p] && p < q ? cells[p]! : null;
  const l2 = q - p === 2 || (q - p === 1 && !l1) ? cells[q - 1]! : null;
  return [l1, l2, ...slots.map((s) => (s === "level3" ? cells[q]! : null))];
}

import type { Cell } from "../layout/grid.js";
import { classify, COMPARATOR_WORD_ONLY, isLevelKind, type Content } from "./classify.js";
import { scoringRuleThenText, wholeScoringRule } from "../template/department.js";
import { toSimplified } from "../normalise/script.js";
import { isYearAtom, opensYearOnYear } from "./run-together.js";
import { listedTargetStart } from "./listed-name-target.js";
import { restatedOpenings } from "./restated-opening.js";
import { eitherMarked, restatedCompletions } from "./restated-completion.js";
import { patternKey } from "../normalise/fold-width.js";
import { COST_TIE } from "./tolerances.js";

/** What a column holds; the alignment prices each cell against it by content. */
export type ColumnType =
  | "amount"
  | "weight"
  | "score"
  | "rate"
  | "level1"
  | "level2"
  | "level3"
  | "value"
  | "text"
  | "nature"
  | "unit";

export interface ColumnSpec<N extends string = string> {
  name: N;
  type: ColumnType;
  /** The column index the header printed it at, when known: a tie-breaker, never decisive. */
  hint?: number;
  /** Cost of leaving this column empty, when it differs from its type's. */
  skip?: number;
  /**
   * A 一级 or 二级 column whose points the next column holds (一级指标 | 分值 | 二级指标 | 分值, a
   * scoring sheet): any short name there is a group's, whether or not the template knows it.
   */
  pointsAfter?: boolean;
}

/** Tuning of the alignment, named in one place. */
export const alignSettings = {
  /** Cost of leaving a non-blank cell unplaced (it then goes to diagnostics). */
  unplaced: 11,
  /**
   * Extra cost of leaving a cell that is not a bare number unplaced: the cell a row has beyond its
   * header's columns is most often a number (an unnamed 分值), seldom a value or a name.
   */
  unplacedTextExtra: 0.5,
  /** And more for a 三级 name numbered as printed (`指标2:…`): the row's surest cell. */
  unplacedNumberedName: 3,
  /**
   * Leaving a bare number unplaced in run-together text whose columns hold no number (no 分值, 得分
   * or amount named): the points column the header left unnamed, which no name or value takes in.
   */
  unplacedUnnamedPoints: 1,
  /**
   * A run-together 三级 name holding a comparison with a year (…销售量同比2022年销量): the target's
   * opening. Above what a longer text costs in a value column (2 against 1), which such a target pays.
   */
  yearOnYearInName: 1.5,
  /** A run-together 三级 name rebuilt to end on a bare figure (`预算执行率10`, the target's 100 cut). */
  nameEndsOnFigure: 1.5,
  /** Cost of leaving a blank cell unassigned (slightly above assigning it, so blanks keep their slot). */
  unplacedBlank: 0.01,
  /** Cost per column of distance between a cell's printed column and the header's. */
  hintPerColumn: 0.05,
  /** Extra cost for each additional space-separated token joined into one text cell. */
  extraToken: 0.2,
  /** Extra cost of joining, into one cell, a token that ends a sentence or a date to the next. */
  clauseJoin: 1.5,
  /**
   * Extra cost of joining a 一级/二级 name that carries its points (`规划 (15分)`, a scoring
   * sheet's) to the token after it: the points close the name's cell.
   */
  groupNameJoin: 3,
  /** And of placing such a name in a 三级 or text column: the 三级 items' points have a column of their own. */
  groupNameElsewhere: 1.5,
  /** A name with its points in the 一级 column: a group's name, a little dearer than in the 二级 column (1). */
  groupNameLevel1: 1.2,
  /** Cost of a name of the unit's own in a 一级/二级 column whose points follow it (ColumnSpec.pointsAfter). */
  groupNameBeforePoints: 0.5,
  /** Cost of a rebuilt name holding a bare figure between its words, under such columns (项目目标 | 4 | 目标内容 is not one name). */
  pointsInsideName: 1,
  /** Cost of joining two atoms of run-together text: small, so that filling columns wins ties. */
  atomJoin: 0.01,
  /** Cost of a rebuilt text cell that begins with a number followed by text (`5万元达到…`). */
  numberLedText: 0.7,
  /** Cost of a rebuilt cell that ends on one value twice over (a target and its completion run together). */
  repeatJoin: 1.5,
  /** Cost of a rebuilt text cell where a scoring rule runs on into new text (评分标准 and 偏差原因 joined). */
  ruleRunOn: 1.5,
  /** Cost of a rebuilt cell holding a listed name and the listed target after it (安全性、利用率 | 无资产损失、利用率). */
  listedTargetJoin: 1.5,
  skip: {
    amount: 1,
    weight: 1.5,
    score: 1.5,
    rate: 1,
    level1: 0,
    level2: 0,
    level3: 1.5,
    value: 1,
    text: 0.3,
    nature: 0.5,
    unit: 0.5,
  } satisfies Record<ColumnType, number>,
};

const NO = 10;
/** A bare figure in a rate column: a rate printed without its sign (fundPlausibility takes it back where the amounts agree). */
export const BARE_RATE = 1;

/** The price of putting a cell with this content in a column of this type. */
export function cellCost(c: Content, type: ColumnType): number {
  if (c.kind === "blank") return 0;
  if (c.kind === "numberish") {
    // Kept where a number belongs, so the audit can report it unreadable.
    return type === "amount" || type === "weight" || type === "score" || type === "rate" ? 1 : type === "value" ? 2 : 3;
  }
  switch (type) {
    case "amount":
      return c.kind === "number" ? 0 : c.kind === "percent" || c.kind === "quantity" ? 6 : NO;
    case "weight":
    case "score":
      if (c.kind === "number") return (c.value ?? 0) <= 100 ? 0 : 4;
      return c.kind === "percent" ? 5 : NO;
    case "rate":
      if (c.kind === "percent") return 0;
      if (c.kind === "number") return (c.value ?? 0) <= 200 ? BARE_RATE : 4;
      return NO;
    case "level1":
      if (c.kind === "level1" || c.kind === "level12" || c.kind === "budgetExec") return 0;
      if (c.kind === "level2") return 6;
      return c.kind === "text" ? 9 : 12;
    case "level2":
      if (c.kind === "level2" || c.kind === "level12") return 0;
      if (c.kind === "budgetExec") return 0.5;
      if (c.kind === "level1") return 5;
      return c.kind === "text" ? 9 : 12;
    case "level3":
      switch (c.kind) {
        case "text":
          return c.quantityLike ? 1 : 0;
        case "qualitative":
          return 1.5;
        // 预算执行率 is a 三级 name too (数量指标 | 预算执行率 | 100% …); alone in its row, its 一级
        // place still wins (0 there and 1.5 for the 三级 left empty, against this).
        case "budgetExec":
          return 1.6;
        case "quantity":
          return 3;
        case "percent":
        case "number":
          return 4;
        default:
          return 7;
      }
    case "value":
      switch (c.kind) {
        case "quantity":
        case "percent":
        case "qualitative":
          return 0;
        case "number":
          return 0.3;
        case "comparator":
        case "unit":
          return 2;
        case "text":
          return c.quantityLike ? 0.3 : c.length <= 12 ? 1 : 2;
        default:
          return 7;
      }
    case "text":
      switch (c.kind) {
        case "text":
          return 0;
        case "qualitative":
          return 1;
        case "quantity":
          return 3;
        case "number":
        case "percent":
          return 4;
        default:
          return 7;
      }
    case "nature":
      // (A split target's direction, 正向 / 反向, stands in such a column too: split-target-cells.ts.)
      return c.kind === "comparator" || c.kind === "direction" ? 0 : NO;
    case "unit":
      return c.kind === "unit" ? 0 : NO;
  }
}

/** An amount printed with its scale (150万, 2.4亿): an amount, though no number alone elsewhere. */
const SCALED_AMOUNT = /^[0-9][0-9,]*(?:\.[0-9]+)?(?:万|亿|亿元)$/;

const NAME_COLUMNS = new Set<ColumnType>(["level1", "level2", "level3"]);

/** bareFigureCounts(cells)[k]: how many of cells[0..k-1] are a bare figure (digits alone). */
function bareFigureCounts(cells: readonly Cell[]): Int32Array {
  const out = new Int32Array(cells.length + 1);
  for (let k = 0; k < cells.length; k++) out[k + 1] = out[k]! + (/^[0-9]+(\.[0-9]+)?$/.test(cells[k]!.text) ? 1 : 0);
  return out;
}

/** A group's name of its own words (项目决策, 资金管理): a few characters, no figure. */
const GROUP_NAME = /^[\u4e00-\u9fff]{4,8}$/;

/** A name's points closing it: `(15分)`, `（3分）`. */
// (Or bare after the name, as some templates print them: `规划15分`, `规划 15分`.)
const GROUP_POINTS_END = /(?:[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]|(?<=[\u4e00-\u9fff]\s*)\d+(?:\.\d+)?分)\s*$/;

/**
 * What the price of a cell asks of its own text, whatever the column: found once per cell of a row
 * (the programme prices every cell against every column, and these tests gave one answer each time).
 * A fact no column of the row can ask is left false without running its pattern.
 */
export interface CellFacts {
  /** An amount printed with its scale (SCALED_AMOUNT), asked by an amount column. */
  scaledAmount: boolean;
  /** Text content that is a group's name of its own words (GROUP_NAME), asked by a column with pointsAfter. */
  groupName: boolean;
  /** A level-like name closed by its points (GROUP_POINTS_END). */
  groupPointsEnd: boolean;
  /** A comparator's word alone (不少于), asked by a 三级 column. */
  comparatorWordOnly: boolean;
  /**
   * The column the cell was printed in (cell.col), read once: cells come in many shapes (a
   * reader's, a copy with its text changed, a joined token), and reading it for every column
   * priced was a visible share of the alignment.
   */
  col: number | undefined;
}

/** Which of the facts some column of a row asks: the others are not tested. */
export interface ColumnAsks {
  amount: boolean;
  pointsAfter: boolean;
  level3: boolean;
}

export function columnAsks(columns: readonly ColumnSpec[]): ColumnAsks {
  const asks = { amount: false, pointsAfter: false, level3: false };
  for (const col of columns) {
    if (col.type === "amount") asks.amount = true;
    else if (col.type === "level3") asks.level3 = true;
    if (col.pointsAfter) asks.pointsAfter = true;
  }
  return asks;
}

export function cellFacts(cell: Cell, content: Content, { amount, pointsAfter, level3 }: ColumnAsks): CellFacts {
  const text = amount || pointsAfter || level3 ? cell.text.trim() : "";
  return {
    scaledAmount: amount && SCALED_AMOUNT.test(text),
    groupName: pointsAfter && content.kind === "text" && GROUP_NAME.test(text),
    groupPointsEnd: content.levelLike === true && GROUP_POINTS_END.test(cell.text),
    // (In either script: 不少於 is 不少于.)
    comparatorWordOnly: level3 && COMPARATOR_WORD_ONLY.test(toSimplified(text)),
    col: cell.col,
  };
}

export function priceCell(cell: Cell, content: Content, facts: CellFacts, col: ColumnSpec): number {
  let cost = col.type === "amount" && facts.scaledAmount ? 0 : cellCost(content, col.type);
  if (col.type === "level2" && content.levelLike) cost = 1;
  if (col.type === "level1" && content.levelLike) cost = 3;
  if (col.pointsAfter && facts.groupName) cost = Math.min(cost, alignSettings.groupNameBeforePoints);
  if (facts.groupPointsEnd) {
    if (col.type === "level3" || col.type === "text") cost += alignSettings.groupNameElsewhere;
    // Points after the name: a group's, 一级 or 二级 (二级 where only one is printed: its 一级 is merged above).
    else if (col.type === "level1") cost = alignSettings.groupNameLevel1;
  }
  // 不少于 alone is the opening of a target run-together text cut off its figure, never a 三级 name.
  if (col.type === "level3" && facts.comparatorWordOnly) cost = 7;
  // `指标3:…` numbers a three-level indicator as printed: never a 一级 or 二级 name.
  if ((col.type === "level1" || col.type === "level2") && content.numberedName) cost = NO + 2;
  // … nor a target or a completion: the numbering is the 三级 name's.
  if (col.type === "value" && content.numberedName) cost += 3;
  if (facts.col !== undefined && col.hint !== undefined) {
    cost += alignSettings.hintPerColumn * Math.min(6, Math.abs(facts.col - col.hint));
  }
  return cost;
}

export interface Alignment<N extends string> {
  cost: number;
  /** Column name → the cells placed in it (several when space-separated tokens were joined). */
  placed: Map<N, Cell[]>;
  unplaced: Cell[];
}

/**
 * Places a row's cells in the template's columns, in order, by what they contain: a small dynamic
 * programme where each column takes one cell (or, with `joinTokens`, a run of tokens), may be left
 * empty, and a cell fitting nowhere is left unplaced — each at a price.
 */
export function alignRow<N extends string>(
  cells: readonly Cell[],
  columns: readonly ColumnSpec<N>[],
  opts: { joinTokens?: boolean; joinAll?: boolean; separator?: string; exhaustive?: boolean } = {},
): Alignment<N> {
  const n = cells.length;
  const m = columns.length;
  const asks = columnAsks(columns);
  // The per-cell and per-column facts in plain loops (a map with a closure per call cost more than the work).
  const contents: Content[] = new Array(n);
  const facts: CellFacts[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const c = cells[k]!;
    const content = classify(c.text);
    contents[k] = content;
    facts[k] = cellFacts(c, content, asks);
  }
  // A cell's own list edge, priced alike in every column it may take alone.
  const listEdge = opts.joinAll ? cells.map((c) => listEdgeCost(c.text)) : null;
  const twins = opts.joinTokens && !opts.joinAll ? twinTokens(cells) : null;
  const skipCost: number[] = new Array(m);
  for (let j = 0; j < m; j++) {
    const col = columns[j]!;
    skipCost[j] = col.skip ?? skipOf(col.type);
  }
  const copies = opts.joinAll ? valueCopies(cells) : null;
  // Atoms that open a target and the completion restating it (restated-opening.ts): no 三级 name or value runs on into one.
  // (And a target with the completion after it printed as its first words: restated-completion.ts.)
  const restated = opts.joinAll ? eitherMarked(restatedOpenings(cells.map((c) => c.text)), restatedCompletions(cells.map((c) => c.text))) : null;
  // How many bare figures (an atom of digits alone) lie before each cell: whether a join holds one
  // inside it is then one subtraction.
  const bareBefore = opts.joinAll && columns.some((c) => c.pointsAfter) ? bareFigureCounts(cells) : null;
  // Where the next numbered 三级 name (`指标1:`) lies from each cell on: whether a join holds one is
  // then one comparison (the alignment tries every join of every row).
  const nextNumbered = opts.joinAll ? nextIndexWhere(contents, (c) => c.numberedName === true) : null;
  // Where the next comparison with a year (同比 | 2022年) opens from each cell on: a 三级 name holding
  // one is priced (the comparison is the target's opening).
  const nextYearOnYear = opts.joinAll ? nextIndexWhere(cells, (c, k) => opensYearOnYear(c.text) && isYearAtom(cells[k + 1]?.text ?? "")) : null;
  const unplacedNumber = opts.joinAll && !columns.some((c) => NUMBER_COLUMNS.has(c.type)) ? alignSettings.unplacedUnnamedPoints : alignSettings.unplaced;
  // Leaving a cell unplaced costs the same in every state of its row: priced once per cell.
  const unplacedCost: number[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const c = contents[k]!;
    unplacedCost[k] =
      c.kind === "blank"
        ? alignSettings.unplacedBlank
        : c.kind === "number"
          ? unplacedNumber
          : alignSettings.unplaced + alignSettings.unplacedTextExtra + (c.numberedName ? alignSettings.unplacedNumberedName : 0);
  }
  const sep = opts.separator ?? " ";
  // Atoms of run-together text are artificial cuts: joining them back costs nothing.
  const extra = opts.joinAll ? 0 : alignSettings.extraToken;
  const width = m + 1;
  // best[i*width+j]: least cost with the first i cells and the first j columns used;
  // step: how the state was reached (take ≥ 1 cells placed, 0 column skipped, -1 cell unplaced).
  const size = (n + 1) * width;
  // A bound on the optimum: the cost of one complete path, each cell in the column of its own
  // index, the rest unplaced or skipped (a row aligned under its header is most often just that).
  // Every price is ≥ 0, so a state already dearer than it lies on no cheapest path: it is not
  // expanded. The margin, far above relax's COST_TIE, keeps every state that could be
  // on the cheapest path or tie with it expanded in the same order, so the result is the same.
  // (`exhaustive` expands every state: the reference the bound is tested against.)
  let bound = Infinity;
  if (!opts.exhaustive) {
    // (The diagonal's prices in a loop here: a closure handed to pathBound cost more than the sum.)
    const d = Math.min(n, m);
    const diagonal: number[] = new Array(d);
    for (let k = 0; k < d; k++) diagonal[k] = (twins?.[k] && columns[k]!.type === "value" ? 0 : priceCell(cells[k]!, contents[k]!, facts[k]!, columns[k]!)) + (listEdge ? listEdge[k]! : 0);
    bound = pathBound(n, m, diagonal, unplacedCost, skipCost);
  }
  const { best, fromI, take } = scratch(size);
  best[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = best[i * width + j]!;
      if (here === Infinity || here > bound) continue;
      if (j < m) {
        const col = columns[j]!;
        const maxTake = opts.joinTokens && (opts.joinAll || isTextual(col.type)) ? n - i : Math.min(1, n - i);
        for (let t = 1; t <= maxTake; t++) {
          // Two numbers of a run-together reading are never one cell: the reading chose the cut. (A
          // list's item number, `2、`, is no number: its figure follows it in the cell; nor a year
          // and its month, `2022年 | 12 | 月底前`: one date.)
          if (opts.joinAll && t > 1 && /^[0-9.,]+\D*$/.test(cells[i + t - 2]!.text) && !DANGLING_ITEM.test(cells[i + t - 2]!.text) && isDigits(cells[i + t - 1]!.text) && !yearThenMonth(cells, i + t - 2)) break;
          let cost: number;
          if (t === 1) {
            cost = (twins?.[i] && col.type === "value" ? 0 : priceCell(cells[i]!, contents[i]!, facts[i]!, col)) + (listEdge ? listEdge[i]! : 0);
            // A value's copy is the target's or the completion's, never a text column's: a value printed
            // twice (验收合格验收合格) is no completion and a 偏差原因 that repeats it.
            if (copies?.[i] && col.type === "text") cost += alignSettings.repeatJoin;
          }
          else {
            const joined = cells
              .slice(i, i + t)
              .map((c) => c.text)
              .join(sep);
            const content = classify(joined);
            cost = cellCost(content, col.type) + extra * (t - 1) + (opts.joinAll ? alignSettings.atomJoin * (t - 1) + joinedEdgeCost(joined, content) : sentenceJoins(cells, i, t));
            // A 一级 or 二级 name is a cell of its own, never the start of a longer name (产出目标 数量指标 with no 三级);
            // run together too: the names that open the row were cut out as names (质量指标≥90% with no 三级).
            if (col.type === "level3" && isLevelKind(contents[i]!.kind)) cost += alignSettings.unplaced;
            // …nor are names alone, side by side, one text (a row of merged 一级 and 二级 names printed
            // between the rows they span, `产出指标 数量指标`, is no 偏差原因).
            if (col.type === "text" && contents.slice(i, i + t).every((c) => isLevelKind(c.kind))) cost += alignSettings.unplaced;
            if (copies && joinsCopy(cells, copies, i, t)) cost += alignSettings.unplaced;
            // Beside names followed by their points, a figure inside a rebuilt name is a group's points.
            if (bareBefore && t > 2 && NAME_COLUMNS.has(col.type) && bareBefore[i + t - 1]! - bareBefore[i + 1]! > 0) cost += alignSettings.pointsInsideName;
            // A 三级 name ends in words, not on a bare figure cut off the digits after it (预算执行率 | 10…).
            // (Nor does a 得分计算方法 or 偏差原因, after a word or a clause's comma: the figures after
            // its words are the row's next cells.)
            if (opts.joinAll && (col.type === "level3" || col.type === "text") && endsOnFigure(joined) && (col.type === "text" ? TEXT_THEN_FIGURE : NAME_THEN_FIGURE).test(joined)) cost += alignSettings.nameEndsOnFigure;
            // …nor holds a comparison with a year: 同比2022年… opens the target (…销售量 | 同比2022年销量显著提高).
            if (nextYearOnYear && col.type === "level3" && nextYearOnYear[i + 1]! < i + t - 1) cost += alignSettings.yearOnYearInName;
            // …nor is a 三级 name numbered as printed (`质量指标指标1:…`) part of a 一级 or 二级 name.
            if (nextNumbered && (col.type === "level1" || col.type === "level2") && nextNumbered[i]! < i + t) cost += NO + 2;
            if (twins && twins.slice(i, i + t).some(Boolean)) cost += alignSettings.repeatJoin;
            if (restated && (col.type === "level3" || col.type === "value") && restated.slice(i + 1, i + t).some(Boolean)) cost += alignSettings.listedTargetJoin;
          }
          relax(best, fromI, take, (i + t) * width + j + 1, here + cost, i, t);
        }
        relax(best, fromI, take, i * width + j + 1, here + skipCost[j]!, i, 0);
      }
      if (i < n) relax(best, fromI, take, (i + 1) * width + j, here + unplacedCost[i]!, i, -1);
    }
  }
  const placed = new Map<N, Cell[]>();
  const unplaced: Cell[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const at = i * width + j;
    const pi = fromI[at]!;
    if (pi < 0) break;
    const t = take[at]!;
    const pj = t === -1 ? j : j - 1;
    if (t > 0) placed.set(columns[pj]!.name, t === 1 ? [cells[pi]!] : cells.slice(pi, pi + t));
    else if (t < 0 && contents[pi]!.kind !== "blank") unplaced.push(cells[pi]!);
    i = pi;
    j = pj;
  }
  unplaced.reverse();
  return { cost: best[n * width + m]!, placed, unplaced };
}

/**
 * In space-separated text, a token printed twice side by side (`独有数据资源查询 独有数据资源查询`,
 * `全年无休 全年无休`) is a value and its completion as printed: each a whole cell of a value column,
 * however long its text, and joined into no longer cell. (Chinese and at least two characters: a
 * number printed twice is as likely 分值 and 得分.)
 */
function twinTokens(cells: readonly Cell[]): boolean[] {
  const twinText = (k: number) => {
    const t = cells[k]?.text.trim() ?? "";
    return [...t].length >= 2 && /[\u4e00-\u9fff]/.test(t);
  };
  return cells.map((c, k) => twinText(k) && (cells[k - 1]?.text.trim() === c.text.trim() || cells[k + 1]?.text.trim() === c.text.trim() || repeatsTail(cells[k - 1]?.text.trim() ?? "", c.text.trim())));
}

/**
 * A token that repeats the end of the longer token before it (`科技特派员创业能力提升 创业能力提升`):
 * the target printed in the name's own words, a cell of its own. A name's rest broken onto a token of
 * its own does not say its last words twice.
 */
function repeatsTail(before: string, token: string): boolean {
  return [...before].length > [...token].length && before.endsWith(token);
}

/** A name's words, then a bare figure or percent after them (`预算执行率10`, `预算执行率100%`). */
const NAME_THEN_FIGURE = /[\u4e00-\u9fff][0-9][0-9.,]*[%％]?$/;

/** A text's words or a clause's punctuation, then a bare figure after them (`…发完,20100100`). */
const TEXT_THEN_FIGURE = /[\u4e00-\u9fff，,。；;：:][0-9][0-9.,]*[%％]?$/;

/** The cheap first test before NAME_THEN_FIGURE: the text's last character is a digit or a percent. */
function endsOnFigure(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return (c >= 48 && c <= 57) || c === 37 || c === 0xff05;
}

/** Is cells[k] a year and cells[k + 1] the figure of its month (2022年 | 12 | 月底前): one date, never two cells' numbers. */
function yearThenMonth(cells: readonly Cell[], k: number): boolean {
  return /^[01]?\d$/.test(cells[k + 1]!.text) && /^月/.test(cells[k + 2]?.text ?? "") && isYearAtom(cells[k]!.text);
}

/** For each index, the first index at or after it whose item passes the test (the length when none). */
function nextIndexWhere<T>(items: readonly T[], test: (x: T, k: number) => boolean): Int32Array {
  const out = new Int32Array(items.length + 1).fill(items.length);
  for (let k = items.length - 1; k >= 0; k--) out[k] = test(items[k]!, k) ? k : out[k + 1]!;
  return out;
}

const NUMBER_COLUMNS = new Set<ColumnType>(["amount", "weight", "score", "rate"]);

/**
 * In run-together atoms, a value printed twice in a row (the atomizer's copies: `已完成 | 已完成 | 5`)
 * is the target and the completion that met it, each a whole cell: the last two copies of such a
 * run are joined to no other atom (a name before them, a weight after them left unplaced instead).
 * Copies before those two may still end the name (…专款专用专款专用专款专用).
 */
function valueCopies(cells: readonly Cell[]): boolean[] | null {
  let out: boolean[] | null = null;
  const text = (k: number) => cells[k]?.text.trim() ?? "";
  for (let k = 1; k < cells.length; k++) {
    const t = text(k);
    if (t !== text(k - 1) || text(k + 1) === t || [...t].length < 2 || !/[\u4e00-\u9fff]/.test(t)) continue;
    out ??= cells.map(() => false);
    out[k] = out[k - 1] = true;
  }
  return out;
}

/**
 * Is cells[k] the first of a figure's two copies followed by a third figure of the same unit (5亿元 |
 * 5亿元 | 6.47亿元)? Then the copies are the name's last words and the target, not the target and the
 * completion.
 */
function copyEndsName(cells: readonly Cell[], k: number): boolean {
  const copy = cells[k]!.text.trim();
  const unit = FIGURE_UNIT.exec(copy)?.[1];
  if (!unit || cells[k + 1]?.text.trim() !== copy) return false;
  const after = cells[k + 2]?.text.trim() ?? "";
  return after !== copy && FIGURE_UNIT.exec(after)?.[1] === unit;
}
/** A figure and its unit, as a copy prints them (5亿元, 1000万元, 12个): the unit. */
const FIGURE_UNIT = /^[0-9][0-9.,]*([\u4e00-\u9fff%％][^0-9]*)$/;

/** A value's comparator, printed before the target's copy only (`≤` | `2小时` | `2小时`). */
const COMPARATOR_ATOM = /^(?:[≥≤=<>＞＜＝≦≧]|不少于|不低于|不超过|不高于|不大于|小于|大于|低于|高于|达到|约)$/;

/** Whether cells i … i+t-1 join a value's copy to anything but the comparator before it. */
function joinsCopy(cells: readonly Cell[], copies: readonly boolean[], i: number, t: number): boolean {
  for (let k = i; k < i + t; k++) {
    if (!copies[k]) continue;
    if (k < i + t - 1) return true;
    // A target stated against another year runs from its opening to the copy (同比…显著提高 | 显著提高).
    if (k > i && opensYearOnYear(cells[i]!.text)) continue;
    // A figure printed twice, then another of its unit (…达到5亿元 | 5亿元 | 6.47亿元): the completion is
    // that other figure, the second copy the target, and the first the end of the name before them.
    if (k > i && copyEndsName(cells, k)) continue;
    for (let b = i; b < k; b++) if (!COMPARATOR_ATOM.test(cells[b]!.text.trim())) return true;
  }
  return false;
}

/**
 * Chinese puts no spaces inside a phrase: where a token ends a sentence or clause (`。`, `；`) or a
 * date or figure ends it and the next token starts afresh in Chinese, the space between them is
 * more likely a column boundary than a cell's own. Priced per such join.
 */
function sentenceJoins(cells: readonly Cell[], i: number, t: number): number {
  let cost = 0;
  for (let k = i; k < i + t - 1; k++) {
    const a = cells[k]!.text;
    const b = cells[k + 1]!.text;
    if (/[。；;！!？?]$|\d日$/.test(a) && /^[\u4e00-\u9fff]/.test(b)) cost += alignSettings.clauseJoin;
    // (A sentence's end before a figure, `…控制在预算中。 100%`: the figure is the next cell's.)
    else if (/[。；;！!？?]$/.test(a) && /^[0-9≥≤><=＞＜＝]/.test(b)) cost += alignSettings.clauseJoin;
    // Two long runs of Chinese with a space between: no cell wraps so at a space (a wrapped name's
    // pieces are short, 年度工作 计划完整性): a 三级 name and a long target, or a target and its completion.
    else if ([...a].length >= LONG_RUN && [...b].length >= LONG_RUN && /[\u4e00-\u9fff]$/.test(a) && /^[\u4e00-\u9fff]/.test(b)) cost += alignSettings.clauseJoin;
    // A list numbered anew (`1、…2、覆盖 范围 1、≥9部；2、100%`) starts a cell: the row had a list before it.
    else if (LIST_START.test(b) && cells.slice(0, k + 1).some((c) => /(?<!\d)1、/.test(c.text))) cost += alignSettings.clauseJoin;
    // A whole scoring rule ends its cell too (`B/A×分值 按计划完成`: 评分标准, then 偏差原因).
    else if (/^[\u4e00-\u9fff]/.test(b) && /分|值|重/.test(a) && wholeScoringRule.test(toSimplified(a))) cost += alignSettings.clauseJoin;
    // A scoring sheet's 一级/二级 name ends on its points (`规划 (15分) 基础信息 (3分) …`): the next name is another cell.
    else if (/[)）]$/.test(a) && /^[\u4e00-\u9fff]/.test(b) && classify(a).levelLike === true) cost += alignSettings.groupNameJoin;
  }
  return cost;
}

/** Margin above the bound within which a state is still expanded (see alignRow). */
const BOUND_MARGIN = 1e-6;

/**
 * The cost of the diagonal path (cell k in column k, the cells beyond the columns unplaced, the
 * columns beyond the cells skipped) plus the margin, summed in the order the programme sums it;
 * Infinity (no pruning) if any of its prices is negative, where the bound would not hold.
 */
function pathBound(n: number, m: number, diagonal: readonly number[], unplacedCost: readonly number[], skipCost: readonly number[]): number {
  let total = 0;
  const d = Math.min(n, m);
  for (let k = 0; k < d; k++) {
    const c = diagonal[k]!;
    if (!(c >= 0)) return Infinity;
    total += c;
  }
  for (let k = d; k < n; k++) total += unplacedCost[k]!;
  for (let k = d; k < m; k++) total += skipCost[k]!;
  for (const c of unplacedCost) if (c < 0) return Infinity;
  for (const c of skipCost) if (c < 0) return Infinity;
  return total + BOUND_MARGIN;
}

/**
 * alignSettings.skip[type] read by a switch: the keyed read of the settings object by a column's
 * type, once per column of every row aligned, was a visible share of the alignment. (The settings
 * stay live: a changed alignSettings.skip is still read.)
 */
export function skipOf(type: ColumnType): number {
  const skip = alignSettings.skip;
  switch (type) {
    case "amount":
      return skip.amount;
    case "weight":
      return skip.weight;
    case "score":
      return skip.score;
    case "rate":
      return skip.rate;
    case "level1":
      return skip.level1;
    case "level2":
      return skip.level2;
    case "level3":
      return skip.level3;
    case "value":
      return skip.value;
    case "text":
      return skip.text;
    case "nature":
      return skip.nature;
    case "unit":
      return skip.unit;
  }
}

let scratchBuffers = { best: new Float64Array(256), fromI: new Int32Array(256), take: new Int32Array(256) };

/** The DP tables, reused between rows (alignment runs for every row of every form). */
function scratch(size: number): typeof scratchBuffers {
  if (scratchBuffers.best.length < size) {
    const n = Math.max(size, scratchBuffers.best.length * 2);
    scratchBuffers = { best: new Float64Array(n), fromI: new Int32Array(n), take: new Int32Array(n) };
  }
  scratchBuffers.best.fill(Infinity, 0, size);
  scratchBuffers.fromI.fill(-1, 0, size);
  scratchBuffers.take.fill(0, 0, size);
  return scratchBuffers;
}

/** Keeps the first-found path on ties (strictly less), so the result is deterministic. */
function relax(best: Float64Array, fromI: Int32Array, take: Int32Array, at: number, total: number, i: number, t: number): void {
  if (total < best[at]! - COST_TIE) {
    best[at] = total;
    fromI[at] = i;
    take[at] = t;
  }
}

/**
 * A cell rebuilt from run-together atoms should start where cells start: never with a percent
 * sign, and rarely with a bare number (the unit's own numbering `1、` excepted).
 */
/**
 * Where a figure at a text's end starts, with a short unit after it (1, 6.47亿元), the next cells'
 * digits taken in; -1 when the text ends on none. What `/(?:[0-9.,%％]+|[0-9.,]+[一-鿿]{1,3})$/`
 * finds, scanned from the end: that pattern, tried at every start of a long run of digits, cost
 * time quadratic in the run (a random Grid's cell of a few thousand digits took seconds).
 */
export function trailingFigureStart(text: string): number {
  const isFigure = (c: number) => (c >= 48 && c <= 57) || c === 46 || c === 44;
  const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;
  let i = text.length;
  const last = i > 0 ? text.charCodeAt(i - 1) : -1;
  if (isFigure(last) || last === 37 || last === 0xff05) {
    while (i > 0 && (isFigure(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 37 || text.charCodeAt(i - 1) === 0xff05)) i--;
    return i;
  }
  let han = 0;
  while (i > 0 && isHan(text.charCodeAt(i - 1))) [i, han] = [i - 1, han + 1];
  if (han < 1 || han > 3 || i === 0 || !isFigure(text.charCodeAt(i - 1))) return -1;
  while (i > 0 && isFigure(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * A text ending on two to twelve characters, Chinese among them, printed twice in a row, with at
 * most a figure after them (…专款专用专款专用1, …5亿元5亿元6.47亿元). Compared from the end only:
 * the alignment asks this of every join it tries.
 */
function endsOnDoubledValue(text: string): boolean {
  if (doubledAtEnd(text)) return true;
  const figure = trailingFigureStart(text);
  return figure >= 0 && doubledAtEnd(text.slice(0, figure));
}

function doubledAtEnd(text: string): boolean {
  const n = text.length;
  for (let len = 2; len <= 12 && 2 * len <= n; len++) {
    if (text.endsWith(text.slice(n - 2 * len, n - len)) && /[\u4e00-\u9fff]/.test(text.slice(n - len))) return true;
  }
  return false;
}

/** Characters from which a token is a long run (see sentenceJoins). */
const LONG_RUN = 8;

/** The first item of a list as units number them (`1、`), at the start of a cell. */
const LIST_START = /^1、/;
/** The first item of a list inside a cell, after other text: a list numbered anew begins a cell. */
const LIST_RESTART = /\D1、/;

/** A list's item number (`2、`) opens the text after it: a rebuilt cell never ends on one. */
const DANGLING_ITEM = /\d、$/;

/**
 * A rebuilt cell opens neither on a clause's punctuation (`；2、100%…`: the end of a list cut off the
 * cell before it) nor on a list's later item: the list began in the same cell.
 */
const OPENS_MID_LIST = /^(?:[；;，,。、：:]|(?:[2-9]|[1-9]\d)、)/;

function listEdgeCost(text: string): number {
  if (text.endsWith("、") && DANGLING_ITEM.test(text)) return alignSettings.unplaced;
  return OPENS_MID_LIST.test(text) ? alignSettings.numberLedText : 0;
}

/** A deadline's month or day at a cell's start (12月底前, 6月30日前, 15日内). */
const DATE_OPENING = /^(?:1[0-2]|0?[1-9])月|^(?:[12][0-9]|3[01]|0?[1-9])日/;

/** What follows a month's or a day's figure in a deadline (月底前, 日前): never a cell's start. */
const DATE_REST = /^[月日](?:底|末|初|前|内)/;

function joinedEdgeCost(joined: string, content: Content): number {
  if (/^[%％]/.test(joined)) return alignSettings.unplaced;
  const listEdge = listEdgeCost(joined);
  if (listEdge) return listEdge;
  // A value's percent with a bare figure after it (`100%4`): the figure is the next cell's.
  if (/^[≥≤=<>＞＜＝]?\d+(?:\.\d+)?[%％]\d+(?:\.\d+)?$/.test(joined)) return alignSettings.unplaced;
  // One cell never ends on the same words printed twice (…专款专用专款专用, …达到5亿元5亿元): the
  // repeat is a cell edge, most often a target and the completion that met it. (Priced anywhere in
  // the cell, not only near its end, it cost fields of the held-back part: kept to the end.)
  if (endsOnDoubledValue(joined)) return alignSettings.repeatJoin;
  // A name listing its items run into a target listing as many (listed-name-target.ts): two cells.
  if (joined.includes("、") && listedTargetStart(patternKey(joined)) !== null) return alignSettings.listedTargetJoin;
  // (`档案归档1、≥95%`: the 1、 of the target's list run on after the 三级 name.)
  if (LIST_RESTART.test(joined)) return alignSettings.numberLedText;
  // A deadline's rest with its month's figure cut off (月底前完成 after `12` left in the cell before).
  if (DATE_REST.test(joined)) return alignSettings.numberLedText;
  // (A month or a day opening a deadline, 12月底前完成, 6月30日前, is the value's own start.)
  if (content.kind === "text" && /^\d+(\.\d+)?(?![、.．)）\d])\D/.test(joined) && !DATE_OPENING.test(joined)) return alignSettings.numberLedText;
  // One stray character before a comparator or number (`率=100%`) is the end of the previous cell;
  // 约, 超, 达 and 增 (增372人次) open a value.
  if (/^[\u4e00-\u9fff][≥≤=<>＞＜＝0-9]/.test(joined) && !/^[约近超达增]/.test(joined)) return alignSettings.numberLedText;
  // A scoring rule ends its cell: one run on into a new sentence (达到预期得满分项目实施进度滞后…)
  // is a 评分标准 and the 偏差原因 beside it.
  if (content.kind === "text" && /分|權重|权重/.test(joined) && scoringRuleThenText.test(toSimplified(joined))) return alignSettings.ruleRunOn;
  return 0;
}

function isDigits(text: string): boolean {
  return /^[0-9][0-9.,]*$/.test(text);
}

function isTextual(type: ColumnType): boolean {
  return type === "level3" || type === "text" || type === "value";
}

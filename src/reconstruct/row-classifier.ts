import type { Cell } from "../layout/grid.js";
import { labelKey } from "../template/labels.js";
import { headerSecondLineRests } from "../template/broken-spellings.js";
import { extraFundRowPattern, fundPairLabels, otherForms, otherFormSheets, titlePattern, verticalLabels } from "../template/project.js";
import { classify, hasText, isBlankText, isSpaceUnit } from "./classify.js";
import type { RowView, Section } from "./row-prepare.js";
import { isTaskHeader } from "./sections/tasks.js";
import { columnRoles, isLabelFragment, labelRole, splitLabelValue, type LabelRole } from "./row-view.js";
import type { HeaderField } from "../template/project.js";
import type { TextFacts } from "./text-facts.js";
import { isSplitHeadRow } from "./sub-header.js";

/**
 * What a row is. The classifier only says what the row is; the section handlers read it, and the
 * reader's transition table says which section follows.
 */
export type RowKind =
  | "furniture"
  /** Amounts printed as label and value pairs (预算数: | 2.38 | 执行数: | 2.38), the regional form's. */
  | "fundPairs"
  | "title"
  | "otherForm"
  | "otherRow"
  | "taskHeader"
  | "taskRow"
  | "yearLine"
  | "totalScoreRow"
  | "header"
  | "fundsHeader"
  | "fundRow"
  /** The funds header's last column names, broken onto the next line (`( | B/A×100%) | 得分`). */
  | "fundsHeaderRest"
  /** The amounts of a fund row whose label was printed among the funds header's column names, on a line of their own. */
  | "fundValues"
  | "indicatorHeader"
  /** The lower row of an indicator header on two rows, naming the columns a head above it spans (sub-header.ts). */
  | "indicatorSplitHeads"
  | "totalRow"
  | "goals"
  | "trailer"
  | "goalText"
  | "indicatorRow"
  /** The column heads of a table that is not the form's, printed after its indicator table. */
  | "otherTableHead"
  | "unplaced";

export interface RowClass {
  kind: RowKind;
  /** The cell the row is anchored at (its label), where the rule names one; else 0. */
  at: number;
}

/** What the reader knows of the tables read so far, beside the section it is in. */
export interface RowContext {
  /** How many columns the indicator table's column heads set; 0 before a header was read. */
  indicatorColumns: number;
  /** Whether the last row read is a fund row with no amounts (its label stood in the funds header). */
  fundRowAwaitingValues?: boolean;
  /** Whether the last row read is the funds header. */
  afterFundsHeader?: boolean;
  /** Whether the last row read is the indicator table's header. */
  afterIndicatorHeader?: boolean;
}

const NO_CONTEXT: RowContext = { indicatorColumns: 0 };

/** A named test of one row kind: the index of the anchoring cell, true, or false/-1 for no. */
export interface RowRule {
  name: string;
  kind: RowKind;
  test: (v: RowView, section: Section, context: RowContext) => number | boolean;
}

/** How many of a row's cells must be column headers for the row to be a header row. */
const MIN_HEADER_CELLS = 3;
/** Longest cell that can be a title. */
const MAX_TITLE_LENGTH = 40;
// (指标解释 is named by a scoring sheet's indicator table only: the first row of its header printed
// on two rows, 绩效指标 | 指标分值 | 指标解释 | 计分标准 | 自评得分 over 一级 | 二级 | 三级, names no
// level. Not 评分标准: a form's management scoring table, 评价内容 | 分值 | 自评分 | 评价标准, has it too.)
const INDICATOR_ANCHORS = new Set(["level1", "level2", "level3", "target", "actual", "deviation", "note"]);

/**
 * The row rules, in the order they are tried: the first that holds names the row. The order is
 * the template's logic: furniture and titles before anything, a label that names a part of the
 * form before the section's own rows, what is left read by the section the reader is in.
 */
export const ROW_RULES: readonly RowRule[] = [
  { name: "page number", kind: "furniture", test: (v) => v.whole !== "" && isPageNumber(v.whole) },
  // (A mark starts 附件: a line without 附 is none, untested and uncopied.)
  { name: "attachment mark", kind: "furniture", test: (v) => isAttachmentMark(v.whole) },
  { name: "a page's link to an attached file named as a title", kind: "furniture", test: (v) => isTitledFileName(v.whole) },
  { name: "placeholder left alone", kind: "furniture", test: (v, s) => s === "indicators" && v.whole !== "" && isPlaceholder(v.whole) },
  { name: "title", kind: "title", test: (v) => titleIndex(v) },
  { name: "title of another form of the dossier", kind: "otherForm", test: (v) => otherFormIndex(v) },
  { name: "inside another form of the dossier", kind: "otherRow", test: (v, s) => s === "other" && !opensSelfEvaluation(v) },
  { name: "year line", kind: "yearLine", test: (v) => yearLineIndex(v.plain) },
  { name: "rest of an indicator header split over two lines", kind: "furniture", test: (v, s) => s === "indicators" && isHeaderRest(v.cells) },
  { name: "run-together values in the indicator table", kind: "indicatorRow", test: (v, s) => v.valueAtoms && s === "indicators" },
  // (Atoms at the start only for a row that opens mid-table: a name, a compared target, figures; row-prepare.ts.)
  { name: "run-together indicator row opening an excerpt", kind: "indicatorRow", test: (v, s) => v.valueAtoms && s === "start" },
  { name: "自评总分 after the indicator table", kind: "totalScoreRow", test: (v, s) => totalScoreAfterTable(v, s) },
  { name: "funds as label and value pairs", kind: "fundPairs", test: (v, s) => s !== "indicators" && isFundPairRow(v) },
  { name: "a part of the funds printed once per amount", kind: "fundPairs", test: (v, s) => s === "funds" && repeatsItsLabel(v) },
  { name: "年度主要任务 column names", kind: "taskHeader", test: (v, s) => isTaskHeader(v, s === "tasks") },
  {
    name: "header label",
    kind: "header",
    // 自评得分 names a header field (the total score) and a column of the indicator table (department forms).
    test: (v) => (v.roles.some((r) => r?.role === "header") || v.facts.some((f) => factsHeaderLabelValue(f) !== null)) && !isIndicatorColumnHeader(v),
  },
  {
    name: "funds header",
    kind: "fundsHeader",
    test: (v, s) => v.roles.some((r) => r?.role === "fundsLabel") || (fundColumnCount(v) >= 2 && s !== "indicators"),
  },
  {
    name: "the funds header's last column names on the next line",
    kind: "fundsHeaderRest",
    test: (v, s, c) => s === "funds" && c.afterFundsHeader === true && isFundsHeaderRest(v),
  },
  {
    // 项目资金 / (万元) / 年初预算数 …: the label's unit broken onto a line of its own.
    name: "the funds label's unit on a line of its own",
    kind: "fundsHeader",
    test: (v, s) => {
      if (s !== "funds") return false;
      const filled = v.cells.filter((c) => hasText(c.text));
      return filled.length === 1 && FUNDS_UNIT_ALONE.test(labelKey(filled[0]!.text));
    },
  },
  {
    // 预算执行情况(万元) / (20分) / 预算数(A) …: the label's points broken onto a line of their own,
    // right under it (the header reads them as the block's weight where no 分值 column gives it).
    name: "the funds label's points on a line of their own",
    kind: "fundsHeader",
    test: (v, s, c) => {
      if (s !== "funds" || c.afterFundsHeader !== true) return false;
      const filled = v.cells.filter((c) => hasText(c.text));
      return filled.length === 1 && FUNDS_POINTS_ALONE.test(labelKey(filled[0]!.text));
    },
  },
  {
    name: "fund row outside the contract's keys",
    kind: "fundRow",
    test: (v, s) => (s === "funds" ? anchoredAt(v, (r) => r === null && isExtraFundRow(v.cells, v.first, v.row.boundaries === "none")) : -1),
  },
  {
    name: "合计 row of the funds table",
    kind: "fundRow",
    // Two amounts suffice (年初预算 and 实际投入, Hunan); the indicator table's 合计 comes after its header.
    // (Run together, one run of digits holds several amounts: two runs suffice, or one that is an
    // amount printed twice, budget and spending alike: 合计236236.)
    test: (v, s) => (s === "funds" ? anchoredAt(v, (r) => r?.role === "total" && (countNumbers(v.cells) >= 2 || (v.row.boundaries === "none" && (countDigitRuns(v.cells) >= 2 || v.cells.some((c) => DOUBLED_AMOUNT.test(c.text.trim())))))) : -1),
  },
  { name: "fund row label", kind: "fundRow", test: (v, s) => (s !== "indicators" ? anchoredAt(v, (r) => r?.role === "fundRow") : -1) },
  {
    name: "amounts of the fund row the funds header named",
    kind: "fundValues",
    test: (v, s, c) => s === "funds" && c.fundRowAwaitingValues === true && (isRowOfAmounts(v.cells) || (v.row.boundaries === "none" && isRunOfAmounts(v.cells))),
  },
  {
    name: "the columns a head of the indicator header spans, on the row under it",
    kind: "indicatorSplitHeads",
    test: (v, s, c) => s === "indicators" && c.afterIndicatorHeader === true && isSplitHeadRow(v),
  },
  {
    name: "indicator column headers",
    kind: "indicatorHeader",
    test: (v) => isIndicatorColumnHeader(v),
  },
  { name: "total label", kind: "totalRow", test: (v) => totalIndex(v) },
  { name: "goals label or goal columns", kind: "goals", test: (v) => v.roles.some((r) => r?.role === "goalsLabel" || r?.role === "goalColumn") },
  { name: "trailer label", kind: "trailer", test: (v) => anchoredAt(v, (r) => r?.role === "trailer") },
  { name: "indicator row before any header (an excerpt that starts mid-table)", kind: "indicatorRow", test: (v, s) => (s === "start" || s === "header") && looksLikeIndicatorRow(v.cells) },
  { name: "column heads of another table after the indicator table", kind: "otherTableHead", test: (v, s, c) => s === "indicators" && headsAnotherTable(v, c.indicatorColumns) },
  { name: "a row of 年度主要任务", kind: "taskRow", test: (v, s) => s === "tasks" && !isKnownSectionStart(v) },
  { name: "goal text", kind: "goalText", test: (v, s) => s === "goals" && !rowLooksLikeIndicator(v.cells) },
  // (A preview's gap skipped the indicator table's header and this row's names: its target, with its
  // comparison sign, opens it, then figures. No fund row prints a compared figure.)
  { name: "indicator row's values after a preview's gap", kind: "indicatorRow", test: (v, s) => s === "funds" && (opensOnComparedTarget(v.cells) || (v.valueAtoms && v.plain.length === 1 && COMPARED_TARGET.test(v.plain[0]!.text.trim()))) },
  {
    name: "indicator row",
    kind: "indicatorRow",
    test: (v, s) => s === "goals" || s === "indicators" || (s === "funds" && rowLooksLikeIndicator(v.cells)),
  },
];

/**
 * A row that prints its label again beside each amount (`省财政 | 1125 | 省财政 | 907.76`, `其中:中央财政`
 * four times with no amount): a part of a funds block printed as label and amount pairs, whose
 * rows a page parted. No row of a funds table prints its label twice.
 */
function repeatsItsLabel(v: RowView): boolean {
  const filled = v.cells.filter((c) => hasText(c.text));
  const label = filled[0]?.text.trim() ?? "";
  if (!/[\u4e00-\u9fff]/.test(label) || classify(label).kind !== "text") return false;
  return filled.filter((c) => c.text.trim() === label).length >= 2;
}

/** The rest of a head broken with its formula (`(`, `B/A×100%)`): brackets, letters, signs and figures. */
const HEAD_FORMULA_REST = /^[(（]?[A-Za-z0-9/×*÷%％.+\-]*[)）]?$/;

/**
 * A row of the funds table's column names and the rest of a head's formula only (`( | B/A×100%) |
 * 得分`): the header's line broken, its last columns on this one. Not a row of figures: one column
 * name at least, and no cell of anything else.
 */
function isFundsHeaderRest(v: RowView): boolean {
  let named = 0;
  for (let i = 0; i < v.cells.length; i++) {
    const t = v.cells[i]!.text;
    if (!hasText(t)) continue;
    if (v.cols[i]?.fund) named++;
    else if (!HEAD_FORMULA_REST.test(labelKey(t)) || /^[0-9.%％]+$/.test(labelKey(t))) return false;
  }
  return named > 0;
}

/** A row of amounts and rates alone (`1,437 | 1,437 | 100% | 10 | 10`), no label among them. */
function isRowOfAmounts(cells: readonly Cell[]): boolean {
  let n = 0;
  for (const c of cells) {
    if (!hasText(c.text) || isBlankText(c.text)) continue;
    const kind = classify(c.text).kind;
    if (kind !== "number" && kind !== "percent") return false;
    n++;
  }
  return n >= 2;
}

/**
 * Run together, the amounts of a row are one run of digits or a few (`1,4371,4371,4371010`): a row of
 * nothing else, long enough to hold two figures, is a row of amounts too.
 */
function isRunOfAmounts(cells: readonly Cell[]): boolean {
  const filled = cells.filter((c) => hasText(c.text) && !isBlankText(c.text));
  return filled.length > 0 && filled.every((c) => DIGIT_RUN.test(c.text.trim())) && filled.reduce((n, c) => n + c.text.trim().length, 0) >= MIN_RUN_OF_AMOUNTS;
}
const DIGIT_RUN = /^[0-9][0-9.,]*[%％]?$/;
/** Fewest characters of a run that holds two amounts (10 | 10). */
const MIN_RUN_OF_AMOUNTS = 4;

/** A row that prints 预算数 / 执行数 / 执行率 each followed by its value (the regional form's funds). */
function isFundPairRow(v: RowView): boolean {
  // Asked of every row: most hold neither label, which one test of the row's text rules out.
  // (The row's facts carry that test, made once per distinct text.)
  let named = false;
  for (const f of v.facts) if (f.fundPairWord) { named = true; break; }
  if (!named) return false;
  const cells = v.cells;
  for (let i = 0; i + 1 < cells.length; i++) {
    const field = fundPairField(cells[i]!.text);
    if (field === null || field === "rate") continue;
    const next = pairValueCell(cells, i);
    if (next && pairAmount(next.text) !== null) return true;
  }
  return false;
}


/** What a funds label of the pair layout names: the budget, the spending, or the rate. */
export function fundPairField(text: string): "initialBudget" | "annualBudget" | "executed" | "rate" | null {
  // (A unit printed with the label — `实际使用情况(万元)` — is the block's unit, no part of the name.)
  const key = labelKey(text).replace(/[:：]$/, "").replace(UNIT_AT_END, "");
  return fundPairLabels.find((p) => p.pattern.test(key))?.field ?? null;
}

/** A unit alone in brackets beside a pair's label (`计划投资额 | (万元) | 570`): the label's, not its value. */
const UNIT_IN_BRACKETS = /^\s*[(（]\s*([万萬]?元)\s*[)）]\s*$/;
/** The same unit ending a label or a cell (`实际使用情况(万元)`): group 1 is the unit. */
export const UNIT_AT_END = /[(（]\s*([万萬]?元)\s*[)）]\s*$/;

/** The cell holding a pair label's value: the next one with text, past a unit in brackets. */
export function pairValueCell<C extends { text: string }>(cells: readonly C[], labelAt: number): C | undefined {
  const rest = cells.slice(labelAt + 1).filter((c) => hasText(c.text));
  return rest[0] && UNIT_IN_BRACKETS.test(rest[0].text) ? rest[1] : rest[0];
}

/** An amount as the pair layout prints it: `2.38`, `5.8万`, `2.38万元`, `100%`. */
export function pairAmount(text: string): string | null {
  const m = /^\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*([万萬]元|[万萬]|元|%|％)?\s*$/.exec(text);
  return m ? m[1]!.replace(/,/g, "") : null;
}

/** What a row is, given the section the reader is in. Pure: the same row and section, the same answer. */
export function classifyRow(v: RowView, section: Section, context: RowContext = NO_CONTEXT): RowClass {
  for (const rule of ROW_RULES) {
    const r = rule.test(v, section, context);
    if (r === true) return { kind: rule.kind, at: 0 };
    if (typeof r === "number" && r >= 0) return { kind: rule.kind, at: r };
  }
  return { kind: "unplaced", at: 0 };
}

/** Fewest more cells than the indicator table has columns that a row of another table's heads has. */
const WIDER_BY = 2;

/**
 * A row of column heads no indicator table has (序号 | 学校性质 | 培训机构 | 补助标准(元/人) | …, a
 * table of the project's own detail printed after the form): cell boundaries the text marks, every
 * cell filled with a name, none a figure, a level's name or a value word, and wider than the
 * indicator table's heads by two cells or more — an indicator row is as wide as its heads, or
 * narrower where merged cells are left out. The indicator table ends there.
 */
export function headsAnotherTable(v: RowView, indicatorColumns: number): boolean {
  if (indicatorColumns === 0 || v.row.boundaries !== "exact") return false;
  let last = v.cells.length - 1;
  while (last >= 0 && !hasText(v.cells[last]!.text)) last--;
  if (last + 1 < indicatorColumns + WIDER_BY) return false;
  for (let i = 0; i <= last; i++) {
    const t = v.cells[i]!.text;
    if (!hasText(t) || classify(t).kind !== "text") return false;
  }
  return true;
}

/** The row's first label cell (RowView.first) when its role passes the test, else -1. */
function anchoredAt(v: RowView, test: (role: LabelRole | null) => boolean): number {
  return v.first >= 0 && test(v.roles[v.first] ?? null) ? v.first : -1;
}

const otherFormCache = new Map<string, string | null>();

/** Which dossier form a workbook sheet's name names, if any (never a self-evaluation's sheet). */
export function otherSheetName(sheet: string): string | null {
  const key = labelKey(sheet);
  if (/自评/.test(key)) return null;
  return otherFormSheets.find((f) => f.pattern.test(key))?.name ?? otherFormName(sheet);
}

/**
 * A funds header naming both 执行数 and 得分: only a self-evaluation scores its spending (an
 * application names no 执行数, a monitoring sheet scores nothing). Met inside another dossier
 * form, it means a self-evaluation whose title was lost follows that form (a 评价报告's title,
 * then the table with no title of its own): the other form ends there.
 */
export function opensSelfEvaluation(v: RowView): boolean {
  return v.cols.some((c) => c.fund === "executed") && v.cols.some((c) => c.fund === "score");
}

/** A row that opens another part of the form (its rules come earlier; this guards the task rows). */
function isKnownSectionStart(v: RowView): boolean {
  return v.roles.some((r) => r !== null && r.role !== "fundRow") || rowLooksLikeIndicator(v.cells);
}

/** Which dossier form a title names, if any (see template otherForms). Cached: every cell is asked. */
export function otherFormName(text: string): string | null {
  let hit = otherFormCache.get(text);
  if (hit === undefined) {
    hit = computeOtherFormName(text);
    if (otherFormCache.size > 20_000) otherFormCache.clear();
    otherFormCache.set(text, hit);
  }
  return hit;
}

function computeOtherFormName(text: string): string | null {
  if (!DOSSIER_WORD.test(text)) return null;
  // An attachment number before the title, a year or the project's kind in brackets after it.
  const key = labelKey(text)
    .replace(/^附件\d*[:：]?/, "")
    .replace(/\(?(19|20)\d{2}年?度?\)?$/, "")
    .replace(/(表)\([^()]{1,20}\)$/, "$1");
  // `附件2:` is no label whose value the title would be.
  const unlabelled = text.replace(/^\s*附\s*件\s*\d*\s*[:：]?/, "");
  if (key.length < 4 || key.length > MAX_TITLE_LENGTH || splitLabelValue(unlabelled) !== null || titlePattern.test(key)) return null;
  return otherForms.find((f) => f.pattern.test(key))?.name ?? null;
}

/** A dossier form's title names a 表, a 报告 or 信息 (checked first: every cell of every row is asked). */
const DOSSIER_WORD = /表|報|报告|信息/;

function otherFormIndex(v: RowView): number {
  if (v.row.boundaries === "spaces") {
    const line = v.plain.map((c) => c.text).join("");
    return DOSSIER_WORD.test(line) && otherFormName(line) ? 0 : -1;
  }
  // (otherFormName tests DOSSIER_WORD first itself, and answers a text asked before from its cache.)
  // (The plain cells are the cells the facts were found for unless run-together text was cut.)
  if (v.plain === v.cells) return v.facts.findIndex((f) => (f.otherForm === undefined ? (f.otherForm = otherFormName(f.text)) : f.otherForm) !== null);
  return v.plain.findIndex((c) => otherFormName(c.text) !== null);
}

function countDigitRuns(cells: Cell[]): number {
  return cells.filter((c) => /^[0-9][0-9.,]*[%％]?$/.test(c.text.trim())).length;
}

function countNumbers(cells: Cell[]): number {
  return cells.filter((c) => {
    const k = classify(c.text).kind;
    return k === "number" || k === "percent";
  }).length;
}

function isExtraFundRow(cells: Cell[], at: number, runTogether = false): boolean {
  if (!extraFundRowPattern.test(labelKey(cells[at]!.text))) return isNamedAmountsRow(cells, at, runTogether);
  // Run together, a fund row printed with no amounts is its label alone (no blank cells stand for
  // them): still a row of the block, so the rows after it keep their places (extra1, extra2 …).
  // So too one cell a line, where the stream cut the label's row short at the next label (其中:中央、省补助
  // | 市级财政资金 | 县级财政资金 | 40 …): the label is all the row holds.
  if ((runTogether || cells.length === at + 1) && cells.slice(at + 1).every((c) => !hasText(c.text))) return true;
  return cells.slice(at + 1).some((c) => {
    const k = classify(c.text).kind;
    // (A run of digits run together holds its amounts: 2,756.48104.15…; an amount may carry its
    // scale, 829.3万, in a block that prints no rate beside it.)
    return k === "number" || k === "percent" || k === "blank" || /^[0-9][0-9.,]*$/.test(c.text.trim()) || pairAmount(c.text) !== null;
  });
}

/**
 * A row of the funds table named in words of its own (彩票公益金用于医疗救助): a short name, then only
 * amounts and rates, two amounts at least.
 */
function isNamedAmountsRow(cells: Cell[], at: number, runTogether = false): boolean {
  const name = labelKey(cells[at]!.text);
  if (!/^[\u4e00-\u9fff()（）、]{2,16}$/.test(name) || classify(cells[at]!.text).kind !== "text") return false;
  const rest = cells.slice(at + 1).filter((c) => hasText(c.text));
  // Run together, one atom of figures may hold several amounts (00100 | %: 0 | 0 | 100%).
  const amounts = rest.reduce((n, c) => n + (pairAmount(c.text) === null || /[%％]/.test(c.text) ? 0 : runTogether && /^[0-9]{2,}/.test(c.text) ? 2 : 1), 0);
  return amounts >= 2 && rest.every((c) => pairAmount(c.text) !== null || isBlankText(c.text) || (runTogether && /^[%％]$/.test(c.text.trim())));
}

/**
 * A vertical label's piece on the header's second line (绩效 / 指标, 绩效指 / 标 beside 一级指标 …): a rest of the
 * header only beside a column name's rest, for alone it may be a 一级 name's piece (产出 / 指标).
 */
const VERTICAL_LABEL_PIECE = new Set(verticalLabels.flatMap((l) => [...l].map((_, i) => l.slice(i)).filter((t) => t.length < l.length)));
/**
 * A vertical label printed a character or two a line (绩 / 效 / 指 / 标) leaves a piece from its middle
 * on the header's second line, its first character on the first (a layout dump's 绩 一级指标 … over
 * 效 标值 成值 …): any piece after the label's first character.
 */
const VERTICAL_LABEL_MIDDLE = new Set(verticalLabels.flatMap((l) => [...l].flatMap((_, i) => (i === 0 ? [] : [...l].map((_, j) => l.slice(i, j + 1)).filter((t) => t !== "")))));

function isHeaderRest(cells: Cell[]): boolean {
  // (Loops, not filter and every: the rules below count and test cells of every row.)
  let filled = false;
  for (const c of cells) {
    if (!hasText(c.text)) continue;
    const key = labelKey(c.text);
    if (headerSecondLineRests.has(key)) filled = true;
    else if (!VERTICAL_LABEL_PIECE.has(key) && !VERTICAL_LABEL_MIDDLE.has(key)) return false;
  }
  return filled;
}

/** How many of the row's cells name a funds column and no indicator column. */
function fundColumnCount(v: RowView): number {
  let n = 0;
  for (const c of v.cols) if (c.fund && !c.indicator) n++;
  return n;
}

function titleIndex(v: RowView): number {
  // In linear text the title's own spaces split it: the whole line must read as a title.
  if (v.row.boundaries === "spaces") return isTitle(v.plain.map((c) => c.text).join("")) ? 0 : -1;
  if (v.plain === v.cells) return v.facts.findIndex((f) => (f.title === undefined ? (f.title = isTitle(f.text)) : f.title));
  return v.plain.findIndex((c) => isTitle(c.text));
}

/** A year line in Chinese numerals: `(二〇二一年度)`, `二零二一年`. */
const CHINESE_YEAR_LINE = /^[(（]?\s*(?:二[〇零○]|一九)[〇零○一二三四五六七八九]{2}\s*年\s*度?\s*[)）]?$/;

function yearLineIndex(cells: Cell[]): number {
  let filled = 0;
  for (const c of cells) if (hasText(c.text)) filled++;
  if (filled !== 1) return -1;
  return cells.findIndex((c) => {
    const t = c.text.trim();
    // (Or labelled, 评价年度:2021年, or in Chinese numerals, (二〇二一年度), as covers print it.)
    return c.text.includes("年") && (/^[(（]?\s*(19|20)\d{2}\s*年\s*度?\s*[)）]?$/.test(t) || /^(?:评价|所属|預算|预算|評價|所屬)?年度[:：]\s*(19|20)\d{2}/.test(t) || CHINESE_YEAR_LINE.test(t));
  });
}

function totalScoreAfterTable(v: RowView, section: Section): number {
  if (section !== "indicators" && section !== "goals") return -1;
  const idx = v.roles.findIndex((r) => r?.role === "header" && r.field === "totalScore");
  // 自评得分 among the indicator table's column names (department forms) is that table's header.
  if (idx < 0 || isIndicatorColumnHeader(v)) return -1;
  if (v.row.boundaries === "none") return idx;
  return v.cells.slice(idx + 1).filter((c) => classify(c.text).kind === "number").length >= 2 ? idx : -1;
}

function totalIndex(v: RowView): number {
  const idx = v.cells.findIndex((c) => hasText(c.text) && !isLabelFragment(c.text));
  if (idx < 0) return -1;
  return v.roles[idx]?.role === "total" || totalLabelValue(v.cells[idx]!) !== null ? idx : -1;
}

const titleCache = new Map<string, boolean>();
/** `(实施单位用)`, `(主管部门用)` after a title: who fills the form in. */
export const TITLE_USER_NOTE = /\([\u4e00-\u9fff]{2,8}用\)$/;
/** `附件1`, `附件2:` before a title: the attachment's number in a publication (with its part, `附件3-2`). */
// (With its part's number, as a dossier numbers a report's attachments: 附件3-2, 附件4-1; not the
// digits of a year run on after it, 附件3-22019年….)
export const ATTACHMENT_NUMBER = /^附件\s*\d{1,2}(?:\s*[-－–—]\s*\d{1,2}(?!\d))?\s*[:：.．、]?\s*/;
/** One amount printed twice with nothing between (236236, 115.2115.2): two cells run together. */
const DOUBLED_AMOUNT = /^(\d{1,9}(?:\.\d{1,2})?)\1$/;
/** The funds block's unit alone: `(万元)`, `（元）`. */
const FUNDS_UNIT_ALONE = /^\((万元|元)\)$/;
/** Points alone, in brackets or bare: `(20分)`, `20分`. */
const FUNDS_POINTS_ALONE = /^\(\d{1,3}(?:\.\d+)?分\)$|^\d{1,3}(?:\.\d+)?分$/;
/** A document site's lead-in before the text it shows (`文档介绍:项目支出绩效自评表`): the site's, not the form's. */
// (Traditional spellings too: a page converted to traditional converts the site's words with it.)
export const DOC_SITE_PREFIX = /^\s*(文[档檔]介[绍紹]|文[档檔][简簡]介|[内內]容[简簡]介|文[档檔][内內]容|[内內]容[预預][览覽]|文本[预預][览覽])\s*[:：]\s*/;
/**
 * A government portal's heading over the article it shows (政府信息公开, 内容详情, printed twice by some
 * portals), run onto the title's line when the page lost its line breaks: the portal's words, never a
 * unit's name or a project's. Only before the title's own words (a character that is no space or mark).
 */
const PORTAL_HEADING = /^\s*(?:(?:政府)?信息公[开開]|[内內]容[详詳]情|[详詳]情[内內]容)+\s*(?=[\u4e00-\u9fff0-9])/;
/**
 * What stands before a title on its line that is not the title's: a document site's lead-in, a portal's heading, or
 * the end of a covering notice's sentence that introduces the form (`…予以公布,详细情况列后:`,
 * `现公布如下:`), run onto the title's line when a page lost its line breaks.
 */
export const TITLE_LEAD = new RegExp(`${DOC_SITE_PREFIX.source}|${PORTAL_HEADING.source}|^[^:：]{0,60}?(?:如下|列后|附后|见下表|详见下表)\\s*[:：]\\s*`);

/**
 * A list number after other text (`…自评报告6、项目绩效目标自评表`): an entry of a table of contents
 * run on after the one before it, naming the form the document holds, not its title. (A number
 * opening the text, `1、项目支出绩效自评表`, is a site's page mark or an attachment's.)
 */
const TOC_ENTRY = /[^\d\s][0-9]{1,2}、/;

export function isTitle(text: string): boolean {
  let hit = titleCache.get(text);
  if (hit === undefined) {
    hit = computeIsTitle(text);
    if (titleCache.size > 20_000) titleCache.clear();
    titleCache.set(text, hit);
  }
  return hit;
}

/**
 * A title's length with each run of Latin letters, digits and underscores counted as one word: a
 * mirror site's injected words in a unit's name (`365bet官网…_office365…林业局`) lengthen the title
 * without making it a sentence.
 */
function titleLength(key: string): number {
  return key.replace(/[A-Za-z0-9_]+/g, "x").length;
}

function computeIsTitle(printed: string): boolean {
  const text = printed.replace(TITLE_LEAD, "");
  // A year after the title (`(2021年度)`, `(2021)`) and a note of who fills it in (`(实施单位用)`)
  // are the title's line, not its end; so is an attachment number before it (`附件1`).
  const key = labelKey(text)
    .replace(/\(?(19|20)\d{2}(年度?)?\)?$/, "")
    .replace(TITLE_USER_NOTE, "")
    .replace(ATTACHMENT_NUMBER, "");
  if (titleLength(key) > MAX_TITLE_LENGTH || splitLabelValue(text) !== null || TOC_ENTRY.test(key)) return false;
  const m = titlePattern.exec(key);
  return m !== null && m.index + m[0].length === key.length;
}

/** A row naming the indicator table's columns: enough of them, one an anchor only that table has. */
function isIndicatorColumnHeader(v: RowView): boolean {
  let named = 0;
  for (const c of v.cols) if (c.indicator) named++;
  return named >= MIN_HEADER_CELLS && v.cells.some((c) => INDICATOR_ANCHORS.has(columnRoles(c.text).indicator ?? ""));
}

const headerValueCache = new Map<string, Readonly<{ field: HeaderField; value: string }> | null>();

/**
 * A header label and its value in one cell (`项目名称：xxx`, `项目名称    xxx`), or null. Cached by
 * text, as labelRole is: the header-label rule asks it of every cell of every row.
 */
export function headerLabelValue(cell: Cell): Readonly<{ field: HeaderField; value: string }> | null {
  let hit = headerValueCache.get(cell.text);
  if (hit === undefined) {
    hit = computeHeaderLabelValue(cell.text);
    if (headerValueCache.size > 20_000) headerValueCache.clear();
    headerValueCache.set(cell.text, hit);
  }
  return hit;
}

/** headerLabelValue of a cell with the facts' text, kept in the facts once asked. */
function factsHeaderLabelValue(f: TextFacts): Readonly<{ field: HeaderField; value: string }> | null {
  if (f.header === undefined) f.header = computeHeaderLabelValue(f.text);
  return f.header;
}

function computeHeaderLabelValue(text: string): { field: HeaderField; value: string } | null {
  // Most cells hold no colon: no label:value pair to look for, but a known label and its value
  // spaces apart (`部门(单位)名称    桂平市审计局`, a cover page's blank line filled in).
  if (!/[:：]/.test(text)) return spacedLabelValue(text);
  const lv = splitLabelValue(text);
  // (A label whose colon only spaces follow, `部门(单位)全称: ` as a linear line's token, holds no value: its value is the next cell.)
  if (!lv || lv.value.trim() === "") return null;
  const role = labelRole(lv.label);
  if (role?.role !== "header") return null;
  return { field: role.field, value: lv.value };
}

/** A label shorter than this, one space before text, may be half of a label spaced out (项目 名称). */
const ONE_SPACE_MIN_LABEL = 4;

function spacedLabelValue(text: string): { field: HeaderField; value: string } | null {
  // (One space will do — `项目名称 低保专项` — unless what follows is in brackets: `实施单位 (盖章)`
  // is the label's own note.) Asked of every cell without a colon: most hold no such space.
  if (!text.includes(" ") && !text.includes("\u3000")) return null;
  const m = /^\s*([^\s:：]{2,14})([ \u3000]+)([^\s(（].*?)\s*$/.exec(text);
  if (!m) return null;
  // One space may also be a label spaced out (`主管部门 及代码`, `项目 验收合格率`): only a whole
  // label of four or more characters, followed by what makes no label with it, takes its value so.
  if (m[2]!.length === 1 && ([...m[1]!].length < ONE_SPACE_MIN_LABEL || labelRole(m[1]! + m[3]!) !== null)) return null;
  const role = labelRole(m[1]!);
  return role?.role === "header" ? { field: role.field, value: m[3]! } : null;
}

export function totalLabelValue(cell: Cell): string | null {
  if (!/[:：]/.test(cell.text)) return null;
  const lv = splitLabelValue(cell.text);
  if (!lv) return null;
  return labelRole(lv.label)?.role === "total" ? lv.value : null;
}

export function rowLooksLikeIndicator(cells: Cell[]): boolean {
  return cells.some((c) => {
    const k = classify(c.text).kind;
    return k === "level1" || k === "level2" || k === "level12";
  });
}

/** A target with its comparison sign before its figure (`≥90%`, `<= 5天`). */
const COMPARED_TARGET = /^(?:[≥≤＞＜≧≦⩽⩾]|[<>]=?)\s*[0-9０-９]/;

/** A row whose first filled cell is a compared target, followed by two figures or more (its completion, 分值, 得分). */
export function opensOnComparedTarget(cells: readonly Cell[]): boolean {
  const filled = cells.filter((c) => hasText(c.text));
  if (filled.length < 3 || !COMPARED_TARGET.test(filled[0]!.text.trim())) return false;
  const figures = filled.slice(1).filter((c) => VALUE_KINDS.has(classify(c.text).kind));
  return figures.length >= 2;
}

/** Kinds of cell content that are an indicator's values (target, actual, weight, score). */
const VALUE_KINDS = new Set(["number", "percent", "quantity", "comparator", "unit", "numberish"]);

/**
 * A row of the indicator table seen without its header: a 一级/二级 name, or a name followed by
 * at least two values.
 */
export function looksLikeIndicatorRow(cells: Cell[]): boolean {
  if (rowLooksLikeIndicator(cells)) return true;
  const filled = cells.filter((c) => hasText(c.text));
  if (filled.length < 3 || classify(filled[0]!.text).kind !== "text") return false;
  // A comparator alone is no value: `>` also separates a portal's breadcrumbs (首页 > 信息公开).
  const values = filled.map((c) => classify(c.text)).filter((k) => VALUE_KINDS.has(k.kind) && k.kind !== "comparator");
  if (values.length < 2) return false;
  // Targets carry a unit, a percentage or a comparator, and weights and scores are small: a row
  // of large bare amounts is a table of money (an allocation list), not indicators.
  return values.some((k) => k.kind !== "number") || values.every((k) => (k.value ?? 0) <= MAX_BARE_INDICATOR_NUMBER);
}

/** The largest bare number a header-less indicator row may hold (a weight, a score, a count). */
const MAX_BARE_INDICATOR_NUMBER = 100;

/** The most characters a page number below can have (`page1234of1234`; `第1234页,共1234页` has 13). */
const MAX_PAGE_NUMBER_LENGTH = 14;

/**
 * A line that only numbers an attachment of the document (附件1, 附件2:, 附件三), printed above each
 * form or table of a dossier: no cell of any form (read as one, it ran into the row a cut excerpt
 * ended in).
 */
const ATTACHMENT_MARK = /^附件[0-9一二三四五六七八九十]{1,2}[:：]?$/;

/** A line that only numbers an attachment (附件6, 附件2:): page furniture. */
export function isAttachmentMark(text: string): boolean {
  return text.includes("附") && ATTACHMENT_MARK.test(text.replace(/\s+/g, ""));
}

/** A file's extension ending a line (a page's link to the form's file: `项目支出绩效自评表.docx`). */
const FILE_EXTENSION_END = /\.(?:xlsx|xls|docx|doc|pdf|wps|et|ofd)$/i;
/**
 * A title with a file's extension (`项目支出绩效自评表.docx`): a document site's or portal's link to
 * the attached file, page furniture, not the form's title (which follows it) nor a row of the form
 * (its words 项目支出 are a fund row's label in a department form).
 */
export function isTitledFileName(text: string): boolean {
  const t = text.trim();
  return t.includes(".") && FILE_EXTENSION_END.test(t) && isTitle(t.replace(FILE_EXTENSION_END, ""));
}

export function isPageNumber(text: string): boolean {
  // Asked of every short row: a longer one is none of the four, untested (and not copied first).
  if (longerThan(text, MAX_PAGE_NUMBER_LENGTH)) return false;
  const t = text.replace(/\s+/g, "");
  return /^[-—–]\d{1,4}[-—–]$/.test(t) || /^第\d{1,4}页(,?共\d{1,4}页)?$/.test(t) || /^\d{1,4}\/\d{1,4}$/.test(t) || /^page\d{1,4}(of\d{1,4})?$/i.test(t);
}

/** Whether a text holds more than `max` code units that are not white space (`text.replace(/\s+/g, "").length > max`). */
function longerThan(text: string, max: number): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpaceUnit(text.charCodeAt(i)) && ++n > max) return true;
  return false;
}

export function isPlaceholder(text: string): boolean {
  const key = labelKey(text);
  return /^(指标\d*|…+|\.{3,}|。{3,})[:：]?$/.test(key);
}

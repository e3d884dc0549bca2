import type { Cell, Row } from "../layout/grid.js";
import type { Lang } from "../messages.js";
import type { FundColumn, IndicatorColumn, TaskColumn } from "../template/project.js";
import { alignRow, type Alignment, type ColumnSpec, type ColumnType } from "./align.js";
import { isBlankText } from "./classify.js";
import { isUntitledDepartmentForm } from "./department-evidence.js";
import { reconstructMessages, type ReconstructMessages } from "./messages.js";
import { emptyRawForm, joinValues, type RawDiagnostic, type RawForm, type RawIndicator, type RawValue } from "./raw-form.js";
import type { Section } from "./row-prepare.js";
import { isLabelFragment, toRaw } from "./row-view.js";
import { rowReadings } from "./run-together.js";
import { rejoinWrappedGoals } from "./wrapped-goals.js";
import { joinBrokenGoalPieces } from "./broken-goal-pieces.js";
import { readLoneValuesAsTargets } from "./lone-values.js";
import { readRowsByTableColumns } from "./headerless-columns.js";
import { readShortFundRows } from "./short-fund-rows.js";
import { settleTotalsByParts } from "./total-by-parts.js";
import { COST_TIE } from "./tolerances.js";

export const FUND_TYPES: Record<FundColumn, ColumnType> = {
  initialBudget: "amount",
  annualBudget: "amount",
  executed: "amount",
  weight: "weight",
  rate: "rate",
  score: "score",
  method: "text",
  reason: "text",
  adjustment: "amount",
  balance: "amount",
  balanceRate: "rate",
};
export const INDICATOR_TYPES: Record<IndicatorColumn, ColumnType> = {
  level1: "level1",
  level2: "level2",
  level3: "level3",
  nature: "nature",
  target: "value",
  unit: "unit",
  actual: "value",
  weight: "weight",
  score: "score",
  method: "text",
  deviation: "text",
  // 序号 holds small numbers like a weight; 指标解释 is prose like 评分标准.
  seq: "weight",
  note: "text",
  remark: "text",
  completion: "rate",
  adjustedTarget: "value",
  // (A share of the points, 0.77 or 1: a number, no points of its own.)
  scoreFactor: "rate",
  core: "text",
  level1Weight: "weight",
  level2Weight: "weight",
  // (Either of a split target's two word columns may hold the comparator: split-target-cells.ts.)
  direction: "nature",
};
/**
 * Where cells are missing, which fund columns are most likely empty: breakdown rows leave 分值/执行率/得分
 * (and often 全年执行数) blank, so with two amounts printed they are 年初预算数 and 全年预算数.
 */
export const FUND_SKIP: Partial<Record<FundColumn, number>> = {
  initialBudget: 1.2,
  annualBudget: 1.1,
  executed: 1.0,
  weight: 0.2,
  rate: 0.2,
  score: 0.2,
};
const DEFAULT_FUND_COLUMNS: FundColumn[] = ["initialBudget", "annualBudget", "executed", "weight", "rate", "score"];
const DEFAULT_INDICATOR_COLUMNS: IndicatorColumn[] = ["level1", "level2", "level3", "target", "actual", "weight", "score", "deviation"];
/**
 * The indicator layouts a table may have when its header was not seen (an excerpt that starts
 * mid-table): the national one, and the one that splits the target into 指标性质 / 指标值 / 度量单位
 * (Sichuan). A row is read with the one that fits it best.
 */
export const HEADERLESS_INDICATOR_LAYOUTS: IndicatorColumn[][] = [
  DEFAULT_INDICATOR_COLUMNS,
  ["level1", "level2", "level3", "nature", "target", "unit", "actual", "weight", "score", "deviation"],
  // the same without 得分 (a form whose unit printed weights and left the scores to the reviewer)
  ["level1", "level2", "level3", "nature", "target", "unit", "actual", "weight", "deviation"],
  // the national one with the completion's rate after it (完成率 = 实际值 ÷ 目标值, Hainan): `52 10 19.23% 20.00 3.85`
  ["level1", "level2", "level3", "target", "actual", "completion", "weight", "score", "deviation"],
  // the target split in two word columns and a figure, the unit after the completion (Inner Mongolia:
  // 指标性质 正向 | 指标方向 大于等于 | 1 | 1 | 次 | 8 | 8)
  ["level1", "level2", "level3", "nature", "direction", "target", "actual", "unit", "weight", "score", "deviation"],
];
const NUMERIC_COLUMNS = new Set(["initialBudget", "annualBudget", "executed", "weight", "rate", "score"]);

/**
 * What the reader carries from row to row: the forms read so far, the one being read, the section
 * it is in, the columns its headers named, and the rows held back to be joined with the next.
 * The section handlers read and write it; only the reader's transition table changes `section`.
 */
export class ReaderState {
  forms: RawForm[] = [];
  stray: RawValue[] = [];
  /** The workbook sheet being read (spreadsheets only). */
  sheet: string | undefined = undefined;
  /** Diagnostics of the input rather than of one form (another form of a dossier). */
  diagnostics: RawDiagnostic[] = [];
  form: RawForm | null = null;
  section: Section = "start";
  fundCols: ColumnSpec<FundColumn>[] = specs(DEFAULT_FUND_COLUMNS, FUND_TYPES, FUND_SKIP);
  indCols: ColumnSpec<IndicatorColumn>[] = specs(DEFAULT_INDICATOR_COLUMNS, INDICATOR_TYPES);
  /** The indicator columns were named by a header row (not the template's default). */
  indColsFromHeader = false;
  /** The indicator header printed 年度指标值 before 实际完成值 (each named, neither the template's default). */
  targetNamedFirst = false;
  /** Some indicator row of the form was read with its cells known (ruled or delimited): its blanks kept. */
  exactIndicatorRows = false;
  /** Some indicator row of the form was a delimited line of several cells (a table of one cell a line is not one whose end a lone line tells). */
  severalCellIndicatorRows = false;
  /** The form's header printed a label only the department-wide form has (部门(单位)名称). */
  departmentLabel = false;
  /**
   * The value of a 单位名称 (or 填报单位) read before the form was known to be the department's: it
   * names the department when what follows makes the form one (a 预算编码, a task table …).
   */
  unitName: RawValue | null = null;
  /** A year line read after a form's table ended: the year of the form that begins next (its title lost, or printing none). */
  yearAfterForm: RawValue | null = null;
  /** The row just read was an indicator header (a second one continues it). */
  lastRowWasIndicatorHeader = false;
  /** Whether the last row read left a fund row with no amounts (its label in the funds header): its amounts may follow. */
  lastRowWasAmountlessFundRow = false;
  /** Whether the last row read was the funds header: its last column names may follow on a line of their own. */
  lastRowWasFundsHeader = false;
  goalOrder: Array<"expected" | "actual"> = ["expected", "actual"];
  /** How many goal columns the head names before its adjusted target's column (sections/goals.ts), or null. */
  adjustedGoalAt: number | null = null;
  goalTexts: RawValue[] = [];
  /** A numbered heading of the form's own after the goals ended them: the goals block's later texts are none (report-headings.ts). */
  goalsEnded = false;
  /** The 年度主要任务 table's columns, as its header named them. */
  taskCols: TaskColumn[] = ["name", "content", "total", "fiscal", "other"];
  /** A partial indicator row read just before a page break, to be joined with the row after it. */
  pendingPartial: RawIndicator | null = null;
  /** A run-together line held as a wrapped row's first, with the cells it was read from (wrapped-row.ts). */
  wrappedRow: { ind: RawIndicator; body: Cell[] } | null = null;
  lastLevel1: RawValue | null = null;
  /** The points printed beside the current 一级 name in its own column (a scoring sheet). */
  lastLevel1Weight: RawValue | null = null;
  lastLevel2: RawValue | null = null;
  /** Numbers read ahead of their row's names (a layout dump). */
  pendingNumbers: RawIndicator | null = null;
  /** Where the last non-empty cell read was: a cut-off form is reported there. */
  lastSource: Cell["source"] = {};
  /** How the current row's cells are separated (see Boundaries). */
  boundaries: Row["boundaries"] = "exact";
  readonly msg: ReconstructMessages;

  constructor(lang?: Lang) {
    this.msg = reconstructMessages(lang);
  }

  startForm(at: Cell): RawForm {
    this.finishForm();
    this.form = emptyRawForm(at.source);
    if (this.yearAfterForm) this.form.year = this.yearAfterForm;
    this.yearAfterForm = null;
    this.departmentLabel = false;
    this.unitName = null;
    this.section = "header";
    this.fundCols = specs(DEFAULT_FUND_COLUMNS, FUND_TYPES, FUND_SKIP);
    this.indCols = specs(DEFAULT_INDICATOR_COLUMNS, INDICATOR_TYPES);
    this.indColsFromHeader = false;
    this.targetNamedFirst = false;
    this.exactIndicatorRows = false;
    this.severalCellIndicatorRows = false;
    this.goalOrder = ["expected", "actual"];
    this.adjustedGoalAt = null;
    this.goalTexts = [];
    this.goalsEnded = false;
    this.pendingPartial = null;
    this.wrappedRow = null;
    this.lastLevel1 = null;
    this.lastLevel1Weight = null;
    this.lastLevel2 = null;
    return this.form;
  }

  /** Nothing but a title (and a year) read into the form yet — nor, when asked, more than its 项目名称 or its funds rows. */
  formIsEmpty(options: { butProjectName?: boolean; butFunds?: boolean; butGoals?: boolean } = {}): boolean {
    const f = this.form;
    if (!f) return true;
    const noGoals = options.butGoals || (!f.goals.expected && !f.goals.actual && this.goalTexts.length === 0);
    return (options.butProjectName || !f.projectName) && !f.department && !f.implementingUnit && (options.butFunds || f.funds.rows.length === 0) && f.indicators.length === 0 && noGoals && !f.total.score;
  }

  /**
   * A form begun by a 项目名称 alone, with no title and nothing after it, when a titled form
   * begins: it was a list of projects on the page (序号 / 项目名称 / …), not a form. Its text
   * goes to the stray text.
   */
  // (Or by a report's sentence that holds the total's label, `…本项目自评得分为95分。全年预算数为…`, read as
  // the total: a score that is a sentence, no figure alone; see proseTotal.)
  dropStubForm(): RawForm | null {
    const f = this.form;
    if (!f || f.title) return null;
    const prose = proseTotal(f.total);
    if (prose) f.total.score = null;
    if (!this.formIsEmpty({ butProjectName: true })) {
      if (prose) f.total.score = prose;
      return null;
    }
    if (prose) this.stray.push(prose);
    if (f.projectName) this.stray.push(f.projectName);
    this.form = null;
    return f;
  }

  /**
   * A form begun by goal texts alone, with no title, year, header field, funds, task, indicator or
   * total, when a titled form begins: what was cut as goals was prose before the form (an evaluation
   * report's paragraphs run onto the form's line by a document site, cut where a sentence held a
   * label: 目标完成情况, 绩效指标). A form's goals come before its indicator table, so goals with
   * no table before the next form's title are no form of their own. Its text goes to the stray text.
   */
  dropGoalsOnlyForm(): void {
    const f = this.form;
    if (!f || f.title || f.year || f.tasks.length > 0) return;
    const texts = [f.goals.expected, f.goals.actual, ...this.goalTexts].filter((t): t is RawValue => !!t);
    if (texts.length === 0 || !this.formIsEmpty({ butGoals: true })) return;
    this.stray.push(...texts);
    this.goalTexts = [];
    this.form = null;
  }

  /** Another form of a project's dossier, found by its title or its sheet: reported once, its rows not read. */
  reportOtherForm(title: string, name: string, source: Cell["source"]): void {
    this.dropEmptyForm();
    this.dropUntitledFundsTable();
    this.finishForm();
    this.diagnostics.push({ code: "other-form", severity: "info", message: this.msg.otherForm(title, name), source: { ...source, text: title } });
  }

  /** Another form attached to the report being read as a form (report-attachments.ts): reported, the form kept open. */
  reportAttachedForm(title: string, name: string, source: Cell["source"]): void {
    this.diagnostics.push({ code: "other-form", severity: "info", message: this.msg.otherForm(title, name), source: { ...source, text: title } });
  }

  /**
   * A table of amounts read as a form's funds with nothing of a form around it — no title, no
   * header field, goal, task or indicator — when another form of the dossier begins: it was an
   * attachment's table (a 资金安排表 before a 绩效目标表), not a self-evaluation. Its row labels go
   * to the stray text.
   */
  dropUntitledFundsTable(): void {
    const f = this.form;
    if (!f || f.title || f.funds.rows.length === 0 || f.tasks.length > 0 || !this.formIsEmpty({ butProjectName: false, butFunds: true })) return;
    for (const r of f.funds.rows) this.stray.push(r.label);
    this.form = null;
  }

  /** Drops a form that holds nothing but its title: the title of something else stood there. */
  dropEmptyForm(): void {
    if (this.form && this.formIsEmpty()) this.form = null;
  }

  ensureForm(at: Cell): RawForm {
    return this.form ?? this.startForm(at);
  }

  finishForm(): void {
    if (!this.form) return;
    const f = this.form;
    // A form whose title did not name it is told by what it holds (a scoring sheet printed untitled).
    if (isUntitledDepartmentForm(f, { departmentLabel: this.departmentLabel, indicatorColumns: this.indColsFromHeader ? this.indCols : null })) f.template = "department";
    if (f.template === "department" && !f.department && this.unitName) f.department = this.unitName;
    if (!f.total.weight && !f.total.score && (f.indicators.length > 0 || f.funds.rows.length > 0 || this.pendingPartial)) {
      // Cut off before its 总分 row: keep what was read, and say where it stopped.
      f.diagnostics.push({
        code: "form-incomplete",
        severity: "warning",
        message: this.msg.incomplete(this.lastSource.line ? { line: this.lastSource.line } : this.lastSource.page ? { page: this.lastSource.page } : null),
        source: { ...this.lastSource, text: "" },
      });
    }
    this.flushGoals();
    if (this.pendingPartial) {
      f.indicators.push(this.pendingPartial);
      this.pendingPartial = null;
    }
    // One value a row, none scored: which column it stood in is told by the table as a whole.
    readLoneValuesAsTargets(
      f,
      { indicators: f.indicators, targetNamedFirst: this.targetNamedFirst, exactRows: this.exactIndicatorRows, totalScore: f.total.score },
      this.msg.loneValuesAsTargets,
    );
    // A headerless table's rows that read a completion and a reason where the table's target and completion stand.
    readRowsByTableColumns(f, this.msg.columnsByTable);
    // A total whose digits ran together, read again by its parts' sums.
    settleTotalsByParts(f, this.msg.ambiguousSplit);
    // Fund rows each a cell short of the header's columns: where they stood, told by a part's row.
    readShortFundRows(f, this.msg.fundColumnsByTable);
    this.forms.push(f);
    this.form = null;
  }

  /** The goal texts read so far go to the form's two goals, in the order the goal header printed. */
  flushGoals(): void {
    this.goalsEnded = false;
    const form = this.form;
    if (!form || this.goalTexts.length === 0) return;
    let texts = this.goalTexts;
    this.goalTexts = [];
    const [first, second] = this.goalOrder as ["expected" | "actual", "expected" | "actual"];
    if (this.adjustedGoalAt !== null) {
      // Three columns (a goal, the adjusted target, the other goal): three texts are one each; fewer
      // (merged cells a page collapsed) leave those after the first column's undecided, not guessed.
      const at = this.adjustedGoalAt;
      const placed = texts.length === 3 ? texts.filter((_, i) => i !== at) : texts.slice(0, Math.min(at, texts.length));
      const left = texts.filter((t) => !placed.includes(t));
      for (const m of left) {
        form.diagnostics.push({ code: "unplaced-text", severity: "warning", message: this.msg.extraGoalText(truncate(m.text)), source: { ...m.source, text: m.text } });
      }
      if (texts.length !== 3) {
        if (at >= 1 && placed[0]) form.goals[first] = joinValues(form.goals[first], placed[0]);
        return;
      }
      texts = placed;
    }
    if (texts.length > 2 && texts.length % 2 === 0 && pairedGoals(texts)) {
      // Goals printed item by item, each expected beside its actual (目标1 | 目标1, 目标2 | 目标2):
      // one cell a line gives them alternately.
      texts.forEach((t, i) => {
        const side = i % 2 === 0 ? first : second;
        form.goals[side] = joinValues(form.goals[side], t);
      });
      return;
    }
    if (texts.length > 2 && texts.length % 2 === 0 && halvedGoals(texts)) {
      // All the expected items, then all the actual ones (目标1 … 目标4 | 目标1 … 目标4 down one column each).
      const half = texts.length / 2;
      texts.forEach((t, i) => {
        const side = i < half ? first : second;
        form.goals[side] = joinValues(form.goals[side], t);
      });
      return;
    }
    // Run together, goal texts wrapped onto lines of their own: one run again, cut where the completion begins.
    const rejoined = this.boundaries === "none" ? rejoinWrappedGoals(texts) : null;
    if (rejoined) {
      form.goals[first] = joinValues(form.goals[first], rejoined[0]);
      form.goals[second] = joinValues(form.goals[second], rejoined[1]);
      return;
    }
    // One cell a line, a text broken before a figure: its pieces joined back where they leave two texts.
    const broken = this.boundaries === "exact" ? joinBrokenGoalPieces(texts) : null;
    if (broken) {
      form.goals[first] = joinValues(form.goals[first], broken[0]);
      form.goals[second] = joinValues(form.goals[second], broken[1]);
      return;
    }
    const [a, b, ...more] = texts;
    form.goals[first] = joinValues(form.goals[first], a ?? null);
    form.goals[second] = joinValues(form.goals[second], b ?? null);
    for (const m of more) {
      form.diagnostics.push({
        code: "unplaced-text",
        severity: "warning",
        message: this.msg.extraGoalText(truncate(m.text)),
        source: { ...m.source, text: m.text },
      });
    }
  }

  unplaced(cells: Cell[], sep: string): void {
    const text = toRaw(cells.filter((c) => !isBlankText(c.text) && !isLabelFragment(c.text)), sep);
    if (!text) return;
    if (this.form) {
      this.form.diagnostics.push({
        code: "unplaced-text",
        severity: "warning",
        message: this.msg.unplaced(truncate(text.text)),
        source: { ...text.source, text: text.text },
      });
    } else {
      this.stray.push(text);
    }
  }

  /**
   * Aligns a row; for run-together text, every reading of its digit runs is aligned and the form's
   * own constraints (score ≤ weight, 执行率 = 执行数 ÷ 预算数 …) price each; a tie between readings
   * that give different numbers is reported, and those numbers left unread.
   */
  align<N extends string>(cells: Cell[], columns: ColumnSpec<N>[], plausibility: (v: Map<string, string>) => number): Alignment<N> {
    return this.alignPriced(cells, columns, plausibility).a;
  }

  /**
   * `align`, with what the chosen reading cost in all: the alignment's cost, and for run-together
   * text the digit cuts' and the form's constraints' too (what one row's layouts are compared by).
   */
  alignPriced<N extends string>(cells: Cell[], columns: ColumnSpec<N>[], plausibility: (v: Map<string, string>) => number): { a: Alignment<N>; cost: number } {
    if (this.boundaries !== "none") {
      const a = alignRow(cells, columns, this.alignOptions());
      return { a, cost: a.cost };
    }
    // A space left in run-together text (between two numbers of a flattened page) parts them; it is
    // no empty cell of the table (a flattened page prints none), so no column may take it.
    const whole = spacedFigures(cells);
    cells = cells.filter((c) => c.text === "" || c.text.trim() !== "");
    type Scored = { a: Alignment<N>; cost: number; values: Map<string, string> };
    let best: Scored | null = null;
    let rival: Scored | null = null;
    for (const reading of rowReadings(cells, whole)) {
      const a = alignRow(reading.cells, columns, this.alignOptions());
      const values = new Map<string, string>();
      for (const [name, placed] of a.placed) values.set(name, placed.map((c) => c.text).join(""));
      const cost = a.cost + reading.cost + plausibility(values);
      if (!best || cost < best.cost - COST_TIE) {
        rival = best && best.cost - cost < COST_TIE ? best : null;
        best = { a, cost, values };
      } else if (Math.abs(cost - best.cost) <= COST_TIE && !sameNumbers(best.values, values)) {
        rival = { a, cost, values };
      }
    }
    if (!best) {
      const a = alignRow(cells, columns, this.alignOptions());
      return { a, cost: a.cost };
    }
    const chosen: Scored = best;
    const other = rival as Scored | null;
    if (other && this.form) {
      const differing = [...new Set([...chosen.values.keys(), ...other.values.keys()])].filter(
        (k) => NUMERIC_COLUMNS.has(k) && chosen.values.get(k) !== other.values.get(k),
      );
      // The readings are the input's text: quoted, so a message in English quotes Chinese only as the input's.
      const describe = (v: Map<string, string>) => differing.map((k) => (v.has(k) ? `${k}=“${v.get(k)}”` : `${k}=—`)).join(", ");
      const blob = cells.map((c) => c.text).join("");
      this.form.diagnostics.push({
        code: "ambiguous-split",
        severity: "warning",
        message: this.msg.ambiguousSplit(describe(chosen.values), describe(other.values), truncate(blob)),
        source: { ...(cells[0]?.source ?? {}), text: blob },
      });
      for (const k of differing) chosen.a.placed.delete(k as N);
    }
    return { a: chosen.a, cost: chosen.cost };
  }

  private alignOptions(): { joinTokens: boolean; joinAll?: boolean; separator?: string } {
    if (this.boundaries === "none") return { joinTokens: true, joinAll: true, separator: "" };
    return { joinTokens: this.boundaries === "spaces" };
  }
}

export function specs<N extends string>(names: N[], types: Record<N, ColumnType>, skips: Partial<Record<N, number>> = {}): ColumnSpec<N>[] {
  return names.map((name) => columnSpec(name, types[name], skips[name]));
}

export function columnSpec<N extends string>(name: N, type: ColumnType, skip: number | undefined, hint?: number): ColumnSpec<N> {
  const spec: ColumnSpec<N> = { name, type };
  if (skip !== undefined) spec.skip = skip;
  if (hint !== undefined) spec.hint = hint;
  return spec;
}

function sameNumbers(a: Map<string, string>, b: Map<string, string>): boolean {
  for (const k of NUMERIC_COLUMNS) if (a.get(k) !== b.get(k)) return false;
  return true;
}

export function truncate(s: string): string {
  return s.length > 60 ? s.slice(0, 60) + "…" : s;
}

/** Item numbers that open a goal text: `目标1:`, `1、`, `（2）`, `一、`. */
const GOAL_ITEM = /^\s*(?:目[标標]\s*\d+|\d+\s*[、.．:：]|[(（]\s*\d+\s*[)）]|[一二三四五六七八九十]+\s*[、.．])/;

/** Goal texts in pairs that open with the same item number (expected and actual of one item). */
function pairedGoals(texts: readonly RawValue[]): boolean {
  for (let i = 0; i < texts.length; i += 2) {
    const a = GOAL_ITEM.exec(texts[i]!.text)?.[0].replace(/\s/g, "");
    const b = GOAL_ITEM.exec(texts[i + 1]!.text)?.[0].replace(/\s/g, "");
    if (!a || a !== b) return false;
  }
  return true;
}

/**
 * Goal texts whose halves are numbered alike, item by item (目标1…目标4, then 目标1…目标4 again; or
 * 目标1, 目标2 then 1. 2.: the number counts, not how it is written).
 */
function halvedGoals(texts: readonly RawValue[]): boolean {
  const half = texts.length / 2;
  const item = (t: RawValue) => GOAL_ITEM.exec(t.text)?.[0].replace(/[^\d一二三四五六七八九十]/g, "") || undefined;
  for (let i = 0; i < half; i++) {
    const a = item(texts[i]!);
    if (!a || a !== item(texts[i + half]!)) return false;
    if (i > 0 && a === item(texts[i - 1]!)) return false;
  }
  return true;
}

/** Sentence punctuation: what a total's printed score never holds. */
const SENTENCE_MARK = /[。；;，,！!？?]/;
/**
 * A total read from a report's sentence (`为95分。全年预算数为200万元,…`): its score is words and
 * sentence punctuation with no weight beside it, not a figure. The score's text, else null.
 */
function proseTotal(total: RawForm["total"]): RawValue | null {
  const score = total.score;
  if (!score || total.weight || !SENTENCE_MARK.test(score.text) || !/[\u4e00-\u9fff]{4}/.test(score.text)) return null;
  return score;
}

/**
 * Digit runs a space parts from the next figure of their row (`…改进措施8676 15 13`): where the page
 * kept the spaces between a row's figures, a run between them is one figure, not two run together
 * (8676 is not 86 | 76). Only a run followed by a space and a figure: a run that ends the row's
 * text or runs into words gives no such sign.
 */
function spacedFigures(cells: readonly Cell[]): Set<Cell> {
  const out = new Set<Cell>();
  const figure = /^[0-9][0-9.,]*%?$/;
  for (let k = 0; k + 2 < cells.length; k++) {
    const a = cells[k]!;
    if (!figure.test(a.text) || cells[k + 1]!.text.trim() !== "" || cells[k + 1]!.text === "") continue;
    if (figure.test(cells[k + 2]!.text)) out.add(a);
  }
  return out;
}

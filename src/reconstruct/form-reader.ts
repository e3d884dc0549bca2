import type { Cell, Row } from "../layout/grid.js";
import { labelKey } from "../template/labels.js";
import {
  departmentTitlePattern,
  level2Children,
  titlePattern,
  totalLabels,
  yearPattern,
  type FundColumn,
  type IndicatorColumn,
} from "../template/project.js";
import { alignRow, type Alignment, type ColumnSpec, type ColumnType } from "./align.js";
import { atomize, fundPlausibility, indicatorPlausibility, rowReadings, splitAtLabels } from "./run-together.js";
import { classify, hasText, isBlankText } from "./classify.js";
import { emptyRawForm, joinValues, type RawForm, type RawIndicator, type RawValue } from "./raw-form.js";
import { columnRoles, isLabelFragment, labelRole, rawOf, splitLabelValue, toRaw } from "./row-view.js";
import { reconstructMessages, type ReconstructMessages } from "./messages.js";
import type { Lang } from "../messages.js";

type Section = "start" | "header" | "funds" | "goals" | "indicators" | "after";

const FUND_TYPES: Record<FundColumn, ColumnType> = {
  initialBudget: "amount",
  annualBudget: "amount",
  executed: "amount",
  weight: "weight",
  rate: "rate",
  score: "score",
  method: "text",
  reason: "text",
};
const INDICATOR_TYPES: Record<IndicatorColumn, ColumnType> = {
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
};
/**
 * Where cells are missing, which fund columns are most likely empty: breakdown rows leave 分值/执行率/得分
 * (and often 全年执行数) blank, so with two amounts printed they are 年初预算数 and 全年预算数.
 */
const FUND_SKIP: Partial<Record<FundColumn, number>> = {
  initialBudget: 1.2,
  annualBudget: 1.1,
  executed: 1.0,
  weight: 0.2,
  rate: 0.2,
  score: 0.2,
};
const DEFAULT_FUND_COLUMNS: FundColumn[] = ["initialBudget", "annualBudget", "executed", "weight", "rate", "score"];
const DEFAULT_INDICATOR_COLUMNS: IndicatorColumn[] = [
  "level1",
  "level2",
  "level3",
  "target",
  "actual",
  "weight",
  "score",
  "deviation",
];

/** How many of a row's cells must be column headers for the row to be a header row. */
const MIN_HEADER_CELLS = 3;
/** Longest line (all its cells) that can be page furniture: a page number or a placeholder. */
const MAX_FURNITURE_LENGTH = 120;
/** Longest cell that can be a title. */
const MAX_TITLE_LENGTH = 40;

export interface ReadResult {
  forms: RawForm[];
  /** Text outside any form. */
  stray: RawValue[];
}

/**
 * Reads rows into forms: finds where each form starts, locates its sections by their labels and
 * maps cells to fields by content. One instance reads one input.
 */
export class FormReader {
  private forms: RawForm[] = [];
  private stray: RawValue[] = [];
  private form: RawForm | null = null;
  private section: Section = "start";
  private fundCols: ColumnSpec<FundColumn>[] = specs(DEFAULT_FUND_COLUMNS, FUND_TYPES, FUND_SKIP);
  private indCols: ColumnSpec<IndicatorColumn>[] = specs(DEFAULT_INDICATOR_COLUMNS, INDICATOR_TYPES);
  private goalOrder: Array<"expected" | "actual"> = ["expected", "actual"];
  private goalTexts: RawValue[] = [];
  /** A partial indicator row read just before a page break, to be joined with the row after it. */
  private pendingPartial: RawIndicator | null = null;
  private lastLevel1: RawValue | null = null;
  private lastLevel2: RawValue | null = null;
  /** Numbers read ahead of their row's names (a layout dump). */
  private pendingNumbers: RawIndicator | null = null;
  /** Where the last non-empty cell read was: a cut-off form is reported there. */
  private lastSource: Cell["source"] = {};
  /** How the current row's cells are separated (see Boundaries). */
  private boundaries: Row["boundaries"] = "exact";
  private readonly msg: ReconstructMessages;

  constructor(options: { lang?: Lang | undefined } = {}) {
    this.msg = reconstructMessages(options.lang);
  }

  read(rows: readonly Row[]): ReadResult {
    rows.forEach((row, idx) => this.readRow(row, rows[idx + 1]));
    this.finishForm();
    return { forms: this.forms, stray: this.stray };
  }

  private readRow(row: Row, next: Row | undefined): void {
    const last = row.cells.findLast((c) => hasText(c.text));
    if (last) this.lastSource = last.source;
    const sep = row.boundaries === "spaces" ? " " : "";
    let cells = row.cells.filter((c) => hasText(c.text) || row.boundaries === "exact");
    if (row.boundaries === "spaces") cells = joinLabelTokens(cells);
    if (cells.every((c) => !hasText(c.text))) return;
    // Page furniture: a page number on a line of its own (-1-, - 2 -, 第 3 页, 第3页 共5页); a
    // template placeholder (`指标3：`, `……`) left alone on a line.
    // (Only short lines can be either: long rows are not joined just to be tested.)
    let length = 0;
    for (const c of cells) length += c.text.length;
    const whole = length <= MAX_FURNITURE_LENGTH ? cells.map((c) => c.text).join("") : "";
    if (whole !== "" && (isPageNumber(whole) || (this.section === "indicators" && isPlaceholder(whole)))) return;

    // A title starts a new form.
    // In linear text the title's own spaces split it: the whole line must read as a title.
    const titleCell =
      row.boundaries === "spaces" ? (isTitle(cells.map((c) => c.text).join("")) ? cells[0] : undefined) : cells.find((c) => isTitle(c.text));
    if (titleCell) {
      const titleText = row.boundaries === "spaces" ? toRaw(cells, " ")! : rawOf(titleCell);
      this.startForm(titleCell);
      const form = this.form!;
      form.title = titleText;
      if (departmentTitlePattern.test(labelKey(titleText.text))) form.template = "department";
      if (yearPattern.test(titleText.text)) form.year = titleText;
      return;
    }

    if (row.boundaries === "spaces" && cells.length <= 4) {
      const joined = cells.map((c) => c.text).join("");
      if (/^[(（]?\s*(19|20)\d{2}\s*年\s*度?\s*[)）]?$/.test(joined)) cells = [{ ...cells[0]!, text: joined }];
    }
    const yearCell = cells.find((c) => c.text.includes("年") && (/^[(（]?\s*(19|20)\d{2}\s*年\s*度?\s*[)）]?$/.test(c.text.trim()) || /^年度[:：]\s*(19|20)\d{2}/.test(c.text.trim())));
    if (yearCell && cells.filter((c) => c.text.trim()).length === 1) {
      const form = this.ensureForm(yearCell);
      if (!form.year || form.year === form.title) form.year = rawOf(yearCell);
      return;
    }

    this.boundaries = row.boundaries;
    if (row.boundaries === "none") {
      const exploded = this.explodeRunTogether(cells);
      cells = exploded.cells;
      // Atoms of values are not labels, whatever words they hold (…达到预期目标).
      if (exploded.values && this.section === "indicators") {
        this.readIndicatorRow(row, cells, next);
        return;
      }
    }

    const roles = cells.map((c) => labelRole(c.text));
    const cols = cells.map((c) => columnRoles(c.text));

    // 自评总分 after the indicator table is the total row, not a header field.
    const totalScoreIdx = roles.findIndex((r) => r?.role === "header" && r.field === "totalScore");
    if (
      totalScoreIdx >= 0 &&
      (this.section === "indicators" || this.section === "goals") &&
      (this.boundaries === "none" || cells.slice(totalScoreIdx + 1).filter((c) => classify(c.text).kind === "number").length >= 2)
    ) {
      this.readTotalRow(cells, totalScoreIdx);
      return;
    }

    // Header fields: label cells followed by their values.
    if (roles.some((r) => r?.role === "header") || cells.some((c) => headerLabelValue(c) !== null)) {
      this.readHeaderRow(cells, roles, sep);
      return;
    }

    // The funds header: 项目资金(元) and the column names.
    const fundHeaderCount = cols.filter((c) => c.fund && !c.indicator).length;
    if (roles.some((r) => r?.role === "fundsLabel") || (fundHeaderCount >= 2 && this.section !== "indicators")) {
      this.readFundsHeader(cells, roles, cols);
      // A funds header row may already carry the total row (when the label is in the same row).
      return;
    }

    // A fund row.
    const firstIdx = cells.findIndex((c) => hasText(c.text) && !isLabelFragment(c.text) && labelRole(c.text)?.role !== "fundsLabel");
    const first = firstIdx >= 0 ? roles[firstIdx] : null;
    if (first?.role === "fundRow" && this.section !== "indicators") {
      this.readFundRow(cells, firstIdx, sep);
      return;
    }

    // The indicator header.
    const indHeaderCount = cols.filter((c) => c.indicator).length;
    if (indHeaderCount >= MIN_HEADER_CELLS && cells.some((c) => ["level1", "level2", "level3", "target", "actual", "deviation"].includes(columnRoles(c.text).indicator ?? ""))) {
      this.readIndicatorHeader(cells);
      return;
    }

    // The total row.
    const totalIdx = cells.findIndex((c) => hasText(c.text) && !isLabelFragment(c.text));
    if (totalIdx >= 0 && (roles[totalIdx]?.role === "total" || totalLabelValue(cells[totalIdx]!) !== null)) {
      this.readTotalRow(cells, totalIdx);
      return;
    }

    // Goals: its label or its column names.
    if (roles.some((r) => r?.role === "goalsLabel" || r?.role === "goalColumn")) {
      this.enterGoals(cells, roles, sep);
      return;
    }
    if (first?.role === "trailer") {
      this.section = "after";
      const form = this.form;
      if (form) {
        form.diagnostics.push({
          code: "field-not-in-contract",
          severity: "info",
          message: this.msg.notInContract(labelKey(cells[firstIdx]!.text)),
          source: { ...cells[firstIdx]!.source, text: toRaw(cells, sep)?.text ?? "" },
        });
      }
      return;
    }

    if (this.section === "goals" && !rowLooksLikeIndicator(cells)) {
      this.readGoalTexts(cells, roles, sep);
      return;
    }
    if (this.section === "goals" || this.section === "indicators" || (this.section === "funds" && rowLooksLikeIndicator(cells))) {
      if (this.section !== "indicators") this.flushGoals();
      this.section = "indicators";
      this.readIndicatorRow(row, cells, next);
      return;
    }
    this.unplaced(cells, sep);
  }

  /**
   * Aligns a row; for run-together text, every reading of its digit runs is aligned and the form's
   * own constraints (score ≤ weight, 执行率 = 执行数 ÷ 预算数 …) price each; a tie between readings
   * that give different numbers is reported, and those numbers left unread.
   */
  private align<N extends string>(cells: Cell[], columns: ColumnSpec<N>[], plausibility: (v: Map<string, string>) => number): Alignment<N> {
    if (this.boundaries !== "none") return alignRow(cells, columns, this.alignOptions());
    type Scored = { a: Alignment<N>; cost: number; values: Map<string, string> };
    let best: Scored | null = null;
    let rival: Scored | null = null;
    for (const reading of rowReadings(cells)) {
      const a = alignRow(reading.cells, columns, this.alignOptions());
      const values = new Map<string, string>();
      for (const [name, placed] of a.placed) values.set(name, placed.map((c) => c.text).join(""));
      const cost = a.cost + reading.cost + plausibility(values);
      if (!best || cost < best.cost - 1e-9) {
        rival = best && best.cost - cost < 1e-9 ? best : null;
        best = { a, cost, values };
      } else if (Math.abs(cost - best.cost) <= 1e-9 && !sameNumbers(best.values, values)) {
        rival = { a, cost, values };
      }
    }
    if (!best) return alignRow(cells, columns, this.alignOptions());
    const chosen: Scored = best;
    const other = rival as Scored | null;
    if (other && this.form) {
      const differing = [...new Set([...chosen.values.keys(), ...other.values.keys()])].filter(
        (k) => NUMERIC_COLUMNS.has(k) && chosen.values.get(k) !== other.values.get(k),
      );
      const describe = (v: Map<string, string>) => differing.map((k) => `${k}=${v.get(k) ?? "—"}`).join(", ");
      const blob = cells.map((c) => c.text).join("");
      this.form.diagnostics.push({
        code: "ambiguous-split",
        severity: "warning",
        message: this.msg.ambiguousSplit(describe(chosen.values), describe(other.values), truncate(blob)),
        source: { ...(cells[0]?.source ?? {}), text: blob },
      });
      for (const k of differing) chosen.a.placed.delete(k as N);
    }
    return chosen.a;
  }

  private alignOptions(): { joinTokens: boolean; joinAll?: boolean; separator?: string } {
    if (this.boundaries === "none") return { joinTokens: true, joinAll: true, separator: "" };
    return { joinTokens: this.boundaries === "spaces" };
  }

  /**
   * A run-together row: cut at the labels it starts with (header rows are labels and values),
   * and what follows the labels of a fund or indicator row into atoms for the alignment to join.
   */
  private explodeRunTogether(cells: Cell[]): { cells: Cell[]; values: boolean } {
    const blob = cells[0];
    if (!blob || cells.length !== 1) return { cells, values: false };
    const levelName = (c: Cell) => ["level1", "level2", "level12", "budgetExec"].includes(classify(c.text).kind);
    if (this.section === "indicators" && !startsWithTotal(blob.text)) {
      // Inside the indicator table only the 一级/二级 names that open a row are labels.
      const pieces = splitAtLabels(blob, (s) => levelName({ text: s, source: blob.source }));
      let k = 0;
      while (k < pieces.length && levelName(pieces[k]!)) k++;
      const restText = pieces.slice(k).map((p) => p.text).join("");
      return { cells: [...pieces.slice(0, k), ...(restText ? atomize({ text: restText, source: blob.source }) : [])], values: true };
    }
    const pieces = splitAtLabels(blob, isKnownLabel);
    const first = pieces[0];
    if (!first) return { cells, values: false };
    const firstRole = labelRole(first.text);
    const firstKind = classify(first.text).kind;
    if (firstRole?.role === "fundRow" || firstRole?.role === "total" || levelName(first) || (this.section === "indicators" && !isKnownLabel(first.text))) {
      // Keep the leading names whole, atomize the values after them.
      let k = 0;
      while (k < pieces.length && (k === 0 ? firstRole !== null || levelName(pieces[k]!) : levelName(pieces[k]!))) k++;
      const head = pieces.slice(0, k);
      const restText = pieces.slice(k).map((p) => p.text).join("");
      const values = firstRole?.role !== "fundRow" && firstRole?.role !== "total";
      return { cells: [...head, ...(restText ? atomize({ text: restText, source: blob.source }) : [])], values };
    }
    if (this.section === "goals" && firstRole === null && firstKind === "text" && !isKnownLabel(first.text)) {
      return { cells: splitGoalRun(blob), values: false };
    }
    return { cells: pieces, values: false };
  }

  // ── forms ───────────────────────────────────────────────────────────────

  private startForm(at: Cell): void {
    this.finishForm();
    this.form = emptyRawForm(at.source);
    this.section = "header";
    this.fundCols = specs(DEFAULT_FUND_COLUMNS, FUND_TYPES, FUND_SKIP);
    this.indCols = specs(DEFAULT_INDICATOR_COLUMNS, INDICATOR_TYPES);
    this.goalOrder = ["expected", "actual"];
    this.goalTexts = [];
    this.pendingPartial = null;
    this.lastLevel1 = null;
    this.lastLevel2 = null;
  }

  private ensureForm(at: Cell): RawForm {
    if (!this.form) this.startForm(at);
    return this.form!;
  }

  private finishForm(): void {
    if (!this.form) return;
    const f = this.form;
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
      this.pushIndicator(this.pendingPartial);
      this.pendingPartial = null;
    }
    this.forms.push(this.form);
    this.form = null;
  }

  private unplaced(cells: Cell[], sep: string): void {
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

  // ── header ──────────────────────────────────────────────────────────────

  private readHeaderRow(cells: Cell[], roles: Array<ReturnType<typeof labelRole>>, sep: string): void {
    let form = this.form;
    const firstHeader = roles.find((r) => r?.role === "header");
    // A second 项目名称 means a new form whose title was not printed.
    if (!form || (firstHeader?.role === "header" && firstHeader.field === "projectName" && form.projectName)) {
      this.startForm(cells[0]!);
      form = this.form!;
    }
    this.section = "header";
    let i = 0;
    while (i < cells.length) {
      const cell = cells[i]!;
      const inline = headerLabelValue(cell);
      const role = roles[i];
      if (inline) {
        this.setHeader(form, inline.field, { text: inline.value, source: cell.source });
        i++;
        continue;
      }
      if (role?.role === "header") {
        let j = i + 1;
        const values: Cell[] = [];
        while (j < cells.length && roles[j]?.role !== "header" && headerLabelValue(cells[j]!) === null) {
          if (hasText(cells[j]!.text)) values.push(cells[j]!);
          j++;
        }
        const value = toRaw(values, sep === "" ? " " : sep);
        if (value) this.setHeader(form, role.field, value);
        i = j;
        continue;
      }
      if (hasText(cell.text)) this.unplaced([cell], sep);
      i++;
    }
  }

  private setHeader(form: RawForm, field: string, value: RawValue): void {
    switch (field) {
      case "projectName":
        form.projectName = joinValues(form.projectName, value);
        break;
      case "department":
        form.department = value;
        break;
      case "implementingUnit":
        form.implementingUnit = value;
        break;
      case "totalScore":
        form.total.score = value;
        break;
      case "reportNo":
        form.diagnostics.push({
          code: "field-not-in-contract",
          severity: "info",
          message: this.msg.reportNo(value.text.trim()),
          source: { ...value.source, text: value.text },
        });
        break;
      default:
        break;
    }
  }

  // ── funds ───────────────────────────────────────────────────────────────

  private readFundsHeader(cells: Cell[], roles: Array<ReturnType<typeof labelRole>>, cols: Array<ReturnType<typeof columnRoles>>): void {
    const form = this.ensureForm(cells[0]!);
    this.flushGoals();
    this.section = "funds";
    const labelIdx = roles.findIndex((r) => r?.role === "fundsLabel");
    if (labelIdx >= 0) {
      const unitText = labelKey(cells[labelIdx]!.text);
      if (/万元/.test(unitText) || /元/.test(unitText)) form.funds.unit = rawOf(cells[labelIdx]!);
    }
    const columns: ColumnSpec<FundColumn>[] = [];
    cells.forEach((c, idx) => {
      const col = cols[idx]!.fund;
      if (!col || columns.some((x) => x.name === col)) return;
      columns.push(columnSpec(col, FUND_TYPES[col], FUND_SKIP[col], c.col));
      if (!form.funds.unit && /万元|\(元\)|（元）/.test(c.text)) form.funds.unit = rawOf(c);
    });
    if (columns.length >= 2) {
      this.fundCols = columns;
      form.funds.columns = columns.map((c) => c.name);
    }
    // A funds header that also holds a fund row (linear text: 项目资金 年初预算数 … 年度资金总额 …).
    const rowIdx = roles.findIndex((r) => r?.role === "fundRow");
    if (rowIdx >= 0) this.readFundRow(cells, rowIdx, "");
  }

  private readFundRow(cells: Cell[], labelIdx: number, sep: string): void {
    const form = this.ensureForm(cells[labelIdx]!);
    if (this.section !== "funds") this.flushGoals();
    this.section = "funds";
    const role = labelRole(cells[labelIdx]!.text);
    const key = role?.role === "fundRow" ? role.key : null;
    const rest = cells.slice(labelIdx + 1);
    const aligned = this.align(rest, this.fundCols, fundPlausibility);
    const values: Partial<Record<FundColumn, RawValue>> = {};
    for (const [name, placed] of aligned.placed) {
      const v = toRaw(placed, sep);
      if (v) values[name] = v;
    }
    for (const c of aligned.unplaced) this.unplaced([c], sep);
    if (form.funds.columns.length === 0) form.funds.columns = this.fundCols.map((c) => c.name);
    form.funds.rows.push({ key, label: rawOf(cells[labelIdx]!), values });
    if (key === "total" || (!form.funds.weight && values.weight)) form.funds.weight = values.weight ?? form.funds.weight;
    if (key === "total" || (!form.funds.rate && values.rate)) form.funds.rate = values.rate ?? form.funds.rate;
    if (key === "total" || (!form.funds.score && values.score)) form.funds.score = values.score ?? form.funds.score;
  }

  // ── goals ───────────────────────────────────────────────────────────────

  private enterGoals(cells: Cell[], roles: Array<ReturnType<typeof labelRole>>, sep: string): void {
    this.ensureForm(cells[0]!);
    if (this.section !== "goals") this.goalTexts = [];
    this.section = "goals";
    const order = roles.flatMap((r) => (r?.role === "goalColumn" ? [r.column] : []));
    if (order.length === 2 && order[0] !== order[1]) this.goalOrder = order;
    this.readGoalTexts(cells, roles, sep);
  }

  private readGoalTexts(cells: Cell[], roles: Array<ReturnType<typeof labelRole>>, sep: string): void {
    const texts = cells.filter((c, i) => hasText(c.text) && !roles[i] && !isLabelFragment(c.text) && !isBlankText(c.text));
    if (texts.length === 0) return;
    if (sep === " ") {
      // Linear text: the two goal texts share a line; split where a sentence ends nearest the middle.
      const parts = splitTwoTexts(texts);
      for (const p of parts) this.goalTexts.push(p);
      return;
    }
    for (const c of texts) this.goalTexts.push(rawOf(c));
  }

  private flushGoals(): void {
    const form = this.form;
    if (!form || this.goalTexts.length === 0) return;
    const texts = this.goalTexts;
    this.goalTexts = [];
    const [a, b, ...more] = texts;
    form.goals[this.goalOrder[0]!] = joinValues(form.goals[this.goalOrder[0]!], a ?? null);
    form.goals[this.goalOrder[1]!] = joinValues(form.goals[this.goalOrder[1]!], b ?? null);
    for (const m of more) {
      form.diagnostics.push({
        code: "unplaced-text",
        severity: "warning",
        message: this.msg.extraGoalText(truncate(m.text)),
        source: { ...m.source, text: m.text },
      });
    }
  }

  // ── indicators ──────────────────────────────────────────────────────────

  private readIndicatorHeader(cells: Cell[]): void {
    this.ensureForm(cells[0]!);
    this.flushGoals();
    this.section = "indicators";
    const columns: ColumnSpec<IndicatorColumn>[] = [];
    for (const c of cells) {
      const col = columnRoles(c.text).indicator;
      if (!col || columns.some((x) => x.name === col)) continue;
      columns.push(columnSpec(col, INDICATOR_TYPES[col], undefined, c.col));
    }
    // Merged 一级/二级 columns are sometimes left unnamed; the template always has them.
    if (!columns.some((c) => c.name === "level1")) columns.unshift({ name: "level1", type: "level1" });
    if (!columns.some((c) => c.name === "level2")) columns.splice(1, 0, { name: "level2", type: "level2" });
    this.indCols = columns;
  }

  private readIndicatorRow(row: Row, cells: Cell[], next: Row | undefined): void {
    const sep = this.boundaries === "spaces" ? " " : "";
    // The vertical label 绩效指标 (or what a page break left of it) in the first cell is the form's own.
    // Blanked rather than removed: in a ruled or delimited row the empty cells keep the others' places.
    let start = 0;
    const body = cells.map((c) => c);
    while (start < body.length && (!hasText(body[start]!.text) || isLabelFragment(body[start]!.text) || labelRole(body[start]!.text)?.role === "indicatorsLabel")) {
      if (hasText(body[start]!.text)) body[start] = { ...body[start]!, text: "" };
      start++;
    }
    if (start >= body.length) return;
    const aligned = this.align(body, this.indCols, indicatorPlausibility);
    const ind: RawIndicator = {
      level1: null,
      level2: null,
      level3: null,
      nature: null,
      target: null,
      unit: null,
      actual: null,
      weight: null,
      score: null,
      method: null,
      deviation: null,
    };
    for (const [name, placed] of aligned.placed) ind[name] = toRaw(placed, sep);
    for (const c of aligned.unplaced) this.unplaced([c], sep);

    // A dash or slash is printed, but it is no value: a row of them is not an indicator.
    const printed = (v: RawValue | null) => v !== null && !isBlankText(v.text);
    const hasNumbers = printed(ind.weight) || printed(ind.score);
    const hasValues = hasNumbers || printed(ind.target) || printed(ind.actual);
    const breakAfter = next?.pageBreakBefore === true;

    const onlyNumbers = hasNumbers && !ind.level1 && !ind.level2 && !ind.level3 && !ind.target && !ind.actual && !ind.deviation;
    if (onlyNumbers && this.boundaries === "exact" && !next?.pageBreakBefore && !row.pageBreakBefore) {
      // 分值 and 得分 printed before their row's names (a layout dump): they go to the next row.
      this.pendingNumbers = ind;
      return;
    }
    if (this.pendingNumbers && !hasNumbers) {
      ind.weight = this.pendingNumbers.weight;
      ind.score = this.pendingNumbers.score;
      this.pendingNumbers = null;
      this.acceptIndicator(ind);
      return;
    }
    this.pendingNumbers = null;

    if (this.pendingPartial) {
      // The row after a page break continues the row cut before it.
      const merged = mergeIndicators(this.pendingPartial, ind);
      this.pendingPartial = null;
      this.acceptIndicator(merged);
      return;
    }
    if (!hasNumbers && breakAfter && (ind.level3 || ind.deviation || ind.target || ind.actual)) {
      this.pendingPartial = ind;
      return;
    }
    if (!hasNumbers && row.pageBreakBefore && this.form && this.form.indicators.length > 0 && !ind.level1 && !ind.level2) {
      const prev = this.form.indicators.pop()!;
      this.form.indicators.push(mergeIndicators(prev, ind));
      return;
    }
    if (!hasValues) {
      // Labels only (a 二级 name alone) or a template placeholder: context, not an indicator.
      if (ind.level1) this.lastLevel1 = ind.level1;
      if (ind.level2) this.lastLevel2 = ind.level2;
      if (ind.level3 && !isPlaceholder(ind.level3.text) && this.form) {
        this.form.diagnostics.push({
          code: "unplaced-text",
          severity: "info",
          message: this.msg.indicatorWithoutValues(truncate(ind.level3.text)),
          source: { ...ind.level3.source, text: ind.level3.text },
        });
      }
      return;
    }
    this.acceptIndicator(ind);
  }

  private acceptIndicator(ind: RawIndicator): void {
    if (ind.level3 && isPlaceholder(ind.level3.text) && !ind.weight && !ind.score && !ind.actual) return;
    // 成本指标 and 满意度指标 are names of both levels: alone, under a 一级 that has them as children, they are 二级.
    if (ind.level1 && !ind.level2 && this.lastLevel1 && isChildOf(ind.level1.text, this.lastLevel1.text)) {
      ind.level2 = ind.level1;
      ind.level1 = null;
    }
    if (ind.level1) {
      if (!ind.level2 && this.lastLevel1 && labelKey(this.lastLevel1.text) === labelKey(ind.level1.text)) ind.level2 = this.lastLevel2;
      this.lastLevel1 = ind.level1;
    } else {
      ind.level1 = this.lastLevel1;
    }
    if (ind.level2) this.lastLevel2 = ind.level2;
    else ind.level2 = this.lastLevel2;
    this.pushIndicator(ind);
  }

  private pushIndicator(ind: RawIndicator): void {
    this.form?.indicators.push(ind);
  }

  // ── total ───────────────────────────────────────────────────────────────

  private readTotalRow(cells: Cell[], labelIdx: number): void {
    const form = this.ensureForm(cells[labelIdx]!);
    this.flushGoals();
    if (this.pendingPartial) {
      this.acceptIndicator(this.pendingPartial);
      this.pendingPartial = null;
    }
    this.section = "after";
    const inline = totalLabelValue(cells[labelIdx]!);
    if (inline) {
      form.total.score = { text: inline, source: cells[labelIdx]!.source };
      return;
    }
    if (this.boundaries === "none") {
      const cols: ColumnSpec<"weight" | "score">[] = [
        { name: "weight", type: "weight", skip: 0.5 },
        { name: "score", type: "score", skip: 0.4 },
      ];
      const a = this.align(cells.slice(labelIdx + 1), cols, indicatorPlausibility);
      form.total.weight = toRaw(a.placed.get("weight") ?? [], "");
      form.total.score = toRaw(a.placed.get("score") ?? [], "");
      return;
    }
    const numbers = cells.slice(labelIdx + 1).filter((c) => {
      const k = classify(c.text).kind;
      return k === "number" || k === "percent" || (hasText(c.text) && !isBlankText(c.text) && k !== "blank");
    });
    const weightCol = this.indCols.find((c) => c.name === "weight");
    const scoreCol = this.indCols.find((c) => c.name === "score");
    if (numbers.length >= 2) {
      form.total.weight = rawOf(numbers[numbers.length - 2]!);
      form.total.score = rawOf(numbers[numbers.length - 1]!);
    } else if (numbers.length === 1) {
      const only = numbers[0]!;
      const nearWeight =
        only.col !== undefined && weightCol?.hint !== undefined && scoreCol?.hint !== undefined &&
        Math.abs(only.col - weightCol.hint) < Math.abs(only.col - scoreCol.hint);
      if (nearWeight) form.total.weight = rawOf(only);
      else form.total.score = rawOf(only);
    }
  }
}

function specs<N extends string>(names: N[], types: Record<N, ColumnType>, skips: Partial<Record<N, number>> = {}): ColumnSpec<N>[] {
  return names.map((name) => columnSpec(name, types[name], skips[name]));
}

function columnSpec<N extends string>(name: N, type: ColumnType, skip: number | undefined, hint?: number): ColumnSpec<N> {
  const spec: ColumnSpec<N> = { name, type };
  if (skip !== undefined) spec.skip = skip;
  if (hint !== undefined) spec.hint = hint;
  return spec;
}

const titleCache = new Map<string, boolean>();

function isTitle(text: string): boolean {
  let hit = titleCache.get(text);
  if (hit === undefined) {
    hit = computeIsTitle(text);
    if (titleCache.size > 20_000) titleCache.clear();
    titleCache.set(text, hit);
  }
  return hit;
}

function computeIsTitle(text: string): boolean {
  const key = labelKey(text).replace(/\(?(19|20)\d{2}年度?\)?$/, "");
  if (key.length > MAX_TITLE_LENGTH || splitLabelValue(text) !== null) return false;
  const m = titlePattern.exec(key);
  return m !== null && m.index + m[0].length === key.length;
}

/** Most tokens one label may be split into by a layout's spaces (`年度 指标值`). */
const MAX_LABEL_TOKENS = 4;

/**
 * In linear text a label's own spaces look like separators (`年度 指标值`, `生态效 益指标`):
 * tokens whose join is a label of the template, and that are not labels alone, become one cell.
 */
function joinLabelTokens(cells: Cell[]): Cell[] {
  const out: Cell[] = [];
  for (let i = 0; i < cells.length; i++) {
    let joined: Cell | null = null;
    let used = 0;
    {
      let text = cells[i]!.text;
      for (let k = 1; k < MAX_LABEL_TOKENS && i + k < cells.length; k++) {
        text += cells[i + k]!.text;
        if (isKnownLabel(text)) {
          joined = { ...cells[i]!, text };
          used = k;
        }
      }
    }
    if (joined) {
      out.push(joined);
      i += used;
    } else out.push(cells[i]!);
  }
  return out;
}

function isKnownLabel(text: string): boolean {
  if (labelRole(text) !== null) return true;
  const cols = columnRoles(text);
  if (cols.fund !== null || cols.indicator !== null) return true;
  const k = classify(text).kind;
  return k === "level1" || k === "level2" || k === "level12" || k === "budgetExec";
}

function headerLabelValue(cell: Cell): { field: "projectName" | "department" | "implementingUnit" | "totalScore" | "reportNo"; value: string } | null {
  // Most cells hold no colon: no label:value pair to look for.
  if (!/[:：]/.test(cell.text)) return null;
  const lv = splitLabelValue(cell.text);
  if (!lv) return null;
  const role = labelRole(lv.label);
  if (role?.role !== "header") return null;
  return { field: role.field, value: lv.value };
}

function totalLabelValue(cell: Cell): string | null {
  if (!/[:：]/.test(cell.text)) return null;
  const lv = splitLabelValue(cell.text);
  if (!lv) return null;
  return labelRole(lv.label)?.role === "total" ? lv.value : null;
}

function rowLooksLikeIndicator(cells: Cell[]): boolean {
  return cells.some((c) => {
    const k = classify(c.text).kind;
    return k === "level1" || k === "level2" || k === "level12";
  });
}

/**
 * Two goal texts run together: the unit's own numbering restarting (`1、…2、…1、…`) marks where
 * the second begins; otherwise the text stays whole.
 */
function splitGoalRun(cell: Cell): Cell[] {
  const text = cell.text.trim();
  const restart = text.indexOf("1、", 2);
  if (text.startsWith("1、") && restart > 0) {
    return [
      { text: text.slice(0, restart), source: cell.source },
      { text: text.slice(restart), source: cell.source },
    ];
  }
  return [cell];
}

const NUMERIC_COLUMNS = new Set(["initialBudget", "annualBudget", "executed", "weight", "rate", "score"]);

function sameNumbers(a: Map<string, string>, b: Map<string, string>): boolean {
  for (const k of NUMERIC_COLUMNS) if (a.get(k) !== b.get(k)) return false;
  return true;
}

function startsWithTotal(text: string): boolean {
  const key = labelKey(text.slice(0, 8));
  return totalLabels.some((l) => key.startsWith(l)) || key.startsWith("自评总分");
}

function isPageNumber(text: string): boolean {
  const t = text.replace(/\s+/g, "");
  return /^[-—–]\d{1,4}[-—–]$/.test(t) || /^第\d{1,4}页(,?共\d{1,4}页)?$/.test(t) || /^\d{1,4}\/\d{1,4}$/.test(t) || /^page\d{1,4}(of\d{1,4})?$/i.test(t);
}

function isChildOf(name: string, parent: string): boolean {
  const p = labelKey(parent).replace(/\(.*\)$/, "");
  return (level2Children[p] ?? []).includes(labelKey(name));
}

function isPlaceholder(text: string): boolean {
  const key = labelKey(text);
  return /^(指标\d*|…+|\.{3,}|。{3,})[:：]?$/.test(key);
}

function mergeIndicators(a: RawIndicator, b: RawIndicator): RawIndicator {
  const out = { ...b };
  for (const k of Object.keys(a) as Array<keyof RawIndicator>) out[k] = joinValues(a[k], b[k]);
  return out;
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

function truncate(s: string): string {
  return s.length > 60 ? s.slice(0, 60) + "…" : s;
}

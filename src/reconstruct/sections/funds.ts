import { labelKey, matchSpelling } from "../../template/labels.js";
import { extraFundRowPattern, fundRatePointColumns, type FundColumn } from "../../template/project.js";
import { classify, hasText } from "../classify.js";
import { fundPairField, pairAmount, pairValueCell, UNIT_AT_END } from "../row-classifier.js";
import type { ColumnSpec } from "../align.js";
import type { Cell } from "../../layout/grid.js";
import type { RawFundRow, RawValue } from "../raw-form.js";
import { columnSpec, FUND_SKIP, FUND_TYPES, type ReaderState } from "../reader-state.js";
import type { RowView } from "../row-prepare.js";
import { isLabelFragment, labelRole, PART_NUMBER, rawOf, toRaw } from "../row-view.js";
import { fundPlausibility } from "../run-together.js";
import { fundStructureReading } from "../fund-structure-run.js";
import { noteFundRowCells } from "../short-fund-rows.js";
import { noteRunTogetherTotal } from "../total-by-parts.js";
import { amountDecimals, cutAtBlockPrecision } from "../pair-amount-precision.js";
import { sumsSettledPlacement } from "../fund-sums-placement.js";
import { rateSettledCells } from "../rate-settled-cells.js";

/**
 * A weight in a label: `(20分)`, `预算执行情况(万元)(20分)`; or bare, a cell of its own: `20分`, or
 * after the label's words or unit with no brackets: `预算执行情况(万元) 20分` (after labelKey).
 */
const LABEL_WEIGHT = /\((\d{1,3}(?:\.\d+)?)分\)$|^(\d{1,3}(?:\.\d+)?)分$|(?<=[)\u4e00-\u9fff])(\d{1,3}(?:\.\d+)?)分$/;

/** The funds header: 项目资金(元) and the column names, which fix the fund rows' columns. */
export function readFundsHeader(st: ReaderState, v: RowView): void {
  const { cells, roles, cols } = v;
  const form = st.ensureForm(cells[0]!);
  const labelIdx = roles.findIndex((r) => r?.role === "fundsLabel");
  if (labelIdx >= 0) {
    const unitText = labelKey(cells[labelIdx]!.text);
    if (/万元/.test(unitText) || /元/.test(unitText)) form.funds.unit = rawOf(cells[labelIdx]!);
  }
  const columns: ColumnSpec<FundColumn>[] = [];
  cells.forEach((c, idx) => {
    // (The rate's points named in one head, 执行率权重 / 执行率得分, only as a whole cell of the head.)
    const col = cols[idx]!.fund ?? matchSpelling(labelKey(c.text), fundRatePointColumns);
    if (!col || columns.some((x) => x.name === col)) return;
    columns.push(columnSpec(col, FUND_TYPES[col], FUND_SKIP[col], c.col));
    if (!form.funds.unit && /[万萬]元|\(元\)|（元）/.test(c.text)) form.funds.unit = rawOf(c);
  });
  // The block's label with its unit and points (`预算执行情况(万元) (20分)`) is no label the template
  // spells whole: its unit is still the amounts'.
  if (!form.funds.unit) {
    const unit = cells.find((c) => /[(（]\s*[万萬]?元\s*[)）]/.test(c.text));
    if (unit) form.funds.unit = rawOf(unit);
  }
  // The weight printed with the block's label (`预算执行情况(20分)`), where no 分值 column gives it.
  if (!columns.some((c) => c.name === "weight")) {
    for (const c of cells.slice(0, Math.max(labelIdx, 0) + 2)) {
      const w = LABEL_WEIGHT.exec(labelKey(c.text));
      if (w) form.funds.weight = { text: (w[1] ?? w[2] ?? w[3])!, source: c.source };
    }
  }
  if (columns.length >= 2) {
    st.fundCols = columns;
    form.funds.columns = columns.map((c) => c.name);
  }
  // A funds header that also holds a fund row (linear text: 项目资金 年初预算数 … 年度资金总额 …), or a
  // row beside the block's vertical label printed at its middle: 资金结构(万元) | 财政资金小计 | 280 | ….
  const rowIdx = roles.findIndex((r, i) => r?.role === "fundRow" || (i > labelIdx && labelIdx >= 0 && columns.length < 2 && isRowLabel(v, i)));
  if (rowIdx < 0) return;
  // A flattened page may hold the block's next row on the same line (资金结构: (1)基本支出 98.50%
  // (2)项目支出 …): each row label the template knows starts a row of its own.
  // The column names after a row's label are the header's, never the row's amounts: a block of one
  // row printing its label among the column heads (总体支出进度(…) | 实际支出金额 | 下达额度 | 分值 …)
  // has its amounts on the next line (readFundValuesAfterColumns).
  const kept = cells.map((_, i) => i).filter((i) => i <= rowIdx || !isColumnName(v, i));
  const amounts = kept.length === cells.length ? cells : kept.map((i) => cells[i]!);
  for (let at = kept.indexOf(rowIdx); at >= 0; ) {
    const next = kept.findIndex((i, k) => k > at && roles[i]?.role === "fundRow");
    readFundRow(st, { ...v, cells: next < 0 ? amounts : amounts.slice(0, next), sep: "" }, at);
    at = next;
  }
}

/**
 * The funds header's last column names, broken onto the next line with the rest of a head's formula
 * (`预算执行率` / `(B/A×100%) | 得分`): appended to the header's columns, in order.
 */
export function readFundsHeaderRest(st: ReaderState, v: RowView): void {
  const form = st.ensureForm(v.cells[0]!);
  const columns = [...st.fundCols];
  v.cells.forEach((c, i) => {
    const col = v.cols[i]?.fund;
    if (col && !columns.some((x) => x.name === col)) columns.push(columnSpec(col, FUND_TYPES[col], FUND_SKIP[col]));
  });
  st.fundCols = columns;
  form.funds.columns = columns.map((c) => c.name);
}

/** A cell naming a column of the funds or indicator table (实际支出金额, 分值, 偏差原因分析…). */
function isColumnName(v: RowView, i: number): boolean {
  return v.cols[i]?.fund != null || v.cols[i]?.indicator != null;
}

/** A 合计 or a row outside the contract's keys (财政资金小计) followed by an amount. */
function isRowLabel(v: RowView, i: number): boolean {
  const key = labelKey(v.cells[i]!.text);
  const named = v.roles[i]?.role === "total" || (v.roles[i] === null && extraFundRowPattern.test(key));
  return named && v.cells.slice(i + 1).some((c) => classify(c.text).kind === "number");
}

/** A fund row: its label, then its amounts aligned to the funds header's columns. */
export function readFundRow(st: ReaderState, v: RowView, labelIdx: number): void {
  const { cells, sep } = v;
  const form = st.ensureForm(cells[labelIdx]!);
  const role = labelRole(cells[labelIdx]!.text);
  // 合计 at the head of the funds table's rows (the department form's 资金结构) is its total.
  const key = role?.role === "fundRow" ? role.key : role?.role === "total" ? "total" : null;
  // Run together, a 资金结构 row's figures are read as the one cut that keeps the table's sums, when there is one.
  // (An 执行数 broken in two cells with no mark, `2459` | `4.30`, is one where the row's rate settles it.)
  const figures = (st.boundaries !== "none" ? rateSettledCells(cells.slice(labelIdx + 1), st.fundCols.map((c) => c.name)) : null) ?? cells.slice(labelIdx + 1);
  const summed = st.boundaries === "none" ? fundStructureReading(figures, st.fundCols.map((c) => c.name)) : null;
  const header = st.fundCols.map((c) => c.name);
  const aligned = st.align(summed ? summed.map((text) => ({ ...figures[0]!, text })) : figures, st.fundCols, (m) => fundPlausibility(m, header));
  // Fewer figures than columns, every one placed: where the reading breaks the table's sums, the sums place them.
  if (!summed && aligned.unplaced.length === 0 && [...aligned.placed.values()].every((p) => p.length === 1)) {
    const chosen = new Map([...aligned.placed].map(([name, placed]) => [name, placed[0]!.text.trim()]));
    const settled = sumsSettledPlacement(figures.map((c) => c.text.trim()), header, chosen);
    if (settled) aligned.placed = new Map(settled.map((name, k) => [name, [figures[k]!]]));
  }
  const values: Partial<Record<FundColumn, RawValue>> = {};
  for (const [name, placed] of aligned.placed) {
    const value = toRaw(placed, sep);
    if (value) values[name] = value;
  }
  for (const c of aligned.unplaced) st.unplaced([c], sep);
  if (form.funds.columns.length === 0) form.funds.columns = st.fundCols.map((c) => c.name);
  // The unit of 项目资金(万元) printed down its merged column lands before a row's label: `(万元)`.
  if (!form.funds.unit) {
    const unit = cells.slice(0, labelIdx).find((c) => /万?元/.test(c.text) && isLabelFragment(c.text));
    if (unit) form.funds.unit = rawOf(unit);
  }
  const row: RawFundRow = { key, label: rawOf(cells[labelIdx]!), values };
  // ①②… under a row: parts of the nearest row above that is not numbered so.
  if (PART_NUMBER.test(labelKey(cells[labelIdx]!.text))) {
    const parent = form.funds.rows.findLastIndex((r) => !PART_NUMBER.test(labelKey(r.label.text)));
    if (parent >= 0 && form.funds.rows[parent]!.key !== "total") row.parentIndex = parent;
  }
  form.funds.rows.push(row);
  // (Run together, a total's digits are read again by its parts' sums when the form ends: total-by-parts.ts.)
  if (key === "total" && st.boundaries === "none" && !summed) noteRunTogetherTotal(row, figures, st.fundCols);
  // (Cells known, one fewer than the columns: the table may say where they stood, short-fund-rows.ts.)
  if (v.row.boundaries === "exact") noteFundRowCells(row, cells.slice(labelIdx + 1), st.fundCols.map((c) => c.name));
  if (key === "total" || (!form.funds.weight && values.weight)) form.funds.weight = values.weight ?? form.funds.weight;
  if (key === "total" || (!form.funds.rate && values.rate)) form.funds.rate = values.rate ?? form.funds.rate;
  if (key === "total" || (!form.funds.score && values.score)) form.funds.score = values.score ?? form.funds.score;
}

/**
 * Funds printed as label and value pairs (the central transfer payments' regional form):
 * `预算数: | 2.38 | 执行数: | 2.38`, `转移支付预算数(A) | 5.8万 | 预算执行率(B/A) | 100%`, and rows of
 * parts whose label is printed twice, once beside its budget and once beside its spending
 * (`其中:中央补助 | 2.38 万元 | 其中:中央补助 | 2.38万元`).
 */
/** The last part of a block's funds by source, printed without 资金 (其他, or 其它). */
const OTHER_PART = /^其[他它]$/;

export function readFundPairs(st: ReaderState, v: RowView): void {
  const { cells } = v;
  const form = st.ensureForm(cells[0]!);
  /** The amounts' columns in the order the block names them: a part's printings fill them in turn. */
  const named: FundColumn[] = [];
  /** The decimals of the block's first amount that has any (pair-amount-precision.ts). */
  let precision = 0;
  for (let i = 0; i < cells.length; i++) {
    const label = cells[i]!;
    if (!hasText(label.text)) continue;
    const valueCell = pairValueCell(cells, i) ?? null;
    const j = valueCell ? cells.indexOf(valueCell) : -1;
    let amount = valueCell ? pairAmount(valueCell.text) : null;
    // Run together, an amount with more decimals than the block's ran on into the figure after it.
    const cut = amount !== null && st.boundaries === "none" && /^\s*[0-9.,]+\s*$/.test(valueCell!.text) ? cutAtBlockPrecision(amount, precision) : null;
    if (cut) {
      amount = cut[0];
      st.unplaced([{ ...valueCell!, text: cut[1] }], v.sep);
    }
    if (amount !== null && precision === 0) precision = amountDecimals(amount);
    const field = fundPairField(label.text);
    const partKey = labelKey(label.text);
    // A fund row of the template (其他资金, 其他) printed as a part keeps its key.
    const rowRole = labelRole(label.text);
    // 其他 (其它) alone names nothing anywhere else; after a block's parts (中央财政 … 市县财政) it is the part 其他资金.
    const key = rowRole?.role === "fundRow" ? rowRole.key : OTHER_PART.test(partKey) && form.funds.rows.some((r) => r.key !== "total" && printings.has(r)) ? "other" : null;
    const known = form.funds.rows.find((r) => r.key === key && labelKey(r.label.text) === partKey);
    // (Or a label the row prints more than once, as a part is printed beside each amount: 省财政预算.)
    const isPart = field === null && (known !== undefined || key !== null || extraFundRowPattern.test(partKey.replace(/^其中[:：]?/, "")) || /\//.test(partKey) || printedAgain(cells, i));
    if (field === null && !isPart) {
      if (pairAmount(label.text) === null && !isLabelFragment(label.text)) st.unplaced([label], v.sep);
      continue;
    }
    // A label whose value is blank or only a unit (`万元`) prints its place: the value is null.
    const printedBlank = valueCell !== null && amount === null && /^\s*([万萬]元|[万萬]|元)?\s*$/.test(valueCell.text);
    // A part's label followed straight by a label (its own again, or the next part's) is a printing
    // of it whose amount was left blank: it takes its column's turn.
    if (amount === null && !printedBlank && isPart) {
      takeTurn(partRow(), null);
      continue;
    }
    if (amount === null && !printedBlank) continue;
    const value: RawValue | null = amount !== null ? { text: amount, source: valueCell!.source } : null;
    // `计划投资额 | (万元) | 570`, `实际使用情况(万元) | 395.86`: the unit printed with the label is the block's.
    const unitBeside = [label, ...cells.slice(i + 1, j >= 0 ? j : i + 1)].map((c) => UNIT_AT_END.exec(c.text)).find((m) => m !== null);
    if (amount !== null && !form.funds.unit && unitBeside) form.funds.unit = { text: /[万萬]/.test(unitBeside[1]!) ? "万元" : "元", source: label.source };
    // `5.8万`, `2.38万元`: the unit printed with the amount is the block's.
    if (amount !== null && !form.funds.unit && /[万萬]|元/.test(valueCell!.text)) form.funds.unit = { text: /[万萬]/.test(valueCell!.text) ? "万元" : "元", source: valueCell!.source };
    if (field === "rate") {
      if (value) form.funds.rate = { text: valueCell!.text.trim(), source: valueCell!.source };
    } else if (field !== null) {
      const total = form.funds.rows.find((r) => r.key === "total") ?? pushRow(form.funds.rows, { key: "total", label: rawOf(label), values: {} });
      if (value) total.values[field] = value;
      if (!named.includes(field)) named.push(field);
    } else {
      // A part: its label is printed once beside each amount it has, in the order the block
      // named them — its budget, then (printed again) its spending; or planned, then made available.
      takeTurn(partRow(), value);
    }
    i = j;

    function partRow(): RawFundRow {
      return known ?? pushRow(form.funds.rows, { key, label: rawOf(label), values: {} });
    }
  }

  /** A part's n-th printing holds the amount of the n-th column the block named. */
  function takeTurn(row: RawFundRow, value: RawValue | null): void {
    // (A row of parts the page parted from the block's labels fills the columns the block named.)
    const order = named.length > 0 ? named : form.funds.columns.length > 0 && blockFromPairs() ? form.funds.columns : (["annualBudget", "executed"] as FundColumn[]);
    const n = printings.get(row) ?? 0;
    printings.set(row, n + 1);
    const slot = order[n];
    if (value && slot) row.values[slot] = value;
  }
  function blockFromPairs(): boolean {
    return form.funds.columns.every((c) => c === "initialBudget" || c === "annualBudget" || c === "executed" || c === "balance");
  }
  // The columns the block has: those it named (the row may be one of several the block is cut
  // into), with the regional form's budget and spending where it names no planned amount.
  const has: FundColumn[] = named.includes("initialBudget") ? named : [...named, "annualBudget", "executed"];
  // (Columns a funds header named, with its 分值 and 得分, are the header's: left as they are.)
  const fromPairs = form.funds.columns.every((c) => c === "initialBudget" || c === "annualBudget" || c === "executed");
  if (fromPairs) for (const c of has) if (!form.funds.columns.includes(c)) form.funds.columns.push(c);
}

/** Is the label at `i` printed again in the row, words and no figure, no label of the template? */
function printedAgain(cells: readonly Cell[], i: number): boolean {
  const text = cells[i]!.text.trim();
  // (其中: alone, its part's name in the next cell, is no part.)
  if (!/^(?:其中[:：])?[\u4e00-\u9fff()（）、]{2,16}$/.test(text) || labelRole(text) !== null) return false;
  return cells.some((c, k) => k !== i && c.text.trim() === text);
}

/** How many times each part's label has been printed in its block (a block may span rows). */
const printings = new WeakMap<RawFundRow, number>();

function pushRow(rows: RawFundRow[], row: RawFundRow): RawFundRow {
  rows.push(row);
  return row;
}

/** One value of the funds table in a run of them: an amount or rate, or a dash left for a blank. */
const FUND_VALUE_ATOM = /[-+]?\d[\d,]*(?:\.\d+)?%?|[—–]+|-{1,2}|\/|[ \t\u3000]+/gy;

/**
 * The values of a run (`65.66 65.07 10 99%9 65.66 65.07—99%—`) one by one, or null when the run
 * holds anything else or numbers run together with nothing between them (65.6665.07 could be cut
 * anywhere).
 */
export function fundValueAtoms(text: string): string[] | null {
  const atoms: string[] = [];
  FUND_VALUE_ATOM.lastIndex = 0;
  let at = 0;
  const t = text.trim();
  while (at < t.length) {
    FUND_VALUE_ATOM.lastIndex = at;
    const m = FUND_VALUE_ATOM.exec(t);
    if (!m || m[0].length === 0) return null;
    at += m[0].length;
    if (m[0].trim() === "") continue;
    // A number right after a number (no space, % or dash between) is one the regex cut badly.
    if (/^\d/.test(m[0]) && /\d$/.test(atoms.at(-1) ?? "") && !/\s$/.test(t.slice(0, at - m[0].length))) return null;
    atoms.push(m[0]);
  }
  return atoms;
}

const RUN_OF_DIGITS = /^[0-9][0-9.,]*[%％]?$/;

/**
 * Values printed after the funds table's column names, with no row label (a PDF's drawing order:
 * the rows' labels first, `年度资金总额 其中:当年财政拨款`, then the column names and every row's
 * values): they are the values of the fund rows read just before with none, in order, when they
 * share out evenly among them (and to the columns named before them when there are as many names as
 * values a row). Otherwise they are left unplaced: which row a value is cannot be told.
 */
export function readFundValuesAfterColumns(st: ReaderState, v: RowView, named: readonly FundColumn[]): void {
  const form = st.form;
  const cells = v.cells.filter((c) => hasText(c.text));
  if (!form || cells.length === 0) return;
  const waiting: RawFundRow[] = [];
  for (let k = form.funds.rows.length - 1; k >= 0 && Object.keys(form.funds.rows[k]!.values).length === 0; k--) waiting.unshift(form.funds.rows[k]!);
  const atoms: Cell[] = [];
  for (const c of cells) {
    // (Run together, a run of digits is cut by the alignment's readings of it.)
    const parts = st.boundaries === "none" && RUN_OF_DIGITS.test(c.text.trim()) ? [c.text.trim()] : fundValueAtoms(c.text);
    if (!parts) {
      st.unplaced(cells, v.sep);
      return;
    }
    atoms.push(...parts.map((text) => ({ text, source: c.source })));
  }
  if (waiting.length === 0 || atoms.length % waiting.length !== 0) {
    st.unplaced(cells, v.sep);
    return;
  }
  const per = atoms.length / waiting.length;
  // As many values a row as column names printed before them: the values are those columns'.
  const columns = named.length === per ? named.map((name) => columnSpec(name, FUND_TYPES[name], FUND_SKIP[name])) : st.fundCols;
  const header = columns.map((c) => c.name);
  waiting.forEach((row, k) => {
    const aligned = st.align(atoms.slice(k * per, (k + 1) * per), columns, (m) => fundPlausibility(m, header));
    for (const [name, placed] of aligned.placed) {
      const value = toRaw(placed, "");
      if (value) row.values[name] = value;
    }
    for (const c of aligned.unplaced) st.unplaced([c], v.sep);
    if (row.key === "total" || (!form.funds.weight && row.values.weight)) form.funds.weight = row.values.weight ?? form.funds.weight;
    if (row.key === "total" || (!form.funds.rate && row.values.rate)) form.funds.rate = row.values.rate ?? form.funds.rate;
    if (row.key === "total" || (!form.funds.score && row.values.score)) form.funds.score = row.values.score ?? form.funds.score;
  });
}

import { labelKey } from "../../template/labels.js";
import { extraFundRowPattern, type FundColumn } from "../../template/project.js";
import { classify } from "../classify.js";
import type { ColumnSpec } from "../align.js";
import type { RawFundRow, RawValue } from "../raw-form.js";
import { columnSpec, FUND_SKIP, FUND_TYPES, type ReaderState } from "../reader-state.js";
import type { RowView } from "../row-prepare.js";
import { isLabelFragment, labelRole, PART_NUMBER, rawOf, toRaw } from "../row-view.js";
import { fundPlausibility } from "../run-together.js";

/** A weight in a label: `(20分)`, `预算执行情况(万元)(20分)`. */
const LABEL_WEIGHT = /\((\d{1,3}(?:\.\d+)?)分\)$/;

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
    const col = cols[idx]!.fund;
    if (!col || columns.some((x) => x.name === col)) return;
    columns.push(columnSpec(col, FUND_TYPES[col], FUND_SKIP[col], c.col));
    if (!form.funds.unit && /万元|\(元\)|（元）/.test(c.text)) form.funds.unit = rawOf(c);
  });
  // The weight printed with the block's label (`预算执行情况(20分)`), where no 分值 column gives it.
  if (!columns.some((c) => c.name === "weight")) {
    for (const c of cells.slice(0, Math.max(labelIdx, 0) + 2)) {
      const w = LABEL_WEIGHT.exec(labelKey(c.text));
      if (w) form.funds.weight = { text: w[1]!, source: c.source };
    }
  }
  if (columns.length >= 2) {
    st.fundCols = columns;
    form.funds.columns = columns.map((c) => c.name);
  }
  // A funds header that also holds a fund row (linear text: 项目资金 年初预算数 … 年度资金总额 …), or a
  // row beside the block's vertical label printed at its middle: 资金结构(万元) | 财政资金小计 | 280 | ….
  const rowIdx = roles.findIndex((r, i) => r?.role === "fundRow" || (i > labelIdx && labelIdx >= 0 && columns.length < 2 && isRowLabel(v, i)));
  if (rowIdx >= 0) readFundRow(st, { ...v, sep: "" }, rowIdx);
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
  const aligned = st.align(cells.slice(labelIdx + 1), st.fundCols, fundPlausibility);
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
  if (key === "total" || (!form.funds.weight && values.weight)) form.funds.weight = values.weight ?? form.funds.weight;
  if (key === "total" || (!form.funds.rate && values.rate)) form.funds.rate = values.rate ?? form.funds.rate;
  if (key === "total" || (!form.funds.score && values.score)) form.funds.score = values.score ?? form.funds.score;
}

import type { Cell } from "../../layout/grid.js";
import { labelKey } from "../../template/labels.js";
import { departmentTitlePattern, fundColumns, titlePattern, yearPattern, type FundColumn } from "../../template/project.js";
import { hasText } from "../classify.js";
import { joinValues, type RawForm, type RawValue } from "../raw-form.js";
import { truncate, type ReaderState } from "../reader-state.js";
import { ATTACHMENT_NUMBER, headerLabelValue, otherFormName, TITLE_LEAD } from "../row-classifier.js";
import type { RowView } from "../row-prepare.js";
import { rawOf, toRaw } from "../row-view.js";
import { readFundValuesAfterColumns } from "./funds.js";
import { joinSplitTitle } from "../split-title.js";
import { isDepartmentOnlyLabel } from "../department-evidence.js";
import { departmentHeaderStartsForm, formHasEnded } from "../next-untitled-form.js";
import { withoutTrailingOption } from "../trailing-option.js";
import { restatesReportCover } from "../report-body-heading.js";

// (A cover's title ends in 自评报告: `部门整体支出绩效评价自评报告(2023年度)` run together.)
const TITLE_THEN_YEAR = /^(.*?自[评評](?:表|[报報]告))\s*([(（]\s*(?:19|20)\d{2}\s*年?\s*度?\s*[)）])\s*$/;

/** A title starts a new form; the year printed in it is the form's year until a year line says otherwise. */
/** `1/1`, `2/28` before a title: a preview's page counter. */
const PAGE_COUNTER = /^\s*\d{1,3}\s*\/\s*\d{1,3}(?=\s*[\u4e00-\u9fff])/;

export function readTitle(st: ReaderState, v: RowView, at: number): void {
  const cell = v.plain[at]!;
  const printed = v.row.boundaries === "spaces" ? toRaw(v.plain, " ")! : rawOf(cell);
  // A Markdown heading's marks (`# 部门整体支出绩效自评表`) are no part of the title.
  const unmarked = { ...printed, text: printed.text.replace(/^\s*#{1,6}\s*/, "") };
  // A document site's page counter run onto the title (`1/1年学生资助…`) is the site's, not the form's.
  const counter = PAGE_COUNTER.exec(unmarked.text);
  let uncounted = counter ? { ...unmarked, text: unmarked.text.slice(counter[0].length) } : unmarked;
  // An attachment's number before the title (`附件1项目支出绩效自评表`) is the publication's.
  // A document site's lead-in (`文档介绍:`) is the site's too, and a covering notice's words before the form.
  const lead = TITLE_LEAD.exec(uncounted.text);
  if (lead) {
    st.unplaced([{ text: lead[0].trim(), source: cell.source }], "");
    uncounted = { ...uncounted, text: uncounted.text.slice(lead[0].length) };
  }
  const attachment = ATTACHMENT_NUMBER.exec(uncounted.text.trim());
  const title = joinSplitTitle(st, attachment ? { ...uncounted, text: uncounted.text.trim().slice(attachment[0].length) } : uncounted);
  if (attachment) st.unplaced([{ text: attachment[0].trim(), source: cell.source }], "");
  if (counter) st.unplaced([{ text: counter[0], source: cell.source }], "");
  // The report's body opening on the cover's title again, the unit's name before it: the same report.
  if (restatesReportCover(st.form, title)) {
    st.unplaced([{ text: title.text, source: title.source }], "");
    return;
  }
  const stub = st.dropStubForm();
  st.dropGoalsOnlyForm();
  // A title printed twice (a document site's heading above the form's own): one form.
  const form = st.form && st.formIsEmpty() ? st.form : st.startForm(cell);
  // A year line printed above the title (`2020年度` / `部门整体支出绩效自评表`) is the form's year,
  // unless the title prints its own.
  if (stub?.year && !form.year) form.year = stub.year;
  // A bare name of the family under a full title (a report's heading `绩效评价自评报告` under
  // `XX县2021年度部门整体支出绩效评价自评报告`): the full title stays.
  const key = labelKey(title.text);
  if (form.title && titlePattern.exec(key)?.[0] === key && labelKey(form.title.text).includes(key)) return;
  // The year line run onto the title's line (`…绩效自评表(2022年度)`) is the year, not the title.
  if (departmentTitlePattern.test(labelKey(title.text))) form.template = "department";
  const withYear = TITLE_THEN_YEAR.exec(title.text);
  if (withYear) {
    form.title = { ...title, text: withYear[1]! };
    form.year = { ...title, text: withYear[2]! };
    return;
  }
  form.title = title;
  if (yearPattern.test(title.text)) form.year = title;
}

/** `(2021年度)` on a line of its own. */
export function readYearLine(st: ReaderState, v: RowView, at: number): void {
  const cell = v.plain[at]!;
  // After a form's table has ended, a year line (`（2020年度）`) heads the next form, whose title may be lost.
  if (st.form?.year && formHasEnded(st.form)) {
    st.yearAfterForm = rawOf(cell);
    return;
  }
  const form = st.ensureForm(cell);
  if (!form.year || form.year === form.title) form.year = rawOf(cell);
}

/** Header fields: label cells followed by their values, or `label：value` in one cell. */
/** The unit of a form's amounts printed above its table: `单位:万元`, `金额单位：元`. */
const AMOUNT_UNIT = /^(金额|资金)?单位[:：]?(万元|元)$/;

export function readHeaderRow(st: ReaderState, v: RowView): void {
  const { cells, roles, sep } = v;
  let form = st.form;
  const firstHeader = roles.find((r) => r?.role === "header");
  // A second 项目名称, or one after a form's indicator table, means a new form whose
  // title was not printed (or fell outside the excerpt).
  const startsForm = firstHeader?.role === "header" && firstHeader.field === "projectName";
  // So does a department-only label (部门(单位)名称) after a form's table has ended (next-untitled-form.ts).
  const nextDepartmentForm = departmentHeaderStartsForm(form, v);
  // A report's own table restating its cover's project (项目名称 / 主管部门 / 实施单位 again): the same form.
  const restating = startsForm && restatesCoverProject(form, v);
  if (!form || (startsForm && !restating && (form.projectName || form.indicators.length > 0)) || nextDepartmentForm) {
    // (The form after a department form, begun by its unit's label, is the page's next department form.)
    const afterDepartment = nextDepartmentForm && form?.template === "department";
    // What began with a 项目名称 and held nothing else was a list of projects, not a form; a year
    // line printed after it is the year of the form that begins now.
    const stub = st.dropStubForm();
    form = st.startForm(cells[0]!);
    if (stub?.year) form.year = stub.year;
    if (afterDepartment) form.template = "department";
  }
  let i = 0;
  while (i < cells.length) {
    const cell = cells[i]!;
    const inline = headerLabelValue(cell);
    const role = roles[i];
    if (AMOUNT_UNIT.test(labelKey(cell.text))) {
      // `单位:万元` beside the header: the unit of the form's amounts.
      if (!form.funds.unit) form.funds.unit = { text: cell.text, source: cell.source };
      i++;
      continue;
    }
    // A list of options (template headerFields, choice): no field, and the rest of its line is its
    // options (of the row, where the text has no lines: a PDF's row is one printed line).
    if (inline?.field === "choice" || (role?.role === "header" && role.field === "choice")) {
      const line = cell.source.line;
      i++;
      while (i < cells.length && (line === undefined || cells[i]!.source.line === line)) i++;
      continue;
    }
    if (inline) {
      if (inline.field === "department" && isDepartmentOnlyLabel(cell.text)) st.departmentLabel = true;
      if (restating && restatedField(form, inline.field)) {
        i++;
        continue;
      }
      setHeader(st, form, inline.field, { text: inline.value, source: cell.source });
      i++;
      continue;
    }
    if (role?.role === "header") {
      if (role.field === "department" && isDepartmentOnlyLabel(cell.text)) st.departmentLabel = true;
      let j = i + 1;
      const values = [];
      while (j < cells.length && roles[j]?.role !== "header" && headerLabelValue(cells[j]!) === null && !AMOUNT_UNIT.test(labelKey(cells[j]!.text))) {
        if (startsFundColumns(v, j)) break;
        // (A funds column's name whole on a line under the value is no tail of it: a converter's
        // block, pdftotext's plain order, stacks the funds table's first head under the value.)
        if (values.length > 0 && isFundHeadUnder(values.at(-1)!, cells[j]!) && v.cols[j]?.fund && !v.roles[j]) break;
        if (hasText(cells[j]!.text)) values.push(cells[j]!);
        j++;
      }
      const value = toRaw(values, sep === "" ? " " : sep);
      // (Restated, a field the cover set keeps the cover's value: the table's may run on into a cut label.)
      if (value && restating && restatedField(form, role.field)) st.unplaced(values, sep);
      else if (value) setHeader(st, form, role.field, value);
      if (j < cells.length && startsFundColumns(v, j)) {
        // A PDF's drawing order printed the funds table's column names after the label (and its
        // value): they are no value of the label. They are not taken for the funds header either:
        // drawn out of order, they may lack a column the table has (得分 printed later).
        const named: FundColumn[] = [];
        for (; j < cells.length && v.cols[j]?.fund && !roles[j]; j++) if (!named.includes(v.cols[j]!.fund!)) named.push(v.cols[j]!.fund!);
        readFundValuesAfterColumns(st, sliceView(v, j), named);
        return;
      }
      i = j;
      continue;
    }
    if (hasText(cell.text)) st.unplaced([cell], sep);
    i++;
  }
}

/** The fields a report's table restates from its cover. */
const RESTATED_FIELDS = ["projectName", "department", "implementingUnit"] as const;

/** Has the cover already set `field`, one a report's table restates? */
function restatedField(form: RawForm, field: string): boolean {
  return (RESTATED_FIELDS as readonly string[]).includes(field) && form[field as (typeof RESTATED_FIELDS)[number]] !== null;
}

/**
 * Does the row name again the project of a form that holds nothing but its cover's labels (a
 * report's 对比表 under its cover, `项目名称 | 某专项 | 主管部门 | …`)? Then it is that form's, not a
 * new form's. The same name, compared on its key; a form with funds or indicators read is past its cover.
 */
function restatesCoverProject(form: RawForm | null, v: RowView): boolean {
  if (!form?.projectName || form.funds.rows.length > 0 || form.indicators.length > 0) return false;
  const at = v.roles.findIndex((r) => r?.role === "header" && r.field === "projectName");
  if (at < 0) return false;
  const inline = headerLabelValue(v.cells[at]!);
  const value = inline ? inline.value : v.cells.slice(at + 1).find((c) => hasText(c.text))?.text ?? "";
  return value !== "" && labelKey(value) === labelKey(form.projectName.text);
}

/** Fewest funds column names in a row after a header label for them to be the funds table's header. */
const MIN_FUND_COLUMNS = 2;

/**
 * Do the cells from `j` on open with the funds table's column names (年初预算数, 全年预算数 …, at least
 * two of them before any value)? A header value is never such a name.
 */
/** A funds column's name as the template spells it whole (年初预算数, 全年预算数), as labelKey gives it. */
const FUND_HEAD_KEYS: ReadonlySet<string> = new Set(fundColumns.flatMap((c) => c.exact).map(labelKey));

/** Is `cell` a funds column's name whole, on a line below the value's `last` cell? */
function isFundHeadUnder(last: Cell, cell: Cell): boolean {
  const [a, b] = [last.source.line, cell.source.line];
  return a !== undefined && b !== undefined && b > a && FUND_HEAD_KEYS.has(labelKey(cell.text));
}

function startsFundColumns(v: RowView, j: number): boolean {
  if (!v.cols[j]?.fund || v.roles[j]) return false;
  let names = 0;
  for (let k = j; k < v.cells.length && names < MIN_FUND_COLUMNS; k++) {
    if (!hasText(v.cells[k]!.text)) continue;
    if (!v.cols[k]?.fund || v.roles[k]) break;
    names++;
  }
  return names >= MIN_FUND_COLUMNS;
}

/** The view of a row from its cell `from` on. */
function sliceView(v: RowView, from: number): RowView {
  return { ...v, cells: v.cells.slice(from), roles: v.roles.slice(from), cols: v.cols.slice(from), facts: v.facts.slice(from), first: 0 };
}

function setHeader(st: ReaderState, form: RawForm, field: string, value: RawValue): void {
  switch (field) {
    case "projectName":
      form.projectName = joinValues(form.projectName, value);
      break;
    case "department":
      // A department-wide form names its department once, on the cover; a later 主管部门审核意见 is a sign-off line.
      if (form.template === "department") {
        if (!form.department) form.department = withoutTrailingOption(value);
      } else if (form.department && form.indicators.length > 0) unplacedValue(st, form, value);
      else form.department = withoutTrailingOption(value);
      break;
    case "unitName":
      if (form.template === "department" && !form.department) form.department = value;
      // Kept for the form's end: a form without a title that names it may yet prove the department's.
      else if (!st.unitName) st.unitName = value;
      break;
    case "implementingUnit":
      // A department-wide form has no 实施单位 (contract: implementingUnit null): reported, not kept.
      if (form.template === "department") notInContract(st, form, "实施单位", value);
      else if (form.implementingUnit && form.indicators.length > 0) unplacedValue(st, form, value);
      else form.implementingUnit = withoutTrailingOption(value);
      break;
    case "totalScore":
      form.total.score = value;
      break;
    case "departmentCode":
      form.departmentCode = value;
      break;
    case "reportNo":
      form.diagnostics.push({
        code: "field-not-in-contract",
        severity: "info",
        message: st.msg.reportNo(value.text.trim()),
        source: { ...value.source, text: value.text },
      });
      break;
    default:
      break;
  }
}

/**
 * A 主管部门 or 实施单位 label after the form's header named one and its indicator table was read:
 * the form prints its header once, above its tables, so a later one is a note's words (备注's
 * `执行数按资金使用单位当年实际列支…`, `报主管部门审核`, a dump's wrap leaving the label at a line's
 * head) or a sign-off line, and no second value. It is kept as unplaced text; the header's value stands.
 */
function unplacedValue(st: ReaderState, form: RawForm, value: RawValue): void {
  form.diagnostics.push({ code: "unplaced-text", severity: "warning", message: st.msg.unplaced(truncate(value.text.trim())), source: { ...value.source, text: value.text } });
}

function notInContract(st: ReaderState, form: RawForm, label: string, value: RawValue): void {
  form.diagnostics.push({ code: "field-not-in-contract", severity: "info", message: st.msg.notInContract(label), source: { ...value.source, text: value.text } });
}

/** The title of another form of a project's dossier: reported once; its rows are not read. */
export function readOtherFormTitle(st: ReaderState, v: RowView, at: number): void {
  const cell = v.plain[at]!;
  const title = v.row.boundaries === "spaces" ? v.plain.map((c) => c.text).join(" ") : cell.text;
  // A workbook sheet already reported by its name is not reported again by its title.
  const last = st.diagnostics.at(-1);
  if (cell.source.sheet !== undefined && last?.code === "other-form" && last.source?.sheet === cell.source.sheet) return;
  st.reportOtherForm(title.trim(), otherFormName(title) ?? "", cell.source);
}

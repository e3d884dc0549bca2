import type { Row } from "../layout/grid.js";
import { splitHeaderRunOnRows } from "./header-run-on-rows.js";
import { splitRunTogetherHeaderRunOn } from "./header-run-on-run-together.js";
import type { Lang } from "../messages.js";
import { hasText } from "./classify.js";
import type { RawDiagnostic, RawForm, RawFundRow, RawValue } from "./raw-form.js";
import { ReaderState } from "./reader-state.js";
import { classifyRow, type RowKind } from "./row-classifier.js";
import { prepareRow, type RowView, type Section } from "./row-prepare.js";
import { otherFormName, otherSheetName } from "./row-classifier.js";
import { keepTitleHead, splitTitleHead } from "./split-title.js";
import { opensFormAfterBaseData } from "./after-base-data.js";
import { coverMarksSelfEvaluation, evaluatedByItself } from "./self-evaluation-cover.js";
import { giveReportTitle, isSelfEvaluationReportTitle, takesReportTitle } from "./report-cover-title.js";
import { joinCoverNameTail } from "./cover-name-tail.js";
import { labelKey } from "../template/labels.js";
import { departmentReportTitlePattern } from "../template/project.js";
import { attachmentOfReport, coverNamesOf, isChapterHeading, keepCoverNames, type CoverNames } from "./report-attachments.js";
import { readFundPairs, readFundRow, readFundsHeader, readFundsHeaderRest, readFundValuesAfterColumns } from "./sections/funds.js";
import { readGoalsHeader, readGoalTexts } from "./sections/goals.js";
import { readHeaderRow, readOtherFormTitle, readTitle, readYearLine } from "./sections/header.js";
import { readIndicatorHeader, readIndicatorRow, readSplitHeads } from "./sections/indicators.js";
import { readTotalRow, readTrailer } from "./sections/total.js";
import { readTaskHeader, readTaskRow } from "./sections/tasks.js";

export interface ReadResult {
  forms: RawForm[];
  /** Text outside any form. */
  stray: RawValue[];
  /** What the input holds besides its forms (other forms of a dossier). */
  diagnostics: RawDiagnostic[];
}

/**
 * Which section a row of each kind puts the reader in (`same`: it stays where it is). The one
 * place the section changes; leaving the goals hands the goal texts read to the form.
 */
export const TRANSITIONS: Readonly<Record<RowKind, Section | "same">> = {
  furniture: "same",
  fundPairs: "funds",
  title: "header",
  otherForm: "other",
  otherRow: "same",
  taskHeader: "tasks",
  taskRow: "tasks",
  yearLine: "same",
  totalScoreRow: "after",
  header: "header",
  fundsHeader: "funds",
  fundRow: "funds",
  fundValues: "funds",
  fundsHeaderRest: "funds",
  indicatorHeader: "indicators",
  indicatorSplitHeads: "indicators",
  totalRow: "after",
  goals: "goals",
  trailer: "after",
  goalText: "goals",
  indicatorRow: "indicators",
  otherTableHead: "after",
  unplaced: "same",
};

type Handler = (st: ReaderState, v: RowView, at: number, next: Row | undefined) => void;

/** The handler of each row kind, grouped by the section it belongs to (see sections/). */
const HANDLERS: Readonly<Record<RowKind, Handler>> = {
  furniture: () => {},
  fundPairs: (st, v) => readFundPairs(st, v),
  title: (st, v, at) => readTitle(st, v, at),
  otherForm: (st, v, at) => readOtherFormTitle(st, v, at),
  // The rows of another dossier form are its own: reported once, with its title.
  // (A row that heads the next form's title broken over two lines is kept for that title.)
  otherRow: (st, v, _at, next) => keepTitleHead(st, v.plain, next),
  taskHeader: (st, v) => readTaskHeader(st, v),
  taskRow: (st, v) => readTaskRow(st, v),
  yearLine: (st, v, at) => readYearLine(st, v, at),
  // (A title's head above its tail is kept for the title, as unplaced text: 部门(单位) in it is no label.)
  header: (st, v, _at, next) => (splitTitleHead(v.plain, next) ? st.unplaced(v.plain, v.sep) : readHeaderRow(st, v)),
  fundsHeader: (st, v) => readFundsHeader(st, v),
  fundRow: (st, v, at) => readFundRow(st, v, at),
  fundValues: (st, v) => readFundValuesAfterColumns(st, v, []),
  fundsHeaderRest: (st, v) => readFundsHeaderRest(st, v),
  goals: (st, v) => readGoalsHeader(st, v),
  goalText: (st, v) => readGoalTexts(st, v),
  indicatorHeader: (st, v) => readIndicatorHeader(st, v),
  indicatorSplitHeads: (st, v) => readSplitHeads(st, v),
  indicatorRow: (st, v, _at, next) => readIndicatorRow(st, v, next),
  // Another table's heads and the rows after them are no part of the form: kept as unplaced text.
  otherTableHead: (st, v) => st.unplaced(v.cells, v.sep),
  totalScoreRow: (st, v, at) => readTotalRow(st, v, at),
  totalRow: (st, v, at) => readTotalRow(st, v, at),
  trailer: (st, v, at) => readTrailer(st, v, at),
  unplaced: (st, v) => st.unplaced(v.cells, v.sep),
};

/**
 * A workbook's next sheet. A sheet named for another form of the dossier (基本信息, 绩效目标申报表,
 * 执行监控, 评审报告 …) is reported and not read; the sheet after it starts afresh.
 */
function enterSheet(st: ReaderState, sheet: string, row: Row): void {
  st.sheet = sheet;
  const name = otherSheetName(sheet);
  if (name) {
    st.reportOtherForm(sheet, name, row.cells[0]!.source);
    st.section = "other";
  } else if (st.section === "other") {
    st.section = "start";
  }
}

/**
 * The dossier documents a self-evaluation table may follow or sit among with no title of its
 * own: an evaluation report attaches the scored table; a 基础数据表 is printed just before the form
 * (its cover's title lost with it, or never printed), and scores no spending itself, so a funds
 * header that does (opensSelfEvaluation) cannot be its own. A 申报表 or 监控表 prints funds and
 * indicator tables of its own and holds none, whatever its columns (contract: another form of the
 * dossier is never read as a Form); a sheet named for another form (enterSheet) is passed over whole.
 */
const REPORTS_HOLDING_FORMS: ReadonlySet<string> = new Set(["绩效评价报告", "绩效评价基础数据表"]);
/** The evaluation report's name (template otherForms): one whose cover ticks a self-evaluation is read as a form (self-evaluation-cover.ts). */
const EVALUATION_REPORT = "绩效评价报告";
/** The 基础数据表's name (template otherForms): a self-evaluation after it may also begin at its header or indicator table. */
const BASE_DATA_TABLE = "绩效评价基础数据表";

/** Row kinds of a form's title block and header: a lost title's form is read back from where they begin. */
const HEADER_BLOCK: ReadonlySet<RowKind> = new Set(["header", "fundsHeader"]);

/**
 * Where the header block ends that a self-evaluation opening inside another dossier form
 * (opensSelfEvaluation) had above its funds header: the index in `rows` of its first row. Walks
 * up over header-label rows (项目名称, 主管部门, 项目资金 …) and stops after a year line (the
 * line under a title) or at the first row of anything else; `rows.length` when there is none.
 */
function headerBlockStart(rows: readonly Row[]): number {
  let start = rows.length;
  for (let i = rows.length - 1; i >= 0; i--) {
    const v = prepareRow(rows[i]!, "header");
    if (!v) {
      start = i;
      continue;
    }
    const kind = classifyRow(v, "header").kind;
    if (kind === "yearLine") return i;
    if (!HEADER_BLOCK.has(kind) && !(i > 0 && isFundsLabelLine(rows[i]!) && headsFunds(rows[i - 1]!))) break;
    start = i;
  }
  return start;
}

/**
 * The funds label's unit or points on a line of their own (`预算执行情况(万元)` / `(20分)` / `预算数(A)
 * …`): read right under the label they are the header's, not the end of the block above.
 */
function isFundsLabelLine(row: Row): boolean {
  const v = prepareRow(row, "funds");
  return v !== null && classifyRow(v, "funds", { indicatorColumns: 0, afterFundsHeader: true }).kind === "fundsHeader";
}

/** Is the row the funds label or header (the row a unit or points line stands under)? */
function headsFunds(row: Row): boolean {
  const v = prepareRow(row, "header");
  return v !== null && classifyRow(v, "header").kind === "fundsHeader";
}

/** A fund row read with no amount in it (its label in the funds header, its amounts below). */
function amountless(row: RawFundRow | undefined): boolean {
  return row !== undefined && Object.keys(row.values).length === 0;
}

/**
 * Reads rows into forms: each row is prepared (row-prepare), classified (row-classifier), moves
 * the reader to the section its kind belongs to (TRANSITIONS), and is read by that kind's
 * handler. One instance reads one input.
 */
export class FormReader {
  private readonly st: ReaderState;
  /** The rows of the other dossier form being passed over: a self-evaluation that follows it with no title of its own begins among them. */
  private otherRows: Row[] = [];
  /** Whether that form is a report that may print a self-evaluation among its pages (REPORTS_HOLDING_FORMS). */
  private otherHoldsForms = false;
  /** Whether that form is a 基础数据表, which a titleless form may follow (opensFormAfterBaseData). */
  private otherIsBaseData = false;
  /** The form read from an evaluation report whose cover says the unit evaluated itself, while it is read: its attachments follow (report-attachments.ts). */
  private reportForm: RawForm | null = null;
  /** While a page of that report is read (report-attachments.ts): the names its cover gave, which the page's own labels do not replace. */
  private coverNames: CoverNames | null = null;

  constructor(options: { lang?: Lang | undefined } = {}) {
    this.st = new ReaderState(options.lang);
  }

  /** The kind of the row read last (report-cover-title.ts asks whether it was a cover's label line). */
  private lastKind: RowKind | null = null;
  /** A self-evaluation report's title read on the row before, with no form open: the next cover's title. */
  private reportTitleAbove: { title: RawValue; stray: RawValue | undefined } | null = null;

  read(input: readonly Row[]): ReadResult {
    // (A header line with the table's first rows run on: rows of their own, header-run-on-rows.ts;
    // its cells run together, header-run-on-run-together.ts.)
    const rows = input.flatMap(splitHeaderRunOnRows).flatMap(splitRunTogetherHeaderRunOn);
    rows.forEach((row, idx) => this.readRow(row, rows[idx + 1], { rows, at: idx }));
    this.st.finishForm();
    return { forms: this.st.forms, stray: this.st.stray, diagnostics: this.st.diagnostics };
  }

  /** `place`: where the row stands among the rows read, for a look down the page (a report's cover); absent for rows read again. */
  private readRow(row: Row, next: Row | undefined, place?: { rows: readonly Row[]; at: number }): void {
    const st = this.st;
    const last = row.cells.findLast((c) => hasText(c.text));
    if (last) st.lastSource = last.source;
    const sheet = row.cells[0]?.source.sheet;
    if (sheet !== undefined && sheet !== st.sheet) {
      enterSheet(st, sheet, row);
      this.otherHoldsForms = false;
      this.otherIsBaseData = false;
      this.otherRows = [];
    }
    const view = prepareRow(row, st.section);
    if (!view) return;
    const classed = classifyRow(view, st.section, { indicatorColumns: st.indColsFromHeader ? st.indCols.length : 0, fundRowAwaitingValues: st.lastRowWasAmountlessFundRow, afterFundsHeader: st.lastRowWasFundsHeader, afterIndicatorHeader: st.lastRowWasIndicatorHeader });
    let kind = classed.kind;
    const at = classed.at;
    // A department's report that names the department its own evaluator: the department's form.
    let ownDepartmentReport = false;
    if (kind === "otherForm" && otherFormName(view.plain[at]?.text ?? "") === EVALUATION_REPORT && place) {
      // An evaluation report whose cover says the unit evaluated itself: a self-evaluation in the report's layout.
      if (coverMarksSelfEvaluation(place.rows, place.at)) kind = "title";
      else if (evaluatedByItself(place.rows, place.at)) {
        kind = "title";
        ownDepartmentReport = departmentReportTitlePattern.test(labelKey(view.plain[at]?.text ?? ""));
      }
    }
    // A page of the report numbers its sections (一、项目基本情况): a heading, no goals block of the form.
    if (kind === "goals" && this.coverNames && st.form === this.reportForm && isChapterHeading(view.plain)) kind = "unplaced";
    if (kind === "otherForm" && this.reportForm !== null && st.form === this.reportForm) {
      // An attachment of the report read as a form: reported without ending the form, or a part of it.
      const attachment = attachmentOfReport(otherFormName(view.plain[at]?.text ?? "") ?? "");
      if (attachment === "part") {
        st.section = "header";
        this.coverNames = coverNamesOf(this.reportForm);
        return;
      }
      const cell = view.plain[at]!;
      st.reportAttachedForm(cell.text.trim(), otherFormName(cell.text) ?? "", cell.source);
      st.section = "other";
      return;
    }
    // A form's title ends the other form passed over before it (a 基础数据表, a report): rows of the
    // form's own pages that leave it for an attachment are no more that other form's (after-base-data.ts).
    if (kind === "title") {
      this.otherRows = [];
      this.otherHoldsForms = false;
      this.otherIsBaseData = false;
    }
    if (kind === "otherForm") {
      this.otherRows = [];
      const name = otherFormName(view.plain[at]?.text ?? "") ?? "";
      this.otherHoldsForms = REPORTS_HOLDING_FORMS.has(name);
      this.otherIsBaseData = name === BASE_DATA_TABLE;
    } else if (st.section === "other" && (kind === "fundsHeader" || (kind === "otherRow" && this.otherIsBaseData && opensFormAfterBaseData(row)))) {
      if (this.otherHoldsForms) {
        // A self-evaluation's funds header (opensSelfEvaluation) in a report: the table whose
        // title was lost is read from its header block on, as an excerpt that starts mid-form is.
        const block = this.otherRows.slice(headerBlockStart(this.otherRows));
        this.otherRows = [];
        st.section = "start";
        block.forEach((r, i) => this.readRow(r, block[i + 1] ?? row));
        this.readRow(row, next);
        return;
      }
      // A form that holds none (a 申报表 titled over a scored table): its rows all stay its own.
      kind = "otherRow";
    }
    if (kind === "otherRow" && this.otherHoldsForms) this.otherRows.push(row);
    // A self-evaluation report's title beside its cover's label lines: the cover's form's title (report-cover-title.ts).
    const reportTitle = kind === "unplaced" ? reportTitleOf(view) : null;
    // A cover's project name broken before the family's words: the line is the name's tail (cover-name-tail.ts).
    if (reportTitle && this.lastKind === "header" && st.section === "header" && place && joinCoverNameTail(st.form, reportTitle, place.rows[place.at - 1])) {
      this.lastKind = kind;
      return;
    }
    if (reportTitle && this.lastKind === "header" && st.section === "header" && takesReportTitle(st.form)) {
      giveReportTitle(st.form, reportTitle);
      this.lastKind = kind;
      this.reportTitleAbove = null;
      return;
    }
    const formBefore = st.form;
    st.boundaries = row.boundaries;
    const to = TRANSITIONS[kind];
    // Leaving the goals hands their texts to the form before the row is read.
    if (to !== "same" && to !== "goals" && st.section === "goals") st.flushGoals();
    HANDLERS[kind](st, view, at, next);
    if (ownDepartmentReport && st.form) st.form.template = "department";
    if (kind === "title") {
      this.reportForm = classed.kind === "otherForm" ? st.form : null;
      this.coverNames = null;
    }
    if (this.coverNames && st.form === this.reportForm) keepCoverNames(st.form!, this.coverNames);
    st.lastRowWasIndicatorHeader = kind === "indicatorHeader";
    st.lastRowWasFundsHeader = kind === "fundsHeader" && st.fundCols.length > 0;
    st.lastRowWasAmountlessFundRow = (kind === "fundsHeader" || kind === "fundRow") && amountless(st.form?.funds.rows.at(-1));
    // After the handler: a handler that starts a form starts it in its header.
    if (to !== "same") st.section = to;
    if (kind === "header" && this.reportTitleAbove && st.form !== formBefore && takesReportTitle(st.form)) {
      // (Read as stray text before the form began: it is the form's now.)
      const above = this.reportTitleAbove;
      if (st.stray.at(-1) === above.stray) st.stray.pop();
      giveReportTitle(st.form, above.title);
    }
    this.reportTitleAbove = reportTitle && !st.form ? { title: reportTitle, stray: st.stray.at(-1) } : null;
    this.lastKind = kind;
  }
}

/** The row's text where it is one self-evaluation report's title alone, else null. */
function reportTitleOf(view: RowView): RawValue | null {
  const cells = view.plain.filter((c) => hasText(c.text));
  if (cells.length !== 1 || !isSelfEvaluationReportTitle(cells[0]!.text)) return null;
  return { text: cells[0]!.text.trim(), source: cells[0]!.source };
}

import type { Cell, Row } from "../layout/grid.js";
import { labelKey, matchSpelling } from "../template/labels.js";
import { extraFundRowPattern, fundRatePointColumns, indicatorColumns, level1Names, level2Names, titlePattern, type FundColumn } from "../template/project.js";
import { classify, hasText, NUMBERED_NAME } from "./classify.js";
import { fundPairField, isAttachmentMark, otherFormName, pairAmount, pairValueCell } from "./row-classifier.js";
import { columnRoles, isLabelFragment, labelRole } from "./row-view.js";
import { taskColumn } from "./sections/tasks.js";
import { joinWrapped } from "./wrapped-cells.js";
import { amountAfterUnit } from "./fund-pair-lines.js";
import { placeUnderSpan } from "./spanned-heads.js";
import { splitWrappedLabels } from "./wrapped-label-lines.js";
import { pairStackedHeaderLabels } from "./stacked-header-labels.js";
import { joinStackedHeads } from "./stacked-heads.js";
import { joinsPointsToName, opensRuledScoredRows, opensWeightFirstRows, placeWeightFirstRow, RULED_SCORED_HEADER, SEQ, WEIGHT_FIRST_HEADER } from "./ruled-score-rows.js";

/** The year line as a form prints it under its title, in brackets with 年度 (after labelKey). */
const BRACKETED_YEAR = /^\((19|20)\d{2}年度\)$/;

const vocab = new Set([...level1Names, ...level2Names]);
/** Row-end marks (lines of pipes) that make a text one whose rows the marks tell. */
const MIN_ROW_END_MARKS = 2;

/**
 * Cuts a stream of cells (one cell per line: row ends not marked) into rows, using the template:
 * labels start rows, column names group into header rows, and a fund or indicator row ends when it
 * has as many cells as its table has columns.
 */
export function segmentStream(input: readonly Cell[]): Row[] {
  // (A header printed over two rows, its heads' words stacked, is one row of joined heads: stacked-heads.ts.)
  // (A value the reader joined by width to a header label's line under it is parted there first.)
  // (The header's labels printed as a block and their values as the next are paired: stacked-header-labels.ts.)
  const { cells, heads: stackedHeads } = joinStackedHeads(joinBrokenNames(pairStackedHeaderLabels(splitWrappedLabels(input))));
  const rows: Row[] = [];
  let current: Cell[] = [];
  let section: "header" | "tasks" | "funds" | "goals" | "indicators" | "total" = "header";
  let fundWidth = 6;
  /** The funds header put an empty cell between each two of its heads (an empty line after each line): the rows' empty cells are no columns. */
  let fundBlanksApart = false;
  let indWidth = 6; // columns after 一级 and 二级
  /** A title, a label or a column name has been read: before one, the text starts mid-form. */
  let formSeen = false;
  /**
   * The text started inside the indicator table (an excerpt cut above it): no header says how many
   * cells a row has, so a row ends after its 分值 and 得分 — a run of numbers followed by a cell that is not one.
   */
  let headless = false;
  /**
   * The same where the text marks its row ends (a line of pipes): the marks end the rows (nothing is
   * counted or cut), and the 一级/二级 names say the indicator table has begun: 预算执行率 there is a
   * row's name, not the funds' column.
   */
  let headlessMarked = false;
  let counted = 0;
  let headerRow: "fund" | "indicator" | "task" | null = null;
  // A scoring sheet (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分): every row ends with its
  // 三级 name, 分值 and 得分; the merged cells it omits are those on its left.
  let scoredWidth = 0;
  // Rows opened by their shape alone under no printed header (ruled-score-rows.ts).
  let pointsJoin = false;
  let ruledSeq = 0;
  let weightFirst = false;
  let ruledRowNumbered = false;
  let ruledLevel3: string | null = null;
  /** The text marks row ends (a line of pipes): segmentation only fills in what it does not. */
  // (One mark alone, a line of pipes under a sheet's title, marks that row's end, not the table's
  // rows: the rows after it are told as in a text without marks.)
  const rowEndsMarked = cells.filter((c) => c.endsRow === true).length >= MIN_ROW_END_MARKS;
  /** The 年度主要任务 columns its header named (department forms): a task row has as many cells. */
  let taskNames = new Set<string>();

  // Indicators numbered as printed (`指标1:…`, `指标2:…`) start their rows: where a stream has them,
  // they, not a count of cells, end the row before (a column the header does not name, such as an
  // unlabelled 分值, would otherwise shift every row after the first).
  const numberedStarts = cells.filter((c) => NUMBERED_NAME.test(c.text.trim())).length >= 2;
  /** The indicator header's last column is 偏差原因 (its reasons), a column often left empty. */
  let endsWithDeviation = false;
  /**
   * The indicator header begins with 序号: each row opens with its number, the next of which is
   * this (0: no 序号 column). The number opens a row and is not counted among its cells.
   */
  let nextSeq = 0;
  /**
   * The indicator header numbers its rows (序号) and names its levels: how many heads follow its last
   * level column (`values`) and its 序号 (`full`), where rows are cut at their numbers (numbered-rows below).
   */
  let numberedWidths: NumberedWidths | null = null;
  /**
   * The same widths for a header that names no 序号 before its levels, should its rows be numbered
   * all the same (a tender site's table view numbers the rows, not the header).
   */
  let unnumberedWidths: NumberedWidths | null = null;
  /** The row being read was opened by its 序号 under such a header. */
  let numberedRowOpen = false;
  /** …or is a second line under one (its figures counted when it opened: the next 序号 ends it). */
  let numberedContinuation = false;
  /** The indicator header names a 一级 column (so a row's first cell before its 二级 name is one cell). */
  let headerHasLevel1 = false;
  /** The first row of an indicator header printed on two rows, while its second row is read. */
  let upperHeader: Cell[] | null = null;
  /** That first row has a head the second row splits (splitHeadsAbove). */
  let upperSplit = false;
  /** Where the indicator header's 分值 and 得分 stand among a row's counted cells (none known: empty). */
  let figureColumns: number[] = [];
  /** The row being read is a fund row under a label the template does not know (see segmentCell). */
  let unknownFundRow = false;
  /** The last row was a fund row that ended with the funds table's width of cells. */
  let fullFundRowBefore = false;
  const flush = () => {
    if (current.length > 0) rows.push({ cells: current, boundaries: "exact" });
    current = [];
    counted = 0;
    headerRow = null;
    unknownFundRow = false;
    fullFundRowBefore = false;
    numberedRowOpen = false;
    numberedContinuation = false;
  };

  // Funds printed as label and value pairs (预算数: | 2.38 | 执行数: | 2.38, the regional form): the
  // block is one row, from its first pair label to the next part of the form.
  const pairLabels = new Set<number>();
  cells.forEach((c, i) => {
    // (预算执行率 alone is also an indicator's name: only the amounts' labels open the block.)
    const field = fundPairField(c.text);
    if (field === null || field === "rate") return;
    const next = pairValueCell(cells.slice(i, i + 4), 0);
    // (The unit may run onto the amount: `计划投资额` / `(万元)260.00`.)
    if (next && (pairAmount(next.text) !== null || amountAfterUnit(next.text.trim()) !== null)) pairLabels.add(i);
  });
  let inPairs = false;

  cells.forEach((cell, i) => {
    if (pairLabels.has(i)) {
      if (!inPairs) flush();
      inPairs = true;
      section = "funds";
    } else if (inPairs && cell.text.trim() !== "" && (labelRole(cell.text) !== null && labelRole(cell.text)?.role !== "fundRow" || columnRoles(cell.text).indicator !== null)) {
      inPairs = false;
      flush();
    }
    if (inPairs) {
      current.push(cell);
      if (cell.endsRow) flush();
      return;
    }
    segmentCell(cell, cells[i + 1], i);
    if (cell.endsRow) flush();
  });
  flush();
  return rows;

  function segmentCell(cell: Cell, next: Cell | undefined, at: number): void {
    const text = cell.text;
    const blank = text.trim() === "";
    const key = labelKey(text);
    const role = blank ? null : labelRole(text);
    const named = blank ? { fund: null, indicator: null } : columnRoles(text);
    // (执行率权重 | 执行率得分 after the funds' other heads: heads of that row too, ratePointHead.)
    const cols = headerRow === "fund" && named.fund === null && named.indicator === null ? { ...named, fund: ratePointHead(text) } : named;
    const kind = blank ? "blank" : classify(text).kind;

    if (!blank && (titlePattern.test(key) && key.length <= 40)) {
      formSeen = true;
      headless = false;
      flush();
      current.push(cell);
      flush();
      section = "header";
      return;
    }
    // Another dossier form's title (a 基础数据表 printed after the form) is a row of its own: run
    // into the row it follows, a form cut mid-row lost that row's names with it.
    if (!blank && otherFormName(text) !== null) {
      flush();
      current.push(cell);
      flush();
      return;
    }
    // A year alone is the year line above the table; inside the indicator table, or inside a row
    // whose end the text marks, it is a value (完成时间 2020年).
    // (In brackets with 年度, `(2021 年度)`, it is the year line even there: a converter printing the
    // page block by block sets it among the indicator table's cells; no indicator's value reads so.)
    if (!blank && (section !== "indicators" || BRACKETED_YEAR.test(key)) && !(rowEndsMarked && current.length > 0) && /^[(（]?(19|20)\d{2}年度?[)）]?$/.test(key)) {
      flush();
      current.push(cell);
      flush();
      return;
    }
    // A line that only numbers an attachment (附件6) is a row of its own, page furniture: run into
    // the row after it, it became the head of a title broken over two lines (附件6岳阳县…整体支出).
    if (!blank && isAttachmentMark(text)) {
      flush();
      current.push(cell);
      flush();
      return;
    }
    if (segmentTaskCell(cell, blank, key, role, at)) return;
    // Column names: a run of them is one header row.
    // 预算执行率 inside the indicator table is a row's name (scored as an indicator), not the funds' column.
    // 自评得分 is a header label too, but inside a run of indicator column names it is their 得分.
    const inIndicatorHeader = headerRow === "indicator" && cols.indicator !== null;
    const stacked = stackedHeads.has(cell);
    const isColumnName = stacked || (!blank && (cols.fund !== null || cols.indicator !== null) && (role === null || inIndicatorHeader) && !((section === "indicators" || headlessMarked) && kind === "budgetExec"));
    if (isColumnName) {
      formSeen = true;
      headless = false;
      // (序号 before 一级指标 numbers the indicator table's rows: its header's first column.)
      const seqBeforeLevels = cols.indicator === "seq" && next !== undefined && columnRoles(next.text).indicator === "level1";
      const wantsIndicator = stacked || cols.indicator !== null && (section === "goals" || section === "indicators" || seqBeforeLevels || ["level1", "level2", "level3", "target", "actual", "deviation"].includes(cols.indicator));
      const kindOfHeader = wantsIndicator ? "indicator" : "fund";
      // A header printed on two rows (年度指标值 over 指标性质 / 指标值 / 度量单位) starts its second
      // row again at the left, with 一级指标: two rows, as a table's text gives them, not one.
      let upper: Cell[] | null = null;
      if (headerRow === "indicator" && kindOfHeader === "indicator" && cols.indicator === "level1" && current.some((c) => { const r = columnRoles(c.text).indicator; return r !== null && r !== "level1" && r !== "seq"; })) {
        upper = current;
        flush();
      }
      // The lower row of a head that spans columns (指标值 over 年度指标值 | 实际完成值, sub-header.ts):
      // run on after the header's names, or after the header's row ended (its rule).
      const split = upper === null && kindOfHeader === "indicator" ? splitHeadsAbove(headerRow === "indicator" ? current : null, rows.at(-1), current.length === 0, cols.indicator) : null;
      if (split !== null) {
        upper = split;
        flush();
      }
      // The lower row of a header whose upper row named the value columns only (绩效指标 | 年度指标值 | … over
      // 一级 | 二级 | 三级), after the upper row ended (its rule): the run-on case is the 一级 restart above.
      const levelsBelow = upper === null && kindOfHeader === "indicator" && headerRow === null && current.length === 0 && cols.indicator === "level1" ? valueHeadsAbove(rows.at(-1)) : null;
      if (levelsBelow !== null) upper = levelsBelow;
      if (headerRow !== kindOfHeader && !(headerRow === null && section === "funds" && current.length > 0 && counted === 0)) {
        if (!(kindOfHeader === "fund" && current.length > 0 && labelRole(current[0]!.text)?.role === "fundsLabel" && counted === 0)) flush();
      }
      if (upper !== null || headerRow !== kindOfHeader) {
        upperHeader = upper;
        upperSplit = split !== null;
      }
      headerRow = kindOfHeader;
      current.push(cell);
      if (kindOfHeader === "indicator") {
        section = "indicators";
        indWidth = Math.max(1, countIndicatorWidth(current) + upperOnlyColumns(upperHeader, current));
        nextSeq = current.some((c) => columnRoles(c.text).indicator === "seq") ? 1 : 0;
        numberedWidths = upperHeader === null ? numberedRowWidths(current) : null;
        unnumberedWidths = upperHeader === null && nextSeq === 0 ? numberedRowWidths(current, false) : null;
        headerHasLevel1 = current.some((c) => columnRoles(c.text).indicator === "level1");
        figureColumns = upperHeader === null ? figureColumnsOf(current) : [];
        scoredWidth = isScoringSheet(current) ? current.length : 0;
        // (Under a header of two rows whose first row names no level, 指标分值 | … | 备注 over 一级 | 二级 |
        // 三级, the first row's columns come last, and its last is the rows' last: 备注 is left empty as
        // 偏差原因 is.)
        // (Over a lower row that splits one of its heads, the first row's last column is the rows' last.)
        const lastColumn = upperHeader !== null && (upperSplit || !upperHeader.some((c) => LEVEL_COLUMNS.has(columnRoles(c.text).indicator ?? ""))) ? upperHeader.at(-1) : upperHeader === null ? current.at(-1) : undefined;
        const lastRole = lastColumn ? columnRoles(lastColumn.text).indicator : null;
        endsWithDeviation = lastRole === "deviation" || lastRole === "remark";
      } else {
        section = "funds";
        fundWidth = current.filter((c) => columnRoles(c.text).fund !== null || ratePointHead(c.text) !== null).length;
        fundBlanksApart = blanksBetweenHeads(current);
      }
      return;
    }
    // 预期 | 实际 under a 指标值 that spans them: the header's own columns (spanned-heads.ts).
    if (headerRow === "indicator" && !blank && placeUnderSpan(current, cell, next)) {
      indWidth = Math.max(1, countIndicatorWidth(current) + upperOnlyColumns(upperHeader, current));
      return;
    }
    // The funds label after a head of its own table (年初预算数 / 资金情况（万元） / 全年预算数 …): a
    // converter's block printed the label, centred down its merged cell, below the first head. The
    // label opens the header row the heads before it and after it make, as it does when printed first.
    // (The next head may stand after an empty line's cell.)
    if (role?.role === "fundsLabel" && headsBeforeFundsLabel(headerRow, current, cells.slice(at + 1).find((c) => c.text.trim() !== ""))) {
      current.unshift(cell);
      section = "funds";
      return;
    }
    if (headerRow !== null && !blank) flush();
    if (headerRow !== null && blank) {
      // A blank inside a header row (an unnamed merged column) stays with it.
      current.push(cell);
      return;
    }

    // 合计 opens the funds table's total row (资金结构): its amounts are counted like a fund row's.
    if (role?.role === "total" && section === "funds") {
      flush();
      current.push(cell);
      return;
    }
    if (role) {
      formSeen = true;
      headless = false;
      flush();
      current.push(cell);
      if (role.role === "fundsLabel" || role.role === "fundRow") section = "funds";
      else if (role.role === "goalsLabel" || role.role === "goalColumn") section = "goals";
      else if (role.role === "indicatorsLabel") section = "indicators";
      else if (role.role === "total" || role.role === "trailer" || (role.role === "header" && role.field === "totalScore")) section = "total";
      return;
    }

    // A fund row outside the contract's keys (其中:中央资金, 地方资金) starts a row like the known ones,
    // also right after another such label left without amounts (其中:中央、省补助 | 市级财政资金 | 县级财政资金
    // | 40 | 40): a fund row's cells are figures, never another row's name.
    if (section === "funds" && !blank && extraFundRowPattern.test(key) && (counted > 0 || current.length === 0 || isFundRowStart(current[0]!) || (current.length === 1 && extraFundRowPattern.test(labelKey(current[0]!.text))))) {
      flush();
      current.push(cell);
      return;
    }
    // A text right after a full fund row and followed by an amount is the next fund row's label, one the
    // template does not know (彩票公益金用于医疗救助 | 0 | 0 | 100%): it would otherwise run on into the next row.
    if (section === "funds" && current.length === 0 && fullFundRowBefore && kind === "text" && next !== undefined && isAmountCell(next.text)) {
      current.push(cell);
      unknownFundRow = true;
      return;
    }
    // A target with its comparison sign among the funds' cells (`≥90%`): the indicator table's row
    // after a preview's gap that skipped its header and names. No fund row prints a compared figure;
    // the row ends after its 分值 and 得分, as an excerpt's that starts mid-table does.
    if (section === "funds" && !rowEndsMarked && !blank && COMPARED_TARGET.test(text.trim())) {
      headless = true;
      flush();
    }
    if (section === "funds" && current.length > 0 && (unknownFundRow || isFundRowStart(current[0]!) || extraFundRowPattern.test(labelKey(current[0]!.text)))) {
      current.push(cell);
      if (!(blank && fundBlanksApart)) counted++;
      if (counted >= fundWidth) {
        flush();
        fullFundRowBefore = true;
      }
      return;
    }
    // The text starts inside a scoring sheet's rows, its header cut off (an excerpt): the first
    // opening whose rows these are gives the sheet the template's header for its columns.
    if (section === "header" && !formSeen && !blank && !rowEndsMarked) {
      const opening = HEADERLESS_SHEETS.find((o) => o.opens(cells, at));
      if (opening) {
        flush();
        current.push(...opening.header.map((text) => ({ text, source: cell.source })));
        flush();
        formSeen = true;
        section = "indicators";
        headerHasLevel1 = true;
        if (opening.kind === "scored") scoredWidth = SCORED_HEADER.length;
        else if (opening.kind === "ruled") {
          scoredWidth = RULED_SCORED_HEADER.length;
          pointsJoin = true;
        } else weightFirst = true;
      }
    }
    if (section === "indicators" && weightFirst) {
      if (blank) return;
      if (current.length === 0 && SEQ.test(text.trim())) return;
      current.push(cell);
      // The row ends at its 得分: a figure after a text, the 分值 printed before it.
      const figures = current.filter((c) => classify(c.text).kind === "number").length;
      if (figures === 2 && classify(text).kind === "number" && current.length >= 3 && classify(current.at(-2)!.text).kind !== "number") {
        const placed = placeWeightFirstRow(current);
        if (placed !== null) current = placed;
        flush();
      }
      return;
    }
    // (Its empty reason cells stand between rows, in no column the header names.)
    if (section === "indicators" && scoredWidth > 0 && pointsJoin && blank) return;
    // (A 序号 before a row's first cell, where the sheet numbers its rows: no column of the header's.)
    if (section === "indicators" && scoredWidth > 0 && pointsJoin && current.length === 0 && SEQ.test(text.trim()) && (ruledSeq === 0 || Number(text.trim()) === ruledSeq)) {
      ruledSeq = Number(text.trim()) + 1;
      ruledRowNumbered = true;
      return;
    }
    // (A name's points cut into a cell of their own, `投 入` / `(15分)`, go back to the name.)
    if (section === "indicators" && scoredWidth > 0 && pointsJoin && !blank && joinsPointsToName(current, text)) {
      current[current.length - 1] = { ...current.at(-1)!, text: `${current.at(-1)!.text}${text.trim()}` };
      return;
    }
    if (section === "indicators" && scoredWidth > 0 && !blank) {
      current.push(cell);
      counted++;
      if (endsScoredRow(current)) {
        // Padded on the left with the merged cells the row omits, so its cells keep their columns.
        const pad = Math.max(0, scoredWidth - current.length);
        current = [...Array.from({ length: pad }, () => ({ text: "", source: cell.source })), ...current];
        // A row of a numbered sheet without its own 序号 is a second line of the item above (its 序号
        // and names merged): its 三级 name is that item's.
        if (pointsJoin) {
          if (ruledSeq > 0 && !ruledRowNumbered && current[2]?.text.trim() === "" && ruledLevel3 !== null) current[2] = { ...current[2], text: ruledLevel3 };
          ruledLevel3 = current[2]?.text.trim() ? current[2].text : ruledLevel3;
          ruledRowNumbered = false;
        }
        flush();
      }
      return;
    }
    const levelKind = kind === "level1" || kind === "level2" || kind === "level12";
    if (section === "header" && !formSeen && !blank && (levelKind || vocab.has(key))) {
      if (rowEndsMarked) headlessMarked = true;
      else {
        headless = true;
        flush();
      }
    }
    // Rows whose ends the text marks, read with no header (headlessMarked), where a mark is missing
    // after a row (its last cell an empty 偏差原因): the next numbered 三级 name (指标2:) opens a row
    // of its own, as under a header, when the row being read holds one already.
    if (headlessMarked && section === "header" && numberedStarts && !blank && NUMBERED_NAME.test(text.trim()) && current.some((c) => NUMBERED_NAME.test(c.text.trim()))) flush();
    // A 一级 or 二级 name among the funds' cells: the indicator table begins there with its header not
    // printed (a preview that skipped it). Its rows end after their 分值 and 得分, as an excerpt's that
    // starts mid-table do; counted into the fund row, they had run on to the table's end.
    if (section === "funds" && !rowEndsMarked && levelKind) {
      headless = true;
      flush();
    }
    if (section === "indicators" || headless || (section === "goals" && levelKind)) {
      section = "indicators";
      // 预算执行率 is a row's name where a form scores it beside the 一级 names; after a 二级 name
      // in the same row it is that row's 三级 name, a cell like any other.
      const afterLevel2 = current.some((c) => { const k = classify(c.text).kind; return k === "level2" || k === "level12"; });
      // A scoring sheet's names carry their points (规划 (15分), 基础信息 (3分)): names the template does not know.
      const isLevel = levelKind || (kind === "budgetExec" && !afterLevel2) || (!blank && vocab.has(key)) || (!blank && isNameWithPoints(text));
      // Rows numbered under a header that names their levels: a row runs from its 序号 to the next
      // (its merged cells on the left left out, as a web page's export of a table leaves them; a
      // count of cells would carry each omission to the table's end).
      // (Rows numbered from 1, a name after the number, under a header that names no 序号: numbered rows too.)
      if (unnumberedWidths !== null && nextSeq === 0 && counted === 0 && current.length === 0 && text.trim() === "1" && next !== undefined && next.text.trim() !== "" && !isFigure(next)) {
        numberedWidths = unnumberedWidths;
        nextSeq = 1;
      }
      unnumberedWidths = null;
      const numbered = numberedWidths !== null && !rowEndsMarked && scoredWidth === 0 && !headless && !numberedStarts;
      const allBlank = current.every((c) => c.text.trim() === "");
      if (nextSeq > 0 && text.trim() === String(nextSeq) && ((counted === 0 || numbered) && allBlank || (numbered && numberedRowOpen && opensNumberedRow(numberedContinuation ? numberedWidths!.values : current.length - 1, figureCount(current), next, numberedWidths!)))) {
        // The row's 序号 opens it, before its merged 一级/二级 names.
        flush();
        current.push(cell);
        nextSeq++;
        numberedRowOpen = numbered;
        return;
      }
      if (numberedRowOpen && continuesNumberedRow(at)) {
        // A second line under the same 序号 (its number and names merged): a row of its own, its
        // 序号's place kept blank.
        flush();
        current.push({ text: "", source: cell.source }, cell);
        counted = 1;
        numberedRowOpen = true;
        numberedContinuation = true;
        return;
      }
      if (numberedRowOpen) {
        current.push(cell);
        counted++;
        // (A row as wide as the header is whole: what follows, the table's end, is no part of it.)
        if (current.length - 1 >= numberedWidths!.full) flush();
        return;
      }
      // Empty cells or a piece of the table's vertical label (`指标` of 年度绩效指标, printed beside a
      // middle row) before a row's first cell: the merged cells on its left, where a table copied out
      // one cell a paragraph prints them as empty paragraphs (as many or fewer: a run of empty lines
      // tells no count). No cell of the row's where the row's 分值 and 得分 stand in their columns
      // without them and not with them; an empty 三级 name is counted as before.
      const padding = !rowEndsMarked && !headless && nextSeq === 0 && scoredWidth === 0 && !isLevel;
      // (After the row's 分值 and 得分, where its empty 偏差原因 was left out, the label's piece stands
      // in its place: the row has ended.)
      const figuresRead = figureColumns.length > 0 && counted > Math.max(...figureColumns);
      if (padding && !blank && isLabelFragment(text) && current.length > 0 && (figuresRead || (endsWithDeviation && counted === indWidth - 1))) {
        flush();
        return;
      }
      const rowStart = counted === 0 && current.every((c) => isLabelFragment(c.text));
      if (padding && rowStart && ((!blank && isLabelFragment(text)) || (blank && isRowPadding(at)))) return;
      if (isLevel) {
        // (A row of numbers before the names — a subtotal, or a layout dump's 分值 and 得分 printed
        // above their row — is a row of its own: counting it into the next row cut that row short
        // by as many cells; the layout-ordered reader puts displaced cells back before this.)
        // A 二级 name (or one that may be either level) after a 二级 name: the first is a row of its
        // own whose other cells were empty.
        const secondLevel2 = (kind === "level2" || kind === "level12") && current.some((c) => classify(c.text).kind === "level2");
        // Text before a group name, under a header that gives it one column (the 一级 before a 二级
        // name), is one cell broken at its line wraps (`部门预` / `算管理` / `80分)`) when every line
        // goes on with the one above it: joined, it is the row's 一级.
        const wrapped = counted > 0 && counted === current.length && !secondLevel2 && headerHasLevel1 ? joinWrapped(current) : null;
        if (wrapped) {
          current = [wrapped];
          counted = 0;
          current.push(cell);
          return;
        }
        if (counted > 0 || secondLevel2) flush();
        if (current.length > 0 && labelRole(current[0]!.text)?.role === "indicatorsLabel") flush();
        current.push(cell);
        return;
      }
      if (current.length > 0 && counted === 0 && labelRole(current[0]!.text) !== null && labelRole(current[0]!.text)?.role !== "indicatorsLabel") flush();
      // (Numbered names start rows with no header too: a form that prints 分值 and no 得分 ends its rows on one number.)
      if (headless && numberedStarts && NUMBERED_NAME.test(text.trim())) {
        if (counted > 0) flush();
        current.push(cell);
        counted++;
        return;
      }
      if (headless) {
        const endsScored = current.length >= 2 && current.slice(-2).every((c) => classify(c.text).kind === "number");
        if (endsScored && kind !== "number") {
          // The blank after 得分 is the row's empty 偏差原因; text there starts the next row.
          if (blank) current.push(cell);
          flush();
          if (!blank) current.push(cell);
          return;
        }
        current.push(cell);
        counted++;
        return;
      }
      if (numberedStarts && NUMBERED_NAME.test(text.trim())) {
        if (counted > 0) flush();
        current.push(cell);
        counted++;
        return;
      }
      // The last column, 偏差原因, left out where it was empty (a converter dropping empty cells):
      // text in its place followed by a target's value is the next row's 三级 name, not a reason.
      if (endsWithDeviation && counted === indWidth - 1 && !blank && kind !== "number" && next !== undefined && TARGET_START.test(next.text.trim())) flush();
      current.push(cell);
      counted++;
      if (counted >= indWidth && !numberedStarts) flush();
      return;
    }
    current.push(cell);
  }

  /**
   * Does cells[at] open a second line of the numbered row being read, its 序号 and names merged
   * (财政奖补资金实行专账核算 | 1 | 1 under 7 | 账务管理 | 群众自筹… | 2 | 2)? A text after the row's
   * figures, followed up to the next 序号 (or a label: the table's end) by figures and blanks alone,
   * as many figures as follow the row's own last text: the row's tail printed again. (A row's
   * 偏差原因 after its 得分 is followed by the next 序号; a target in words, `已完成` after `100`, by
   * more figures than the row held before it.)
   */
  function continuesNumberedRow(at: number): boolean {
    const cell = cells[at]!;
    if (cell.text.trim() === "" || isFigure(cell)) return false;
    const lastText = current.findLastIndex((c) => c.text.trim() !== "" && !isFigure(c));
    if (lastText < 1) return false;
    const tailFigures = current.slice(lastText + 1).filter(isFigure).length;
    if (tailFigures === 0) return false;
    let figures = 0;
    for (let j = at + 1; j < cells.length; j++) {
      const c = cells[j]!;
      const t = c.text.trim();
      if (t === String(nextSeq) && figures > 0 && opensNumberedRow(numberedWidths!.values, figures, cells[j + 1], numberedWidths!)) break;
      if (t !== "" && labelRole(c.text) !== null) break;
      if (t !== "" && !isFigure(c)) return false;
      if (t !== "") figures++;
      if (figures > tailFigures) return false;
    }
    return figures === tailFigures;
  }

  /**
   * 年度主要任务 (department forms): its label and column names (任务名称, 主要内容, 预算金额, 总额,
   * 财政拨款, 其他资金) make one header row, then each task is as many cells as the header named
   * columns, blanks included. A label of another part of the form ends the table.
   */
  function segmentTaskCell(cell: Cell, blank: boolean, key: string, role: ReturnType<typeof labelRole>, at: number): boolean {
    const col = blank ? null : taskColumn(cell.text);
    // 年度主要任务 among the tasks' rows, under a header that named their columns, is the table's
    // vertical label printed beside a middle row (a merged cell's text centred): that row's first cell,
    // not another table (read as the form's own label by readTaskRow).
    const labelBesideRow = key === TASK_LABEL && section === "tasks" && headerRow !== "task" && taskNames.size > 1;
    if (!blank && !labelBesideRow && (key === TASK_LABEL || (section !== "tasks" && col === "name"))) {
      if (!(current.length === 1 && labelKey(current[0]!.text) === TASK_LABEL)) flush();
      current.push(cell);
      section = "tasks";
      headerRow = "task";
      taskNames = new Set(col ? [col] : []);
      return true;
    }
    if (section !== "tasks") return false;
    if (headerRow === "task") {
      if (col !== null) {
        current.push(cell);
        taskNames.add(col);
        return true;
      }
      // A header of two rows copied out a cell a paragraph (年度主要任务 | 任务名称 | 主要内容 | … | 预算金额
      // over 总额 | 财政拨款 | 其他资金, its merged cells empty paragraphs): the empty cells before a
      // column name are the header's, not a task's.
      if (blank && taskColumnNext(at)) {
        current.push(cell);
        return true;
      }
      flush();
    }
    if (!blank && role !== null && role.role !== "fundRow") {
      section = "header";
      return false;
    }
    // A text after the row's amounts opens the next task: a task whose cells the text left empty
    // (a merged cell's padding printed as empty cells, or an amount left out) is not as many cells
    // as the header named columns.
    if (!blank && !isAmountCell(cell.text) && current.some((c) => c.text.trim() !== "" && isAmountCell(c.text))) flush();
    // (An empty cell's place among a task's tells nothing: a merged cell's padding stands where an
    // amount left empty would. The task's cells are placed by what they hold.)
    if (blank) return true;
    current.push(cell);
    if (labelBesideRow) return true;
    counted++;
    if (counted >= Math.max(1, taskNames.size)) flush();
    return true;
  }

  /**
   * Are the empty cells (or a vertical label's piece) from cells[at] the merged cells before a row?
   * So where the row read from a later cell, up to the next cell with text, puts figures in the
   * header's 分值 and 得分 columns and the row read from cells[at] does not.
   */
  function isRowPadding(at: number): boolean {
    if (figureColumns.length === 0) return false;
    let first = at;
    while (first < cells.length && (cells[first]!.text.trim() === "" || isLabelFragment(cells[first]!.text))) first++;
    // (Points bare: an amount with its unit, 473.5元, is an actual value.)
    const figuresFrom = (start: number) => figureColumns.every((k) => cells[start + k] !== undefined && BARE_POINTS.test(cells[start + k]!.text.trim()));
    if (first >= cells.length || figuresFrom(at)) return false;
    // (Of several, those before the row's figures fit are padding: an empty cell left after them is
    // the row's empty 三级 name.)
    for (let start = at + 1; start <= first; start++) if (figuresFrom(start)) return true;
    return false;
  }

  /** Is the next cell with text after cells[at] a column name of 年度主要任务? */
  function taskColumnNext(at: number): boolean {
    const next = cells.slice(at + 1).find((c) => c.text.trim() !== "");
    return next !== undefined && taskColumn(next.text) !== null;
  }
}

const TASK_LABEL = "年度主要任务";
const LEVEL_COLUMNS = new Set(["level1", "level2", "level3"]);

/** How a target's value starts: a comparison or a number (≥90%, =100, 1290.3平方米, 10), not an item's number (1、…). */
/** A target with its comparison sign before its figure (`≥90%`, `<= 5天`). */
const COMPARED_TARGET = /^(?:[≥≤＞＜≧≦⩽⩾]|[<>]=?)\s*[0-9０-９]/;
const TARGET_START = /^(?:[≥≤=<>＞＜≧≦]|[0-9０-９]+(?:[.．][0-9０-９]+)?(?![0-9０-９]|[、.．)）]))/;

/**
 * How many named heads follow a numbered indicator header's last level column and its 序号: null
 * where it names no 序号 before its levels.
 */
function numberedRowWidths(header: readonly Cell[], namesSeq = true): NumberedWidths | null {
  const named = header.filter((c) => c.text.trim() !== "");
  // (A header that names no 序号, its rows numbered all the same: the number stands before the first head.)
  const seq = namesSeq ? named.findIndex((c) => columnRoles(c.text).indicator === "seq") : -1;
  if (!namesSeq) return named.some((c) => LEVEL_COLUMNS.has(columnRoles(c.text).indicator ?? "")) ? widthsAfter(named, -1) : null;
  const lastLevel = named.findLastIndex((c) => LEVEL_COLUMNS.has(columnRoles(c.text).indicator ?? ""));
  if (seq < 0 || lastLevel <= seq) return null;
  return widthsAfter(named, seq);
}

/** The widths of a numbered header's heads (`named`) whose 序号 stands at `seq` (-1: before them all). */
function widthsAfter(named: readonly Cell[], seq: number): NumberedWidths {
  const lastLevel = named.findLastIndex((c) => LEVEL_COLUMNS.has(columnRoles(c.text).indicator ?? ""));
  const figures = named.slice(lastLevel + 1).filter((c) => FIGURE_COLUMNS.has(columnRoles(c.text).indicator ?? "")).length;
  return { values: named.length - 1 - lastLevel, full: named.length - 1 - seq, figures };
}

/**
 * A numbered indicator header's widths: the named heads after its last level column (`values`) and
 * after its 序号 (`full`), and how many of the former hold a figure (`figures`: 分值, 得分).
 */
interface NumberedWidths {
  values: number;
  full: number;
  figures: number;
}
/** The columns whose cells are a figure in every row, or empty. */
const FIGURE_COLUMNS = new Set(["weight", "score"]);

/** How many of a row's cells after its first are figures or blanks: where its 分值 and 得分 stand. */
function figureCount(row: readonly Cell[]): number {
  return row.slice(1).filter((c) => c.text.trim() === "" || isFigure(c)).length;
}

/**
 * Does the next row's 序号 stand here, in a row opened by its own and holding `cellsAfterNumber`
 * cells after it, `figures` of them figures or blanks? Not before the row holds as many cells as the
 * heads after its levels (a row's merged names may be left out, its values not) and as many figures
 * as the header names 分值 and 得分 columns (a 分值 that equals the next number, the 得分 after it
 * and its empty cell dropped by the export), nor where a figure or a blank follows
 * (a score that equals the next number is followed by the row's next value; a 序号 by a name or text).
 */
function opensNumberedRow(cellsAfterNumber: number, figures: number, next: Cell | undefined, widths: NumberedWidths): boolean {
  if (cellsAfterNumber < widths.values || figures < widths.figures || next === undefined || next.text.trim() === "") return false;
  const k = classify(next.text).kind;
  return k !== "number" && k !== "percent";
}

/** A scoring sheet's columns (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分), in the template's spellings. */
const SCORED_HEADER = (["level1", "weight", "level2", "weight", "level3", "weight", "score"] as const).map((key) => indicatorColumns.find((c) => c.key === key)!.exact[0]!);


/**
 * The scoring sheets a text may start inside, their header cut off, in the order they are tried:
 * each group's name before its points, then the 三级 name, its 分值 and 得分 (项目决策 | 20 | 项目目标 |
 * 4 | 目标内容 | 4 | 4); a rule before each 分值 and 得分, the groups' names with their points
 * (ruled-score-rows.ts); each 分值 after its name and the 得分 last (ruled-score-rows.ts).
 */
const HEADERLESS_SHEETS: ReadonlyArray<{
  kind: "scored" | "ruled" | "weight-first";
  opens: (cells: readonly Cell[], at: number) => boolean;
  header: readonly string[];
}> = [
  { kind: "scored", opens: (cells, at) => opensScoredRows(cells, at), header: SCORED_HEADER },
  { kind: "ruled", opens: opensRuledScoredRows, header: RULED_SCORED_HEADER },
  { kind: "weight-first", opens: opensWeightFirstRows, header: WEIGHT_FIRST_HEADER },
];

/**
 * Do the cells from `at` open a scoring sheet's rows: a name and its points, a name and its points,
 * a name, its 分值 and 得分, then the next row's name and a figure (blanks aside)? The points as a
 * scoring sheet's are: the 一级's no more than 100, each part no more than its group's, the 得分 no
 * more than its 分值.
 */
function opensScoredRows(cells: readonly Cell[], at: number): boolean {
  const want = "TNTNTNNTN";
  const points: number[] = [];
  let k = 0;
  for (let i = at; i < cells.length && k < want.length; i++) {
    const c = cells[i]!;
    if (c.text.trim() === "") continue;
    const figure = classify(c.text).kind === "number";
    if (want[k] === "N" ? !figure : figure || isFigure(c) || [...c.text.trim()].length > MAX_SCORED_NAME) return false;
    if (want[k] === "N" && k < 7) points.push(Number(c.text.trim()));
    k++;
  }
  if (k < want.length) return false;
  const [level1, level2, weight, score] = points as [number, number, number, number];
  return level1 <= 100 && level2 <= level1 && weight <= level2 && score <= weight;
}
/** Longest name of a scoring sheet's group or item (a sentence is a rule, not a name). */
const MAX_SCORED_NAME = 16;

/** A figure alone: a number or a percent. */
function isFigure(cell: Cell): boolean {
  const k = classify(cell.text).kind;
  return k === "number" || k === "percent";
}

/** An amount or a rate, as a fund row's cells hold them (829.3万, 0, 100%). */
function isAmountCell(text: string): boolean {
  const k = classify(text).kind;
  return k === "number" || k === "percent" || (k === "quantity" && /^[0-9.,]+万?元?$/.test(text.trim()));
}

/**
 * Is the row being read funds column names alone (an empty cell among them), with a further one
 * after the funds label that follows them? Then the label is the header row's own, printed late.
 */
function headsBeforeFundsLabel(headerRow: "fund" | "indicator" | "task" | null, current: readonly Cell[], next: Cell | undefined): boolean {
  if (headerRow !== "fund" || next === undefined || columnRoles(next.text).fund === null) return false;
  const named = current.filter((c) => c.text.trim() !== "");
  return named.length > 0 && named.every((c) => columnRoles(c.text).fund !== null && labelRole(c.text) === null);
}

/**
 * Does an empty cell stand between each two of the header's funds heads (`年初预算数 | | 全年预算数 |
 * | 全年执行数`)? One cell a line, an empty line after each line: the empty cells are the page's
 * separators, and the rows under the header hold them between their figures alike.
 */
function blanksBetweenHeads(header: readonly Cell[]): boolean {
  const at = header.flatMap((c, i) => (columnRoles(c.text).fund !== null ? [i] : []));
  if (at.length < 3) return false;
  return at.every((p, k) => k === 0 || (p - at[k - 1]! === 2 && header[p - 1]!.text.trim() === ""));
}

/** A row of the funds table starts at a fund row's label or at 合计. */
function isFundRowStart(cell: Cell): boolean {
  const role = labelRole(cell.text)?.role;
  return role === "fundRow" || role === "total";
}

/** An indicator header naming 分值 right after 一级 or 二级 as well as after 三级: a scoring sheet. */
function isScoringSheet(header: readonly Cell[]): boolean {
  const cols = header.map((c) => columnRoles(c.text).indicator).filter((c) => c !== null);
  let groupWeights = 0;
  for (let i = 1; i < cols.length; i++) if (cols[i] === "weight" && (cols[i - 1] === "level1" || cols[i - 1] === "level2")) groupWeights++;
  return groupWeights > 0 && cols.includes("level3");
}

/** A scoring sheet's row ends with a name, its 分值 and its 得分. */
function endsScoredRow(cells: readonly Cell[]): boolean {
  if (cells.length < 3) return false;
  const [a, b, c] = cells.slice(-3).map((x) => classify(x.text).kind);
  return a !== "number" && a !== "blank" && b === "number" && c === "number";
}

/**
 * The columns a two-row header's first row names that its second row does not divide: 实际完成值,
 * 分值, 得分 beside a 年度指标值 whose 指标性质 / 指标值 / 度量单位 the second row names.
 */
function upperOnlyColumns(upper: readonly Cell[] | null, lower: readonly Cell[]): number {
  if (upper === null) return 0;
  const below = new Set(lower.map((c) => columnRoles(c.text).indicator));
  return upper.filter((c) => {
    const col = columnRoles(c.text).indicator;
    return col !== null && col !== "level1" && col !== "level2" && !below.has(col);
  }).length;
}

/** A 分值 or 得分 as printed: a bare number. */
const BARE_POINTS = /^[0-9０-９]+(?:[.．][0-9０-９]+)?$/;

/** Where an indicator header's 分值 and 得分 stand among the columns a row's cells are counted in. */
function figureColumnsOf(header: readonly Cell[]): number[] {
  const counted = header.map((c) => columnRoles(c.text).indicator).filter((col) => col !== null && col !== "level1" && col !== "level2" && col !== "seq");
  return counted.flatMap((col, k) => (FIGURE_COLUMNS.has(col!) ? [k] : []));
}

/** The value columns a head of the upper row may span, which the lower row names again (指标值 → 年度指标值, 实际完成值). */
const SPANNED_VALUE_COLUMNS: ReadonlySet<string> = new Set(["target", "actual"]);

/**
 * The upper row of an indicator header whose lower row splits one of its heads, when the column
 * name `col` opens that lower row: the header's names read so far (`running`), when `col` names
 * again a value column they name; or the row just ended (`before`, where no row is open), when it
 * is a header of names only and `col` one of the value columns. The upper row names the 三级
 * column (a whole header, not the first part of one cut into rows). Null otherwise.
 */
function splitHeadsAbove(running: Cell[] | null, before: Row | undefined, nothingOpen: boolean, col: string | null): Cell[] | null {
  if (col === null || !SPANNED_VALUE_COLUMNS.has(col)) return null;
  const roles = (cells: readonly Cell[]) => cells.filter((c) => hasText(c.text)).map((c) => columnRoles(c.text).indicator);
  if (running !== null) {
    const named = roles(running);
    return named.includes("level3") && named.includes(col as never) ? running : null;
  }
  if (!nothingOpen || before === undefined) return null;
  const named = roles(before.cells);
  return named.length >= 3 && named.includes("level3") && named.every((r) => r !== null) ? [...before.cells] : null;
}

/**
 * The row just ended when it is the upper row of an indicator header that names the value columns
 * and no level (年度指标值 | 实际完成值 | 分值 | 得分 …, a 绩效指标 spanning the levels beside them),
 * two of them at least; null otherwise.
 */
function valueHeadsAbove(before: Row | undefined): Cell[] | null {
  if (before === undefined) return null;
  const named = before.cells.filter((c) => hasText(c.text)).map((c) => columnRoles(c.text).indicator);
  const values = named.filter((r) => r !== null && !LEVEL_COLUMNS.has(r) && r !== "seq");
  return values.length >= 2 && values.includes("target") && !named.some((r) => r !== null && LEVEL_COLUMNS.has(r)) ? [...before.cells] : null;
}

function countIndicatorWidth(header: Cell[]): number {
  return header.filter((c) => {
    const col = columnRoles(c.text).indicator;
    return col !== null && col !== "level1" && col !== "level2" && col !== "seq";
  }).length;
}

/** A name that carries its points, as a scoring sheet prints its 一级 and 二级 names: 规划 (15分), 基础信息（3分）. */
function isNameWithPoints(text: string): boolean {
  return GROUP_POINTS_END.test(text) && classify(text).levelLike === true;
}
// (In any bracket a template prints them in: 规划(15分), 规划【15分】, 规划[15分].)
const GROUP_POINTS_END = /(?:[(（【[]\s*\d+(?:\.\d+)?\s*分\s*[)）】\]]|(?<=[\u4e00-\u9fff]\s*)\d+(?:\.\d+)?分)\s*$/;

/** Most lines a name printed down a column spreads over (`绩` / `效` / `指` / `标`). */
const MAX_NAME_PIECES = 8;

/**
 * One cell per line breaks long names across lines (`经济效益` / `指标`, or one character a line
 * for a vertical label): join them back when together they make a label of the template.
 */
function joinBrokenNames(cells: readonly Cell[]): Cell[] {
  const out: Cell[] = [];
  for (let i = 0; i < cells.length; i++) {
    const a = cells[i]!;
    if ([...a.text.trim()].length === 1) {
      let text = a.text.trim();
      let found = 0;
      for (let k = 1; k < MAX_NAME_PIECES && i + k < cells.length && [...cells[i + k]!.text.trim()].length === 1; k++) {
        text += cells[i + k]!.text.trim();
        if (labelRole(text) !== null || vocab.has(labelKey(text))) found = k;
      }
      if (found) {
        out.push({ ...a, text: cells.slice(i, i + found + 1).map((c) => c.text.trim()).join("") });
        i += found;
        continue;
      }
    }
    const b = cells[i + 1];
    if (b && a.text.trim() !== "" && b.text.trim() !== "") {
      const joined = labelKey(a.text + b.text);
      // (社会效益 is a name of its own, but 社会效益 / 指标 is one name broken in two.)
      // (一级 is a spelling of the 一级指标 column, but 一级 / 指标 is that column's name broken in two.)
      // (自评 heads the score's column, but 自评 / 得分 is its spelling 自评得分 broken in two: two heads of one column side by side are one head.)
      const headOfA = columnRoles(a.text).indicator;
      const sameColumn = headOfA !== null && columnRoles(a.text + b.text).indicator === headOfA && (labelKey(b.text) === "指标" || columnRoles(b.text).indicator === headOfA);
      if (sameColumn || ((!vocab.has(labelKey(a.text)) || labelKey(b.text) === "指标") && (vocab.has(joined) || labelRole(a.text + b.text) !== null || columnRoles(a.text + b.text).indicator !== null) && labelRole(a.text) === null && columnRoles(a.text).indicator === null)) {
        out.push({ ...a, text: a.text + b.text });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/**
 * A whole cell naming the execution rate's points (执行率权重, 执行率得分: Chongqing's department form
 * prints them as heads of their own beside 执行率, template fundRatePointColumns): one cell a line,
 * the funds' head row goes on over them to the first fund row, and the rows are as wide. Asked only
 * inside a funds head row (they are no column name of their own anywhere else).
 */
function ratePointHead(text: string): FundColumn | null {
  return matchSpelling(labelKey(text), fundRatePointColumns);
}

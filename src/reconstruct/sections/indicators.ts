import type { Cell, Row } from "../../layout/grid.js";
import { notePlaces } from "../headerless-columns.js";
import { labelKey } from "../../template/labels.js";
import { bareLevel1Names, level1Names, level2Children, level2Names, NUMBERED_NAME_WORD, totalLabels, type IndicatorColumn } from "../../template/project.js";
import type { ColumnSpec } from "../align.js";
import { classify, groupName, hasText, isBlankText, isLevelKind, LOST_LEVEL1_NAME, LOST_LEVEL1_NAME_BARE, UNITS } from "../classify.js";
import { joinValues, type RawIndicator, type RawValue } from "../raw-form.js";
import { level1ForRowsAbove } from "../level1-after-rows.js";
import { columnSpec, HEADERLESS_INDICATOR_LAYOUTS, INDICATOR_TYPES, specs, truncate, type ReaderState } from "../reader-state.js";
import { isPlaceholder, isTitle, otherFormName } from "../row-classifier.js";
import type { RowView } from "../row-prepare.js";
import { columnRoles, isLabelFragment, labelRole, rawOf, toRaw } from "../row-view.js";
import { headerlessIndicatorPlausibility, indicatorPlausibility } from "../run-together.js";
import { unscrambledLevel1 } from "../scrambled-name.js";
import { toSimplified } from "../../normalise/script.js";
import { scoringRuleWords } from "../../template/scoring-rules.js";
import { zeroCompletionAfterTarget } from "../zero-completion.js";
import { comparatorQualifiesCompletion, comparatorQualifiesNextFigure, comparedValueIsTarget } from "../compared-target.js";
import { bareCompletionAfterUnit, bareCompletionBesideTarget } from "../bare-completion.js";
import { cutIndicatorsLabel, trailingTableLabel } from "../vertical-label-prefix.js";
import { rowEndsInWrappedName } from "../wrapped-row.js";
import { shortLevel2BeforeName, shortLevel2InNames } from "../short-level2.js";
import { bareLevel2Opening, currentGroup } from "../bare-level2-opening.js";
import { cutLevel1Candidates, isCutLevel1 } from "../cut-level1.js";
import { valuesBeforeRule } from "../values-before-rule.js";
import { isReportProseLine } from "../prose-after-table.js";
import { nameThenSentences, rowEndsOnRule } from "../rule-ended-row.js";
import { splitHeadColumns } from "../sub-header.js";
import { namesUnsettled } from "../run-together-scoring-sheet.js";
import { sortSplitTargetCells } from "../split-target-cells.js";
import { rowsBefore, unlikeRowsBeforeCost } from "../completionless-rows.js";
import { unknownLevel1Opening } from "../unknown-level1-opening.js";

/**
 * A header whose every cell is named and names only the three levels then 分值 and 得分 (一级 | 二级 |
 * 三级 | 指标分值 | 评价得分, an evaluation report's score table): each item is scored, no target is
 * printed. (A header whose target heads broke over two lines keeps their unnamed pieces: not this.)
 */
function namesThenPoints(v: RowView): boolean {
  const roles = v.cells.map((c) => columnRoles(c.text).indicator);
  return roles.join(" ") === "level1 level2 level3 weight score";
}

/** The indicator table's column names fix its columns until the next header. */
export function readIndicatorHeader(st: ReaderState, v: RowView): void {
  st.ensureForm(v.cells[0]!);
  const columns: ColumnSpec<IndicatorColumn>[] = [];
  // 一级指标 | 得分 | 二级指标 | 得分 | 三级指标 | 得分 | 评价标准 | 指标说明 | 得分: only the last 得分 is
  // scored; one right after a level's name holds that level's points, as 分值 does.
  const lastScore = v.cells.findLastIndex((c) => columnRoles(c.text).indicator === "score");
  v.cells.forEach((c, i) => {
    let col = columnRoles(c.text).indicator;
    const prev = columns.at(-1)?.name;
    if (col === "score" && i < lastScore && (prev === "level1" || prev === "level2" || prev === "level3")) col = "weight";
    // 分值 right after a 一级 or 二级 column: that group's points (a scoring sheet).
    if (col === "weight" && prev === "level1") col = "level1Weight";
    else if (col === "weight" && prev === "level2") col = "level2Weight";
    if (!col || columns.some((x) => x.name === col)) return;
    columns.push(columnSpec(col, INDICATOR_TYPES[col], col === "deviation" && hasMethodColumn(v) ? DEVIATION_SKIP_BESIDE_METHOD : undefined, c.col));
  });
  // A 一级/二级 column with its points after it takes names of the unit's own (项目决策 | 20) in
  // text run together, where nothing else parts a name from the 三级 name after it.
  if (v.row.boundaries === "none") columns.forEach((c, i) => {
    const next = columns[i + 1]?.name;
    if ((c.name === "level1" && next === "level1Weight") || (c.name === "level2" && next === "level2Weight")) c.pointsAfter = true;
  });
  const printedLast = columns.at(-1)?.name;
  // Merged 一级/二级 columns are sometimes left unnamed; the template always has them.
  if (!columns.some((c) => c.name === "level1")) columns.unshift({ name: "level1", type: "level1" });
  if (!columns.some((c) => c.name === "level2")) columns.splice(1, 0, { name: "level2", type: "level2" });
  // 年度指标值 and 实际完成值 split over two lines (`年度` / `指标值`) leave the header without them;
  // the template always has them, after 三级指标 (and 指标性质). A scoring sheet (指标解释 beside
  // 评分标准, department forms) has neither: its rows are scored by a rule, not against a target.
  // Nor has one that prints 分值 beside its 一级 and 二级 names: each 三级 item is scored.
  // (A header of two rows whose first row named the scoring columns, 指标分值 | 指标解释 | 计分标准
  // over a second of 一级 | 二级 | 三级, is a scoring sheet too.)
  // Nor one whose 评分标准 stands right after the 三级 name, where a project form prints its target
  // (一级 | 二级 | 三级 | 评分标准 | 分值 | 自评得分 | 扣分原因: a Hunan 评分表).
  const upperRow = st.lastRowWasIndicatorHeader ? st.indCols : [];
  const ruleAfterName = columns[columns.findIndex((c) => c.name === "level3") + 1]?.name === "method" && columns.some((c) => c.name === "level3");
  const scoringSheet = ruleAfterName || namesThenPoints(v) || [...columns, ...upperRow].some((c) => c.name === "note" || c.name === "level1Weight" || c.name === "level2Weight");
  if (!scoringSheet && !columns.some((c) => c.name === "target")) {
    columns.splice(indexOfFirst(columns, ["nature", "level3"]) + 1, 0, { name: "target", type: "value" });
  }
  if (!scoringSheet && !columns.some((c) => c.name === "actual")) {
    columns.splice(indexOfFirst(columns, ["unit", "target"]) + 1, 0, { name: "actual", type: "value" });
  }
  // A header that stops at the target's columns (`一级指标 | … | 指标性质 | 指标值 | 度量单位`), with
  // no line of heads above it, is the second line of a header of two whose first line the excerpt
  // cut away: the rows go on past it in the template's order (完成值, 分值, 得分, 偏差原因).
  // So does one that stops at the 三级 name (`一级指标 | 二级指标 | 三级指标`): a copy of a PDF's
  // drawing order prints the heads of the narrow columns after it, among the first row's cells.
  if (!scoringSheet && !st.lastRowWasIndicatorHeader && (endsAtTarget(columns) || printedLast === "level3")) {
    // (Each where the row's next cell stands, the 实际完成值 inserted above too.)
    let hint = Math.max(-1, ...columns.map((c) => c.hint ?? -1));
    for (const name of CUT_HEADER_REST) {
      const had = columns.find((c) => c.name === name);
      if (had && had.hint === undefined && hint >= 0) had.hint = ++hint;
      else if (!had) columns.push(columnSpec(name, INDICATOR_TYPES[name], undefined, hint >= 0 ? ++hint : undefined));
    }
  }
  // A header of two lines (`年度指标值` over `指标性质 | 指标值 | 度量单位`): the second names the
  // columns it splits, the first those after them.
  if (st.lastRowWasIndicatorHeader) {
    // (Without their printed positions: the first line's merged cells span several of the second's.)
    for (const c of st.indCols) if (!columns.some((x) => x.name === c.name) && !isInsertedDefault(c)) columns.push({ name: c.name, type: c.type });
  }
  st.indCols = columns;
  st.indColsFromHeader = true;
  // (A header of two lines may name them on its first: kept from there.)
  const named = v.cells.map((c) => columnRoles(c.text).indicator);
  const target = named.indexOf("target");
  st.targetNamedFirst = (target >= 0 && named.indexOf("actual") > target) || (st.lastRowWasIndicatorHeader && st.targetNamedFirst);
}

/**
 * The lower row of a header on two rows, naming the columns a head above spans (sub-header.ts):
 * the header's columns split there. Where no column above is split, the row is no part of the
 * table: kept as unplaced text.
 */
export function readSplitHeads(st: ReaderState, v: RowView): void {
  const columns = splitHeadColumns(st.indCols, v);
  if (!columns) return st.unplaced(v.cells, v.sep);
  st.indCols = columns;
  const named = columns.map((c) => c.name);
  st.targetNamedFirst = named.includes("target") && named.indexOf("actual") > named.indexOf("target");
}

/**
 * Beside a 评分标准 column, 偏差原因 is the one left blank (a target met needs no reason): one
 * trailing text goes to the method, at a slightly cheaper skip of the deviation than of a text column.
 */
const DEVIATION_SKIP_BESIDE_METHOD = 0.2;

function hasMethodColumn(v: RowView): boolean {
  return v.cells.some((c) => columnRoles(c.text).indicator === "method");
}

/** Where the first of these columns (in the order asked) is, or -1. */
function indexOfFirst(columns: ColumnSpec<IndicatorColumn>[], names: IndicatorColumn[]): number {
  for (const n of names) {
    const i = columns.findIndex((c) => c.name === n);
    if (i >= 0) return i;
  }
  return -1;
}

/** The template's columns after the target, in order: what a header cut after its target leaves unnamed. */
const CUT_HEADER_REST: readonly IndicatorColumn[] = ["actual", "weight", "score", "deviation"];
/** The columns a header's printed names may end on when it stops at the target (指标性质 | 指标值 | 度量单位). */
const TARGET_COLUMNS: ReadonlySet<IndicatorColumn> = new Set(["nature", "target", "unit"]);

/**
 * Does the header name no column after the target's (no 完成值, 分值, 得分, 偏差原因 …), its last
 * printed name one of the target's? (The 实际完成值 the template always has was inserted unnamed.)
 */
function endsAtTarget(columns: readonly ColumnSpec<IndicatorColumn>[]): boolean {
  const named = columns.filter((c) => c.hint !== undefined);
  const last = named.at(-1);
  return last !== undefined && TARGET_COLUMNS.has(last.name) && named.some((c) => c.name === "level3");
}

function isInsertedDefault(c: ColumnSpec<IndicatorColumn>): boolean {
  return c.hint === undefined && (c.name === "level1" || c.name === "level2");
}

function emptyIndicator(): RawIndicator {
  return { level1: null, level2: null, level3: null, nature: null, target: null, unit: null, actual: null, weight: null, score: null, method: null, deviation: null };
}

/**
 * One row of the indicator table, aligned to its columns by content. Rows that a page break or a
 * layout dump cut apart are held and joined: numbers printed before their names, a row cut at the
 * foot of a page and continued at the head of the next.
 */
export function readIndicatorRow(st: ReaderState, v: RowView, next: Row | undefined): void {
  const row = v.row;
  st.ensureForm(v.cells[0]!);
  if (st.boundaries === "exact") st.exactIndicatorRows = true;
  const sep = st.boundaries === "spaces" ? " " : "";
  // The vertical label 绩效指标 (or what a page break left of it) in the first cell is the form's own.
  // Blanked rather than removed: in a ruled or delimited row the empty cells keep the others' places.
  // A line held as a wrapped row's first (wrapped-row.ts) is read again with this one.
  const held = st.wrappedRow && st.wrappedRow.ind === st.pendingPartial ? st.wrappedRow.body : null;
  st.wrappedRow = null;
  if (held) st.pendingPartial = null;
  const body: Cell[] = held ? [...held, ...v.cells] : v.cells.map((c) => c);
  let start = 0;
  // (A run-together row's first atom is cut at a word, not at a cell: 项目 | 完成 | 及时率 is the name
  // 项目完成及时率, not the fragment 项目 of a vertical label and then a name.)
  while (start < body.length && (!hasText(body[start]!.text) || (isLabelFragment(body[start]!.text) && !wordCut(v, body, start)) || labelRole(body[start]!.text)?.role === "indicatorsLabel")) {
    if (hasText(body[start]!.text)) body[start] = { ...body[start]!, text: "" };
    start++;
  }
  if (start >= body.length) return;
  // (Run together, the label printed beside a middle row is glued to its first cell: `绩效指标每场活动成本`.)
  const glued = st.boundaries === "none" ? cutIndicatorsLabel(body[start]!) : null;
  if (glued) body[start] = glued.rest;
  // (… or glued after the row's 二级 name with its points, `数量指标年度绩效目标(80分)`: the label is no cell of the row.)
  const label = st.boundaries === "none" ? trailingTableLabel(body.slice(start).map((c) => c.text)) : 0;
  if (label > 0) body.splice(body.length - label, label);
  const filled = body.filter((c) => hasText(c.text));
  // A row of dashes or slashes only (`- -`, a blank row the page marked) holds no field: no indicator,
  // nor the start of one a page break would join to the next row.
  if (filled.every((c) => isBlankText(c.text))) return;
  // A lone line of report prose after a delimited table's rows (a sentence, `(三)…` heading): no
  // row of the table. Each line by its own shape: a short lone line after one (`1.资金到位`) may be
  // the table's still, read as before. (A line of one cell only: a ruled row with one cell of
  // several filled is the table's; and only after rows of several cells: in a dump of one cell a
  // line every row is a lone line.)
  if (st.boundaries === "exact" && st.form && st.form.indicators.length > 0 && st.severalCellIndicatorRows) {
    if (v.row.cells.length === 1 && filled.length === 1 && isReportProseLine(filled[0]!.text)) {
      st.unplaced(filled, sep);
      return;
    }
  }
  if (st.boundaries === "exact" && filled.length > 1) st.severalCellIndicatorRows = true;
  if (filled.length === 1 && (LOST_LEVEL1_NAME.test(labelKey(filled[0]!.text)) || (st.boundaries === "spaces" && LOST_LEVEL1_NAME_BARE.test(labelKey(filled[0]!.text))))) {
    // A 一级 whose name the text lost, only its points left (`(30分)`): a new 一级 group begins.
    flushPartial(st);
    st.lastLevel1 = rawOf(filled[0]!);
    st.lastLevel1Weight = null;
    st.lastLevel2 = null;
    return;
  }
  const ownRow =
    st.boundaries === "spaces" &&
    (rowEndsOnRule(body, st.indColsFromHeader && st.indCols.some((c) => c.name === "method")) ||
      nameThenSentences(body, st.indColsFromHeader && ["target", "actual"].every((n) => st.indCols.some((c) => c.name === n))));
  if (!ownRow && appendToTrailingText(st, body)) return;
  if (continuesWrappedRow(st, body)) return;
  if (st.boundaries === "none") dropGroupPoints(st, body);
  const aligned = alignIndicator(st, body);
  const ind = emptyIndicator();
  for (const [name, placed] of aligned.placed) ind[name] = toRaw(placed, sep);
  for (const c of aligned.unplaced) st.unplaced([c], sep);
  // (A split target's comparator and direction, by what their cells hold: split-target-cells.ts.)
  sortSplitTargetCells(ind);
  // A 二级 name the template does not know, after the row's printed 一级 (读者, 服务对象满意度).
  if (st.boundaries === "spaces") shortLevel2InNames(ind, aligned.placed.get("level3") ?? [], sep, st.lastLevel1);
  if (st.boundaries !== "none") shortLevel2BeforeName(ind);
  // (Run-together text: a bare 二级 word opening the row's 三级 name, in a group that names a 二级 on every row.)
  if (st.boundaries === "none") bareLevel2Opening(ind, currentGroup(st.form?.indicators ?? [], st.lastLevel1), st.lastLevel1);
  if (st.boundaries === "spaces") valuesBeforeRule(ind, (c) => aligned.placed.get(c) ?? [], st.indColsFromHeader && targetThenActualBeforeMethod(st.indCols));
  // (A headerless table's rows with their cells known: where each value stood, for the table to settle.)
  // (Not where an empty cell stood in the target's place: the row printed its target empty.)
  if (st.boundaries === "exact" && !st.indColsFromHeader && !aligned.placed.has("target")) zeroCompletionAfterTarget(ind);
  if (st.boundaries === "exact" && !st.indColsFromHeader) notePlaces(ind, body, aligned.placed);
  // A 一级 name and one number, in a table that prints the 一级's points (分解目标 | 自评权重 …): the
  // group's name and points (管理指标 | 30), not an indicator's. A short name the template does not
  // know, alone with one number, is such a name too (an indicator has values or 分值 and 得分).
  // (A 评分标准 is an item's: a row cut before its score is still that item.)
  const oneNumber = (ind.weight === null) !== (ind.score === null) && !ind.target && !ind.actual && !ind.deviation && !ind.method && !ind.level2 && !ind.level1Weight;
  if (oneNumber && !ind.level1 && ind.level3 && [...ind.level3.text.trim()].length <= MAX_GROUP_NAME && st.indCols.some((c) => c.name === "level1Weight")) {
    ind.level1 = ind.level3;
    ind.level3 = null;
  }
  // A 一级 name printed with its characters out of order (出标产指) is the known name they spell.
  const known = ind.level1 ? unscrambledLevel1(ind.level1.text) : null;
  if (ind.level1 && known) ind.level1 = { ...ind.level1, text: known, corrected: { from: ind.level1.text.trim(), reason: st.msg.scrambledName(ind.level1.text.trim(), known) } };
  if (oneNumber && st.indCols.some((c) => c.name === "level1Weight") && ind.level1 && !ind.level3) {
    ind.level1Weight = ind.weight ?? ind.score;
    ind.weight = null;
    ind.score = null;
  }
  // Under 管理指标 (the Jiangxi department layout) each 二级 names a field of management, 资产管理,
  // 政府采购管理, and run-together text joins it to its 三级 name: cut after that 管理.
  if (st.boundaries === "none" && !ind.level2 && ind.level3 && labelKey((ind.level1 ?? st.lastLevel1)?.text ?? "") === MANAGEMENT_LEVEL1) {
    const m = MANAGEMENT_LEVEL2.exec(ind.level3.text.trim());
    if (m) {
      ind.level2 = { ...ind.level3, text: m[1]! };
      ind.level3 = { ...ind.level3, text: m[2]! };
    }
  }
  if (st.boundaries === "none") takeSharedUnit(st, ind);
  qualitativeTargetCut(ind, st.boundaries);
  comparedValueIsTarget(ind, st.boundaries);
  comparatorQualifiesNextFigure(ind, st.boundaries);
  comparatorQualifiesCompletion(ind, st.boundaries);
  bareCompletionBesideTarget(ind, st.indColsFromHeader, st.boundaries !== "exact" && completionBesideTarget(st.indCols));
  bareCompletionAfterUnit(ind, st.indColsFromHeader && st.boundaries !== "exact" && completionAfterUnit(st.indCols));
  // A 二级 group's points have no field of the contract: kept in diagnostics.
  if (ind.level2Weight) st.unplaced([{ text: ind.level2Weight.text, source: ind.level2Weight.source }], sep);
  delete ind.level2Weight;

  // A sentence where a 一级 or 二级 name belongs: prose after the table (a report's next part), no row of it.
  if ([ind.level1, ind.level2].some((x) => x !== null && SENTENCE.test(x.text)) || (!ownRow && isProse(body))) {
    st.unplaced(body, sep);
    return;
  }
  // A dash or slash is printed, but it is no value: a row of them is not an indicator.
  if (isEmptyGroup(ind)) {
    // Its zero is no field of the contract: kept in diagnostics.
    st.unplaced([ind.weight, ind.score].filter((x): x is RawValue => printed(x)).map((x) => ({ text: x.text, source: x.source })), sep);
    ind.weight = null;
    ind.score = null;
  }
  const hasNumbers = printed(ind.weight) || printed(ind.score);
  const hasValues = hasNumbers || printed(ind.target) || printed(ind.actual);
  const breakAfter = next?.pageBreakBefore === true;

  // (A row with its rule is no such row: a scoring sheet's row whose names the text did not settle.)
  const onlyNumbers = hasNumbers && !ind.level1 && !ind.level2 && !ind.level3 && !ind.target && !ind.actual && !ind.deviation && !(namesUnsettled(row) && ind.method);
  if (onlyNumbers && st.boundaries === "exact" && !next?.pageBreakBefore && !row.pageBreakBefore) {
    // 分值 and 得分 printed before their row's names (a layout dump): they go to the next row.
    st.pendingNumbers = ind;
    return;
  }
  if (st.pendingNumbers && !hasNumbers) {
    ind.weight = st.pendingNumbers.weight;
    ind.score = st.pendingNumbers.score;
    st.pendingNumbers = null;
    acceptIndicator(st, ind);
    return;
  }
  st.pendingNumbers = null;

  if (st.pendingPartial) {
    // The row after a page break continues the row cut before it.
    const merged = mergeIndicators(st.pendingPartial, ind);
    st.pendingPartial = null;
    acceptIndicator(st, merged);
    return;
  }
  if (!hasValues && wrappedNameGoesOn(st, ind, next)) {
    st.pendingPartial = ind;
    return;
  }
  if (!hasNumbers && st.boundaries === "none" && st.indColsFromHeader && rowEndsInWrappedName(ind, body, st.indCols) && nextLineGoesOn(next)) {
    // Held as a partial too: should no row of the table follow, it is kept as read.
    st.pendingPartial = ind;
    st.wrappedRow = { ind, body };
    return;
  }
  if (!hasNumbers && breakAfter && (ind.level3 || ind.deviation || ind.method || ind.target || ind.actual)) {
    st.pendingPartial = ind;
    return;
  }
  if (!hasNumbers && row.pageBreakBefore && st.form && st.form.indicators.length > 0 && !ind.level1 && !ind.level2) {
    const prev = st.form.indicators.pop()!;
    st.form.indicators.push(mergeIndicators(prev, ind));
    return;
  }
  if (st.lastRowWasIndicatorHeader && isNameless(ind) && numbersOnly(ind)) {
    // Numbers with no name right under the header (the block's own 分值 and 得分, `90.00 90.00`):
    // no indicator, and no field of the contract.
    st.unplaced(body, sep);
    return;
  }
  if (!hasValues) {
    if (ind.level3 && !isPlaceholder(ind.level3.text) && (next === undefined || opensForm(next)) && st.form) {
      // The text ends inside this row (an excerpt cut mid-table), or the next form's title follows
      // it (a page whose first form was cut short): what was read of it is kept, its names read
      // against the groups before it (成本指标 under 产出指标 is a 二级).
      acceptIndicator(st, ind);
      return;
    }
    if (readCutLevel1(st, ind, next)) return;
    // Labels only (a 二级 name alone) or a template placeholder: context, not an indicator.
    if (ind.level1) {
      if (st.form) level1ForRowsAbove(st.form.indicators, ind.level1);
      st.lastLevel1 = withBrokenEnding(ind.level1, next);
      st.lastLevel1Weight = ind.level1Weight ?? null;
    }
    if (ind.level2) st.lastLevel2 = withBrokenEnding(ind.level2, next);
    if (ind.level3 && !isPlaceholder(ind.level3.text) && st.form) {
      st.form.diagnostics.push({
        code: "unplaced-text",
        severity: "info",
        message: st.msg.indicatorWithoutValues(truncate(ind.level3.text)),
        source: { ...ind.level3.source, text: ind.level3.text },
      });
    }
    return;
  }
  if (namesUnsettled(row) && !ind.level2 && !ind.level3) {
    acceptWithNamesUnsettled(st, ind);
    return;
  }
  acceptIndicator(st, ind);
}

/**
 * A row whose 二级 and 三级 names ran into its rule with nothing to end them (a scoring sheet run together):
 * its names stay null, with a diagnostic, and the 二级 above carries neither into it nor past it (the row
 * may open a new one).
 */
function acceptWithNamesUnsettled(st: ReaderState, ind: RawIndicator): void {
  st.lastLevel2 = null;
  acceptIndicator(st, ind);
  const rule = ind.method;
  if (st.form && rule) st.form.diagnostics.push({ code: "unplaced-text", severity: "info", message: st.msg.namesUnsettled(truncate(rule.text)), source: { ...rule.source, text: rule.text } });
}

/**
 * A row of one cell, a 一级 name cut to its first characters (`产`), over a row that opens on a 二级
 * name (`数量指标 | …`): a new 一级 group begins, its name the one 一级 that begins so and holds that
 * 二级 (cut-level1.ts), or none where more than one does — never the group before it.
 */
function readCutLevel1(st: ReaderState, ind: RawIndicator, next: Row | undefined): boolean {
  const only = [ind.level1, ind.level3].filter((x): x is RawValue => printed(x));
  if (only.length !== 1 || ind.level2 || ind.deviation || ind.method || !isCutLevel1(only[0]!.text) || !st.form) return false;
  const first = next?.cells.find((c) => hasText(c.text));
  const kind = first ? classify(first.text).kind : null;
  if (!first || (kind !== "level2" && kind !== "level12")) return false;
  const cut = only[0]!;
  const from = cut.text.trim();
  const names = cutLevel1Candidates(from, first.text, st.form.template === "project" && st.form.projectName !== null);
  st.lastLevel1 = names.length === 1 ? { ...cut, text: names[0]!, corrected: { from, reason: st.msg.cutLevel1(from, names[0]!, first.text.trim()) } } : null;
  st.lastLevel1Weight = null;
  st.lastLevel2 = null;
  if (names.length !== 1) {
    st.form.diagnostics.push({
      code: "unplaced-text",
      severity: "info",
      message: st.msg.cutLevel1Unsettled(from, names.map((n) => `「${n}」`).join("、") || "—", first.text.trim()),
      source: { ...cut.source, text: cut.text },
    });
  }
  return true;
}

/**
 * Whether cell i of a run-together row opens a word cut at a character (项目 | 完成 | 及时率 is the
 * name 项目完成及时率, not the fragment 项目 of a vertical label and then a name). A module function,
 * not a closure made for every row: run under tsx (as `npm run bench` runs), every such closure is
 * also named anew (`__name`, a defineProperty), which the profile showed at 1.7 % of a parse.
 */
function wordCut(v: RowView, body: readonly Cell[], i: number): boolean {
  return v.valueAtoms && /^[\u4e00-\u9fff]/.test(body[i + 1]?.text ?? "") && labelRole(body[i]!.text) === null;
}

/** A value printed and not a dash or slash (a row of those is no indicator). Module function: see wordCut. */
function printed(x: RawValue | null): boolean {
  return x !== null && !isBlankText(x.text);
}

/**
 * A 一级 or 二级 name printed with nothing but a zero (`生态效益指标 | | | | 0`): a group of the template
 * the unit gave no indicator, its points left at nought — no indicator (contract: a row with only
 * a 二级 label is none), its name still the context of the rows after it.
 */
function isEmptyGroup(ind: RawIndicator): boolean {
  if (!(ind.level1 || ind.level2) || ind.level3 || [ind.target, ind.actual, ind.deviation, ind.method].some(printed)) return false;
  const numbers = [ind.weight, ind.score].filter(printed);
  return numbers.length > 0 && numbers.every((x) => /^0+(?:\.0+)?$/.test(x!.text.trim()));
}

/** Points written with 分 (15分): a group's, where they follow its name. */
const GROUP_POINTS = /^\d+(?:\.\d+)?分$/;

/**
 * A 二级 name run together with its group's points (数量指标15分派车次数…) in a table with no column
 * for them: the points are no cell of the indicator (its 三级 name does not begin with them) and no
 * field of the contract — kept in diagnostics, as a 二级 分值 column's are.
 */
function dropGroupPoints(st: ReaderState, body: Cell[]): void {
  if (st.indCols.some((c) => c.name === "level2Weight")) return;
  const k = body.findIndex((c) => {
    const kind = classify(c.text).kind;
    return kind === "level2" || kind === "level12";
  });
  if (k < 0 || !GROUP_POINTS.test(body[k + 1]?.text.trim() ?? "")) return;
  st.unplaced([body[k + 1]!], "");
  body.splice(k + 1, 1);
}

/** A figure and the unit printed after it (≥10400平方米): the unit apart. */
const FIGURE_THEN_UNIT = new RegExp(`^(.*\\d)(${UNITS})$`);

/**
 * Under a header with a 度量单位 column (指标值 | 度量单位 | 完成值), run-together text prints the
 * unit right after the target's figure, and the atoms keep a unit with its number: the unit is the
 * column's, which the completion shares (a bare 12935 is 12935平方米). Moved only when the
 * completion is a bare number, so the normaliser gives both their unit.
 */
function takeSharedUnit(st: ReaderState, ind: RawIndicator): void {
  // (With no header, a row read in the layout that prints 指标性质 apart, its comparator in a cell of
  // its own, has the 度量单位 column of that layout: `=6万元6` is = | 6 | 万元 | 6.)
  const unitColumn = st.indColsFromHeader ? st.indCols.some((c) => c.name === "unit") : ind.nature !== null;
  if (ind.unit || !ind.target || !ind.actual || !unitColumn) return;
  // (The unit's column after the completion's, 年度指标值 | 实际完成值 | 计量单位 (Inner Mongolia): the
  // unit run on after the completion's figure is the column's, which the bare target shares.)
  if (st.indColsFromHeader && unitAfterCompletion(st.indCols)) {
    const after = FIGURE_THEN_UNIT.exec(ind.actual.text.trim());
    if (!after || !/^\d+(\.\d+)?$/.test(ind.target.text.trim())) return;
    ind.actual = { ...ind.actual, text: after[1]! };
    ind.unit = { ...ind.actual, text: after[2]! };
    return;
  }
  if (!/^\d+(\.\d+)?$/.test(ind.actual.text.trim())) return;
  const m = FIGURE_THEN_UNIT.exec(ind.target.text.trim());
  if (!m) return;
  ind.target = { ...ind.target, text: m[1]! };
  ind.unit = { ...ind.target, text: m[2]! };
}

/**
 * 定性 in the 指标性质 column is followed by the target it qualifies (`定性 | 优良中低差`). A row cut
 * after that target (its completion and points wrapped onto the next line) leaves a short text and
 * then nothing, which the alignment, pricing a text alone, puts in the last text column (偏差原因):
 * with no completion and no points between, it is the target.
 */
function qualitativeTargetCut(ind: RawIndicator, boundaries: ReaderState["boundaries"]): void {
  // Run together, the target's grades were cut at a grade word (优良 | 中低差) and put in the completion
  // and 偏差原因: with no points after them, and short, they are the target, as one text is.
  if (boundaries === "none" && ind.nature && ind.actual && ind.deviation && !printedValue(ind.target) && !printedValue(ind.weight) && !printedValue(ind.score)) {
    const joined = ind.actual.text.trim() + ind.deviation.text.trim();
    if (toSimplified(ind.nature.text).trim() === "定性" && !SENTENCE.test(joined) && [...joined].length <= MAX_GRADES) {
      ind.target = { ...ind.actual, text: joined };
      ind.actual = null;
      ind.deviation = null;
      return;
    }
  }
  if (!ind.nature || !ind.deviation || printedValue(ind.target) || printedValue(ind.actual) || printedValue(ind.weight) || printedValue(ind.score)) return;
  if (toSimplified(ind.nature.text).trim() !== "定性" || SENTENCE.test(ind.deviation.text)) return;
  ind.target = ind.deviation;
  ind.deviation = null;
}

/** Aligns a row to the header's columns, or, with no header seen, to the layout that fits it best. */
function alignIndicator(st: ReaderState, body: Cell[]) {
  if (st.indColsFromHeader) {
    // (A 一级 name the template does not know, before a 二级 it knows: unknown-level1-opening.ts.)
    const opening = st.boundaries === "spaces" ? unknownLevel1Opening(body, st.indCols) : null;
    if (opening) {
      const a = st.align(opening.rest, opening.columns, indicatorPlausibility);
      a.placed.set("level1", [opening.level1]);
      return a;
    }
    return st.align(body, st.indCols, indicatorPlausibility);
  }
  let best: { cost: number; a: ReturnType<typeof st.align<IndicatorColumn>> } | null = null;
  // (Run together, the rows before price what they print none of, cut out of this row's digits.)
  const before = st.boundaries === "none" ? rowsBefore(st.form?.indicators ?? []) : null;
  const plausibility = before ? (v: Map<string, string>) => headerlessIndicatorPlausibility(v) + unlikeRowsBeforeCost(before, v) : headerlessIndicatorPlausibility;
  for (const layout of HEADERLESS_INDICATOR_LAYOUTS) {
    // Run-together rows are compared by what their chosen reading cost in all (its digit cuts and
    // values priced: 9310 is 93 | 10 under a layout without 得分, not 93 | 1 | 0 under one with it).
    const priced = st.alignPriced(body, specs(layout, INDICATOR_TYPES), plausibility);
    const a = priced.a;
    // Priced by the values too: one indicator rarely weighs more than half the points.
    const values = new Map<string, string>();
    for (const [name, placed] of a.placed) values.set(name, placed.map((c) => c.text).join(""));
    const cost = st.boundaries === "none" ? priced.cost : a.cost + indicatorPlausibility(values);
    if (!best || cost < best.cost) best = { cost, a };
  }
  return best!.a;
}

/**
 * Run-together rows whose long 三级 name a converter wrapped (a cell's `<br>`, a Word cell's lines):
 * the name's first line is a row of names and no value at all, and its next line goes on with the
 * rest of the name, then the row's values. A 三级 name with nothing after it is no indicator of a
 * table whose rows print values, so it is held and joined to the next line — unless that line opens
 * on a name or label of its own (a 一级/二级 name, 合计) or a form, where the name stays alone.
 */
function wrappedNameGoesOn(st: ReaderState, ind: RawIndicator, next: Row | undefined): boolean {
  if (st.boundaries !== "none" || !ind.level3 || isPlaceholder(ind.level3.text) || SENTENCE.test(ind.level3.text)) return false;
  if (ind.deviation || ind.method) return false;
  return nextLineGoesOn(next);
}

/** Whether the next line goes on with a wrapped name's rest: it opens on words that are no label, and holds a figure. */
function nextLineGoesOn(next: Row | undefined): boolean {
  if (!next || opensForm(next)) return false;
  const first = next.cells.find((c) => hasText(c.text));
  if (!first) return false;
  const text = first.text.trim();
  // The next line holds a figure or a compared value, and opens on words that are no label.
  if (!/[0-9]/.test(text) || !/^[\u4e00-\u9fff]/.test(text)) return false;
  // (Nor a 三级 name numbered as printed, 指标5:…: a row of its own.)
  if (NUMBERED_OPENING.test(text)) return false;
  return !LABEL_OPENINGS.some((l) => text.startsWith(l)) && labelRole(text.slice(0, 8)) === null;
}

const NUMBERED_OPENING = new RegExp(`^${NUMBERED_NAME_WORD}\\s*\\d`);

/** Names a row opens on that are its own (a level, a total), never a wrapped name's rest. */
const LABEL_OPENINGS = [...level1Names, ...level2Names, ...bareLevel1Names, ...totalLabels];

/** A row that opens on a form's title: the form before it ends there. */
function opensForm(row: Row): boolean {
  const first = row.cells.find((c) => hasText(c.text));
  // (Another dossier form's title too: a 基础数据表 printed after a form cut mid-row.)
  return first !== undefined && (isTitle(first.text) || otherFormName(first.text) !== null);
}

/** The 一级 whose 二级 names each end in 管理 (预算编审管理, 资产管理 …). */
const MANAGEMENT_LEVEL1 = "管理指标";
/** A 二级 name of the 管理指标 group run into its 三级 name: up to the first 管理, then a name. */
const MANAGEMENT_LEVEL2 = /^([\u4e00-\u9fff]{2,10}?管理)([\u4e00-\u9fff].+)$/;

/** Longest name a row of a 一级 name and its points may hold (出标产指 | 25). */
const MAX_GROUP_NAME = 8;

/** Text that ends a sentence (a name never does). */
const SENTENCE = /[。；;！？]\s*$/;

/** A row of sentences and no value at all: a report's text after the table, not an indicator. */
function isProse(cells: readonly Cell[]): boolean {
  const filled = cells.filter((c) => hasText(c.text) && !isBlankText(c.text));
  if (filled.length < 2 || filled.filter((c) => SENTENCE.test(c.text)).length < 2) return false;
  return filled.every((c) => {
    const k = classify(c.text);
    return k.kind === "text" && !k.quantityLike;
  });
}

/** A sentence left alone on a line is the previous row's trailing text cell run over: at least this long. */
const MIN_SPILLED_SENTENCE = 15;

/**
 * In linear text a row's last text cell (得分计算方法, 偏差原因) may run onto the next line: a line
 * holding one sentence and nothing else, under a row already read, is that cell's rest.
 */
function appendToTrailingText(st: ReaderState, cells: Cell[]): boolean {
  if (st.boundaries !== "spaces" || !st.form || st.form.indicators.length === 0) return false;
  const filled = cells.filter((c) => hasText(c.text));
  const text = filled.map((c) => c.text).join(" ");
  if ([...text].length < MIN_SPILLED_SENTENCE || !/[，。；,;：:]/.test(text)) return false;
  if (filled.some((c) => classify(c.text).kind !== "text" || /^指标\d/.test(labelKey(c.text)))) return false;
  // With no header to name the row's last columns (an excerpt that starts mid-table), a sentence
  // that says how points are given is the 得分计算方法, not a 偏差原因.
  const headlessRule = !st.indColsFromHeader && scoringRuleWords.test(toSimplified(text));
  const column = headlessRule ? "method" : (["method", "deviation"] as const).find((n) => st.indCols.some((c) => c.name === n));
  if (!column) return false;
  const last = st.form.indicators[st.form.indicators.length - 1]!;
  // A 一级 or 二级 name read since that row began another group: the sentence is the new group's.
  if (last.level1 !== st.lastLevel1 || last.level2 !== st.lastLevel2) return false;
  last[column] = joinValues(last[column], { text, source: filled[0]!.source });
  return true;
}

/**
 * In linear text a row whose long cells wrapped leaves its last cells on the next line (`…做好日常养护
 * …做好日常养护` then `7 7`; `…定性 优良中低差` then `优 10`): a line with no name of a level, right
 * under an indicator that has neither 分值 nor 得分, is that indicator's rest when it fits, every cell
 * placed, the columns after the last one the indicator filled and gives it a number.
 */
function continuesWrappedRow(st: ReaderState, cells: Cell[]): boolean {
  // (Cells by tab or pipe too, where the line opens on a value: a row under merged cells opens on blanks.)
  if ((st.boundaries === "exact" && !hasText(cells[0]?.text ?? "")) || !st.form) return false;
  const last = st.form.indicators.at(-1);
  if (!last || printedValue(last.weight) || printedValue(last.score)) return false;
  // Run together, only the row cut after its 定性 / 定量 target (…健全性定性好坏, then 好坏55): a line
  // without names is otherwise a row under merged cells.
  if (st.boundaries === "none" && !(last.nature && NATURE_WORD.test(toSimplified(last.nature.text).trim()) && printedValue(last.target) && !printedValue(last.actual))) return false;
  const filled = cells.filter((c) => hasText(c.text));
  const line = filled[0]?.source.line;
  const lastLine = Math.max(...st.indCols.map((c) => last[c.name]?.source.line ?? -1));
  if (line === undefined || lastLine < 0 || line - lastLine > MAX_WRAP_GAP) return false;
  if (filled.some((c) => isLevelKind(classify(c.text).kind) || classify(c.text).numberedName)) return false;
  const after = st.indCols.findLastIndex((c) => printedValue(last[c.name] ?? null));
  let rest = st.indCols.slice(after + 1);
  // Run together, with no header: a table whose rows before give 分值 and leave 得分 blank gives this
  // row's 分值 alone too (`优10` is 优 | 10, not 优 | 1 | 0).
  const before = st.form.indicators.at(-2);
  if (st.boundaries === "none" && !st.indColsFromHeader && before && printedValue(before.weight) && !printedValue(before.score)) rest = rest.filter((c) => c.name !== "score");
  const a = st.align(filled, rest, indicatorPlausibility);
  if (a.unplaced.length > 0 || !["weight", "score"].some((n) => (a.placed.get(n as IndicatorColumn) ?? []).some((c) => hasText(c.text)))) return false;
  for (const [name, placed] of a.placed) {
    const value = toRaw(placed, st.boundaries === "spaces" ? " " : "");
    if (value) last[name] = value;
  }
  pointsAsTheRowsBefore(st, last);
  return true;
}

/**
 * One number as a row's points, with no header to say whether it is 分值 or 得分 (an excerpt that
 * starts mid-table), is what the rows before it print: a table whose rows give 分值 and leave
 * 得分 to the reviewer gives this row's 分值 too.
 */
function pointsAsTheRowsBefore(st: ReaderState, ind: RawIndicator): void {
  if (st.indColsFromHeader || printedValue(ind.weight) || !printedValue(ind.score)) return;
  const before = st.form?.indicators.at(-2);
  if (!before || !printedValue(before.weight) || printedValue(before.score)) return;
  ind.weight = ind.score;
  ind.score = null;
}

const NATURE_WORD = /^(?:定性|定量)$/;
/** Longest target of grades run together after 定性 (优良中低差, 好较好一般差). */
const MAX_GRADES = 8;

/** Lines between an indicator and the rest of its wrapped row (one empty line may part them). */
const MAX_WRAP_GAP = 2;

/** The header's completion column right after its target column, with points columns elsewhere (Beijing's order). */
function completionBesideTarget(cols: ReaderState["indCols"]): boolean {
  const target = cols.findIndex((c) => c.name === "target");
  const weight = cols.findIndex((c) => c.name === "weight");
  return target >= 0 && cols[target + 1]?.name === "actual" && weight >= 0 && weight < target;
}

/** Whether the header prints the target, then the completion, then the scoring rule (Beijing's 2016 heads). */
function targetThenActualBeforeMethod(cols: ReaderState["indCols"]): boolean {
  const names = cols.map((c) => c.name);
  const method = names.indexOf("method");
  return method >= 2 && names[method - 1] === "actual" && names[method - 2] === "target";
}

/** Whether the header prints the target's unit in a 度量单位 column right before the completion's. */
/** Whether the header prints the unit's column right after the completion's (实际完成值 | 计量单位). */
function unitAfterCompletion(cols: ReaderState["indCols"]): boolean {
  const unit = cols.findIndex((c) => c.name === "unit");
  return unit > 0 && cols[unit - 1]?.name === "actual";
}

function completionAfterUnit(cols: ReaderState["indCols"]): boolean {
  const unit = cols.findIndex((c) => c.name === "unit");
  return unit >= 0 && cols[unit + 1]?.name === "actual";
}

function printedValue(x: RawValue | null): boolean {
  return x !== null && !isBlankText(x.text);
}

function isNameless(ind: RawIndicator): boolean {
  return !ind.level1 && !ind.level2 && !ind.level3 && !ind.deviation && !ind.method;
}

function numbersOnly(ind: RawIndicator): boolean {
  const values = [ind.target, ind.actual, ind.weight, ind.score].filter((x): x is RawValue => x !== null && !isBlankText(x.text));
  return values.length > 0 && values.every((x) => classify(x.text).kind === "number");
}

/** A partial row held at a page break, when the table ends before its continuation. */
export function flushPartial(st: ReaderState): void {
  if (!st.pendingPartial) return;
  acceptIndicator(st, st.pendingPartial);
  st.pendingPartial = null;
}

function acceptIndicator(st: ReaderState, ind: RawIndicator): void {
  if (ind.level3 && isPlaceholder(ind.level3.text) && !ind.weight && !ind.score && !ind.actual) return;
  // 成本指标 and 满意度指标 are names of both levels: alone, under a 一级 that has them as children, they are 二级.
  if (ind.level1 && !ind.level2 && st.lastLevel1 && isChildOf(ind.level1.text, st.lastLevel1.text)) {
    ind.level2 = ind.level1;
    ind.level1 = null;
  }
  if (ind.level1) {
    if (st.form) level1ForRowsAbove(st.form.indicators, ind.level1);
    if (!ind.level2 && st.lastLevel1 && labelKey(st.lastLevel1.text) === labelKey(ind.level1.text)) ind.level2 = st.lastLevel2;
    // A new 一级 with no 二级 printed: the 二级 before it, a group of another 一级, does not carry.
    if (!ind.level2 && st.lastLevel2 && childOfAnotherGroup(st.lastLevel2.text, ind.level1.text)) st.lastLevel2 = null;
    st.lastLevel1 = ind.level1;
    st.lastLevel1Weight = ind.level1Weight ?? null;
  } else {
    ind.level1 = st.lastLevel1;
    if (!ind.level1Weight && st.lastLevel1Weight) ind.level1Weight = st.lastLevel1Weight;
  }
  if (ind.level2) st.lastLevel2 = ind.level2;
  else ind.level2 = st.lastLevel2;
  st.form?.indicators.push(ind);
}

/**
 * A level's name broken over two lines (`经济效益` / `指标`): the next row holding only the rest,
 * which with the name makes a name of the template, completes it. (That row is furniture.)
 */
function withBrokenEnding(name: RawValue, next: Row | undefined): RawValue {
  const rest = next?.cells.filter((c) => hasText(c.text)) ?? [];
  if (rest.length !== 1) return name;
  const joined = name.text.trim() + rest[0]!.text.trim();
  return labelKey(rest[0]!.text) === "指标" && classify(joined).kind !== "text" ? { text: joined, source: name.source } : name;
}

/**
 * A 二级 name the template places under other 一级 names and not under this one (成本指标 under
 * 产出指标, never under 效益指标). A 一级 the template does not know says nothing: false.
 */
function childOfAnotherGroup(level2: string, level1: string): boolean {
  const children = level2Children[groupName(level1)];
  const name = labelKey(level2);
  return children !== undefined && !children.includes(name) && Object.values(level2Children).some((c) => c.includes(name));
}

function isChildOf(name: string, parent: string): boolean {
  return (level2Children[groupName(parent)] ?? []).includes(labelKey(name));
}

function mergeIndicators(a: RawIndicator, b: RawIndicator): RawIndicator {
  const out = { ...b };
  for (const k of Object.keys(a) as Array<keyof RawIndicator>) out[k] = joinValues(a[k] ?? null, b[k] ?? null);
  return out;
}

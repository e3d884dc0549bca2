import type { Extraction, TextReadings, TextShape } from "../../extract/extraction.js";
import type { Grid, Row } from "../../layout/grid.js";
import { cutLongLine } from "./cut-long-line.js";
import { FLAT_FORM_LENGTH } from "../../layout/text-lines.js";
import { detectShape } from "./detect-shape.js";
import { readLayoutOrdered } from "./layout-ordered.js";
import { joinContinuedLines } from "./continued-lines.js";
import { joinLabelLineValues } from "./label-line-value.js";
import { splitLabelPieceValues } from "./label-piece-value.js";
import { joinNumberedRows } from "./numbered-rows.js";
import { looksSpacedLayout, spacedLayoutGrid } from "../../layout/spaced-rows.js";
import { tableWords } from "./table-words.js";
import { splitPreviewGaps } from "./preview-gap.js";
import { rejoinBrokenHeaderLabels } from "./spaced-broken-labels.js";
import { returnHeadsOverNames } from "./spaced-head-over-name.js";
import { splitStackedHeaderRows } from "./spaced-stacked-header-rows.js";
import { joinStackedFundHeads } from "./spaced-stacked-fund-heads.js";
import { joinBrokenFundLabels } from "./spaced-broken-fund-labels.js";
import { returnFundLabelTails } from "./spaced-fund-label-tails.js";
import { partHeaderOverTableLabel } from "./spaced-header-over-table-label.js";
import { joinBrokenLabels } from "./broken-labels.js";
import { joinWordTailLines } from "./word-tail-lines.js";
import { joinBrokenHeads } from "./broken-heads.js";
import { dropLostMarks, dropLostMarksInRunRows } from "./lost-marks.js";
import { joinSpacedYearLines } from "./spaced-year-line.js";
import { joinBrokenFigures } from "./broken-figures.js";
import { joinTotalScoreBelow, joinWrappedTotalFigures } from "./wrapped-total-figures.js";
import { joinFundFigureLines } from "./fund-figure-lines.js";
import { joinPartsBySums } from "./fund-part-sums.js";
import { joinRatePieces } from "./rate-pieces.js";
import { joinFundRowSegments } from "./fund-row-segments.js";
import { joinSpreadIndicatorRows } from "./spread-indicator-rows.js";
import { joinWrappedGoalColumns } from "./wrapped-goal-columns.js";
import { joinStackedCellRows } from "./stacked-cell-rows.js";
import { joinScoreBelowRows } from "./score-below-row.js";
import { joinAfterScoreColumns } from "./after-score-columns.js";
import { joinLevelNotePieces } from "./level-note-pieces.js";
import { joinPointsScorePieces } from "./points-score-pieces.js";
import { joinTotalFigurePieces } from "./total-figure-pieces.js";
import { joinUnitPairedValues } from "./unit-paired-values.js";
import { joinWrappedNameRows } from "./wrapped-name-rows.js";
import { joinCompletionBelowValues } from "./completion-below-values.js";
import { joinDeviationBelowRows } from "./deviation-below-row.js";
import { joinNamePieceRows } from "./name-piece-rows.js";
import { joinRateSettledFigures } from "./rate-settled-figures.js";
import { joinTargetBelowName } from "./target-below-name.js";
import { joinTaskSpanHead } from "./task-span-head.js";
import { joinTaskNamePieces } from "./task-name-pieces.js";
import { joinTaskAmountPieces } from "./task-amount-pieces.js";
import { blockOrderedFunds } from "./block-ordered-funds.js";
import { joinBrokenPieces, joinParagraphPieces } from "./paragraph-pieces.js";
import { textReadings } from "../../extract/text/read-text.js";
import { onSummaryLine, portalSummaryText } from "./portal-summary.js";
import { joinPartGrids, partReadings, shapeParts } from "./shape-parts.js";
import { foldGridWidth } from "../fold-width.js";
import { rebuildLayoutRows } from "../layout-rows.js";
import { segmentCells } from "../index.js";

/**
 * Rows of text where the template says they start: the stage between the text reader and the rest
 * of reconstruct. The reader (extract/text) hands on the text and its readings in the shapes its
 * lines allow, knowing nothing about the form; here the form's labels decide which shape the text
 * is (detect-shape.ts), where a line holding a whole form flattened is cut into rows
 * (cut-long-line.ts), and how a PDF's text in drawing order becomes cells (layout-ordered.ts).
 *
 * The Extraction with its Grid set, and the text's other readings offered should the first place
 * next to nothing. Anything but text passes as it came.
 */
export function withTextRows(extraction: Extraction): Extraction {
  if (!extraction.text) return extraction;
  const readings = withFundsBlocksInRows(extraction.text);
  const shape = detectShape(readings);
  // A page in two shapes (a base table one cell a line, then a form of rows): each part read in
  // its own shape, the rows joined (shape-parts.ts). Not asked of a table told by tabs or pipes.
  const parts = readings.separated ? null : shapeParts(readings.text, shape, detectShape, (line) => line.length >= FLAT_FORM_LENGTH && cutLongLine(line) !== null);
  const grid = parts ? joinPartGrids(parts.map((p) => readAs(p.shape, partReadings(readings, p))), partRows) : readAs(shape, readings);
  // The same text in the shapes it was not taken for, should the first reading place next to nothing.
  const others = REREAD_SHAPES.includes(shape) ? REREAD_SHAPES.filter((s) => s !== shape) : [];
  // A portal's summary cell holding the page's text again, run together (portal-summary.ts): one more reading.
  const summary = portalSummaryText(readings.text);
  const otherReadings = () => [...others.map((s) => ({ label: s, grid: readAs(s, readings) })), ...(summary === null ? [] : [{ label: "portal-summary", grid: readSummary(summary.text, summary.line) }])];
  return { ...extraction, grid, ...(others.length || summary !== null ? { otherReadings } : {}) };
}

/** A part's rows as the reconstructor would cut them: a stream one cell a line into the template's rows, a drawing order rebuilt. */
function partRows(printed: Grid): Row[] {
  const grid = foldGridWidth(printed);
  const cells = () => grid.rows.flatMap((r) => r.cells);
  return grid.drawingOrder ? rebuildLayoutRows(cells()) : grid.rowsKnown ? grid.rows : segmentCells(cells());
}

/** The summary's text read in the shape its own labels tell (detect-shape.ts). */
function readSummary(summary: string, line: number): Grid {
  const readings = textReadings(summary);
  return onSummaryLine(readAs(detectShape(readings), readings), line);
}

/** The shapes a text is read again in when its first reading is thin; a table by tab or pipe is told surely and not read again. */
const REREAD_SHAPES: readonly TextShape[] = ["cell-per-line", "linear", "run-together", "layout-ordered"];

function readAs(shape: TextShape, readings: TextReadings): Grid {
  switch (shape) {
    case "layout-ordered":
      return readings.withoutWrapper(readLayoutOrdered(readings.dumpLines()));
    case "tab":
      // A numbered table's row broken where a cell held a line break is one row again (numbered-rows.ts).
      return joinNumberedGrid(readings.read(shape));
    case "markdown":
      return readings.read(shape, { words: tableWords });
    case "linear":
      // A table laid out with spaces (pdftotext -layout): its rows by where its text stands (layout/spaced-rows.ts).
      // Two header labels stacked in one narrow column, cut a line off by the layout, are cut where the template's labels say (spaced-broken-labels.ts).
      if (looksSpacedLayout(readings.lines)) {
        const grid = spacedLayoutGrid(readings.text);
        // A total's 分值 and 得分 wrapped in their narrow cells, the pieces a line below: whole again (wrapped-total-figures.ts).
        // The indicator table's first head chained with the merged name under it goes back to the header (spaced-head-over-name.ts).
        // The last header label chained with a table's label under it gives its value back a row (spaced-header-over-table-label.ts).
        // A value chained with the fund row's label two lines under it gives the label back to the row of its figures (spaced-fund-label-tails.ts).
        // A fund row's label broken in its narrow column, its last characters a row of their own, is whole again (spaced-broken-fund-labels.ts).
        // Header rows on consecutive lines, their labels chained as one cell and their values as another, are a row a line again (spaced-stacked-header-rows.ts).
        // A lost mark `?` after a two-decimal figure is the figure's lost character, as run together (lost-marks.ts).
        // A fund column head broken over two lines, its first piece a row above the heads, is whole in the head row (spaced-stacked-fund-heads.ts).
        return readings.withoutWrapper({ ...grid, rows: joinWrappedTotalFigures(partHeaderOverTableLabel(returnFundLabelTails(joinBrokenFundLabels(returnHeadsOverNames(rejoinBrokenHeaderLabels(joinStackedFundHeads(splitStackedHeaderRows(dropLostMarks(grid.rows))))))))) });
      }
      // (A preview's gap, a label cut short run into a later page's target, parts two rows: preview-gap.ts.)
      // (What a converter broke over lines, labels, heads, figures and rows, is put back by the
      // passes of LINEAR_PASSES, in the order set out there.)
      // (A lost mark `?` in the rows a flattened line was cut into, as in run-together text: lost-marks.ts.)
      return splitPreviewGaps(joinBrokenLabelGrid(joinNumberedGrid(withoutLostMarksInRunRows(readings.read(shape, { cut: cutLongLine, words: tableWords })))));
    case "run-together": {
      // A long cell wrapped onto a line that opens on its comma is the line above's rest (continued-lines.ts).
      const grid = splitPreviewGaps(readings.read(shape, { cut: cutLongLine, words: tableWords }));
      // A name's label alone on its line and the name on the next: one row (label-line-value.ts).
      // A lost mark `?` after a two-decimal figure, which would part the run into atoms: read without it (lost-marks.ts).
      return { ...grid, rows: joinLabelLineValues(joinContinuedLines(dropLostMarks(grid.rows))) };
    }
    case "cell-per-line":
      // A preview's gap, a label cut short run into a later page's target, is two cells (preview-gap.ts).
      // A cell broken over two lines of a page whose cells are paragraphs is one cell (paragraph-pieces.ts).
      // A broken label's first piece with its value on its line, its rest on the next: label, then value (label-piece-value.ts).
      return splitPreviewGaps(splitLabelPieceValues(readings.paragraphs() ? joinParagraphPieces(readings.read(shape)) : joinBrokenPieces(readings.read(shape))));
  }
}

/**
 * One cell a line: a funds table printed block by block (its labels, then its heads, then its
 * figures) written again with each label before its figures where the counts settle it
 * (block-ordered-funds.ts). Line numbers are kept, so the page wrapper's cells drop as before.
 */
function withFundsBlocksInRows(readings: TextReadings): TextReadings {
  if (readings.separated || detectShape(readings) !== "cell-per-line") return readings;
  const text = blockOrderedFunds(readings.text);
  if (text === null) return readings;
  const fresh = textReadings(text);
  return { ...fresh, read: (shape, how) => readings.withoutWrapper(fresh.read(shape, how)), withoutWrapper: readings.withoutWrapper };
}

function withoutLostMarksInRunRows(grid: Grid): Grid {
  return { ...grid, rows: dropLostMarksInRunRows(grid.rows) };
}

function joinNumberedGrid(grid: Grid): Grid {
  return { ...grid, rows: joinNumberedRows(grid.rows) };
}

/**
 * The passes that put back, in the linear reading, what a converter drawing a page in its order
 * (`pdftotext -raw`) broke over lines, run in this order, each on the rows the one before left.
 * The order is what the later passes ask of the rows: whole figures, labels and head rows first,
 * for the fund rows are found by their whole label and counted against the funds' head row, and
 * the indicator and goal passes run under a head row they must see whole.
 */
const LINEAR_PASSES: readonly { name: string; pass: (rows: readonly Row[]) => Row[] }[] = [
  // ( 20 21 年度 ): a cover's year line set apart by spaces, one cell again before any pass reads its digits as figures.
  { name: "spaced year line", pass: joinSpacedYearLines },
  // 总分 / 10 / 0 / 99 / .1 / 4: a total's figures a piece a line, parted where one cut alone gives a total's; before broken figures joins any piece.
  { name: "total figure pieces", pass: joinTotalFigurePieces },
  // 2,778 / .87 one figure: before any pass counts or reads figures.
  { name: "broken figures", pass: joinBrokenFigures },
  // 总分 100 / 94.17: a total's score drawn on the line below, on the whole figures above.
  { name: "total score below", pass: joinTotalScoreBelow },
  // 项目名 / 称, 年度资金总 / 额 589.09 …: a fund row's label whole before fund-figure-lines looks for it.
  { name: "broken labels", pass: joinBrokenLabels },
  // 分值 / 执行 / 率 / 得分 one head row: the funds', goals' and indicators' head rows the passes below start under.
  { name: "broken heads", pass: joinBrokenHeads },
  // 部分达成预期指 / 标: a cell's last word broken before its last character, the character alone on a line.
  { name: "word tail lines", pass: joinWordTailLines },
  // A fund row's figures one a line: its whole label, its figures, no more than the funds' head row has heads.
  { name: "fund figure lines", pass: joinFundFigureLines },
  // 88 / .2 / 8% after a fund row's amounts: its rate, where 执行数 over 预算数 gives it.
  { name: "rate pieces", pass: joinRatePieces },
  // 10590 / 0.48 / 105900.4 / 8 …: a fund row's pieces cut into its heads' cells where one cut alone keeps its sums.
  { name: "fund row segments", pass: joinFundRowSegments },
  // 4707.3 / 1, 23 / 3. / 34 under 其中：…: a part's figures broken with no mark, joined where the total's sums settle it (on the total the passes above made whole).
  { name: "fund parts by sums", pass: joinPartsBySums },
  // 1 / 0. / 76 after a row's completion: its points and its score, the only reading giving the row both.
  { name: "points score pieces", pass: joinPointsScorePieces },
  // 产出指标 / (50分), 产出指标（50 / 分）: a 一级 name and its points note one cell, before the row passes look for names alone.
  { name: "level note pieces", pass: joinLevelNotePieces },
  // 维修校舍面积 / ≥1170 / 0平方米 / 1233 / 4平方米 / 2 2: a target and completion in one unit, parted where the unit settles it.
  { name: "unit-paired values", pass: joinUnitPairedValues },
  // An indicator row spread over lines (name, values, method, score): before stacked-cell-rows, which
  // leaves a name alone before the values to this pass.
  { name: "spread indicator rows", pass: joinSpreadIndicatorRows },
  // An indicator row's name, target and completion each wrapped, then its points.
  { name: "stacked cell rows", pass: joinStackedCellRows },
  // A score drawn below its row: on the rows the two passes above made whole.
  { name: "score below row", pass: joinScoreBelowRows },
  // The goals' two columns printed one after the other, under the goals' head row.
  { name: "wrapped goal columns", pass: joinWrappedGoalColumns },
  // The 年度主要任务 table's spanning head on a line of its own, within the task head: one head row.
  { name: "task span head", pass: joinTaskSpanHead },
  // The first task's wrapped name right after that head: the row's name.
  { name: "task name pieces", pass: joinTaskNamePieces },
  // A task's amounts one a line, one broken: joined where one join makes 总额 = 财政拨款 + 其他资金.
  { name: "task amount pieces", pass: joinTaskAmountPieces },
  // An executed amount broken with no mark, joined where the row's printed rate settles it.
  { name: "rate-settled figures", pass: joinRateSettledFigures },
  // A name with its target wrapped below it, then the completion and points: one row.
  { name: "target below name", pass: joinTargetBelowName },
  // A 三级 name's first piece alone, its rest opening the values line: one name.
  { name: "name piece rows", pass: joinNamePieceRows },
  // 指标5：新增养老 / 床位 / ≥80张 91张 3 3: a name wrapped on lines of its own, the values line after it whole.
  { name: "wrapped name rows", pass: joinWrappedNameRows },
  // 数据准确率 ≥98% / 98.1 / % / 4 4: a completion wrapped below its row's name and target, before the points.
  { name: "completion below values", pass: joinCompletionBelowValues },
  // 差错率 ≤2% 3% 3 2.0 / 部分设备到货延迟 / ，影响了项目进度 / 质量指标: a row's 偏差原因 wrapped below it, on the rows the passes above made whole.
  { name: "deviation below row", pass: joinDeviationBelowRows },
];

function joinBrokenLabelGrid(grid: Grid): Grid {
  const rows = LINEAR_PASSES.reduce<Row[]>((rows, p) => p.pass(rows), [...grid.rows]);
  // The columns after a row's points want each line's last cell as the converter drew it (lineTexts).
  return { ...grid, rows: joinAfterScoreColumns(rows, lineTexts(grid.rows)) };
}

/**
 * The last cell read on a line, for a joined head's first piece (after-score-columns.ts): a head
 * broken over lines opens on its line's last cell, or alone on it.
 */
function lineTexts(rows: readonly Row[]): (line: number | undefined) => string | null {
  const byLine = new Map<number, string>();
  for (const row of rows) {
    for (const cell of row.cells) {
      const line = cell.source.line;
      if (line !== undefined) byLine.set(line, cell.text.trim());
    }
  }
  return (line) => (line === undefined ? null : (byLine.get(line) ?? null));
}

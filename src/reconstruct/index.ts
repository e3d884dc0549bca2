import type { Cell, Grid, Row } from "../layout/grid.js";
import type { Lang } from "../messages.js";
import { foldGridWidth } from "./fold-width.js";
import { FormReader, type ReadResult } from "./form-reader.js";
import type { RawForm, RawValue } from "./raw-form.js";
import { segmentStream } from "./segment-stream.js";
import { rebuildLayoutRows } from "./layout-rows.js";
import { splitMidlineTitles } from "./midline-title.js";
import { regroupLinearScoringSheets } from "./linear-scoring-sheet.js";
import { regroupRunTogetherScoringSheets } from "./run-together-scoring-sheet.js";
import { regroupNumberedItemSheets } from "./numbered-item-score-sheet.js";
import { recutSpacedIndicatorRows } from "./spaced-indicators.js";
import { joinBrokenLevelNames } from "./broken-level-names.js";
import { joinFundPairLines } from "./fund-pair-lines.js";
import { dealRowFigures } from "./dealt-row-figures.js";
import { ruleFirstSheetCells } from "./rule-first-cells.js";

/** One cell a line: the template's rows from the stream, a rule-first sheet whose lines are not its cells read apart (rule-first-cells.ts). */
export function segmentCells(cells: Cell[]): Row[] {
  const sheet = ruleFirstSheetCells(cells);
  return sheet ? [...segmentStream(sheet.before), ...sheet.rows, ...segmentStream(sheet.after)] : segmentStream(cells);
}

export type { RawForm, RawValue, RawIndicator, RawFundRow, RawDiagnostic } from "./raw-form.js";

/** Reads a Grid into raw forms (text as read, with sources); normalisation comes after. */
export function reconstruct(printed: Grid, options: { lang?: Lang | undefined } = {}): ReadResult {
  const grid = foldGridWidth(printed);
  const rows = grid.drawingOrder
    ? rebuildLayoutRows(grid.rows.flatMap((r) => r.cells))
    : grid.rowsKnown
      ? dealRowFigures(recutSpacedIndicatorRows(regroupRunTogetherScoringSheets(regroupNumberedItemSheets(regroupLinearScoringSheets(splitMidlineTitles(joinBrokenLevelNames(grid.rows)))))))
      : segmentCells(grid.rows.flatMap((r) => r.cells));
  return new FormReader({ lang: options.lang }).read(joinFundPairLines(rows));
}

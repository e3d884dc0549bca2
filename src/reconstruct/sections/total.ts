import { labelKey } from "../../template/labels.js";
import type { ColumnSpec } from "../align.js";
import type { Cell } from "../../layout/grid.js";
import { classify, hasText, isBlankText } from "../classify.js";
import type { ReaderState } from "../reader-state.js";
import { totalLabelValue } from "../row-classifier.js";
import type { RowView } from "../row-prepare.js";
import { rawOf, toRaw } from "../row-view.js";
import { indicatorPlausibility, readingPriors } from "../run-together.js";
import type { RawIndicator } from "../raw-form.js";
import { flushPartial } from "./indicators.js";
import { FLOAT_SLACK } from "../tolerances.js";

/** The 总分 (合计, 自评总分) row: its weight and score, read at the indicator table's 分值 and 得分 columns. */
export function readTotalRow(st: ReaderState, v: RowView, labelIdx: number): void {
  const { cells } = v;
  const form = st.ensureForm(cells[labelIdx]!);
  flushPartial(st);
  const inline = totalLabelValue(cells[labelIdx]!);
  if (inline) {
    form.total.score = { text: inline, source: cells[labelIdx]!.source };
    return;
  }
  if (st.boundaries === "none") {
    // A table whose header names 得分 and no 分值 (年初目标值 | 实际完成值 | 得分) totals its scores only.
    const noWeight = st.indColsFromHeader && st.indCols.some((c) => c.name === "score") && !st.indCols.some((c) => c.name === "weight");
    const cols: ColumnSpec<"weight" | "score">[] = [
      ...(noWeight ? [] : [{ name: "weight" as const, type: "weight" as const, skip: 0.5 }]),
      { name: "score", type: "score", skip: 0.4 },
    ];
    const a = st.align(cells.slice(labelIdx + 1).flatMap(spacedFigures), cols, totalPlausibility(rowPointsMax(form.indicators)));
    form.total.weight = toRaw(a.placed.get("weight") ?? [], "");
    form.total.score = toRaw(a.placed.get("score") ?? [], "");
    return;
  }
  const numbers = cells.slice(labelIdx + 1).filter((c) => {
    const k = classify(c.text).kind;
    return k === "number" || k === "percent" || (hasText(c.text) && !isBlankText(c.text) && k !== "blank");
  });
  const weightCol = st.indCols.find((c) => c.name === "weight");
  const scoreCol = st.indCols.find((c) => c.name === "score");
  if (numbers.length >= 2) {
    form.total.score = rawOf(numbers[numbers.length - 1]!);
    // A row run into the rows around it (a converter's blocks: 总分 | 群众满意度 | 10 | 100 | … | 10 | 92)
    // has its score last, but figures of other rows before it: a figure under one row's points is
    // not the total's 分值, and which is the text does not say.
    const weight = Number(numbers[numbers.length - 2]!.text.trim().replace(/分$/, ""));
    if (runIntoOtherRows(numbers) && Number.isFinite(weight) && weight < rowPointsMax(form.indicators)) {
      form.diagnostics.push({
        code: "unplaced-text",
        severity: "warning",
        message: st.msg.totalWeightUnsettled(toRaw(v.cells, v.sep)?.text ?? ""),
        source: { ...cells[labelIdx]!.source, text: toRaw(v.cells, v.sep)?.text ?? "" },
      });
    } else form.total.weight = rawOf(numbers[numbers.length - 2]!);
  } else if (numbers.length === 1) {
    const only = numbers[0]!;
    const nearWeight =
      only.col !== undefined && weightCol?.hint !== undefined && scoreCol?.hint !== undefined && Math.abs(only.col - weightCol.hint) < Math.abs(only.col - scoreCol.hint);
    if (nearWeight || (!st.indColsFromHeader && rowsGaveWeightsOnly(st))) form.total.weight = rawOf(only);
    else form.total.score = rawOf(only);
  }
}

/** Words (not a figure, unit or dash) among a total row's cells, and more than its two figures. */
function runIntoOtherRows(cells: readonly Cell[]): boolean {
  const figures = cells.filter((c) => FIGURE_CELL.test(c.text.trim()));
  return figures.length > 2 && cells.some((c) => /[\u4e00-\u9fff]{2,}/u.test(c.text) && !FIGURE_CELL.test(c.text.trim()));
}
const FIGURE_CELL = /^\d+(?:\.\d+)?(?:%|分)?$/;

/**
 * A cell of run-together text holding figures a space parts (`100 94`, `100   93.04`: a flattened page
 * kept the spaces a linear total printed between its 分值 and 得分): one cell a figure, as the space says.
 */
function spacedFigures(cell: Cell): Cell[] {
  const text = cell.text.trim();
  if (!SPACED_FIGURES.test(text)) return [cell];
  return text.split(/\s+/).map((t) => ({ ...cell, text: t }));
}
const SPACED_FIGURES = /^\d+(?:\.\d+)?(?:\s+\d+(?:\.\d+)?)+$/;

/**
 * Every indicator read gave its 分值 and none its 得分 (a table with no header to say which column a
 * row's one number is in, as pointsAsTheRowsBefore reads them): the total's one number is the 分值's.
 */
function rowsGaveWeightsOnly(st: ReaderState): boolean {
  const rows = st.form?.indicators ?? [];
  return rows.some((r) => printed(r.weight)) && rows.every((r) => !printed(r.score));
}

function printed(x: { text: string } | null | undefined): boolean {
  return x != null && hasText(x.text) && !isBlankText(x.text);
}

/** Rows after the table that the contract does not model (Sichuan's 评价结论 …): noted, not read. */
export function readTrailer(st: ReaderState, v: RowView, labelIdx: number): void {
  const form = st.form;
  if (!form) return;
  form.diagnostics.push({
    code: "field-not-in-contract",
    severity: "info",
    message: st.msg.notInContract(labelKey(v.cells[labelIdx]!.text)),
    source: { ...v.cells[labelIdx]!.source, text: toRaw(v.cells, v.sep)?.text ?? "" },
  });
}

/**
 * What makes a reading of a total row's digits believable: an indicator's rules (score ≤ weight ≤
 * 100, few decimals), except that a total carries all the points, most often 100 (an indicator over
 * half of them is rare; a total is not), and never fewer than one of its rows prints: `合计100`
 * under rows of 22.5 points is 100, not 10 | 0.
 */
export function totalPlausibility(rowMax: number): (v: Map<string, string>) => number {
  return (v) => {
    const weight = Number(v.get("weight"));
    const score = Number(v.get("score"));
    let cost = indicatorPlausibility(new Map([...v].filter(([k]) => k !== "weight")));
    if (v.has("weight") && Number.isFinite(weight)) {
      if (weight > 100) cost += readingPriors.impossible;
      if (/\./.test(v.get("weight")!)) cost += readingPriors.unlikely;
      if (weight < rowMax) cost += readingPriors.impossible;
      if (v.has("score") && Number.isFinite(score) && score > weight + FLOAT_SLACK) cost += readingPriors.impossible;
    }
    return cost;
  };
}

/** The most points one indicator row prints (its 分值, or its 得分 where it prints none). */
function rowPointsMax(indicators: readonly RawIndicator[]): number {
  let max = 0;
  for (const ind of indicators) {
    for (const x of [ind.weight, ind.score]) {
      const n = x ? Number(x.text.trim().replace(/分$/, "")) : NaN;
      if (Number.isFinite(n) && n > max) max = n;
    }
  }
  return max;
}

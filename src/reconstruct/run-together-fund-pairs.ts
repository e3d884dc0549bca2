/**
 * Funds printed as label and value pairs (an evaluation sheet's 计划投资额(万元) | 110.00 | 实际到位资金(万元)
 * | 84.74 | 实际使用情况(万元) | 84.74; the regional form's 预算数 | 2.38 | 执行数 | 2.38), run together
 * onto one row: cut before and after each figure, the row is those pairs when every piece of text
 * between the figures is a pair's label (template fundPairLabels), the unit beside it included.
 */
import type { Cell } from "../layout/grid.js";
import { fundPairField, UNIT_AT_END } from "./row-classifier.js";
import { labelKey } from "../template/labels.js";
import { unreadFundPairLabels } from "../template/project.js";

/** A figure as a pair prints it: an amount, a rate. */
const FIGURE = /[0-9][0-9.,]*[%％]?/g;

/**
 * A pair's label the contract has no field for, printed among the funds' pairs (结余(万元) after
 * 实际支出, the evaluation sheet's): a pair of the row all the same, its figure read by no field.
 */
function isUnreadPairLabel(label: string): boolean {
  const key = labelKey(label).replace(/[:：]$/, "").replace(UNIT_AT_END, "");
  return unreadFundPairLabels.some((p) => p.test(key));
}

/** The row cut into its pairs' labels and figures, or null when it is not such a row (opening on a label, two pairs at least). */
export function fundPairRun(blob: Cell): Cell[] | null {
  const text = blob.text.trim();
  const pieces: string[] = [];
  let at = 0;
  for (const m of text.matchAll(FIGURE)) {
    if (m.index! > at) pieces.push(text.slice(at, m.index!));
    pieces.push(m[0]);
    at = m.index! + m[0].length;
  }
  if (at < text.length) pieces.push(text.slice(at));
  const labels = pieces.filter((_, k) => k % 2 === 0);
  if (labels.length < 2 || pieces.length % 2 !== 0 || labels.some((l) => fundPairField(l) === null && !isUnreadPairLabel(l))) return null;
  // (One pair of the contract's at least: a row of balances alone is no funds row.)
  if (labels.every((l) => fundPairField(l) === null)) return null;
  return pieces.map((t) => ({ text: t, source: blob.source }));
}

/** The word of an indicator's level names. */
const INDICATOR_WORD = /指标/;
const FIGURE_ONLY = /^(?:[0-9][0-9.,]*(?:[%％]|\s*[万萬]?元)?|[万萬]?元)$/;
/** A part's figure with its unit, where the part prints one (`2.38万元`: the unit is no label's). */
const FIGURE_WITH_UNIT = /[0-9][0-9.,]*(?:[%％]|\s*[万萬]?元)?/g;
/** A part's label: words, brackets, a colon after 其中. */
const PART_LABEL = /^[\u4e00-\u9fff()（）:：、/]+$/;
/** A part's printing with its amount left blank, only the unit printed (`地方资金/其他万元`). */
const LABEL_THEN_UNIT = /^([\u4e00-\u9fff()（）:：、/]{2,16}?)([万萬]元)$/;

/** Fewest and most characters of a part's label printed again and again. */
const MIN_LABEL = 2;
const MAX_LABEL = 16;

/** The length of the label printed twice running at `at` (`省财政预算省财政预算`), or 0. */
function copyAt(text: string, at: number): number {
  for (let len = MIN_LABEL; len <= MAX_LABEL && at + 2 * len <= text.length; len++) {
    if (text.startsWith(text.slice(at, at + len), at + len)) return len;
  }
  return 0;
}

/** A run of labels cut into each printing: its copies apart, a label between copies whole. */
function splitCopies(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    const len = copyAt(text, at);
    if (len > 0) {
      const label = text.slice(at, at + len);
      while (text.startsWith(label, at)) {
        out.push(label);
        at += len;
      }
      continue;
    }
    // A label printed once here (its other printings on the row before, or beside figures): up to
    // where the next label printed twice begins, or to the end.
    let next = at + 1;
    while (next < text.length && copyAt(text, next) === 0) next++;
    out.push(text.slice(at, next));
    at = next;
  }
  return out;
}

/**
 * The length of the label opening `text` when it is printed again right after its figure
 * (`县级配套资金260.00县级配套资金220.00…`: a part printed once beside each amount), or 0.
 */
const LABEL_FIGURE_LABEL = /^([\u4e00-\u9fff()（）:：、]{2,16}?)[0-9][0-9.,]*(?:[%％]|\s*[万萬]?元)?\1/;
function labelAgainAfterFigure(text: string): number {
  return LABEL_FIGURE_LABEL.exec(text)?.[1]!.length ?? 0;
}

/**
 * The parts of funds printed as pairs, each part's label printed once beside each amount it has and
 * again where the amount is blank (`其中:中央财政其中:中央财政其中:中央财政省财政预算省财政预算…市县财政预算
 * 110.00市县财政预算84.74…`), run together: cut into each printing and each figure. Null unless the row
 * opens on a label printed at least twice and holds figures only between labels.
 */
export function repeatedPartsRun(blob: Cell): Cell[] | null {
  const text = blob.text.trim();
  const first = copyAt(text, 0) || labelAgainAfterFigure(text);
  // (Not an indicator row whose names repeat one another: 满意度指标服务对象满意度指标…)
  if (first === 0 || INDICATOR_WORD.test(text.slice(0, first))) return null;
  const pieces: string[] = [];
  let at = 0;
  for (const m of text.matchAll(FIGURE_WITH_UNIT)) {
    if (m.index! > at) pieces.push(...splitCopies(text.slice(at, m.index!)));
    pieces.push(m[0]);
    at = m.index! + m[0].length;
  }
  if (at < text.length) pieces.push(...splitCopies(text.slice(at)));
  // (A printing whose amount is blank keeps its unit apart, as a pair's blank value: `地方资金/其他 | 万元`.)
  if (pieces.some((p) => LABEL_THEN_UNIT.test(p))) pieces.splice(0, pieces.length, ...pieces.flatMap((p) => LABEL_THEN_UNIT.exec(p)?.slice(1) ?? [p]));
  // Labels and figures only: a comparator, a percent sign or a unit run into words is a value's.
  if (pieces.some((p, k) => !FIGURE_ONLY.test(p) && !PART_LABEL.test(p) && k < pieces.length - 1)) return null;
  return pieces.map((t) => ({ text: t, source: blob.source }));
}

/**
 * The same row read by a line's spaces, the spaces being a label's own (`计划安排资金 (万元)1208.75实际到位资金
 * (万元)1208.75…`: the cells cut inside labels and figures run onto labels): the cells joined are cut
 * into the pairs. Null when they are not such a row, or when a space parts two figures (`12 30`: joined,
 * they would read as one).
 */
export function spacedFundPairRun(cells: readonly Cell[]): Cell[] | null {
  if (cells.length < 2) return null;
  for (let i = 0; i + 1 < cells.length; i++) if (/[0-9%％]\s*$/.test(cells[i]!.text) && /^\s*[0-9]/.test(cells[i + 1]!.text)) return null;
  return fundPairRun({ text: cells.map((c) => c.text.trim()).join(""), source: cells[0]!.source });
}

import type { Row } from "../layout/grid.js";
import { foldWidth } from "../normalise/fold-width.js";
import { labelKey } from "../template/labels.js";
import { totalLabels } from "../template/project.js";
import { vocabularyName } from "./layout-rows.js";

/**
 * A document site's copy of a PDF's drawing order may print the figures of several indicator rows
 * in one run after the first of them, then the later rows' names with no figure at all
 * (`时效指标…纳入100%100%10 10 75元75元10 10 95%95%30 27 成本指标… 社会效益…`, the total's pair
 * sometimes last in the run, before 总分). Read as they stand, the first row's deviation takes
 * every later pass and the named rows stay empty. The run is dealt out to the named rows in order,
 * one pass each, only when the counts agree exactly: the run holds as many passes as the row's
 * own plus the names after it (one pass as long as the last row's with figures before it), the
 * total's pair left over only when a total row with no figure ends them. Otherwise nothing moves.
 * Only rows read run together (a row a line, no cell boundaries) are asked.
 */

/** A figure as a table cell prints it: a number, with a percent sign or a short count unit. */
const FIGURE = String.raw`[-+]?\d+(?:\.\d+)?(?:%|‰|万元|元|人次|万人|人|个|次|天|台套|台|件|户|家|项|份|所|名|篇|辆|小时|公里|亩|吨|套|本|场|期)?`;
const ONE = new RegExp(FIGURE, "gu");
/** A level's points printed after its name, `(50分)`. */
const POINTS = /^[(（]\d{1,3}(?:\.\d+)?分[)）]/;

interface Tail {
  /** Where the run starts in the row's text. */
  start: number;
  /** Each figure's span in the text, in order. */
  spans: Array<[number, number]>;
}

/**
 * The figures that end a run-together row, each parted from the next by one space or by nothing
 * (a unit or percent sign parts them), or null where the row ends in no figure. Numbers run
 * together with nothing between them (`1010`) are one figure here, so a run holding them counts
 * short and deals nothing. (Figures found left to right in one pass, then the run read back from
 * the end: linear in the text.)
 */
export function figureTail(text: string): Tail | null {
  const end = text.trimEnd().length;
  const found = [...text.slice(0, end).matchAll(ONE)].map((m): [number, number] => [m.index!, m.index! + m[0].length]);
  let k = found.length;
  if (k === 0 || found[k - 1]![1] !== end) return null;
  while (k > 1) {
    const gap = text.slice(found[k - 2]![1], found[k - 1]![0]);
    if (gap !== "" && !/^\s$/.test(gap)) break;
    k--;
  }
  const spans = found.slice(k - 1);
  const start = spans[0]![0];
  // (A figure right after a letter or digit of a name, `指标1`, `A1`: the run's start is uncertain.)
  if (start > 0 && /[\dA-Za-z.:：]/.test(text[start - 1]!)) return null;
  return { start, spans };
}

/** The row's text without its leading 一级 / 二级 names and their points: its 三级 name, if any. */
function level3Rest(text: string): string {
  let rest = text.trim();
  for (let guard = 0; guard < 3; guard++) {
    let cut = 0;
    for (let n = Math.min(rest.length, 12); n >= 2; n--) {
      if (vocabularyName(rest.slice(0, n))) {
        cut = n;
        break;
      }
    }
    if (cut === 0) break;
    rest = rest.slice(cut);
    const points = POINTS.exec(rest);
    if (points) rest = rest.slice(points[0].length);
  }
  return rest.trim();
}

function isTotalRow(text: string): boolean {
  return totalLabels.includes(labelKey(text));
}

/** A row read run together, one cell, no folded digits to keep in step. */
function runTogether(row: Row): string | null {
  if (row.boundaries !== "none" || row.cells.length !== 1) return null;
  const cell = row.cells[0]!;
  if (cell.source.printed !== undefined) return null;
  return foldWidth(cell.text) === cell.text ? cell.text : null;
}

function withText(row: Row, text: string): Row {
  const cell = row.cells[0]!;
  return { ...row, cells: [{ ...cell, text }] };
}

export function dealRowFigures(rows: readonly Row[]): Row[] {
  const out = [...rows];
  for (let i = 1; i < out.length; i++) {
    const text = runTogether(out[i]!);
    const before = runTogether(out[i - 1]!);
    if (text === null || before === null) continue;
    const tail = figureTail(text);
    const pass = figureTail(before)?.spans.length ?? 0;
    // (The row before shows one pass: at least a target or actual and the points.)
    if (!tail || pass < 3 || tail.spans.length < 2 * pass || level3Rest(text.slice(0, tail.start)).length < 3) continue;
    // The named rows after it: no figure ending them; a level's own row (no 三级 name) takes none.
    const named: number[] = [];
    let j = i + 1;
    for (; j < out.length; j++) {
      const t = runTogether(out[j]!);
      if (t === null || figureTail(t) !== null || isTotalRow(t)) break;
      const rest = level3Rest(t);
      if (rest.length >= 3) named.push(j);
    }
    const totalAfter = j < out.length && runTogether(out[j]!) !== null && isTotalRow(runTogether(out[j]!)!);
    const passes = tail.spans.length;
    const dealt = named.length * pass;
    const leftover = passes - pass - dealt;
    if (named.length === 0 || !(leftover === 0 || (leftover === 2 && totalAfter))) continue;
    const piece = (from: number, to: number) => text.slice(tail.spans[from]![0], tail.spans[to - 1]![1]);
    named.forEach((at, k) => {
      const from = pass * (k + 1);
      out[at] = withText(out[at]!, runTogether(out[at]!)! + piece(from, from + pass));
    });
    if (leftover === 2) out[j] = withText(out[j]!, runTogether(out[j]!)! + piece(passes - 2, passes));
    out[i] = withText(out[i]!, text.slice(0, tail.spans[pass - 1]![1]));
    i = j;
  }
  return out;
}

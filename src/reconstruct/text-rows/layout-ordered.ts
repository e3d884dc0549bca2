import type { Cell, Grid } from "../../layout/grid.js";
import { PAGE_NUMBER } from "../../layout/text-lines.js";
import { foldWidth } from "../../normalise/fold-width.js";
import { labelKey } from "../../template/labels.js";
import { joinSplitHeads } from "./split-heads.js";
import { departmentTitlePattern, fundsLabel, goalsLabel, indicatorsLabels, titlePattern, verticalLabels } from "../../template/project.js";

/**
 * Shape 6: a layout-ordered dump, the text of a PDF in drawing order (pdftotext without -layout,
 * a copy from a PDF viewer). Every cell is on lines of its own, but empty cells leave no line,
 * a long cell is wrapped over several lines at the column's width, a vertical label comes one
 * character a line (or its characters spaced out on one line), a row's numbers may come before
 * its labels, and page numbers stand between pages. This stage turns the lines back into cells
 * (wraps joined, vertical labels gathered, page numbers dropped) and hands them to
 * layout-rows.ts, which puts each row's cells together.
 */

/** One character of a vertical label: a CJK character or a bracket of its unit (项目资金(元)). */
const LABEL_CHAR = /^[\u4e00-\u9fff()（）]$/;
/** Characters spaced out on one line (`年 度 总 体 目 标`): a vertical label a dump kept on one line. */
const SPACED_CHARS = /^[\u4e00-\u9fff()（）](?:[ \u3000]+[\u4e00-\u9fff()（）]){2,}$/;
/** A line that cannot open a cell: it continues the sentence of the line above. */
const CONTINUES = /^[，,。；;、：:！？）)”’》]/;

/** Two figures or more on one line, parted by spaces: a row's numbers a PDF drew on one line. */
const FIGURE = String.raw`(?:[-+]?\d[\d,]*(?:\.\d+)?%?|[-—–]+)`;
const FIGURES_LINE = new RegExp(String.raw`^${FIGURE}(?:[ \u3000]+${FIGURE})+$`);

/** How a value or a numbered list opens: `1、`, `(2)`, `≥`, a digit. */
const OPENS_CELL = /^(?:[(（]?\d{1,2}[)）、.．]|[一二三四五六七八九十][、.]|[≥≤<>=＞＜＝]|\d)/;

/** The department-wide form's task table label. */
const TASKS_LABEL = "年度主要任务";

/** Fewest signs of the shape for text to be read as layout-ordered. */
const MIN_SIGNS = 2;

/**
 * Is this one-cell-per-line text a layout-ordered dump? A page's export (the cell-per-line shape)
 * prints empty cells as empty lines and never breaks a label; a PDF dump prints no empty cell
 * and breaks vertical labels and pages. Wanted: no empty line between the first and the last
 * line, and at least two signs among a vertical label spread over lines, a page number and a
 * line that continues the one above.
 */
export function looksLayoutOrdered(text: string): boolean {
  const lines = text.split(/\r?\n/);
  let first = 0;
  let last = lines.length - 1;
  while (first <= last && lines[first]!.trim() === "") first++;
  while (last >= first && lines[last]!.trim() === "") last--;
  if (last - first < 20) return false;
  // A department-wide form's dump (年度主要任务, its task table) is left to the one-cell-per-line
  // reader: layout-rows.ts does not rebuild a task table yet, and reads such dumps a little worse.
  // (Tested on the lines run together: a dump wraps the title and spreads the label over lines.)
  const all = labelKey(lines.join(""));
  if (departmentTitlePattern.test(all) || all.includes(TASKS_LABEL)) return false;
  // Each column head broken over two lines is a sign: a page's export never breaks one.
  let signs = joinSplitHeads(lines.slice(first, last + 1).map((l) => l.trim())).joins;
  if (signs >= MIN_SIGNS) return true;
  for (let i = first; i <= last; i++) {
    const t = lines[i]!.trim();
    if (t === "") return false;
    if (PAGE_NUMBER.test(foldWidth(t))) signs++;
    // A row's figures on one line: an export of one cell a line gives each its own.
    else if (FIGURES_LINE.test(foldWidth(t))) signs++;
    else if (SPACED_CHARS.test(t) && isVerticalLabel(t.replace(/[ \u3000]+/g, ""))) signs++;
    else if (LABEL_CHAR.test(t) && i > first && LABEL_CHAR.test(lines[i - 1]!.trim()) && !LABEL_CHAR.test(lines[i - 2]?.trim() ?? "")) signs++;
    if (signs >= MIN_SIGNS) return true;
  }
  return false;
}

/**
 * A piece of the dump: a line, or a vertical label gathered, and how likely the next continues its
 * cell by the text alone (the reconstructor settles it by the template and the table's rows).
 */
export interface Piece {
  cell: Cell;
  next: "none" | "possible" | "likely";
}

/**
 * Text known to be layout-ordered → a Grid of its cells in drawing order, each marked with how
 * likely the next continues it; the reconstructor rebuilds the rows (reconstruct/layout-rows.ts).
 * `lines` are the dump's lines as the text reader gives them (TextReadings.dumpLines: trimmed, two
 * cells of the same long text read across put back one after the other).
 */
export function readLayoutOrdered(lines: readonly string[]): Grid {
  const cells = layoutPieces(lines).map((p): Cell => (p.next === "none" ? p.cell : { ...p.cell, continues: p.next }));
  return { rows: [{ cells, boundaries: "exact" }], rowsKnown: false, drawingOrder: true, pages: null };
}

/**
 * The dump's lines → its pieces in drawing order: a line, or a vertical label gathered, each
 * with how likely it is to go on in the next (layout-rows.ts decides where the table's rows
 * settle it). A line that the next continues beyond doubt (the next opens with punctuation no cell
 * opens with) is joined here.
 */
export function layoutPieces(dumpLines: readonly string[]): Piece[] {
  // Column heads broken over two lines put back whole (split-heads.ts).
  // (Two cells of the same long text read across, each line twice, were put back one after the
  // other by the reader: extract/text/twin-lines.ts.)
  const lines = joinSplitHeads(joinWrappedTitles(dumpLines)).lines;
  const widths = new Map<number, Set<number>>();
  const out: Piece[] = [];
  // Each form's cells were wrapped at its own widths (a file may hold several forms).
  const formStarts = lines.map((l, i) => (titlePattern.test(labelKey(l)) && l.length <= 40 ? i : -1)).filter((i) => i >= 0);
  const widthsAt = (i: number): Set<number> => {
    const start = formStarts.findLast((s) => s <= i) ?? 0;
    let w = widths.get(start);
    if (!w) {
      const end = formStarts.find((s) => s > start) ?? lines.length;
      w = wrapWidths(lines.slice(start, end));
      widths.set(start, w);
    }
    return w;
  };
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!;
    if (t === "" || PAGE_NUMBER.test(foldWidth(t))) continue;
    // A vertical label: its characters one a line, or spaced out on one line.
    if (LABEL_CHAR.test(t)) {
      let end = i;
      while (end + 1 < lines.length && LABEL_CHAR.test(lines[end + 1]!)) end++;
      const joined = lines.slice(i, end + 1).join("");
      if (end > i && isVerticalLabel(joined)) {
        out.push({ cell: { text: joined, source: { line: i + 1 } }, next: "none" });
        i = end;
        continue;
      }
    }
    if (SPACED_CHARS.test(t) && isVerticalLabel(t.replace(/[ \u3000]+/g, ""))) {
      out.push({ cell: { text: t.replace(/[ \u3000]+/g, ""), source: { line: i + 1 } }, next: "none" });
      continue;
    }
    // A row's figures drawn on one line (`15 13`, `1100 1100 100% 10`): a cell each.
    if (FIGURES_LINE.test(foldWidth(t))) {
      for (const figure of t.split(/[ \u3000]+/)) out.push({ cell: { text: figure, source: { line: i + 1 } }, next: "none" });
      continue;
    }
    let cell = t;
    const first = i;
    while (i + 1 < lines.length && lines[i + 1] !== "" && CONTINUES.test(lines[i + 1]!)) cell += lines[++i]!;
    const lastLine = lines[i]!;
    out.push({ cell: { text: cell, source: { line: first + 1 } }, next: i + 1 < lines.length ? joinLikelihood(lastLine, lines[i + 1]!, widthsAt(i)) : "none" });
  }
  return out;
}

/**
 * A title wrapped over two lines (`2022年度项目支出绩效` / `自评表`) put on the first line: a form
 * starts at its title, and the widths are the form's. The second line is left empty.
 */
function joinWrappedTitles(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a === "" || b === "" || titlePattern.test(labelKey(a)) || titlePattern.test(labelKey(b))) continue;
    if (a.length + b.length <= 40 && titlePattern.test(labelKey(a + b))) {
      out[i] = a + b;
      out[i + 1] = "";
    }
  }
  return out;
}

/** A joined vertical label: one the template knows. */
function isVerticalLabel(text: string): boolean {
  const key = labelKey(text);
  const known = [...verticalLabels, ...goalsLabel, ...indicatorsLabels, ...fundsLabel];
  return known.some((l) => key === l || (key.startsWith(l) && /^\((万?元)\)$/.test(key.slice(l.length))));
}

/** Shortest line that a dump wraps: a column narrower than this holds no sentence. */
const MIN_WRAPPED = 6;

/**
 * How likely `next` continues the cell whose last line is `line`: not at all when `next` is a
 * label, a 一级/二级 name, a number or a page number, or `line` is short; likely when `line` filled
 * its column (its length is one of the form's wrap widths, or a character short of it: the
 * dump breaks between words); possible otherwise.
 */
function joinLikelihood(line: string, next: string, widths: ReadonlySet<number>): Piece["next"] {
  if (next === "" || PAGE_NUMBER.test(foldWidth(next))) return "none";
  // (A label, a 一级/二级 name or a title next opens a cell too: the reconstructor knows them.)
  if (/^[-+]?[\d,.]+%?$/.test(foldWidth(next)) || titlePattern.test(labelKey(next))) return "none";
  const n = [...line].length;
  if (n < MIN_WRAPPED) return "none";
  // A line opening as cells open (a list number, a comparator, a digit) may be a cell of its own.
  if (OPENS_CELL.test(foldWidth(next))) return "possible";
  return [...widths].some((w) => n <= w && n >= w - 1) ? "likely" : "possible";
}

/**
 * The widths at which a dump wrapped its long cells: the longest length, when two lines or more
 * reach it, and about half of it when two lines or more have that length (goal texts span two
 * columns and wrap at twice the width of the others). Lines shorter than 10 are not counted.
 */
export function wrapWidths(lines: readonly string[]): Set<number> {
  const count = new Map<number, number>();
  for (const l of lines) {
    const n = [...l].length;
    if (n >= 10) count.set(n, (count.get(n) ?? 0) + 1);
  }
  const longest = Math.max(0, ...count.keys());
  return new Set([...count].filter(([n, c]) => c >= 2 && (n === longest || Math.abs(2 * n - longest) <= 2)).map(([n]) => n));
}

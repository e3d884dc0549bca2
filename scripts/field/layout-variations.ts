/**
 * More ways a PDF's text layer gives a table in reading order (perturb.ts measures the tuned
 * fixtures under each). The layout-order variation writes each row's cells one after another; the
 * text layers of real PDFs (pdftotext without -layout, a viewer's copy, a converter's text) read a
 * row line by line across its cells, centre short cells in tall rows, print a merged cell once
 * in the middle of the rows it spans, split narrow column heads over two lines, repeat the table's
 * heads after a page break, and document sites run the whole dump onto one line. Each variation
 * keeps every field a person reads; it applies to the pipe and one-cell-a-line fixtures, whose
 * rows are known (tableRows).
 */
import { level1Names, level2Names } from "../../src/template/project.js";

type Variation = (text: string) => string;
type Rows = (t: string) => string[][] | null;
type Wrap = (cell: string) => string[];

/** A number, rate or score alone in a cell: what a PDF prints on the numbers' line. */
const NUMBER = /^[-+]?[\d,.]+%?$/;
/** A 一级 or 二级 name as a merged cell prints it (its points may follow: 产出指标(50分)). */
const NAMES = new Set([...level1Names, ...level2Names]);
const isLevelName = (c: string) => NAMES.has(c.replace(/\s+/g, "").replace(/[(（]\d+(?:\.\d+)?分?[)）]$/, ""));
/** A column head row of the funds or the indicator table. */
const HEAD_ROW = /^(?:三级指标|二级指标|年初预算数|全年预算数|年度指标值|实际完成值)$/;
const isHeadRow = (cells: string[]) => cells.filter((c) => HEAD_ROW.test(c.replace(/\s+/g, ""))).length >= 2;
/** The indicator table's head row. */
const INDICATOR_HEAD = /^(?:一级指标|二级指标|三级指标|年度指标值|实际完成值)$/;
const isIndicatorHead = (cells: string[]) => cells.filter((c) => INDICATOR_HEAD.test(c.replace(/\s+/g, ""))).length >= 2;

/**
 * A row read line by line across its cells, as a text layer gives a table whose cells wrap: the
 * first line of every cell, then the second lines, and so on. `centred`: a cell shorter than the
 * row's tallest is drawn in its middle (vertical centring, the Word and WPS default), so a short
 * cell's text comes between the lines of the tall ones (d07's goals, c07's indicator rows).
 */
function lineByLine(cells: string[], wrap: Wrap, centred: boolean): string[] {
  const lines = cells.filter((c) => c !== "").map(wrap);
  const height = Math.max(0, ...lines.map((l) => l.length));
  const out: string[] = [];
  for (let y = 0; y < height; y++) {
    for (const l of lines) {
      const top = centred ? Math.floor((height - l.length) / 2) : 0;
      const line = l[y - top];
      if (line !== undefined) out.push(line);
    }
  }
  return out;
}

/** The numbers of a row on one line before its texts (a PDF that draws a row's figures first: c07, e03). */
function numbersFirst(cells: string[], wrap: Wrap): string[] {
  const kept = cells.filter((c) => c !== "");
  const numbers = kept.filter((c) => NUMBER.test(c));
  if (numbers.length < 2) return kept.flatMap(wrap);
  return [numbers.join(" "), ...kept.filter((c) => !NUMBER.test(c)).flatMap(wrap)];
}

/** Narrow column heads broken in two (年度指标值 → 年度指 / 标值), the first halves of all heads then the second halves (e02's 年初指 / 标值). */
function splitHeads(cells: string[]): string[] {
  const halves = cells.filter((c) => c !== "").map((c) => {
    const chars = [...c];
    if (chars.length < 4) return [c];
    const cut = Math.ceil(chars.length / 2);
    return [chars.slice(0, cut).join(""), chars.slice(cut).join("")];
  });
  return [...halves.map((h) => h[0]!), ...halves.filter((h) => h.length > 1).map((h) => h[1]!)];
}

/** A level name as the variations compare it: no spaces, no points after it (`产出指标(50分)`). */
const bare = (c: string | undefined) => (c ?? "").replace(/\s+/g, "").replace(/[(（]\d+(?:\.\d+)?分?[)）]$/, "");

/**
 * Each indicator row's own names taken out of it (rows after `head`, up to the next indicator
 * head, `end`): its 一级 name (a 一级 word before another name, or one that is no 二级 word) into
 * `l1`, and with `level2` its 二级 name into `l2`, by row index.
 */
function takeOwnNames(out: string[][], head: number, level2: boolean): { end: number; l1: (string | null)[]; l2: (string | null)[] } {
  const l1: (string | null)[] = [];
  const l2: (string | null)[] = [];
  let end = out.length;
  for (let i = head + 1; i < out.length; i++) {
    const r = out[i]!;
    if (isIndicatorHead(r)) {
      end = i;
      break;
    }
    const one = level1Names.includes(bare(r[0])) && (isLevelName(r[1] ?? "") || !level2Names.includes(bare(r[0])));
    l1[i] = one ? r.shift()! : null;
    if (level2) l2[i] = level2Names.includes(bare(r[0])) ? r.shift()! : null;
  }
  return { end, l1, l2 };
}

/**
 * The indicator rows with each merged 一级/二级 name moved from the first row it spans to the
 * middle one (a text layer prints a merged cell where its middle is drawn): a 一级 name spans the
 * rows up to the next 一级 name, a 二级 name those up to the next name of either level.
 */
function mergedMiddle(rows: string[][]): string[][] {
  const out = rows.map((r) => r.filter((c) => c !== ""));
  const head = out.findIndex(isIndicatorHead);
  if (head < 0) return out;
  const { end, l1, l2 } = takeOwnNames(out, head, true);
  const moved1: (string | null)[] = [];
  const moved2: (string | null)[] = [];
  const spread = (own: (string | null)[], stops: (i: number) => boolean, into: (string | null)[]) => {
    for (let i = head + 1; i < end; i++) {
      if (!own[i]) continue;
      let last = i + 1;
      while (last < end && !stops(last)) last++;
      into[i + Math.floor((last - i - 1) / 2)] = own[i]!;
    }
  };
  spread(l1, (i) => !!l1[i], moved1);
  spread(l2, (i) => !!l1[i] || !!l2[i], moved2);
  for (let i = head + 1; i < end; i++) out[i] = [moved1[i], moved2[i], ...out[i]!].filter((c): c is string => !!c);
  return out;
}

/**
 * The indicator rows with each merged 一级 name moved from the first row it spans to a line of its
 * own after the last (a text layer that draws a merged cell after the cells of the rows it spans, or
 * after the table's other cells: k05's 产出指标 after its 数量指标 and 质量指标 rows, e03's names after
 * the table). A 一级 word before another name, or one that is no 二级 word, is the row's 一级 name.
 */
function level1After(rows: string[][]): string[][] {
  const out = rows.map((r) => r.filter((c) => c !== ""));
  const head = out.findIndex(isIndicatorHead);
  if (head < 0) return out;
  const { end, l1: own } = takeOwnNames(out, head, false);
  const result: string[][] = out.slice(0, head + 1);
  let pending: string | null = null;
  for (let i = head + 1; i < end; i++) {
    // A 一级 name ends the span of the one before: that one is drawn before this row.
    if (own[i] && pending) {
      result.push([pending]);
      pending = null;
    }
    if (own[i]) pending = own[i]!;
    // The table's end (a total row, a row that is no indicator) ends the span too.
    if (pending && /^(?:总分|合计|总计)/.test(bare(out[i]![0]))) {
      result.push([pending]);
      pending = null;
    }
    result.push(out[i]!);
  }
  if (pending) result.push([pending]);
  return [...result, ...out.slice(end)];
}

/**
 * A table as `pdftotext -layout` writes it: each row's cells side by side on its lines, every column
 * at one position down the table (a column as wide as its widest cell, two spaces between), a long
 * cell wrapped over several lines and the row's shorter cells centred in its height, so a row's
 * wrapped text stands on lines above and below its figures. An empty cell is left blank. A
 * character takes one column, as pdftotext gives a wide character. Lines start indented (the
 * table's left margin). (Columns by each row's cell order: a row that prints fewer cells than its
 * table's head stands shifted left, which no page does, but under the indicator head.)
 */
function spacedLayout(rows: string[][], wrap: Wrap): string[] {
  const widths: number[] = [];
  // Under the indicator table's head, a row of fewer cells lacks the merged 一级/二级 cells on its
  // left: its cells stand in the head's last columns, where the page draws them.
  const head = rows.findIndex(isIndicatorHead);
  const placed = rows.map((r, i) => {
    const n = head >= 0 && i > head ? rows[head]!.length : 0;
    return n > r.length ? [...Array<string>(n - r.length).fill(""), ...r] : r;
  });
  const wrapped = placed.map((r) => r.map((c) => (c === "" ? [] : wrap(c))));
  for (const r of wrapped) r.forEach((lines, i) => (widths[i] = Math.max(widths[i] ?? 2, ...lines.map((l) => [...l].length))));
  const out: string[] = [];
  for (const r of wrapped) {
    const height = Math.max(1, ...r.map((l) => l.length));
    for (let y = 0; y < height; y++) {
      let line = "    ";
      r.forEach((lines, i) => {
        const top = Math.floor((height - lines.length) / 2);
        const text = lines[y - top] ?? "";
        line += text + " ".repeat(widths[i]! - [...text].length + 2);
      });
      out.push(line.trimEnd());
    }
  }
  return out;
}

/** The layout-ordered variations, each given perturb.ts's row reader and wrap width. */
export function layoutVariations(tableRows: Rows, wrap: Wrap): Record<string, Variation> {
  const rowsOut = (t: string, write: (rows: string[][]) => string[]) => {
    const rows = tableRows(t);
    return rows ? write(rows).filter((l) => l !== "").join("\n") : t;
  };
  const cellsOut = (cells: string[]) => cells.filter((c) => c !== "").flatMap(wrap);
  return {
    // pdftotext's reading order within a row: line by line across the cells, top-aligned (a wrapped cell's later lines after the row's other cells).
    "layout-lines": (t) => rowsOut(t, (rows) => rows.flatMap((r) => lineByLine(r, wrap, false))),
    // The same with cells centred vertically (Word and WPS tables): a short cell between a tall one's lines.
    "layout-centred": (t) => rowsOut(t, (rows) => rows.flatMap((r) => lineByLine(r, wrap, true))),
    // A row's figures drawn first, on one line (Excel exports printed to PDF).
    "layout-numbers-first": (t) => rowsOut(t, (rows) => rows.flatMap((r) => numbersFirst(r, wrap))),
    // Merged 一级/二级 cells printed once, in the middle of the rows they span (every PDF of a Word table).
    "layout-merged-middle": (t) => rowsOut(t, (rows) => mergedMiddle(rows).flatMap(cellsOut)),
    // Merged 一级 cells drawn after the rows they span (k05, e03 as found).
    "layout-level1-after": (t) => rowsOut(t, (rows) => level1After(rows).flatMap(cellsOut)),
    "layout-level1-after-one-line": (t) => rowsOut(t, (rows) => [level1After(rows).flatMap(cellsOut).join(" ")]),
    // Column heads broken over two lines in narrow columns (年初指 / 标值).
    "layout-split-heads": (t) => rowsOut(t, (rows) => rows.flatMap((r) => (isHeadRow(r) ? splitHeads(r) : cellsOut(r)))),
    // A page break inside the indicator table: the page number, then its column heads again (a table that repeats its heading row).
    "layout-page-break": (t) =>
      rowsOut(t, (rows) => {
        const head = rows.findLastIndex(isIndicatorHead);
        if (head < 0 || rows.length - head < 4) return rows.flatMap(cellsOut);
        const at = head + Math.ceil((rows.length - head) / 2);
        return [...rows.slice(0, at).flatMap(cellsOut), "- 1 -", ...cellsOut(rows[head]!), ...rows.slice(at).flatMap(cellsOut)];
      }),
    // pdftotext -layout: rows on lines, columns at fixed positions, wrapped cells centred around their rows.
    "layout-spaced": (t) => rowsOut(t, (rows) => spacedLayout(rows, wrap)),
    // A document site's copy of the dump: every line run onto one, parted by spaces (c07, d07, e02, e03 came so).
    "layout-one-line": (t) => rowsOut(t, (rows) => [rows.flatMap(cellsOut).join(" ")]),
    "layout-centred-one-line": (t) => rowsOut(t, (rows) => [rows.flatMap((r) => lineByLine(r, wrap, true)).join(" ")]),
  };
}

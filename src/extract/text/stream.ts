import type { Cell, Grid, Row } from "../../layout/grid.js";
import type { LineReading } from "../extraction.js";
import { FLAT_FORM_LENGTH, PAGE_MARK, PAGE_NUMBER } from "../../layout/text-lines.js";
import { untwinLines } from "./twin-lines.js";
import { foldWidth } from "../../normalise/fold-width.js";
import { unitColumnOf, withSigns } from "./linear-signs.js";
import { blankEndedCells, emptyLinesEndCells } from "./blank-ended-cells.js";

/**
 * The spaces between a linear line's cells. Not a space after an enumeration comma that follows a
 * name (`吉首市卫健局、凤凰县卫健局、 古丈县卫健局`): a list goes on after its 、, and no cell ends on
 * one. (A numbering's 、, `一、 项目概况`, `1、 制度`, follows one character and parts as before.)
 */
const CELL_GAP = /(?<![\u4e00-\u9fff]{2}、)[ \t\u3000]+/;

/**
 * Shape 2: one cell per line (an HTML or word-processor export). Row ends are not marked, so the
 * Grid holds one row of every cell in order and the reconstructor segments it by the template.
 * An empty line or a lone space is an empty cell; a trailing ` |` is an artefact, and a line of
 * pipes alone (`||||`, the empty cells that close a row in some web exports) ends a row. Where
 * every cell is followed by one empty line (a page that puts each cell in its own paragraph),
 * those empty lines separate cells and only a line of spaces is an empty cell.
 */
export function readCellPerLine(text: string): Grid {
  // Two cells of the same long text read line by line across (twin-lines.ts): each cell's lines together.
  const lines = untwinLines(text.split("\n"));
  const kept = pipedParagraphLines(lines);
  return kept ? onLines(readCellLines(kept.map((k) => lines[k]!)), kept) : readCellLines(lines);
}

/**
 * Where a page closes its cells with lone pipes and also sets every line apart as a paragraph (an
 * empty line after each: a converter's double line breaks over a browser's copy of a table), the
 * empty lines only part the lines: the lines the pipes tell cells by, without them (one empty
 * line of each run of three, an empty cell between two separators, stays). Null where the page is
 * not so (its pipes tell cells as it is, or its empty lines are not separators).
 */
function pipedParagraphLines(lines: readonly string[]): number[] | null {
  if (!lines.some((l) => LONE_PIPE.test(l)) || lonePipesSeparate(lines) || pipesEndCells(lines)) return null;
  let first = 0;
  while (first < lines.length && lines[first]!.trim() === "") first++;
  if (!emptyLinesSeparate(lines.slice(first))) return null;
  const kept: number[] = [];
  let run = 0;
  lines.forEach((l, i) => {
    if (l.trim() !== "") {
      run = 0;
      kept.push(i);
    } else if (++run % 2 === 0) kept.push(i);
  });
  const undoubled = kept.map((k) => lines[k]!);
  return lonePipesSeparate(undoubled) || pipesEndCells(undoubled) ? kept : null;
}

/** The grid read from some of the page's lines (`kept`: their indices), its cells' line numbers the page's. */
function onLines(grid: Grid, kept: readonly number[]): Grid {
  for (const row of grid.rows) for (const c of row.cells) if (c.source.line !== undefined) c.source = { ...c.source, line: kept[c.source.line - 1]! + 1 };
  return grid;
}

function readCellLines(lines: readonly string[]): Grid {
  const cells: Cell[] = [];
  // Leading and trailing empty lines are not cells.
  let first = 0;
  let last = lines.length - 1;
  while (first <= last && lines[first]!.trim() === "") first++;
  while (last >= first && lines[last]!.trim() === "") last--;
  // Every cell closed by a pipe of its own line, a long cell wrapped over several lines before it.
  // (Not where the lines close their cells with pipes of their own: those pipes tell the cells.)
  // (Nor where each line's pipe only doubles the lone pipe under it: those lone pipes tell them.)
  if (pipesEndCells(lines.slice(first, last + 1)) && (!pipesCloseCells(lines.slice(first, last + 1)) || lonePipesFollowClosedLines(lines.slice(first, last + 1)))) return { rows: [{ cells: pipeEndedCells(lines, first, last), boundaries: "exact" }], rowsKnown: false, pages: null };
  const paragraphs = emptyLinesSeparate(lines.slice(first, last + 1));
  // Every cell closed by an empty line, a long cell's own line breaks kept (not paragraphs of one line each).
  if (!paragraphs && emptyLinesEndCells(lines.slice(first, last + 1))) return { rows: [{ cells: blankEndedCells(lines, first, last), boundaries: "exact" }], rowsKnown: false, pages: null };
  const widths = wrapWidths(lines.slice(first, last + 1));
  const pipesSeparate = lonePipesSeparate(lines.slice(first, last + 1));
  const pipesClose = pipesCloseCells(lines.slice(first, last + 1));
  // Does the page write separators ("") and empty cells (spaces) differently?
  const inner = lines.slice(first, last + 1);
  const blanksDiffer = inner.includes("") && inner.some((l) => l !== "" && l.trim() === "");
  for (let i = first; i <= last; i++) {
    const raw = lines[i]!;
    if (PIPES_ALONE.test(raw)) {
      const prev = cells.at(-1);
      if (prev) prev.endsRow = true;
      continue;
    }
    if (paragraphs && raw.trim() === "") {
      // A run of blank lines between paragraphs: separators, with empty cells among them.
      let end = i;
      while (end < last && lines[end + 1]!.trim() === "") end++;
      cells.push(...emptyCellsInRun(lines.slice(i, end + 1), i + 1, blanksDiffer));
      i = end;
      continue;
    }
    if (pipesSeparate && LONE_PIPE.test(raw)) continue;
    // A page number printed between pages (`- 2 -`, `第 2 页`) is no cell: the row goes on after it.
    if (PAGE_NUMBER.test(foldWidth(raw))) continue;
    // A pipe opening a line opens a table row (a Markdown export of one cell a line): not the cell's.
    let t = LONE_PIPE.test(raw) ? "" : raw.replace(/\s+\|\s*$/, "").replace(/^\s*\|\s+/, "");
    const line = i + 1;
    // A text dump wraps long cells at a fixed width: a line exactly that long goes on below (each
    // line of the cell is measured, not the cell joined so far: a cell may wrap over three lines).
    let lineLength = [...t.trim()].length;
    const wrapped: string[] = [];
    while (widths.has(lineLength) && i < last && lines[i + 1]!.trim() !== "") {
      i++;
      t = t.trimEnd();
      wrapped.push(wrapped.length === 0 ? t : lines[i - 1]!.trim());
      t += lines[i]!.trim();
      lineLength = [...lines[i]!.trim()].length;
    }
    if (wrapped.length) wrapped.push(lines[i]!.trim());
    // A clause broken onto the next line (a cell holding a <br> or a paragraph per clause) is the
    // same cell where the page marks cells' ends otherwise: no empty line parts them where every
    // cell is a paragraph, no pipe closes the line where every cell is closed by one.
    let open = paragraphs || (pipesClose && !CLOSED.test(raw));
    while (open && i < last && CLAUSE_END.test(t) && isCellPiece(lines[i + 1]!)) {
      const piece = lines[++i]!;
      t = t.trimEnd() + piece.replace(CLOSED, "").trim();
      open = paragraphs || !CLOSED.test(piece);
    }
    // (Only while no clause was joined after them: the lines then no longer make the text.)
    cells.push(wrapped.length && wrapped.join("") === t ? { text: t, source: { line }, wrappedLines: wrapped } : { text: t, source: { line } });
  }
  return { rows: [{ cells, boundaries: "exact" }], rowsKnown: false, pages: null };
}

/** A line of two or more pipes and nothing else: the empty cells that close a row. */
const PIPES_ALONE = { test: (l: string) => /^[\s|]+$/.test(l) && l.indexOf("|") !== l.lastIndexOf("|") };
/** One pipe alone: an empty cell. */
const LONE_PIPE = /^\s*\|\s*$/;
/**
 * Does (nearly) every line of one pipe close the cell above it, as when an export ends each cell
 * with ` |` on a line of its own? Those pipes then separate cells; they are no empty cells. Where
 * every cell's line is followed by its pipe (a browser's copy of a table that ends every <td> with
 * a pipe of its own line), an empty cell is a blank line closed by its pipe like any other.
 */
function lonePipesSeparate(lines: readonly string[]): boolean {
  let pipes = 0;
  let afterCell = 0;
  let afterBlank = 0;
  let texts = 0;
  let textsClosed = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!LONE_PIPE.test(l)) {
      if (l.trim() === "" || PIPES_ALONE.test(l)) continue;
      texts++;
      if (i + 1 < lines.length && LONE_PIPE.test(lines[i + 1]!)) textsClosed++;
      continue;
    }
    if (i === 0) continue;
    pipes++;
    const prev = lines[i - 1]!;
    if (LONE_PIPE.test(prev) || PIPES_ALONE.test(prev)) continue;
    if (prev.trim() !== "") afterCell++;
    else afterBlank++;
  }
  return pipes >= 10 && (afterCell >= 0.9 * pipes || (afterCell + afterBlank >= 0.9 * pipes && textsClosed >= 0.9 * texts));
}

/**
 * How many empty cells a run of blank lines between paragraph cells holds. Where the page tells
 * separators (empty lines) from empty cells (a line of spaces), the lines of spaces are the cells;
 * where every blank line looks the same (trailing spaces on every line, as a Markdown hard break
 * leaves them), separators and cells alternate: a run of 2k+1 lines holds k cells.
 */
function emptyCellsInRun(run: readonly string[], firstLine: number, pageTellsThem: boolean): Cell[] {
  if (pageTellsThem) return run.flatMap((l, k) => (l === "" ? [] : [{ text: l, source: { line: firstLine + k } }]));
  return Array.from({ length: Math.floor((run.length - 1) / 2) }, (_, k) => ({ text: "", source: { line: firstLine + 2 * k + 1 } }));
}

/**
 * Does a lone pipe close every cell, the lines of text since the last pipe being one cell (a browser's
 * copy of a table that ends each <td> with a pipe of its own line and keeps a long cell's line
 * breaks: `财政供养人员` / `控制率` / `|`)? Then a pipe right after a pipe is an empty cell. Told by
 * (nearly) every run of text lines after a pipe being closed by one, and by the runs of two lines or
 * more, or the pipes in a row, that the other readings of lone pipes take apart.
 */
function pipesEndCells(lines: readonly string[]): boolean {
  let pipes = 0;
  let runs = 0;
  let closed = 0;
  let telling = 0;
  let run = 0;
  let afterPipe = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (LONE_PIPE.test(l)) {
      pipes++;
      if (run > 0 && afterPipe) {
        closed++;
        if (run >= 2) telling++;
      } else if (run === 0 && i > 0 && LONE_PIPE.test(lines[i - 1]!)) telling++;
      run = 0;
      afterPipe = true;
      continue;
    }
    if (l.trim() === "" || PIPES_ALONE.test(l)) {
      if (run > 0 && afterPipe) runs++;
      run = 0;
      afterPipe = PIPES_ALONE.test(l) || (afterPipe && l.trim() === "");
      continue;
    }
    if (run === 0 && afterPipe) runs++;
    run++;
  }
  return pipes >= 10 && closed >= 0.9 * runs && telling >= 2;
}

/**
 * The cells of a page whose cells a lone pipe closes (pipesEndCells): the lines of text since the
 * last pipe joined into one cell; a pipe after a pipe, a blank line or a row's closing pipes an empty
 * cell. Lines before the first pipe (a title above the table) are a cell each.
 */
function pipeEndedCells(lines: readonly string[], first: number, last: number): Cell[] {
  const cells: Cell[] = [];
  let open: Cell | null = null;
  let afterPipe = false;
  for (let i = first; i <= last; i++) {
    const raw = lines[i]!;
    if (PIPES_ALONE.test(raw)) {
      const prev = cells.at(-1);
      if (prev) prev.endsRow = true;
      open = null;
      afterPipe = true;
      continue;
    }
    if (LONE_PIPE.test(raw)) {
      if (!open && afterPipe) cells.push({ text: "", source: { line: i + 1 } });
      open = null;
      afterPipe = true;
      continue;
    }
    if (raw.trim() === "" || PAGE_NUMBER.test(foldWidth(raw))) {
      if (raw.trim() === "") open = null;
      continue;
    }
    const t = raw.replace(CLOSED, "").trim();
    if (open && afterPipe) {
      // A wrapped line goes on its cell; a space only between two words in Latin letters or figures.
      open.text += (/[A-Za-z0-9]$/.test(open.text) && /^[A-Za-z0-9]/.test(t) ? " " : "") + t;
      continue;
    }
    open = { text: t, source: { line: i + 1 } };
    cells.push(open);
  }
  return cells;
}

/** A clause's end inside a cell (a comma, a semicolon, an enumeration comma, a colon, a stop): a cell broken after it may go on. */
const CLAUSE_END = /[，,；;、：:。]\s*$/;
/** A cell closed by a pipe at its line's end. */
const CLOSED = /\s*\|\s*$/;
/** Does (nearly) every line of text end with a pipe, as when an export closes each cell with ` |`? */
function pipesCloseCells(lines: readonly string[]): boolean {
  let text = 0;
  let closed = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.trim() === "" || PIPES_ALONE.test(l) || LONE_PIPE.test(l)) continue;
    // (A clause that may go on below, a broken cell's first lines, is not counted: its cell may end further on.)
    if (!CLOSED.test(l) && CLAUSE_END.test(l) && i + 1 < lines.length && isCellPiece(lines[i + 1]!)) continue;
    text++;
    if (CLOSED.test(l)) closed++;
  }
  return closed >= 10 && closed >= 0.9 * text;
}
/**
 * Is (nearly) every line closed by a pipe of its own followed by a lone pipe, as when a page whose
 * lone pipes close its cells went through an export that ends every line with ` |` too? Then the
 * lone pipes close the cells (a pipe right after one an empty cell) and the lines' pipes are
 * doubles; on a page whose lines' pipes close the cells, a lone pipe is an empty cell and follows
 * only some of them.
 */
function lonePipesFollowClosedLines(lines: readonly string[]): boolean {
  let closed = 0;
  let followed = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (LONE_PIPE.test(l) || PIPES_ALONE.test(l) || !CLOSED.test(l)) continue;
    closed++;
    if (i + 1 < lines.length && LONE_PIPE.test(lines[i + 1]!)) followed++;
  }
  return closed >= 10 && followed >= LONE_PIPES_FOLLOWING * closed;
}
/** Share of pipe-closed lines a lone pipe follows for the lone pipes to be what closes the cells. */
const LONE_PIPES_FOLLOWING = 0.9;

/** A line that may go on a cell: text, not a blank, a pipe or a line of pipes. */
const isCellPiece = (l: string) => l.trim() !== "" && !LONE_PIPE.test(l) && !PIPES_ALONE.test(l);

/** Share of cells followed by exactly one empty line for empty lines to be separators. */
const PARAGRAPH_SHARE = 0.8;

/** Does (nearly) every non-empty line stand between empty lines, as when each cell is a paragraph? */
export function emptyLinesSeparate(lines: readonly string[]): boolean {
  let filled = 0;
  let followedByOne = 0;
  const blank = (i: number) => i < lines.length && lines[i]!.trim() === "";
  for (let i = 0; i < lines.length; i++) {
    if (blank(i)) continue;
    // A clause broken onto the next line is one cell with it (readCellPerLine joins them).
    if (CLAUSE_END.test(lines[i]!) && i + 1 < lines.length && isCellPiece(lines[i + 1]!)) continue;
    filled++;
    // One empty line after the cell; a line of spaces after it is an empty cell, not a second separator.
    // A page that doubles every line break leaves an odd run after each cell: one separator, then
    // an empty cell and its separator for each empty cell (3, 5… empty lines).
    let run = 0;
    while (blank(i + 1 + run)) run++;
    if (i === lines.length - 1 || (lines[i + 1] === "" && lines[i + 2] !== "") || run % 2 === 1) followedByOne++;
  }
  return filled >= 10 && followedByOne >= PARAGRAPH_SHARE * filled;
}

/**
 * Shortest line length that counts as a possible wrap width, and how many different lines must
 * share it (the same sentence repeated in several cells is not a wrap).
 */
const WRAP = { minLength: 20, minDistinct: 4 };

/**
 * The widths at which a layout dump wrapped long cells (one per column width): lengths of long
 * lines that many different lines share exactly. Empty when lines were not wrapped.
 */
export function wrapWidths(lines: readonly string[]): Set<number> {
  const byLength = new Map<number, Set<string>>();
  for (const l of lines) {
    const t = l.trim();
    const n = [...t].length;
    if (n < WRAP.minLength) continue;
    const set = byLength.get(n) ?? new Set<string>();
    set.add(t);
    byLength.set(n, set);
  }
  return new Set([...byLength].filter(([, s]) => s.size >= WRAP.minDistinct).map(([n]) => n));
}
/**
 * Shape 3: linear text, one table row per line, cells separated by spaces. A cell's own spaces
 * cannot be told from separators, so each token is a Cell and the reconstructor may join them.
 * Shape 4 (run-together cells) has the same lines with no separators: one Cell per line.
 */
const LEADING_BLANK = /^[ \t\u00a0\u3000]+/;

/** A token of pipes alone. */
const STRAY_PIPES = /^[|｜]+$/;
/** A pipe after a space at a line's end: what closes a line of run-together cells, not its text. */
const CLOSING_PIPE = /[ \t\u3000]+[|｜]$/;

/** The code some systems print before a target's comparator (`004 >=`, `005 <=`): zero-led, three digits. */
const COMPARATOR_CODE = /^0\d{2}$/;
const COMPARATOR_TOKEN = /^(?:≥|≤|=|>|<|＞|＜|＝|>=|<=|≧|≦)$/;

/** A comparator's code and the comparator, parted by the line's spaces, are one cell as a table prints them. */
function withComparatorCodes(tokens: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (COMPARATOR_CODE.test(tokens[k]!) && COMPARATOR_TOKEN.test(tokens[k + 1] ?? "")) {
      out.push(`${tokens[k]} ${tokens[k + 1]}`);
      k++;
    } else out.push(tokens[k]!);
  }
  return out;
}

/**
 * Lines → rows. A line long enough to hold a whole form flattened is cut where `how.cut` says its
 * rows start (reconstruct/text-rows/cut-long-line.ts: the form's labels tell it, not the text);
 * without it, or where it finds no rows, the line is one row. `how.words` say which column holds
 * units apart and what a target's nature prints (linear-signs.ts).
 */
export function readLines(text: string, boundaries: "spaces" | "none", how: LineReading = {}): Grid {
  const { cut, words } = how;
  const rows: Row[] = [];
  let pageBreak = false;
  // A `%` or `(15分)` parted from its figure or name by the line's spaces goes back to it (linear-signs.ts).
  const unitColumn = unitColumnOf(text, words?.unitColumn);
  // A line's indentation (a pretty-printed page's) is no cell and no separator: what starts a
  // line (a page's number `1、`, a row's first label) is looked for after it.
  const lines = joinPageContinuations(text.split("\n").map((l) => l.replace(LEADING_BLANK, "")));
  const pieces: Array<{ line: string; idx: number; flat: boolean; spaced?: boolean }> = [];
  lines.forEach((line, idx) => {
    // A whole form flattened onto one line (a document site's preview): `cut` says where its rows
    // start (the labels tell it: reconstruct/text-rows/cut-long-line.ts); each row's cells ran
    // together (`none`), or a space parts them (`spaces`, read as linear rows).
    // A document site numbers its pages' text `1、` `2、`: not the form's, gone before asking.
    const formRows = cut && line.length >= FLAT_FORM_LENGTH ? cut(line.replace(PAGE_MARK, "")) : null;
    if (formRows) for (const r of formRows) pieces.push(r.boundaries === "none" ? { line: r.text, idx, flat: true } : { line: r.text, idx, flat: false, spaced: true });
    else pieces.push({ line, idx, flat: false });
  });
  pieces.forEach(({ line, idx, flat, spaced }) => {
    if (line.trim() === "" || /^\s*[-—–]\s*\d+\s*[-—–]\s*$/.test(line) || /^\f/.test(line)) {
      if (rows.length > 0) pageBreak = true;
      return;
    }
    // A pipe standing between spaces (`二级 指标 |`, a line of `|` alone) is what a table's export left
    // of its rulings: a boundary the spaces already mark, no cell (a row of them is no row).
    // So is a pipe closing a line of cells run together (`项目名称某某项目 |`, an export that ends
    // every line with ` |`): the line's end, no cell's text.
    // (A space after a list's 、 is no gap between cells: see CELL_GAP.)
    const tokens = (boundaries === "spaces" || spaced) && !flat ? withSigns(withComparatorCodes(line.trim().split(CELL_GAP).filter((t) => !STRAY_PIPES.test(t))), unitColumn, words?.natures) : [line.trim().replace(CLOSING_PIPE, "")];
    if (tokens.length === 0) return;
    const row: Row = {
      cells: tokens.map((t) => ({ text: t, source: { line: idx + 1 } })),
      boundaries: flat ? "none" : spaced ? "spaces" : boundaries,
    };
    if (pageBreak) row.pageBreakBefore = true;
    pageBreak = false;
    rows.push(row);
  });
  return { rows, rowsKnown: true, pages: null };
}

/**
 * A document site's preview numbers each page's text (`1、…`, `2、…`) and breaks a page wherever it
 * ends, mid-cell (`按规定公` / `2、开已公开`): a flattened page followed by the next page's number is
 * one line. The line keeps its place (the next one becomes empty), so sources keep their numbers.
 */
export function joinPageContinuations(lines: readonly string[]): string[] {
  const out = [...lines];
  let at = -1;
  let page = 0;
  for (let i = 0; i < out.length; i++) {
    // (A page number in full-width digits, １、, is the same number.)
    const mark = /^([0-9０-９]{1,3})、/.exec(out[i]!);
    const n = mark ? Number(foldWidth(mark[1]!)) : NaN;
    if (at >= 0 && mark && n === page + 1) {
      out[at] = out[at]! + out[i]!.slice(mark[0].length);
      out[i] = "";
      page++;
      continue;
    }
    if (mark && out[i]!.length >= FLAT_FORM_LENGTH) {
      at = i;
      page = n;
    } else if (out[i]!.trim() !== "") at = -1;
  }
  return out;
}

/**
 * Rows of a table laid out with spaces: what `pdftotext -layout` and page-to-text converters give.
 * A row's cells stand side by side on one line, parted by runs of spaces; a long cell is wrapped
 * onto the lines above and below its row (forms centre a cell in its row), so one row's words sit
 * on the lines of the rows next to it; a narrow label is broken over two lines with its value on
 * the line between (`项目名` / value / `称`). Only where the text stands tells the rows apart, so
 * this is layout's work (positions → rows of cells), and it knows nothing about the form.
 *
 * How (the stream flavour's idea, src/layout/stream/rows.ts, on character columns and text lines):
 * pieces of lines parted by two spaces or more; pieces stacked in one column on neighbouring lines
 * chained (a line between them may hold nothing there: the broken label's value line); the
 * cells of a row share a centre line, so the lines of one-line cells, and centres shared by two
 * wrapped cells or more, are the rows; a chain running through several rows (a column of one-line
 * cells, a label over two lines beside the next label) is cut at least cost where its pieces
 * centre on those rows; a chain that centres on no row is a merged cell, put in the first row it
 * spans. Which column a cell is in is left to the reconstructor, which aligns a row's cells by
 * what they hold: pdftotext gives a wide character one column, so a column's heads and figures
 * drift apart the further right they stand (a head four columns left of its figures).
 */
import type { Cell, Grid, Row } from "./grid.js";
import { PAGE_NUMBER } from "./text-lines.js";
import { midSpanNameCandidates, midSpanNameRows, namesBrokenOverRows, type PlacedRow } from "./mid-span-names.js";
import { joinBrokenPointsNotes } from "./points-note-names.js";
import { titlePattern } from "../template/project.js";

/** A piece of one line: text parted from the rest of its line by two spaces or more. */
export interface SpacedPiece {
  line: number;
  /** Character columns [x0, x1) of the piece on its line. */
  x0: number;
  x1: number;
  text: string;
  /** A name whose points note's tail was joined up from the line below (points-note-names.ts). */
  joinedNote?: true;
}

/** Fewest lines of text laid out with spaces; below it the text says too little. */
const MIN_LINES = 8;
/** Share of lines that open with spaces (a table's cells drawn right of the page's margin). */
const INDENTED_SHARE = 0.5;
/** Share of lines holding a run of three spaces or more between two texts (cells side by side). */
const GAPPED_SHARE = 0.2;

/**
 * Text laid out with spaces: most lines indented, many with wide gaps between texts. A linear
 * export (a row a line, cells parted by spaces) starts its lines at the margin; one cell a line
 * holds no gaps.
 */
export function looksSpacedLayout(lines: readonly string[]): boolean {
  const filled = lines.filter((l) => l.trim() !== "");
  if (filled.length < MIN_LINES) return false;
  const indented = filled.filter((l) => /^[ \u3000]{2,}\S/.test(l)).length;
  const gapped = filled.filter((l) => /\S[ \u3000]{3,}\S/.test(l)).length;
  return indented >= INDENTED_SHARE * filled.length && gapped >= GAPPED_SHARE * filled.length;
}

/**
 * Each line's pieces, parted by runs of two spaces or more (a full-width space counts two), and
 * at a single space where the page's columns part (no line prints a character there but a
 * piece's own space on the lines around it: a vertical label beside its row's text, `年度总 资金使用…`,
 * two cells of a small print, `项目名 2021年…`) or where a
 * figure stands beside text (`25 已完成`: converters squeeze a cell against its neighbour).
 */
export function spacedPieces(lines: readonly string[]): SpacedPiece[] {
  const wide = lines.map((l) => [...l.replace(/\t/g, "    ").replace(/\u3000/g, "  ")]);
  // A column is empty around a line when the lines near it print nothing there.
  const emptyNear = (line: number) => (x: number) => {
    for (let l = Math.max(0, line - NEAR_LINES); l <= Math.min(wide.length - 1, line + NEAR_LINES); l++) {
      if (l === line) continue;
      const c = wide[l]![x];
      if (c !== undefined && c !== " ") return false;
    }
    return true;
  };
  const raw = rawPieces(lines);
  const byLine = new Map<number, SpacedPiece[]>();
  for (const p of raw.flatMap((q) => splitPiece(q, emptyNear(q.line)))) byLine.set(p.line, [...(byLine.get(p.line) ?? []), p]);
  // Two words under two pieces of a line just above (one or two lines up; a wrapped text's words,
  // parted by single spaces, are no pieces): a tight print's two cells
  // parted by one space, each the next line of a cell above (`；2、全覆 指标` under `700人次 达成预期`).
  // (Not under the lines below: a head's words over two rows' figures were parted, `年度 指标值`,
  // and its pieces chained with the figures; one PDF fixture's dump lost 3 fields.)
  // Each word is under the rightmost piece it reaches, one column of overlap allowed: a line of
  // figures counts a column more than it prints (`于68700 达成预` over `剂次； 期指标`, `期指标`
  // reaching a column into `于68700`'s).
  // (PDF fixtures' dumps: p10 173 → 176 fields, none fell.)
  const underTwo = (line: number) => (l: SpacedPiece, r: SpacedPiece) => {
    for (let d = 1; d <= NEAR_LINES; d++)
      for (const near of [line - d]) {
        const ps = byLine.get(near) ?? [];
        const left = ps.find((p) => overlaps(p, l) > 0);
        const right = ps.findLast((p) => overlaps(p, r) > 0);
        if (left && right && left !== right && overlaps(left, r) <= 1 && overlaps(right, l) <= 1) return true;
      }
    return false;
  };
  return raw.flatMap((p) => splitPiece(p, emptyNear(p.line), underTwo(p.line)));
}

/** Lines above and below a line that tell whether a column is empty around it. */
const NEAR_LINES = 2;

/** A piece's words, parted at its single spaces. */
function wordsOf(p: SpacedPiece): SpacedPiece[] {
  const words: SpacedPiece[] = [];
  let x = p.x0;
  for (const w of p.text.split(" ")) {
    words.push({ line: p.line, x0: x, x1: x + [...w].length, text: w });
    x += [...w].length + 1;
  }
  return words;
}

/** Splits a piece at its single spaces that stand in an empty column of the page or between a figure and text. */
function splitPiece(p: SpacedPiece, emptyColumn: (x: number) => boolean, underTwo: (l: SpacedPiece, r: SpacedPiece) => boolean = () => false): SpacedPiece[] {
  const words = wordsOf(p);
  const out: SpacedPiece[] = [words[0]!];
  for (const [i, w] of words.slice(1).entries()) {
    const last = out[out.length - 1]!;
    const lastWord = last.text.slice(last.text.lastIndexOf(" ") + 1);
    const lastPiece = { ...last, x0: last.x1 - [...lastWord].length };
    const unit = FIGURE_HEAD.test(lastWord) && UNIT_WORD.test(w.text) && i === words.length - 2;
    const part = !unit && (emptyColumn(w.x0 - 1) || WHOLE_VALUE.test(lastWord) !== WHOLE_VALUE.test(w.text) || besideFigureEnd(lastWord, w.text) || underTwo(lastPiece, w));
    if (part) out.push(w);
    else out[out.length - 1] = { ...last, x1: w.x1, text: `${last.text} ${w.text}` };
  }
  return out;
}

/**
 * Text of three Chinese characters or more after a word that ends on a figure, a single space
 * between (`于68700 达成预`: a target's line, `1、不少于68700剂次`, squeezed against the completion's
 * beside it): two cells, as a figure beside text is (`25 已完成`). A unit is shorter (`2600 平`).
 */
function besideFigureEnd(word: string, next: string): boolean {
  return FIGURE_END.test(word) && LONG_TEXT.test(next);
}
/** A figure after a word or two of its sentence (`于68700`, `达到95%`); not a head's bracketed note, `分值(10`. */
const FIGURE_END = /^[\u4e00-\u9fff]{1,3}[≥≤<>＜＞=]?\d[\d,.]*%?$/;
const LONG_TEXT = /^[\u4e00-\u9fff]{3,}/;

/**
 * A word of one or two Chinese characters after a figure: the figure's unit, which pdftotext parts
 * from its digits by a space where the fonts change (`19 所`, `≤2 小时`, `2600 平` / `方米`); the
 * figure and its unit are one piece, so a unit wrapped below its figure goes on from it and the
 * next row's wrapped text is not taken for it (text beside a figure, `25 已完成`, is longer). Even
 * over a column the lines around leave empty: the unit's second line stands under it, not beside
 * (`2600 平` / `方米`: parted, `平` made a row of its own). Only
 * a unit that ends its piece: a year in a bracketed note, `( 2022 年度 )`, stays apart (joined, the
 * note chained with the title over it: c07's dump -21 fields).
 */
const UNIT_WORD = /^[\u4e00-\u9fff]{1,2}$/;

function rawPieces(lines: readonly string[]): SpacedPiece[] {
  const out: SpacedPiece[] = [];
  lines.forEach((raw, line) => {
    if (PAGE_NUMBER.test(raw)) return;
    const chars = [...raw.replace(/\t/g, "    ").replace(/\u3000/g, "  ")];
    let start = -1;
    let lastEnd = -1;
    for (let x = 0; x <= chars.length; x++) {
      const blank = x === chars.length || chars[x] === " ";
      if (!blank) {
        if (start < 0) start = x;
        lastEnd = x + 1;
        continue;
      }
      // Two blanks in a row (or the line's end) close the piece.
      const next = x + 1 < chars.length ? chars[x + 1] : " ";
      if (start >= 0 && (x === chars.length || next === " ")) {
        out.push({ line, x0: start, x1: lastEnd, text: chars.slice(start, lastEnd).join("") });
        start = -1;
      }
    }
  });
  return out;
}

/** A chain: pieces stacked in one column, top to bottom. */
type Chain = SpacedPiece[];

const overlaps = (a: SpacedPiece, b: SpacedPiece) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
const width = (p: SpacedPiece) => p.x1 - p.x0;
/**
 * How wide a piece is printed, in half-width columns: pdftotext gives every character one column,
 * but a Chinese character is printed twice as wide as a digit, so a wrapped cell's line of digits
 * (`于68700`) is as wide as the line of characters above it (`1、不少`) though it counts more.
 */
const printedWidth = (p: SpacedPiece) => [...p.text].reduce((n, c) => n + (WIDE_CHAR.test(c) ? 2 : 1), 0);
/** A character printed full width: CJK, and the full-width punctuation of a Chinese text. */
const WIDE_CHAR = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
const HAS_DIGIT = /\d/;
/** A line that opens on a figure (`100%覆盖`, `≥360天`): a value of its own, not a wrapped list's next line (`2、100%` is one). */
const OPENS_ON_FIGURE = /^[≥≤<>＜＞=]*[-+]?\d[\d,.]*(?![\d,.、．)）])/;

/** An amount, a rate, a score or a dash: a cell of its own, never a line of wrapped text. */
const WHOLE_VALUE = /^[-+]?(?:\d[\d,]*(?:\.\d+)?%?|\.\d+%?|[-—–]+)$/;

/**
 * Whether a piece may be the next line of the cell a chain holds: text wraps at its column's width,
 * so a line is at least as wide as the one under it (a head centred over a wider text, a short
 * cell over the next row's longer one, are not one cell), and below a cell's first line a line
 * reaches as far right as the lines above it (a goal text's short last line, then the table's
 * head under it, are two cells). An amount or a rate never wraps (a quantity with its unit,
 * `100万`, `≥90%`, taken so too read the PDF fixtures' dumps 2510 → 2502 fields). (Whether the first line filled
 * its column is not asked: pdftotext gives a wide character one column, so a column of Chinese
 * text ends well left of where the next column starts; tried, the PDF fixtures' dumps read 51.0 →
 * 45.9 %: broken heads, `年初预算数` / `(A)`, were no longer joined.) A line holding figures is
 * measured as printed too (a Chinese character two digits wide): `于68700` under `1、不少` counts
 * more columns but is no wider, a target's list wrapped in its narrow column. (Every line measured
 * as printed, the PDF fixtures' dumps lost ~400 fields: a head's lines of mixed text no longer parted.)
 * A line opening on a figure so only across a line between (`不超过` / `695 元` / `800 元`, the
 * row's figures between): right under a label it is the next row's value (`数量指标` / `100%覆盖`).
 * A line cut at a pause mark (`剂次；`) ended short of its column: the next item may print a column
 * wider (`2、100%`). (Any line so, `全覆` / `盖` / `≥1170` two rows' cells joined: m07's dump 141 → 69.)
 */
function mayContinue(chain: Chain, b: SpacedPiece, figureRowBetween = false, acrossLine = false): boolean {
  const a = chain[chain.length - 1]!;
  if (chain.length === 1 && BROKEN_FIGURE.test(a.text) && FIGURE_TAIL.test(b.text)) return true;
  if (figureRowBetween && wrappedFigure(chain, b)) return true;
  if (WHOLE_VALUE.test(a.text) || (WHOLE_VALUE.test(b.text) && !OPEN_END.test(a.text))) return false;
  if (chain.length > 1 && BRACKETED.test(a.text)) return false;
  if (TITLE_END.test(a.text) && !BRACKETED.test(b.text)) return false;
  if (width(a) < width(b) - 1 && !(HAS_DIGIT.test(b.text) && (acrossLine || !OPENS_ON_FIGURE.test(b.text)) && printedWidth(b) <= printedWidth(a) + (OPEN_END.test(a.text) ? 1 : 0))) return false;
  return chain.length === 1 || a.x1 >= Math.max(...chain.map((p) => p.x1)) - SHORT_LINE;
}

/**
 * A figure wrapped in a narrow column around its row's centre line: its head on the line above
 * the row's one-line cells, its last digits (or `%`) two lines down (`193.6` / `1`, `10` / `0%`),
 * or its unit with its last digits or alone (`1233` / `4平方米`, `1879` / `人次`), the line between
 * holding figures of the same row (a figure never wraps onto another row's line, so it is that
 * row's centre). The tail is no wider than the head and starts under it. A figure over three lines
 * goes on so around the next row of figures (`88` / `.2` / `8%`: 88.28%).
 * (Without the figures between, two rows' scores `25` / `9` around a row of wrapped heads were
 * one: the PDF fixtures' dumps lost 30 fields on one form.)
 */
function wrappedFigure(chain: Chain, b: SpacedPiece): boolean {
  const a = chain[chain.length - 1]!;
  const head = chain.map((p) => p.text).join("");
  return FIGURE_HEAD.test(head) && WRAPPED_TAIL.test(b.text) && width(b) <= width(a) && b.x0 >= a.x0 && b.x0 < a.x1;
}
/**
 * A line that ends on a form's title (`2020年度部门整体支出绩效自评表`) is the title whole: the line
 * under it in its column is the form's first label (`部门名称`), not the title's next line, when the
 * label starts in the title's column (a page that sets its labels flush with the title). Only a
 * bracketed note under it (`(2018年度)`) is the title's still.
 */
const TITLE_END = new RegExp(`(?:${titlePattern.source})$`);
/**
 * A line that is one bracketed note below a cell's text closes the cell (a title's year under it,
 * `(2018年度)`, a head's unit, `(万元)`): the line under it is another cell's.
 */
const BRACKETED = /^[（(][^()（）]+[)）]$/;
/**
 * A line ending in a pause mark (`、`, `，`, `；`, `：`) or an opening bracket: its text goes on, so
 * the line under it is its next even when that is a figure alone (a list of targets wrapped,
 * `1、=434张；2、` / `100%`).
 */
const OPEN_END = /[、，；：,;:（(]$/;
/**
 * A piece that ends on its closing bracket (a head with its unit, `预算金额（万元）`) has ended: it
 * does not go on two lines down across another row's line (the heads it spans printed under it,
 * `总额 财政拨款 其他资金`), as a label broken around its value's line does (`项目名` / `称`).
 * (PDF fixtures' dumps, department forms: 117 → 130 fields.)
 */
const CLOSED_NOTE = /[)）]$/;
/** A figure's head, a target's comparator before it (`≥1170` / `0平方米`). */
const FIGURE_HEAD = /^(?:[≥≤<>＜＞=]=?)?[-+]?\d[\d,]*(?:\.\d*)?$/;
/** A wrapped figure's last digits, its unit after them or its unit alone (`1`, `0%`, `4平方米`, `人次`). */
const WRAPPED_TAIL = /^(?=.)\d*(?:\.\d+)?(?:%|[\u4e00-\u9fff]{1,4})?$/;

/** A figure broken at its column's width after its decimal point (`1000000.` / `00`, `84.` / `08%`): the line under it is its decimals. */
const BROKEN_FIGURE = /^[-+]?\d[\d,]*\.$/;
const FIGURE_TAIL = /^\d+%?$/;

/**
 * A wrapped text's last line printed centred: the lines above it fill one column (the same first
 * and last character columns), it stands inside them on both sides. The text ends there.
 */
function centredLastLine(chain: Chain): boolean {
  if (chain.length < MIN_FILLED_LINES + 1) return false;
  const a = chain[chain.length - 1]!;
  const above = chain.slice(0, -1);
  const x0 = Math.min(...above.map((p) => p.x0));
  const x1 = Math.max(...above.map((p) => p.x1));
  const filled = above.every((p) => p.x0 - x0 <= 1 && x1 - p.x1 <= 1);
  return filled && a.x0 > x0 && a.x1 < x1;
}
/** Lines of a wrapped text that show its column's edges. */
const MIN_FILLED_LINES = 2;

/** Pieces on each of two lines from which the lower continuing every piece is a row of its own. */
const WHOLE_LINE = 3;
/** A wrapped line ends this many columns or more short of its cell's right edge only when it is the cell's last. */
const SHORT_LINE = 2;

/**
 * Pieces → chains: a piece continues the one above it in its column (overlapping columns) on the
 * line just above, or two lines above when the line between holds nothing in either's columns
 * (a label broken over two lines around its value). Never across an empty line. Each piece has at
 * most one piece above and one below: the nearest, then the widest overlap.
 */
export function chainPieces(pieces: readonly SpacedPiece[], emptyLines: ReadonlySet<number>): Chain[] {
  const byLine = new Map<number, SpacedPiece[]>();
  for (const p of pieces) {
    const l = byLine.get(p.line);
    if (l) l.push(p);
    else byLine.set(p.line, [p]);
  }
  // Top to bottom: each piece joins the chain ending just above it, or starts one.
  const chainOf = new Map<SpacedPiece, Chain>();
  const chains: Chain[] = [];
  const extended = new Set<Chain>();
  // Pieces that continue a cell from the line just above them.
  const underLineAbove = new Set<SpacedPiece>();
  for (const line of [...byLine.keys()].sort((a, b) => a - b)) {
    const here = byLine.get(line)!;
    // A line whose every piece is the next line of a cell just above it is no row's centre line:
    // a one-line cell does not continue two lines down across it (a value under a value, `项目` /
    // `名称` beside them); a cell already wrapping does (two texts side by side whose lines alternate).
    const between = byLine.get(line - 1) ?? [];
    const onlyContinued = between.length > 0 && between.every((m) => underLineAbove.has(m));
    const figureRowBetween = (byLine.get(line - 1) ?? []).some((m) => WHOLE_VALUE.test(m.text));
    const pairs: { chain: Chain; b: SpacedPiece; d: number; ov: number }[] = [];
    for (const b of here) {
      for (const d of [1, 2]) {
        if (d === 2 && emptyLines.has(line - 1)) continue;
        for (const a of byLine.get(line - d) ?? []) {
          const chain = chainOf.get(a)!;
          if (chain[chain.length - 1] !== a) continue;
          if (d === 2 && onlyContinued && chain.length === 1) continue;
          const ov = overlaps(a, b);
          if (ov <= 0 || !mayContinue(chain, b, d === 2 && figureRowBetween, d === 2)) continue;
          if (d === 2 && CLOSED_NOTE.test(a.text)) continue;
          if (d === 2 && chain.length === 1 && TWO_NAMES.test(a.text) && TWO_NAMES.test(b.text) && width(b) > width(a)) continue;
          if (centredLastLine(chain)) continue;
          if (d === 2) {
            const x0 = Math.min(a.x0, b.x0);
            const x1 = Math.max(a.x1, b.x1);
            if ((byLine.get(line - 1) ?? []).some((m) => m.x1 > x0 && m.x0 < x1)) continue;
          }
          pairs.push({ chain, b, d, ov });
        }
      }
    }
    pairs.sort((p, q) => p.d - q.d || q.ov - p.ov || p.b.x0 - q.b.x0);
    // Every piece of a line of several under a piece that starts a cell on the line above: the
    // next row of one-line cells, not a row whose every cell wrapped (a wrapped row keeps some
    // cells on one line). Lines of cells already wrapping (two goal texts side by side) go on.
    const starts = pairs.filter((p) => p.d === 1 && p.chain.length === 1);
    // (A row whose cells all wrapped, their last lines under them, prints those shorter than the
    // first: a line as wide as the one above it, less a column, is a cell of its own. Most of the
    // line's pieces so, not one: a head row broken over two lines keeps its vertical label's second
    // line as wide as its first, `绩效` / `指标`, beside `年度 指标` / `值`; one PDF fixture's dump read 11 fields more.)
    const wholeLine = here.length >= WHOLE_LINE && new Set(starts.map((p) => p.b)).size === here.length && (byLine.get(line - 1)?.length ?? 0) >= WHOLE_LINE;
    const asWide = new Set(starts.filter((p) => width(p.b) >= width(p.chain[0]!) - 1 && !BROKEN_FIGURE.test(p.chain[0]!.text)).map((p) => p.b));
    if (wholeLine && 2 * asWide.size > here.length) pairs.length = 0;
    else if (newRowUnderOneLineCells(byLine.get(line - 1) ?? [], here, starts, chainOf)) pairs.length = 0;
    else if (stackedLabelRows(byLine.get(line - 1) ?? [], here, starts)) pairs.length = 0;
    for (const { chain, b, d } of pairs) {
      if (chainOf.has(b) || extended.has(chain)) continue;
      chain.push(b);
      chainOf.set(b, chain);
      if (d === 1) underLineAbove.add(b);
      extended.add(chain);
    }
    extended.clear();
    for (const b of here) {
      if (chainOf.has(b)) continue;
      const chain: Chain = [b];
      chainOf.set(b, chain);
      chains.push(chain);
    }
  }
  return chains;
}

/**
 * A one-line name two lines above a wider one (`成本指标` over `经济效益指`, each the 二级 of its
 * rows, the line between holding a row's one-line cells): two cells, not one cell broken around a
 * value's line, whose lines are never wider below (`项目名` / `称`). Names of four characters or
 * more only: a short word over a wider text is a target broken around its figure (`不少于` / `万平方米`).
 */
const TWO_NAMES = /^[\u4e00-\u9fff]{4,}$/;

/**
 * A line of several pieces under a line of one-line cells, most of them under a cell and wider
 * than it or as wide (a text never wraps wider than its line above, so the wider one opens a cell
 * of its own): the next row of one-line cells, though a piece of it, narrower, could continue the
 * cell above (`效益指标` under `项目完成指标`, `有所提升` under `100万`, beside `社会效益指标` under
 * `成本指标`). The rule for a line whose every piece stands under a cell (wholeLine) with the
 * pieces that no cell above could take counted too.
 */
function newRowUnderOneLineCells(above: readonly SpacedPiece[], here: readonly SpacedPiece[], starts: readonly { chain: Chain; b: SpacedPiece }[], chainOf: ReadonlyMap<SpacedPiece, Chain>): boolean {
  if (here.length < WHOLE_LINE || above.length < WHOLE_LINE) return false;
  // (Only under a line of one-line cells: lines of cells already wrapping go on.)
  if (!above.every((a) => chainOf.get(a)?.length === 1)) return false;
  let opening = 0;
  let wider = 0;
  for (const b of here) {
    const over = above.filter((a) => overlaps(a, b) > 0);
    if (over.length === 0) return false;
    if (over.some((a) => width(b) >= width(a) - 1)) opening++;
    if (over.every((a) => width(b) > width(a) + 1) && !starts.some((p) => p.b === b)) wider++;
  }
  return wider >= 2 && 2 * opening > here.length;
}

/**
 * Two lines of a header's labels with their values (`项目名称  某工程` over `主管部门  某局  实施单位  某所`):
 * each piece of the upper line goes on under it as wide (within a column), the first a short
 * label (three characters or more) whose next line is exactly as wide (`项目名称` / `主管部门`), and the
 * lower line's other pieces stand right of the upper line's. Each line is then a row of its own
 * (chained, the two labels read `项目名称主管部门`, the values one text). A cell wrapped in a
 * narrow column keeps its lines as wide too, but a row's cells do not all wrap in step with a
 * short first one.
 */
function stackedLabelRows(above: readonly SpacedPiece[], here: readonly SpacedPiece[], starts: readonly { chain: Chain; b: SpacedPiece }[]): boolean {
  if (above.length < 2) return false;
  const sorted = [...above].sort((a, b) => a.x0 - b.x0);
  const under = new Map<SpacedPiece, SpacedPiece>();
  for (const { chain, b } of starts) if (chain.length === 1 && width(b) >= width(chain[0]!) - 1) under.set(chain[0]!, b);
  if (!sorted.every((a) => under.has(a))) return false;
  const first = sorted[0]!;
  if (width(first) > STACKED_LABEL || width(first) < STACKED_LABEL_MIN || width(under.get(first)!) !== width(first) || !NAME_TEXT.test(first.text) || !NAME_TEXT.test(under.get(first)!.text)) return false;
  const lower = new Set(under.values());
  const right = Math.max(...above.map((a) => a.x1));
  return here.every((b) => lower.has(b) || b.x0 >= right);
}
/** The widest label taken for a header's label stacked over another. */
const STACKED_LABEL = 6;
/** The narrowest: a vertical label's lines, one or two characters each (`项目` / `资金` beside `其中：当` / `年财政拨`), are one label. */
const STACKED_LABEL_MIN = 3;

/** A chain's centre, in half lines (top line + bottom line): cells centred in one row share it. */
const centre2 = (c: Chain) => c[0]!.line + c[c.length - 1]!.line;

/** Rows are centres shared by at least this many chains (a row has two cells or more). */
const MIN_ROW_CHAINS = 2;
/** Centres this many half lines apart are one (a centred cell's text falls on a line, not between). */
const CENTRE_TOLERANCE = 1;
/**
 * What cutting a chain into one more piece costs; a piece centred on a row gains ROW_GAIN, half a
 * line off it OFF_CENTRE_GAIN (a cell of two lines beside one-line cells printed at the row's top
 * is cut in two below 0.7, a short head is taken onto the row under it above; measured at 0.6 /
 * 0.7 / 0.8: PDF fixtures' pdftotext -layout dumps 2510 / 2585 / 2565 fields, perturb
 * layout-spaced 83.1 / 82.3 / 80.5 %).
 */
const PIECE_COST = 0.3;
const ROW_GAIN = 1;
const OFF_CENTRE_GAIN = 0.7;

/**
 * The rows' centres (half lines): where a one-line cell stands (a cell of one line sits on its
 * row's centre line), and where two multi-line pieces or more centre together, off the one-line
 * cells' rows (a row of wrapped texts only: the goals). A one-line piece cut out of a longer
 * chain is no evidence of a row of its own, so `multi` holds the pieces of two lines or more.
 */
function rowCentres(singles: readonly Chain[], multi: readonly Chain[]): number[] {
  const rows = [...new Set(singles.map(centre2))];
  const centres = multi.map(centre2).sort((a, b) => a - b);
  for (let i = 0; i < centres.length; ) {
    let j = i;
    while (j + 1 < centres.length && centres[j + 1]! - centres[i]! <= CENTRE_TOLERANCE) j++;
    if (j - i + 1 >= MIN_ROW_CHAINS && !rows.some((r) => Math.abs(r - centres[i]!) <= CENTRE_TOLERANCE)) rows.push(centres[i]!);
    i = j + 1;
  }
  return rows.sort((a, b) => a - b);
}

/** What a piece centred at c2 gains: the whole gain on a row's centre, less half a line off it. */
function rowGain(c2: number, rows: readonly number[]): number {
  const off = Math.min(...rows.map((r) => Math.abs(r - c2)));
  return off === 0 ? ROW_GAIN : off <= CENTRE_TOLERANCE ? OFF_CENTRE_GAIN : 0;
}

/** Cuts a chain into pieces at least cost: a piece centred on a row gains, each piece costs. */
export function cutChain(chain: Chain, rows: readonly number[]): Chain[] {
  const n = chain.length;
  if (n === 1) return [chain];
  const best: number[] = [0];
  const from: number[] = [0];
  for (let j = 1; j <= n; j++) {
    best[j] = Infinity;
    for (let i = 0; i < j; i++) {
      const c2 = chain[i]!.line + chain[j - 1]!.line;
      const cost = best[i]! + PIECE_COST - rowGain(c2, rows);
      if (cost < best[j]!) {
        best[j] = cost;
        from[j] = i;
      }
    }
  }
  const out: Chain[] = [];
  for (let j = n; j > 0; j = from[j]!) out.unshift(chain.slice(from[j]!, j));
  return out;
}

/** Chinese text wraps at its column's edge, inside a word or a figure (`1、=43` / `4张`): no space at the break. */
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/** Joins a cell's lines: Chinese wraps inside a word, so no space between; Latin words and figures get one, but a figure broken in its digits (`84.` / `08%`, `193.6` / `1`) none. */
function joinLines(pieces: readonly SpacedPiece[]): string {
  let text = "";
  for (const p of pieces) {
    const brokenFigure =
      (/\d\.$/.test(text) && /^\d/.test(p.text)) || (FIGURE_HEAD.test(text) && WRAPPED_TAIL.test(p.text)) || (/\d$/.test(text) && /^\d/.test(p.text) && CJK.test(text));
    if (text && !brokenFigure && /[A-Za-z0-9%.,]$/.test(text) && /^[A-Za-z0-9(]/.test(p.text)) text += " ";
    text += p.text;
  }
  return text;
}

/**
 * A chain's cells: a wrapped cell's lines joined; a one-line piece's words each a cell, as a
 * linear row's are (two cells of a small print stand one space apart: `质量指标 数据准确率`), for
 * the reconstructor to join where they make one (`年度 指标值`).
 */
function cellsOf(c: Chain, lineOffset: number): Cell[] {
  const source = { line: lineOffset + c[0]!.line + 1 };
  if (c.length > 1) {
    // The lines kept where they join without a space: the join is a guess the reconstructor may undo where the form's words say a cell ended.
    const text = joinLines(c);
    const lines = c.map((p) => p.text);
    return [lines.join("") === text ? { text, source, wrappedLines: lines } : { text, source }];
  }
  return c[0]!.text.split(" ").map((text) => ({ text, source }));
}

/**
 * Short one-line cells alone on their line between two lines of several cells: a merged cell
 * (a 一级 name over two rows) printed in the middle of the rows it spans, between their lines.
 * No row of its own, so no row's centre either: it joins the row above, the first it spans.
 * (PDF fixtures' dumps 2631 → 2643 fields.)
 */
function loneMergedCells(chains: readonly Chain[]): Set<Chain> {
  const perLine = new Map<number, number>();
  for (const c of chains) for (const p of c) perLine.set(p.line, (perLine.get(p.line) ?? 0) + 1);
  const out = new Set<Chain>();
  for (const c of chains) {
    if (c.length !== 1 || width(c[0]!) > LONE_WIDTH) continue;
    const l = c[0]!.line;
    if (perLine.get(l) === 1 && (perLine.get(l - 1) ?? 0) >= 2 && (perLine.get(l + 1) ?? 0) >= 2) out.add(c);
  }
  return out;
}
/** The widest merged cell taken alone between rows (a 一级 or 二级 name with its points). */
const LONE_WIDTH = 8;

/**
 * A row's cells wrapped around a line of one-line cells, each in columns where that line prints
 * nothing: a head row broken over three lines, `年度  指标   全年实际` / `一级指标  二级指标  分值` /
 * `值   值`. The lines above and below hold only that row's pieces (all within the three lines, a
 * cell's two lines around the middle one among them, between two of its cells), so they make no
 * rows of their own: each of
 * their pieces goes to the middle line's row. (Without it the head's first and last lines were
 * rows of one-line cells, read as rows of the table.)
 */
function cellsAroundLine(chains: readonly Chain[]): Map<Chain, number> {
  const onLine = new Map<number, Chain[]>();
  for (const c of chains)
    for (const p of c) {
      const l = onLine.get(p.line);
      if (l) l.push(c);
      else onLine.set(p.line, [c]);
    }
  const out = new Map<Chain, number>();
  for (const [line, here] of onLine) {
    if (here.length < WHOLE_LINE || here.some((c) => c.length !== 1)) continue;
    const around = [...new Set([...(onLine.get(line - 1) ?? []), ...(onLine.get(line + 1) ?? [])])];
    if (!onLine.has(line - 1) || !onLine.has(line + 1)) continue;
    const within = around.every((c) => c[0]!.line >= line - 1 && c[c.length - 1]!.line <= line + 1 && !c.some((p) => p.line === line));
    const apart = around.every((c) => c.every((p) => here.every((h) => overlaps(p, h[0]!) <= 0)));
    // A cell of the row over the lines around stands between two of the middle line's cells.
    const between = (c: Chain) => here.some((h) => h[0]!.x1 <= c[0]!.x0) && here.some((h) => h[0]!.x0 >= c[0]!.x1);
    const wrapped = around.some((c) => c.length === 2 && c[0]!.line === line - 1 && c[1]!.line === line + 1 && between(c));
    if (within && apart && wrapped) for (const c of around) if (!out.has(c)) out.set(c, 2 * line);
  }
  return out;
}

/**
 * A one-line name alone among its line's one-line cells, left of a cell wrapped over three lines or
 * more whose line it shares, no wrapped cell centred on its line: a merged cell (a 一级 name)
 * printed between the rows it spans, beside the last line of a cell wrapped over three
 * (`1、=47` / `5家；2、` / `100%`). It makes no row's centre for the wrapped cells to be cut on
 * (cut there, the target fell apart over three rows); it is still placed, a row of its own.
 * (Right of the wrapped line, a target's head `不超过` beside a name's lines, it stays a centre:
 * taken too, the PDF fixtures' dumps lost a field on w06.)
 */
function strayedSingles(chains: readonly Chain[]): Set<Chain> {
  const singlesOn = new Map<number, Chain[]>();
  // Where the wrapped cells' lines start on each line: a merged name stands left of them.
  const wrappedOn = new Map<number, number>();
  const multiCentres = chains.filter((c) => c.length > 1).map(centre2);
  for (const c of chains) {
    if (c.length === 1) singlesOn.set(c[0]!.line, [...(singlesOn.get(c[0]!.line) ?? []), c]);
    else if (c.length >= MIN_STRAY_WRAP) for (const p of c) wrappedOn.set(p.line, Math.min(p.x0, wrappedOn.get(p.line) ?? Infinity));
  }
  const out = new Set<Chain>();
  for (const [line, here] of singlesOn) {
    const p = here[0]![0]!;
    if (here.length !== 1 || p.x1 > (wrappedOn.get(line) ?? -Infinity) || !NAME_TEXT.test(p.text) || width(p) > LONE_WIDTH) continue;
    if (multiCentres.some((m) => Math.abs(m - 2 * line) <= CENTRE_TOLERANCE)) continue;
    out.add(here[0]!);
  }
  return out;
}
/** A cell wrapped over this many lines or more beside the merged cell: one line of it shares the merged cell's line. */
const MIN_STRAY_WRAP = 3;
/** A name: Chinese text of two characters or more, no figure, no bracket (a title's year, a head's last character are no merged cells). */
const NAME_TEXT = /^[\u4e00-\u9fff]{2,}$/;

/**
 * The rows of text laid out with spaces, top to bottom, each row's cells left to right. A page's
 * form feed parts pages (a chain never runs across one). Cells are `spaces` rows' cells: a cell's
 * own spaces (`实际 完成值`) may still part it, and neighbours may still be one cell.
 */
export function spacedLayoutRows(text: string): Row[] {
  const rows: Row[] = [];
  let lineOffset = 0;
  for (const page of text.split("\f")) {
    const lines = page.split(/\r?\n/);
    const empty = new Set(lines.flatMap((l, i) => (l.trim() === "" ? [i] : [])));
    // A name broken inside its points note (`产出指标（5` / `0分）`) is made whole on its first line first (points-note-names.ts).
    // Such a name makes no row's centre of its own: its line may be none (a name centred between rows).
    const pieces = joinBrokenPointsNotes(spacedPieces(lines));
    const joined = new Set(pieces.filter((p) => p.joinedNote));
    const chains = chainPieces(pieces, empty);
    // Merged names printed mid-span make no row's centre where a run of rows is centred on them;
    // they go to that run's first row (mid-span-names.ts). Tried on all such names first, then
    // kept out only for those that found their run, so a name that finds none is placed as before.
    const { names: candidates, alone } = midSpanNameCandidates(chains);
    // The page's foot: the line above its page number, else its last line of text.
    const numberLine = lines.findIndex((l) => PAGE_NUMBER.test(l));
    const pageEnd = numberLine > 0 ? numberLine - 1 : lines.reduce((last, l, i) => (l.trim() !== "" ? i : last), -1);
    const tried = placeChains(chains, candidates, joined);
    const found = new Set([...midSpanNameRows([...candidates], placedRows(tried.filter((p) => !candidates.has(p.c))), pageEnd, alone).keys()]);
    // (A name on the centre of another cell broken around it, `服务对象满` / `意度指标` around
    // `满意度指标`, still makes that row: without it the broken cell was cut in two.)
    const shared = (n: Chain) => chains.some((c) => c.length > 1 && !found.has(c) && centre2(c) === centre2(n));
    for (const n of [...found]) if (shared(n)) found.delete(n);
    const placed = found.size > 0 ? placeChains(chains, found, joined) : placeChains(chains, new Set(), joined);
    const midRows = midSpanNameRows([...found], placedRows(placed.filter((p) => !found.has(p.c))), pageEnd, alone);
    for (const p of placed) {
      const row = midRows.get(p.c);
      if (row !== undefined) p.row = row;
    }
    const byRow = new Map<number, Chain[]>();
    for (const { c, row } of placed) {
      const l = byRow.get(row);
      if (l) l.push(c);
      else byRow.set(row, [c]);
    }
    let first = true;
    for (const r of [...byRow.keys()].sort((a, b) => a - b)) {
      const cells: Cell[] = byRow
        .get(r)!
        .sort((a, b) => Math.min(...a.map((p) => p.x0)) - Math.min(...b.map((p) => p.x0)))
        .flatMap((c) => cellsOf(c, lineOffset));
      rows.push({ cells, boundaries: "spaces", ...(first && lineOffset > 0 ? { pageBreakBefore: true } : {}) });
      first = false;
    }
    // The form feed stands on the next page's first line, not a line of its own.
    lineOffset += lines.length - 1;
  }
  return rows;
}

/** Each piece of a page's chains with the row (centre, half lines) it goes to; `midSpan` chains make no row's centre and are never cut. */
function placeChains(chains: readonly Chain[], midSpan: ReadonlySet<Chain>, noCentre: ReadonlySet<SpacedPiece> = new Set()): { c: Chain; row: number }[] {
  // Chains cut on the one-line cells' rows first, then on those and the rows the wrapped pieces make.
  const lone = loneMergedCells(chains);
  const around = cellsAroundLine(chains);
  const strayed = strayedSingles(chains);
  const singles = chains.filter((c) => c.length === 1 && !lone.has(c) && !around.has(c) && !strayed.has(c) && !midSpan.has(c) && !noCentre.has(c[0]!));
  const singleRows = rowCentres(singles, []);
  const firstCut = chains.flatMap((c) => cutChain(c, singleRows));
  const centres = rowCentres(singles, firstCut.filter((c) => c.length > 1));
  const broken = namesBrokenOverRows(chains, singleRows);
  const brokenNames = new Set<Chain>();
  const pieces = chains.flatMap((c) => {
    if (midSpan.has(c)) return [c];
    const k = broken.get(c);
    if (k === undefined) return cutChain(c, centres);
    const name = c.slice(k);
    brokenNames.add(name);
    return [...(k > 0 ? cutChain(c.slice(0, k), centres) : []), name];
  });
  // A piece centred on no row is a merged cell: it goes to the first row it spans (a short cell
  // alone between two rows: the row above), else it is a row of its own.
  return pieces.map((c) => {
    const c2 = centre2(c);
    const middle = around.get(c);
    if (middle !== undefined) return { c, row: middle };
    if (brokenNames.has(c)) return { c, row: 2 * c[0]!.line };
    const near = centres.filter((r) => Math.abs(r - c2) <= CENTRE_TOLERANCE).sort((a, b) => Math.abs(a - c2) - Math.abs(b - c2) || a - b);
    const own = near[0];
    const spanned = centres.find((r) => r >= 2 * c[0]!.line && r <= 2 * c[c.length - 1]!.line);
    const above = lone.has(c) ? centres.filter((r) => r < c2).pop() : undefined;
    return { c, row: own ?? spanned ?? above ?? c2 };
  });
}

/** The rows placed pieces make, with the lines they cover. */
function placedRows(placed: readonly { c: Chain; row: number }[]): PlacedRow[] {
  const rows = new Map<number, PlacedRow & { chains: Chain[] }>();
  for (const { c, row } of placed) {
    const r = rows.get(row) ?? { key: row, top: Infinity, bottom: -Infinity, chains: [] };
    r.top = Math.min(r.top, c[0]!.line);
    r.bottom = Math.max(r.bottom, c[c.length - 1]!.line);
    r.chains.push(c);
    rows.set(row, r);
  }
  return [...rows.values()];
}

/** The Grid of text laid out with spaces. */
export function spacedLayoutGrid(text: string): Grid {
  const pages = text.split("\f").filter((p) => p.trim() !== "").length;
  return { rows: spacedLayoutRows(text), rowsKnown: true, pages: Math.max(1, pages) };
}

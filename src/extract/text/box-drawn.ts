/**
 * Tables drawn with box-drawing characters, as a text browser dumps a web page's table (w3m:
 * `┌──┬──┐`, `│项目│…│`, `├──┼──┤`): a cell's text is wrapped over several lines inside its
 * borders (`│项目│` over `│名称│`), a rule line ends a row, and a cell that spans rows is crossed
 * only by the rules of the other columns (`│项目├────┼────┤`: the left cell goes on).
 *
 * Told by the borders alone, like tabs: each drawn table is rewritten as the tab-separated rows it
 * draws, a cell's wrapped lines joined, a cell spanning rows given in its first row (the rows it
 * also covers hold an empty cell there, as a spreadsheet's merged cell); lines outside the tables
 * are kept. Columns are told by their borders' places on the line in display columns (a CJK
 * character is two wide), which is how the browser lined them up.
 */
import { charWidth } from "./display-width.js";

/** Characters that part cells: vertical borders and the joints on a rule line. */
const SEPARATORS = new Set([..."│┃├┤┼┬┴┌┐└┘┠┨╂┯┷┏┓┗┛┣┫╋┳┻║╠╣╬╦╩╔╗╚╝╟╢╫╤╧"]);
/**
 * The same table drawn in ASCII, as pandoc's plain text writes a grid table: `+----+----+` rules
 * (`+====+` under a header) and `| a  | b  |` rows. Only a line that opens with `+` is a rule, and
 * only there does `+` part cells (a row's text may hold a plus sign or a dash).
 */
const ASCII_RULE_LINE = /^\s*\+(?:[-=:]+\+)+\s*$/;
const ASCII_ROW_LINE = /^\s*\|.*\|\s*$/;
/** Characters a rule is drawn with. */
const RULE = /^[─━═\s]*[─━═][─━═\s]*$/;
/** A line of a drawn table: opens with a border or a joint. */
const TABLE_LINE = /^\s*[│┃├┌└┠┏┗┣║╠╔╚╟]/;
/** Most columns a line's borders may stand short of the rules' (ambiguous-width characters before them). */
const MAX_DRIFT = 4;
/** Fewest lines for a drawn table (a top rule, a row, a bottom rule). */
const MIN_LINES = 3;

interface Segment {
  /** Display column where the segment starts (just after its left border). */
  start: number;
  text: string;
  rule: boolean;
}

/** A line cut at its borders: the segments between them, placed by display column. */
function segments(line: string, borders: ReadonlySet<number> = new Set()): Segment[] {
  if (ASCII_RULE_LINE.test(line) || (ASCII_ROW_LINE.test(line) && !/[│┃║]/.test(line))) return asciiSegments(line);
  const out: Segment[] = [];
  let col = 0;
  let start = -1;
  let text = "";
  for (const ch of line.trimEnd()) {
    if (SEPARATORS.has(ch)) {
      // A character of ambiguous width (≤, ≥, ×, ①) the browser drew two wide is counted one:
      // the border is then a column or two short of where the rules put it, and is put there.
      if (borders.size > 0 && !borders.has(col)) {
        for (let d = 1; d <= MAX_DRIFT; d++) if (borders.has(col + d)) {
          col += d;
          break;
        }
      }
      if (start >= 0) out.push({ start, text, rule: RULE.test(text) });
      start = col + 1;
      text = "";
    } else if (start >= 0) text += ch;
    col += charWidth(ch);
  }
  return out;
}

/** An ASCII grid table's line cut at its borders (`+` and `|` on a rule line, `|` on a row). */
function asciiSegments(line: string): Segment[] {
  const rule = ASCII_RULE_LINE.test(line);
  const out: Segment[] = [];
  let col = 0;
  let start = -1;
  let text = "";
  for (const ch of line.trimEnd()) {
    if (ch === "|" || (rule && ch === "+")) {
      if (start >= 0) out.push({ start, text, rule });
      start = col + 1;
      text = "";
    } else if (start >= 0) text += ch;
    col += charWidth(ch);
  }
  return out;
}

/** A cell's wrapped lines joined: CJK text wraps without a space, Latin words with one. */
function joinWrapped(parts: readonly string[]): string {
  let out = "";
  for (const p of parts.map((s) => s.trim()).filter((s) => s !== "")) {
    out += out !== "" && /[A-Za-z]$/.test(out) && /^[A-Za-z]/.test(p) ? ` ${p}` : p;
  }
  return out;
}

/** Where a rule line's joints stand: the borders, in display columns (a rule holds no text to miscount). */
function ruleBorders(lines: readonly string[]): Set<number> {
  const borders = new Set<number>();
  for (const line of lines) {
    if (!/^[\s─━═│┃║├┤┼┬┴┌┐└┘┠┨╂┯┷┏┓┗┛┣┫╋┳┻╠╣╬╦╩╔╗╚╝╟╢╫╤╧]+$/.test(line)) continue;
    let col = 0;
    for (const ch of line) {
      if (SEPARATORS.has(ch)) borders.add(col);
      col += charWidth(ch);
    }
  }
  return borders;
}

/** One drawn table's lines → its rows, cells tab-separated. */
function tableRows(lines: readonly string[]): string[] {
  const borders = ruleBorders(lines);
  const rows: Map<number, string>[] = [];
  const open = new Map<number, { row: number; parts: string[] }>();
  const close = (start: number) => {
    const cell = open.get(start);
    if (!cell) return;
    rows[cell.row]!.set(start, joinWrapped(cell.parts));
    open.delete(start);
  };
  let afterRule = true;
  for (const line of lines) {
    const segs = segments(line, borders);
    const isRuleLine = segs.some((s) => s.rule);
    if (!isRuleLine && afterRule) {
      rows.push(new Map());
      afterRule = false;
    }
    for (const s of segs) {
      if (s.rule) {
        close(s.start);
        continue;
      }
      const cell = open.get(s.start);
      if (cell) cell.parts.push(s.text);
      else if (rows.length > 0) {
        // (Text on a rule line with no cell open above it: a cell that starts on the rule's line.)
        open.set(s.start, { row: rows.length - 1, parts: [s.text] });
      }
      const row = rows[rows.length - 1];
      if (row && !row.has(s.start)) row.set(s.start, "");
    }
    if (isRuleLine) afterRule = true;
  }
  for (const start of [...open.keys()]) close(start);
  return rows
    .map((r) => [...r.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t.replace(/\t/g, " ")))
    .filter((cells) => cells.some((c) => c !== ""))
    .map((cells) => cells.join("\t"));
}

/**
 * The text with each box-drawn table rewritten as tab-separated rows; null where the text draws
 * no table.
 */
export function boxDrawnAsTabs(text: string): string | null {
  const ascii = /^\s*\+(?:[-=:]+\+)+\s*$/m.test(text);
  if (!/[│┃║]/.test(text) && !ascii) return null;
  const lines = text.split("\n");
  const out: string[] = [];
  let found = false;
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && TABLE_LINE.test(lines[j]!)) j++;
    // An ASCII grid opens with its rule and runs while its lines are rules or rows.
    if (j === i && ASCII_RULE_LINE.test(lines[i]!)) while (j < lines.length && (ASCII_RULE_LINE.test(lines[j]!) || ASCII_ROW_LINE.test(lines[j]!))) j++;
    const block = lines.slice(i, j);
    // (An ASCII grid rules every row: three rules at least, or its rows would run together.)
    const ruled = ASCII_RULE_LINE.test(lines[i]!) ? block.filter((l) => ASCII_RULE_LINE.test(l)).length >= 3 : block.some((l) => segments(l).some((s) => s.rule));
    if (j - i >= MIN_LINES && ruled) {
      out.push(...tableRows(lines.slice(i, j)));
      found = true;
      i = j;
      continue;
    }
    out.push(lines[i]!);
    i++;
  }
  return found ? out.join("\n") : null;
}

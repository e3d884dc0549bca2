import type { Cell, Row } from "../../layout/grid.js";
import { labelKey, matchSpelling } from "../../template/labels.js";
import { indicatorColumns, level1Names, level2Names, titlePattern } from "../../template/project.js";
import { charWidth } from "../../extract/text/display-width.js";

/**
 * The text columns a department form prints after an indicator's score (评分标准, 偏差原因分析及改进
 * 措施), which a converter drew as wrapped paragraphs on the lines after the row's points
 * (`pdftotext -raw`: `资金使用合规率 =100% 100% 10 10` / `B/A×分` / `值` / `本项目未做满意度` / `调查`).
 * Read by lines, each piece is a row of its own. Under an indicator head whose last two heads are
 * the method then the deviation, right after 得分, the lines between a whole row (a name, a target
 * and a completion before its points) and the next whole row (or a 一级/二级 name, or the table's
 * end) part into paragraphs (a paragraph's lines fill one width, its last may be shorter); the
 * paragraphs become the row's method and deviation cells where the text settles which is which:
 * two paragraphs are the two columns in order; one is the method where it wraps clearly narrower
 * than the deviation head's broken first line (the deviation's column width), the deviation where
 * it wraps at that width or is a line wider than any method's line in the table. Anything else
 * (three paragraphs, a run before a row that lacks its name, one paragraph that fits either) is
 * left as read.
 */

const FIGURE = /^\d+(?:\.\d+)?$/;

/** Columns a line takes as drawn: a wide character two (a line's fill is measured in these, not characters). */
const displayWidth = (s: string): number => [...s].reduce((w, ch) => w + charWidth(ch), 0);
/** Fewest indicator column heads that make a row the indicator table's head. */
const MIN_HEADS = 3;
/** Cells before the points in a whole indicator row: 三级 name, target, completion. */
const ROW_CELLS = 3;
/** A wrapped line may fall one wide character short of its width (a mark kept with its word). */
const SLACK = 2;

function text(cell: Cell): string {
  return cell.text.trim();
}

interface Head {
  /** Display width of the deviation head's first piece where the head broke over lines; null where it did not. */
  deviationWidth: number | null;
}

/** The head's settings if it is the indicator head ending 得分, 评分标准, 偏差原因; null otherwise. */
function afterScoreHead(row: Row, lineText: (line: number | undefined) => string | null): Head | null {
  const keys = row.cells.map((c) => matchSpelling(labelKey(c.text), indicatorColumns));
  if (keys.filter((k) => k !== null).length < MIN_HEADS) return null;
  const n = keys.length;
  if (n < 3 || keys[n - 3] !== "score" || keys[n - 2] !== "method" || keys[n - 1] !== "deviation") return null;
  const dev = row.cells[n - 1]!;
  const first = dev.parts && dev.parts.length > 1 ? lineText(dev.parts[0]!.line) : null;
  return { deviationWidth: first === null ? null : displayWidth(first) };
}

/** Index of the score's cell where the row is a whole indicator row (≥3 cells, then points and score); -1 otherwise. */
function scoreIndex(row: Row): number {
  const t = row.cells.map(text);
  for (let i = t.length - 1; i >= ROW_CELLS + 1; i--) {
    if (FIGURE.test(t[i]!) && FIGURE.test(t[i - 1]!)) return t.length - i - 1 <= 1 ? i : -1;
  }
  return -1;
}

function isLevelName(s: string): boolean {
  return level1Names.includes(s) || level2Names.includes(s);
}

/** A line that opens the next row: a whole indicator row, a 一级/二级 name, a total (a label and figures). */
function opensRow(row: Row): boolean {
  const t = row.cells.map(text);
  if (isLevelName(t[0]!)) return true;
  if (scoreIndex(row) >= 0) return true;
  return t.length >= 2 && !FIGURE.test(t[0]!) && t.slice(1).every((s) => FIGURE.test(s)) && /总分|合计|总计/.test(t[0]!);
}

/** The lines parted into paragraphs: a line wider than the paragraph's width, or one after a short line, opens the next. */
export function paragraphs(lines: readonly string[]): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  let width = 0;
  let ended = false;
  for (const line of lines) {
    const w = displayWidth(line);
    if (cur.length > 0 && (ended || w > width + SLACK)) {
      out.push(cur);
      cur = [];
    }
    if (cur.length === 0) width = w;
    cur.push(line);
    width = Math.max(width, w);
    ended = w < width - SLACK;
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

const widest = (p: readonly string[]): number => Math.max(...p.map(displayWidth));

interface Run {
  row: number;
  score: number;
  /** The paragraphs after the score, the row's words after it first. */
  paras: string[][];
  /** Rows taken (after the row itself). */
  taken: number;
}

export function joinAfterScoreColumns(rows: readonly Row[], lineText: (line: number | undefined) => string | null = () => null): Row[] {
  // First pass: the runs under each qualifying head.
  const runs: { run: Run; head: Head }[] = [];
  let head: Head | null = null;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const h = afterScoreHead(row, lineText);
    if (h) {
      head = h;
      continue;
    }
    if (row.cells.some((c) => titlePattern.test(text(c)))) head = null;
    if (!head) continue;
    const score = scoreIndex(row);
    if (score < 0) continue;
    const lines = row.cells.slice(score + 1).map(text);
    let j = i + 1;
    while (j < rows.length && rows[j]!.cells.length === 1 && !opensRow(rows[j]!) && !FIGURE.test(text(rows[j]!.cells[0]!))) {
      lines.push(text(rows[j]!.cells[0]!));
      j++;
    }
    if (j === i + 1) continue;
    // The run must end where the next row opens whole, so none of its lines is that row's piece.
    if (j < rows.length && !opensRow(rows[j]!)) continue;
    runs.push({ run: { row: i, score, paras: paragraphs(lines), taken: j - i - 1 }, head });
    i = j - 1;
  }
  // The widest line of a paragraph the order settles as a method (first of two): a line wider
  // than that would have wrapped in the method's column.
  const methodWidest = new Map<Head, number>();
  for (const { run, head: h } of runs) {
    if (run.paras.length === 2) methodWidest.set(h, Math.max(methodWidest.get(h) ?? 0, widest(run.paras[0]!)));
  }
  const out: Row[] = [];
  let next = 0;
  for (const { run, head: h } of runs) {
    const cells = assign(run.paras, h, methodWidest.get(h) ?? null);
    if (!cells) continue;
    while (next < run.row) out.push(rows[next++]!);
    const row = rows[run.row]!;
    const at = row.cells[run.score]!;
    const cell = (t: string): Cell => ({ text: t, source: at.source });
    out.push({ ...row, cells: [...row.cells.slice(0, run.score + 1), cell(cells[0]), ...(cells[1] === null ? [] : [cell(cells[1])])] });
    next = run.row + 1 + run.taken;
  }
  while (next < rows.length) out.push(rows[next++]!);
  return out;
}

/** The method and deviation texts the paragraphs settle; null where they do not. */
function assign(paras: readonly string[][], head: Head, methodWidth: number | null): [string, string | null] | null {
  const join = (p: readonly string[]) => p.join("");
  const dev = head.deviationWidth;
  const wrapsAtDeviation = (p: readonly string[]) => dev !== null && p.length > 1 && widest(p) >= dev - SLACK;
  const narrower = (p: readonly string[]) => dev !== null && p.length > 1 && widest(p) < dev - SLACK;
  const widerThanMethods = (p: readonly string[]) => methodWidth !== null && widest(p) > methodWidth;
  if (paras.length === 2) {
    const [m, d] = [paras[0]!, paras[1]!];
    if (wrapsAtDeviation(m) || narrower(d)) return null;
    return [join(m), join(d)];
  }
  if (paras.length !== 1) return null;
  const p = paras[0]!;
  if (wrapsAtDeviation(p) || (p.length === 1 && widerThanMethods(p))) return ["", join(p)];
  if (narrower(p)) return [join(p), null];
  return null;
}

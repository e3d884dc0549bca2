import type { TextReadings, TextShape } from "../../extract/extraction.js";
import { labelKey } from "../../template/labels.js";
import { headerFields } from "../../template/project.js";
import { looksLayoutOrdered } from "./layout-ordered.js";
import { formIsFlattened } from "./flattened-page.js";
import { holdsDrawnRows } from "./drawn-rows.js";

/** Labels that start a line in every shape; what follows them on the line tells the shape. */
// (部门名称, 部门(单位)名称 and 年度主要任务 start the department-wide form's lines, which print no 项目名称;
// so does 单位名称, the department's name as many department forms spell it.)
// The project's name and its department in every spelling of the template (专项资金名称, 主管部门及代码 …),
// longest first: a longer spelling is the label, not a shorter one with its value run on (主管部门|及代码).
const PROBE_LABELS = [
  ...new Set([
    "项目名称", "主管部门", "年度资金总额", "一级指标", "三级指标", "年初预算数", "总分", "合计", "年度总体目标", "其他资金", "上年结转资金", "部门名称", "部门(单位)名称", "单位名称", "年度主要任务",
    // (Not a bare 部门(单位): the department cover's options open with it, 部门(单位)绩效自评.)
    ...headerFields.filter((f) => f.key === "projectName" || f.key === "department").flatMap((f) => f.exact).filter((l) => l !== "部门(单位)"),
  ]),
].sort((a, b) => b.length - a.length);

/** Below this many labels starting lines, the label votes are too few to tell the shape alone. */
const MIN_VOTES = 3;
/** Share of lines with cells separated by spaces that makes a page linear when its labels cannot tell. */
const SPACED_LINES = 0.5;
/** On a page of spaced rows, a fund row or two with no amounts (上年结转资金, 其他资金) stand alone. */
const LABELS_ALONE_MARGIN = 2;

/**
 * Tells the shape of extracted text from its content: tabs, Markdown pipes (the reader tells them,
 * extract/text/separated-shape.ts), or — by what follows a template label on its line — one cell
 * per line (nothing), linear text (a space) or run-together cells (the value itself).
 * One-cell-per-line text that a PDF dump gave (no empty cells, labels broken) is layout-ordered.
 */
export function detectShape(readings: TextReadings): TextShape {
  const text = readings.text;
  const shape = readings.separated ?? detectLineShape(readings);
  // A form a preview flattened onto lines of its own, amid a page's lines of another shape that
  // hold no form (flattened-page.ts), is read by lines: they cut it where its rows start. (Not
  // asked of tab-separated text, the commonest export: no page seen puts a preview beside tab rows,
  // and the test costs about 1 % of such a parse.)
  if ((shape === "markdown" || shape === "cell-per-line") && formIsFlattened(text)) return "linear";
  // (A dump in drawing order whose rows are drawn whole on lines is read by lines: drawn-rows.ts.)
  if (shape === "cell-per-line" && looksLayoutOrdered(text)) return holdsDrawnRows(readings.lines) ? "linear" : "layout-ordered";
  return shape;
}

/** The shape of text whose separators tell none: by the labels that start its lines, then by how its lines look. */
function detectLineShape(readings: TextReadings): TextShape {
  const lines = readings.lines;
  if (lines.length === 0) return "linear";

  let alone = 0;
  let spaced = 0;
  let joined = 0;
  for (const line of lines) {
    const key = labelKey(line);
    for (const label of PROBE_LABELS) {
      const at = key.indexOf(label);
      if (at !== 0) continue;
      // Look at the raw line after the label, allowing the label's own spacing and pinyin.
      const rest = restAfterLabel(line, label);
      if (rest === null) continue;
      // A colon ending the label (年度资金总额: 3359.62) is the label's; what follows it tells.
      const after = rest.replace(/^[:：]/, "");
      if (after.trim() === "" || /^\s*\|\s*$/.test(after)) alone++;
      else if (/^[\s\u3000]/.test(after)) spaced++;
      else if (!/^[(（:：]/.test(rest)) joined++;
      break;
    }
  }
  // Few labels start lines (a regional form's 转移支付(项目)名称, 中央主管部门): one 其他资金 alone
  // must not make a page of spaced rows one cell a line; how its lines look decides.
  const votes = alone + spaced + joined;
  // (A cell's trailing ` |`, an export's artefact, is no space between two cells.)
  const spacedShare = lines.filter((l) => /\S[ \t\u3000]+\S/.test(l.trim().replace(/\s+\|$/, ""))).length / lines.length;
  if ((votes < MIN_VOTES || alone <= spaced + LABELS_ALONE_MARGIN) && spacedShare >= SPACED_LINES && joined <= spaced) return "linear";
  // Too few labels start lines to vote (a regional form's 转移支付(项目)名称, 年度资金总额: with its
  // colon) and the lines are rows, not cells: a row's cells run together, one row a line.
  // (Not a form flattened onto a few lines: read as linear, those are cut where rows start; nor
  // lines that part cells by spaces.)
  if (votes < MIN_VOTES && joined + spaced === 0 && lines.length >= MIN_ROW_LINES && spacedShare < RUN_TOGETHER_SPACED && medianLength(lines) >= ROW_LINE_LENGTH) return "run-together";
  // (One label alone on its line, the only vote (a total row 总分 whose cells a page put below it, in
  // an excerpt that starts below the header's labels), is too few to make a page one cell a line:
  // how its lines look decides, below, as where no label starts a line.)
  if (alone >= spaced && alone >= joined && alone > 0 && votes > 1) return "cell-per-line";
  if (joined > spaced) return "run-together";
  if (spaced > 0) return "linear";
  // No label found at a line start: short lines suggest one cell per line. Where each line is a
  // paragraph of its own (an empty line after each), the median, not the average: a few paragraphs
  // of a scoring sheet's 评分标准 (a hundred characters each) among two-character cells made the
  // average long, and the page linear. (Not the median everywhere: a linear page with a table one
  // cell a line beside it, a 基础数据表, has a short median too.)
  // Nor where next to no line parts text by spaces and the long lines stand among short ones: a
  // page one cell a line whose few long cells (a scoring sheet's 评分标准) made the average long,
  // with no empty lines to tell its cells by (not a report's paragraphs one after another above a
  // table one cell a line).
  const avg = lines.reduce((n, l) => n + l.trim().length, 0) / lines.length;
  const paragraphs = readings.paragraphs();
  const unspaced = spacedShare < UNSPACED && longestLongRun(lines) < PROSE_RUN;
  return avg < 12 || ((paragraphs || unspaced) && medianLength(lines) < 12) ? "cell-per-line" : "linear";
}

/**
 * The median line length (characters, ends trimmed) from which a page's lines are rows rather than
 * cells: one cell a line prints mostly labels and figures (项目名称, 100%, 10), a row run together
 * a label and its values (其中:中央财政资金829.3万829.3万100%).
 */
const ROW_LINE_LENGTH = 14;
/** Fewest lines, and most lines holding spaces between text, of a page of rows run together. */
const MIN_ROW_LINES = 8;
const RUN_TOGETHER_SPACED = 0.25;
/**
 * Below this share of lines parting text by spaces, a page's short median tells one cell a line
 * without its paragraphs (a page of spaced rows beside a table one cell a line, a 基础数据表 of
 * short cells, holds far more: a quarter of its lines).
 */
const UNSPACED = 0.1;

/** A line from this many characters is long (a cell of prose, or a paragraph). */
const LONG_LINE = 20;
/** This many long lines one after another are a text's paragraphs, not a table's cells of prose. */
const PROSE_RUN = 3;

/** The most long lines one after another. */
function longestLongRun(lines: readonly string[]): number {
  let best = 0;
  let run = 0;
  for (const l of lines) {
    run = l.trim().length >= LONG_LINE ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

function medianLength(lines: readonly string[]): number {
  const lengths = lines.map((l) => l.trim().length).sort((a, b) => a - b);
  return lengths[lengths.length >> 1] ?? 0;
}

function restAfterLabel(line: string, label: string): string | null {
  // Walk the raw line consuming the label's characters in order, skipping spaces and pinyin.
  let i = 0;
  let matched = 0;
  const chars = [...label];
  while (i < line.length && matched < chars.length) {
    const ch = line[i]!;
    if (/\s/.test(ch) && matched > 0) {
      i++;
      continue;
    }
    if ((ch === "(" || ch === "（") && matched > 0) {
      const close = line.slice(i).search(/[)）]/);
      if (close > 0 && /^[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+[)）]$/.test(line.slice(i, i + close + 1))) {
        i += close + 1;
        continue;
      }
    }
    if (labelKey(ch) === chars[matched] || ch === chars[matched]) {
      matched++;
      i++;
      continue;
    }
    if (matched === 0 && /\s/.test(ch)) {
      i++;
      continue;
    }
    return null;
  }
  return matched === chars.length ? line.slice(i) : null;
}

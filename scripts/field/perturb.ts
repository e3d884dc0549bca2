/**
 * How well the reader's learning generalises, measured without the held-back part: each tuned
 * fixture's text is changed in a way real pages differ from one another (line ends, the kind of
 * blank, wrappers, a missing title…) that leaves every field a person reads unchanged, and the
 * fixture is measured again against its own truth. A drop means the reader leans on something
 * incidental to the pages it was tuned on.
 *
 *   npx tsx scripts/field/perturb.ts              every variation, tuned project and department forms
 *   npx tsx scripts/field/perturb.ts crlf wrapper  some variations
 *   --drops                                        list each fixture that drops, with its figures
 *   --template department                          only the tuned forms of one template
 */
import { readFileSync } from "node:fs";
import { toTraditional } from "../../src/normalise/script.js";
import { parse } from "../../src/pipeline.js";
import { compareFieldTruth } from "../../test/helpers/field-truth.js";
import type { FieldTruth } from "../../test/helpers/field-truth.js";
import { readManifest, readTruth, textPath, type FieldEntry } from "./corpus.js";
import { PAGE_ONLY, PAGE_VARIATIONS } from "./page-variations.js";
import { DEPARTMENT_ONLY, DEPARTMENT_TAKES, DEPARTMENT_TRUTH_CHANGE, DEPARTMENT_VARIATIONS } from "./department-variations.js";
import { FORM_ONLY, FORM_TRUTH, FORM_VARIATIONS } from "./form-variations.js";
import { layoutVariations } from "./layout-variations.js";
import { cellsParted, EXPORT_ONLY, EXPORT_VARIATIONS } from "./export-variations.js";
import { VOCABULARY_ONLY, VOCABULARY_VARIATIONS } from "./vocabulary-variations.js";
import { COLUMN_ONLY, COLUMN_TRUTH, COLUMN_VARIATIONS } from "./column-variations.js";

/** A text changed; a variation that cuts by the truth's fields (cut-mid-row) reads the truth. */
type Variation = (text: string, truth?: FieldTruth) => string;

const PORTAL_HEAD = [
  "当前位置：首页 > 信息公开 > 法定主动公开内容 > 财政资金",
  "索引号：11340000MB1234567X/2023-00123　　发布机构：本单位",
  "发布日期：2023-06-30　　浏览次数：128",
  "字体：[ 大 中 小 ]　　打印本页",
  "",
].join("\n");
const PORTAL_FOOT = ["", "【打印本页】【关闭窗口】", "主办单位：本单位办公室　　网站标识码：3400000001", "技术支持：信息中心"].join("\n");

/** A label as a whole cell (its (A), (B/A) or colon may follow): a field's text that holds the words stays. */
const asCell = (label: string) => new RegExp(`(?<=^|[\\s|])${label}(?=$|[\\s|(（:：])`, "gm");
const LABEL_SPELLINGS: Array<[RegExp, string]> = (
  [
    ["年初预算数", "年初预算"],
    ["全年预算数", "调整后预算数"],
    ["全年执行数", "预算执行数"],
    ["执行率", "预算执行率"],
    ["分值", "权重"],
    ["年度总体目标", "项目年度目标"],
    ["预期目标", "预算目标"],
    ["实际完成情况", "年度目标完成情况"],
    ["年度指标值", "指标值"],
    ["实际完成值", "完成值"],
    ["偏差原因分析及改进措施", "未完成原因分析"],
    ["其中:当年财政拨款", "其中:本年财政拨款"],
    ["当年财政拨款", "本年财政拨款"],
    ["总分", "自评总分"],
  ] as const
).map(([from, to]) => [asCell(from), to]);

/** Each variation keeps what a person reads; only how the page gives it changes. */
export const VARIATIONS: Record<string, Variation> = {
  crlf: (t) => t.replace(/\r?\n/g, "\r\n"),
  "trailing-spaces": (t) => t.replace(/\n/g, "  \n"),
  "nbsp-blanks": (t) => t.replace(/^[ \t]+$/gm, "\u00a0"),
  "empty-blanks": (t) => t.replace(/^[ \t\u00a0\u3000]+$/gm, ""),
  "ideographic-spaces": (t) => t.replace(/(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])/g, "\u3000"),
  "zero-width": (t) => t.replace(/^(?=\S)/gm, "\u200b"),
  wrapper: (t) => PORTAL_HEAD + t + PORTAL_FOOT,
  "no-trailing-pipe": (t) => t.replace(/[ \t]*\|[ \t]*$/gm, ""),
  // The title's line goes; on a long line (a form flattened onto one line) only the title does.
  "no-title": (t) => t.replace(/^(.*?(自评表|自評表)[^\n]*)$/m, (line, _l, _w) => (line.length <= 60 ? "" : line.replace(/^.{0,40}?(自评表|自評表)/, ""))),
  "leading-blank-lines": (t) => "\n\n\n" + t,
  "full-width": (t) => t.replace(/[0-9%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
  "half-width": (t) => t.replace(/[０-９％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)),
  // Labels spaced out as a PDF dump or a justified cell gives them: 年 度 资 金 总 额.
  "spaced-labels": (t) => t.replace(/(年度资金总额|项目名称|主管部门|实施单位|一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|执行率)/g, (l) => [...l].join(" ")),
  // The trailing 分 of points dropped or added, as templates differ: 产出指标(50分) ↔ 产出指标(50).
  traditional: (t) => toTraditional(t),
  // One cell per line as another exporter writes it: each cell a paragraph (an empty line after
  // it, an empty cell a line of a space), or every cell closed by ` |`.
  paragraphs: (t) => (isParagraphs(t) ? t : t.split("\n").map((l) => (l.trim() === "" ? " " : l)).join("\n\n")),
  // A pipe table as a spreadsheet export gives it: cells by tab, no outer pipes, no rule line.
  // (Only a table of pipe rows: a page of one cell a line closed by pipes has no row to tab.)
  tabs: (t) =>
    !isPipeTable(t)
      ? t
      : t
      .split("\n")
      .filter((l) => !/^\s*\|?\s*:?-{3,}/.test(l))
      .map((l) => (l.includes("|") ? l.replace(/^\s*\|/, "").replace(/\|\s*$/, "").split("|").map((c) => c.trim()).join("\t") : l))
      .join("\n"),
  // A document site's preview: the table's cells run together on one line.
  flattened: (t) => t.split("\n").map((l) => l.trim()).filter((l) => l !== "" && !/^[|\s]+$/.test(l)).map((l) => l.replace(/\s*\|\s*$/, "")).join(""),
  // A merged 一级/二级 cell's name repeated in every row it covers, as some converters print it.
  "merged-repeated": (t) => {
    let prev: string[] | null = null;
    return t
      .split("\n")
      .map((l) => {
        if (!/^\s*\|.*\|\s*$/.test(l)) return ((prev = null), l);
        const cells = l.split("|");
        if (prev && prev.length === cells.length) {
          for (const k of [1, 2]) if (cells[k]?.trim() === "" && /指标$/.test(prev[k]?.trim() ?? "")) cells[k] = prev[k]!;
        }
        prev = cells;
        return cells.join("|");
      })
      .join("\n");
  },
  // An exporter that drops empty cells: one cell per line with no blank line left.
  "no-empty-cells": (t) => t.split("\n").filter((l) => l.trim() !== "" && !/^[\s|]+$/.test(l)).join("\n"),
  // Scraped HTML pretty-printed: every line indented (spaces, or tabs and ideographic spaces).
  indented: (t) => t.replace(/^(?=.)/gm, "    "),
  "indented-mixed": (t) => t.split("\n").map((l, i) => (l === "" ? l : ["\t", "\u3000\u3000", "  "][i % 3] + l)).join("\n"),
  // An empty cell printed as a dash or a slash, as many templates ask ("无" is a value, not tried).
  // (One cell a line only: a pipe row's padding after a merged cell is no cell a form would dash.)
  "dash-blanks": (t) => t.replace(/^([ \t\u00a0\u3000]+)$/gm, "—"),
  // Amounts with thousands separators: 12345.67 → 12,345.67.
  // (Only an amount standing alone between separators: a sentence's 1290.3平方米 stays as printed.)
  thousands: (t) => t.replace(/(?<=^|[|\t ]|\u3000)(\d{1,3})(\d{3})\.(\d{1,2})(?=$|[|\t ]|\u3000)/gm, "$1,$2.$3"),
  // A space before the percent sign or the 分 of points.
  "percent-space": (t) => t.replace(/(\d)(%|％)/g, "$1 $2"),
  // Labels ending in a colon, as a web form prints them: 项目名称：.
  "label-colons": (t) => t.replace(/^(\s*)(项目名称|主管部门|实施单位)(\s*)$/gm, "$1$2：$3"),
  // Every line break doubled (a converter writing a <p> for each line).
  "double-breaks": (t) => (isParagraphs(t) ? t : t.replace(/\n/g, "\n\n")),
  // The same table exported in another shape: each pipe row's cells one a line (empty cells as
  // empty lines), or a row's cells on one line separated by spaces (empty cells gone).
  // (A row's trailing empty cells are the converter's padding after a merged cell: no cells.)
  // (Blank lines the page put between rows go first: here an empty line is an empty cell.)
  "as-cell-per-line": (t) => pipeRows(t.replace(/\n[ \t\u00a0\u3000]*(?=\n)/g, ""), (cells) => withoutPadding(cells).join("\n")),
  "as-linear": (t) => pipeRows(t, (cells) => cells.filter((c) => c !== "").join(" ")),
  // Old Mac line ends; spaces as the page's &nbsp; (the character, or the entity left as text).
  "cr-only": (t) => t.replace(/\r?\n/g, "\r"),
  "nbsp-spaces": (t) => t.replace(/ /g, "\u00a0"),
  "nbsp-entity": (t) => t.replace(/^[ \t\u00a0\u3000]+$/gm, "&nbsp;").replace(/\| +\|/g, "| &nbsp; |"),
  // Parentheses and colons in the other width, as templates differ.
  "parens-swap": (t) => t.replace(/[()（）]/g, (c) => ({ "(": "（", ")": "）", "（": "(", "）": ")" })[c]!),
  "colons-swap": (t) => t.replace(/[:：]/g, (c) => (c === ":" ? "：" : ":")),
  // A Markdown converter's bold labels and line breaks kept as tags inside cells.
  "bold-labels": (t) => t.replace(/(项目名称|主管部门|实施单位|年度资金总额|一级指标|二级指标|三级指标|年度指标值|实际完成值|预期目标|实际完成情况)/g, "**$1**"),
  "br-tags": (t) => t.replace(/([；;。])(?=\S)(?![|\n])/g, "$1<br>"),
  // Each header label in another spelling published forms use (forms.md, "Vocabulary").
  synonyms: (t) => {
    let out = t;
    for (const [from, to] of LABEL_SPELLINGS) out = out.replace(from, to);
    return out;
  },
  "pipe-closed": (t) => t.replace(/^(.*\S)[ \t]*$/gm, (l) => (/\|\s*$/.test(l) ? l : `${l} |`)),
  // The table's rows rebuilt from the pipe rows or the one-cell-a-line row groups and written out
  // as other converters give them (see tableRows):
  "run-together-rows": (t) => writeRows(t, runTogetherRow),
  "run-together-wrapped": (t) => writeRows(t, (cells) => runTogetherRow(cells.map((c) => wrapCell(c).join("\n")))),
  "layout-order": (t) => writeRows(t, layoutOrderRow),
  // Department-wide forms (部门整体支出绩效自评表) as other pages print them:
  "preview-one-line": previewOneLine,
  "pinyin-traditional": pinyinTraditional,
  "points-lenticular": (t) => t.replace(BRACKETED_POINTS, "【$1】"),
  "points-bare": (t) => t.replace(BRACKETED_POINTS, "$1"),
  "title-no-department": (t) => t.replace(/部门整体支出/g, "整体支出"),
  "title-year-after": (t) => t.replace(TITLE_YEAR_FIRST, "$2($1年度)"),
  "base-data-before": (t) => (holdsBaseData(t) ? t : baseDataTable(t) + "\n" + t),
  "base-data-after": (t) => (holdsBaseData(t) ? t : t + "\n" + baseDataTable(t)),
  "department-labels": (t) => t.replace(/部门\(单位\)名称|评价部门名称/g, "单位名称").replace(/指标分值/g, "分值").replace(/自评得分/g, "得分"),
  // The header, funds block and indicator table laid out as other templates print them (page-variations.ts).
  ...PAGE_VARIATIONS,
  // Tables as PDF text layers give them in reading order (layout-variations.ts).
  ...layoutVariations(tableRows, wrapCell),
  // Department-wide forms' parts as other pages order and spell them (department-variations.ts).
  ...DEPARTMENT_VARIATIONS,
};

// A form cut, moved, renamed or added to as other pages hold it (form-variations.ts).
Object.assign(VARIATIONS, FORM_VARIATIONS);
// What portals' and office exports do to one cell a line and pipe rows (export-variations.ts).
Object.assign(VARIATIONS, EXPORT_VARIATIONS);
// Labels, fund rows and indicator columns as other templates spell and lay them out (vocabulary-variations.ts).
Object.assign(VARIATIONS, VOCABULARY_VARIATIONS);
// The same columns in another order, or some missing, as units draw their own tables (column-variations.ts).
Object.assign(VARIATIONS, COLUMN_VARIATIONS);

/**
 * A document site's preview of a department form (优知文库, 道客巴巴 …): the site's own lines as they
 * were, then the document from its title on with every cell and line run together onto one line,
 * as j06 came (`…自评表(2021年度)评价部门名称南昌县…100%100%44…`). A page heading repeated above
 * the form's own title, or a title broken over two lines, is run together from its first line.
 */
function previewOneLine(t: string): string {
  const lines = t.replace(/\r/g, "").split("\n");
  const title = /(整体支出|整體支出|整体|整體)[^|]{0,10}(自评|自評|评价指标表|評價指標表)|^[^|]{0,30}(自评表|自評表)/;
  const first = lines.findIndex((l) => title.test(l) && l.length < 200);
  if (first < 0) return t;
  let k = first;
  while (k + 1 < lines.length && k - first < 4 && title.test(lines[k + 1]!)) k++;
  if (k > 0 && /(整体支出|部门\(单位\)|部门|单位|年度|整體支出|部門)\s*$/.test(lines[k - 1]!)) k--;
  const body = lines.slice(k).map((l) => l.split("|").map((c) => c.trim()).join("")).filter((l) => l !== "").join("");
  return [...lines.slice(0, k), body].join("\n");
}

/**
 * A Hunan portal's traditional-character page (e05, m05): a converter that prints the pinyin of
 * each polyphonic character after it (經(jīng)費, 預(yù)算).
 */
const PINYIN: Record<string, string> = { 經: "jīng", 區: "qū", 務: "wù", 預: "yù", 產: "chǎn", 標: "biāo", 時: "shí", 實: "shí", 強: "qiáng", 動: "dòng", 當: "dāng", 業: "yè", 發: "fā", 養: "yǎng", 護: "hù", 質: "zhì", 轉: "zhuǎn", 現: "xiàn", 環: "huán", 單: "dān", 長: "zhǎng", 調: "tiáo", 評: "píng", 價: "jià", 報: "bào" };
function pinyinTraditional(t: string): string {
  return toTraditional(t).replace(new RegExp(`[${Object.keys(PINYIN).join("")}]`, "g"), (c) => `${c}(${PINYIN[c]})`);
}

/** A scoring sheet's points printed in a name (规划(15分), 基础信息(3分)); templates print them 【15分】 or bare (规划15分). */
const BRACKETED_POINTS = /[(（](\d+(?:\.\d+)?分)[)）]/g;
/** A department title that begins with its year (2020年度部门整体支出绩效自评表); some print it after (…自评表(2020年度)). */
const TITLE_YEAR_FIRST = /(\d{4})年度?(部门整体支出绩效(?:评价)?自评(?:表|报告))/;

/**
 * The 部门整体支出绩效评价基础数据表 a dossier prints beside the self-evaluation (f04, m10), in the
 * page's own separator: not a self-evaluation, reported as another form.
 */
const BASE_DATA_ROWS = [["部门整体支出绩效评价基础数据表"], ["填报单位:", "单位:万元"], ["财政供养人员情况", "编制数", "2022年实际在职人数", "控制率"], ["", "45", "43", "95.56%"], ["经费控制情况", "2021年决算数", "2022年预算数", "2022年决算数"], ["三公经费", "12.5", "10", "9.8"], ["1、公务用车购置和维护经费", "6", "5", "4.6"], ["公用经费", "30.2", "28", "27.5"]];
/** A dossier prints its 基础数据表 once: a page that holds one already takes no second. */
export function holdsBaseData(t: string): boolean {
  return /基础数据表|基礎數據表/.test(t);
}
function baseDataTable(t: string): string {
  if (isPipeTable(t)) {
    // Rows as the page's converter writes its own: Markdown's `| a | b |`, or the loose `a | b |`
    // of pages whose rows start without a pipe (there a line that starts with one continues the row above).
    const rows = t.split("\n").filter((l) => l.split("|").filter((c) => c.trim() !== "").length >= 2);
    const loose = rows.filter((l) => l.trimStart().startsWith("|")).length < rows.length / 2;
    return BASE_DATA_ROWS.map((r) => (loose ? (r.length === 1 ? r[0]! : `${r.join(" | ")} |`) : `| ${r.join(" | ")} |`)).join("\n");
  }
  if (/\t/.test(t)) return BASE_DATA_ROWS.map((r) => r.join("\t")).join("\n");
  // One cell a line, each row closed by the converter's rule line (`||||`), as the page closes its
  // own: without the rules the whole table would be one row, run on into the form's first.
  if (closesRowsOnRules(t)) return BASE_DATA_ROWS.map((r) => r.join("\n|\n") + "\n||||").join("\n");
  // One cell a line as the page's exporter writes it: a blank line after each cell where the page's cells have one.
  const cells = BASE_DATA_ROWS.flat();
  return cellsParted(t) ? cells.join("\n\n") + "\n" : cells.join("\n");
}

/**
 * A row's cells joined with nothing, one row a line: a table's text taken with `textContent` from
 * minified HTML (no white space between the <td>s), as document sites' previews and several
 * portals' "text version" give it. With the line breaks of long cells kept (a cell holding <br>
 * or <p>, or a Word cell's wrapped lines) the row runs on over several lines.
 */
function runTogetherRow(cells: string[]): string {
  return cells.join("");
}

/**
 * A row as a PDF's text layer gives it (pdftotext without -layout, a viewer's copy): each cell
 * that prints anything on lines of its own in reading order, a long cell wrapped at its column's
 * width, an empty cell not printed at all.
 */
function layoutOrderRow(cells: string[]): string {
  return cells.filter((c) => c !== "").flatMap(wrapCell).join("\n");
}

/** The width a long text cell wraps at (a goal or criterion column of an A4 form, in characters). */
const WRAP = 20;
/** A cell longer than WRAP cut into lines of WRAP characters, never inside a run of digits or Latin letters (a line ends before it). */
function wrapCell(cell: string): string[] {
  const chars = [...cell];
  if (chars.length <= WRAP + 4) return [cell];
  const lines: string[] = [];
  let start = 0;
  while (chars.length - start > WRAP) {
    let end = start + WRAP;
    while (end > start + 1 && /[0-9A-Za-z.,%]/.test(chars[end]!) && /[0-9A-Za-z.,%]/.test(chars[end - 1]!)) end--;
    lines.push(chars.slice(start, end).join(""));
    start = end;
  }
  lines.push(chars.slice(start).join(""));
  return lines;
}

/** The page's rows written out by `row` (see tableRows); the text unchanged when it has no such rows. */
function writeRows(t: string, row: (cells: string[]) => string): string {
  const rows = tableRows(t, true);
  return rows ? rows.map(row).filter((l) => l !== "").join("\n") : t;
}

/**
 * The rows of a tuned fixture's table: a pipe table's rows (outer pipes and rule lines dropped),
 * or a one-cell-a-line page's groups of cell lines between the converter's row rules (`|||||`),
 * each line one cell (its closing ` |` dropped; a line of several pipe cells gives them all).
 * Cells are trimmed; null when the page is neither.
 */
function tableRows(t: string, headingApart = false): string[][] | null {
  const lines = t.replace(/\r/g, "").split("\n");
  const cellsOf = (l: string) => l.replace(/^\s*\|/, "").replace(/\|\s*$/, "").split("|").map((c) => c.trim());
  if (isPipeTable(t)) return lines.filter((l) => !/^\s*\|?\s*:?-{3,}/.test(l) && l.trim() !== "").map(cellsOf);
  const rule = (l: string) => /^\s*\|{2,}\s*$/.test(l);
  if (lines.filter(rule).length < 5) return null;
  const rows: string[][] = [];
  let row: string[] = [];
  // The lines above the table's first cell (a page heading, a report's line over the form: no pipe
  // closes them) are no cells of it: each stays a line of its own, as any converter leaves it.
  // (Asked by the rows written run together; the layouts of layout-variations.ts still take them as
  // the first row's cells, as they were measured.)
  const firstCell = headingApart ? lines.findIndex((l) => l.includes("|")) : 0;
  for (const l of lines.slice(0, Math.max(firstCell, 0))) if (l.trim() !== "") rows.push([l.trim()]);
  for (const l of lines.slice(Math.max(firstCell, 0))) {
    if (rule(l)) {
      rows.push(row);
      row = [];
    } else if (withoutPadding(cellsOf(l)).length > 1) {
      // A line of several cells (a wrapper's 索引号 | … line) is a row of its own.
      rows.push(row, cellsOf(l));
      row = [];
    } else if (l.trim() !== "") row.push(...cellsOf(l));
    else row.push("");
  }
  rows.push(row);
  return rows.filter((r) => r.some((c) => c !== ""));
}

/** Rows of cells with text on both sides of a pipe make up at least 30 % of the page's lines. */
/** A line of pipes alone, the rule a one-cell-a-line page's converter closes each row with. */
const ROW_RULE_LINE = /^\s*\|{3,}\s*$/gm;
/** A lone pipe on its line, between such a page's cells. */
const CELL_RULE_LINE = /^\s*\|\s*$/gm;

/** Whether the page closes each row on a rule line (several, its cells parted by lone pipes), not one table's end. */
function closesRowsOnRules(t: string): boolean {
  const rules = t.match(ROW_RULE_LINE)?.length ?? 0;
  return rules >= 2 && (t.match(CELL_RULE_LINE)?.length ?? 0) >= rules;
}

function isPipeTable(t: string): boolean {
  const filled = t.split("\n").filter((l) => l.trim() !== "");
  return filled.filter((l) => l.split("|").filter((c) => c.trim() !== "").length >= 2).length >= 0.3 * filled.length;
}

/** Each pipe row's cells (outer pipes and rule lines dropped) written out by `row`; other lines kept. */
function pipeRows(t: string, row: (cells: string[]) => string): string {
  // Only a table whose rows are pipe rows (cells with text on both sides of a pipe); a page of one
  // cell a line closed by pipes is no such table.
  if (!isPipeTable(t)) return t;
  return t
    .split("\n")
    .filter((l) => !/^\s*\|?\s*:?-{3,}/.test(l))
    .map((l) => (l.split("|").length >= 3 ? row(l.replace(/^\s*\|/, "").replace(/\|\s*$/, "").split("|").map((c) => c.trim())) : l))
    .join("\n");
}

function withoutPadding(cells: string[]): string[] {
  let n = cells.length;
  while (n > 1 && cells[n - 1] === "") n--;
  return cells.slice(0, n);
}

function isParagraphs(t: string): boolean {
  const lines = t.split("\n");
  let filled = 0;
  let followed = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() === "") continue;
    filled++;
    if (lines[i + 1] === "") followed++;
  }
  return followed >= 0.8 * filled;
}

interface Score {
  checks: number;
  matches: number;
}

/** Variations that only make sense for some shapes: only fixtures of those shapes are changed. */
const ONLY: Record<string, string[]> = { "preview-one-line": ["delimited-pipe", "cell-per-line", "linear", "traditional", "layout-ordered"], "as-cell-per-line": ["delimited-pipe"], "as-linear": ["delimited-pipe"], "dash-blanks": ["cell-per-line"], "double-breaks": ["cell-per-line"], paragraphs: ["cell-per-line"], "pipe-closed": ["cell-per-line"], tabs: ["delimited-pipe"], flattened: ["cell-per-line"], "merged-repeated": ["delimited-pipe"], "no-empty-cells": ["cell-per-line"], "run-together-rows": ["delimited-pipe", "cell-per-line"], "run-together-wrapped": ["delimited-pipe", "cell-per-line"], "layout-order": ["delimited-pipe", "cell-per-line"] , ...PAGE_ONLY, ...Object.fromEntries(Object.keys(layoutVariations(tableRows, wrapCell)).map((v) => [v, ["delimited-pipe", "cell-per-line"]])) };

Object.assign(ONLY, FORM_ONLY, DEPARTMENT_ONLY, EXPORT_ONLY, VOCABULARY_ONLY, COLUMN_ONLY);

/** Variations that remove what the truth holds: the fields they take away, not checked for either text. */
const TAKES: Record<string, string[]> = { "no-title": ["title", "year"] };
/** Variations whose text changes the truth's strings the same way. */
const TRUTH_CHANGE: Record<string, (s: string) => string> = {
  traditional: toTraditional,
  "pinyin-traditional": toTraditional,
  "points-lenticular": (s) => s.replace(BRACKETED_POINTS, "【$1】"),
  "points-bare": (s) => s.replace(BRACKETED_POINTS, "$1"),
  // A value printed as a string keeps the separators the page gives it (an indicator's 23,333.56).
  thousands: (s) => s.replace(/^(\d{1,3})(\d{3})\.(\d{1,2})$/, "$1,$2.$3"),
  "title-no-department": (s) => s.replace(/部门整体支出/g, "整体支出"),
  // The title is then the words before the year (the year is still the form's).
  "title-year-after": (s) => s.replace(new RegExp(`^${TITLE_YEAR_FIRST.source}$`), "$2"),
  ...DEPARTMENT_TRUTH_CHANGE,
};
Object.assign(TAKES, DEPARTMENT_TAKES);

function truthWithout(t: FieldTruth, fields: readonly string[]): FieldTruth {
  return { ...t, forms: t.forms.map((f) => Object.fromEntries(Object.entries(f).filter(([k]) => !fields.includes(k)))) };
}

const CODES = new Set(["unit", "template", "key"]);

function mapStrings<T>(v: T, f: (s: string) => string): T {
  if (typeof v === "string") return f(v) as T;
  if (Array.isArray(v)) return v.map((x) => mapStrings(x, f)) as T;
  // Codes are no text of the form: the unit (万元/元), the template, a fund row's key.
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, CODES.has(k) ? x : mapStrings(x, f)])) as T;
  return v;
}

/** The truth a variation's text is measured against. */
export function truthFor(v: string, t: FieldTruth, original?: string): FieldTruth {
  const without = truthWithout(t, TAKES[v] ?? []);
  const f = TRUTH_CHANGE[v];
  const changed = f ? mapStrings(without, f) : without;
  const form = FORM_TRUTH[v] ?? COLUMN_TRUTH[v];
  return form && original !== undefined ? form.varied(changed, original) : changed;
}

/** The truth the text as found is compared with for variation `v` (the varied truth where the variation only takes fields away). */
function baseTruthFor(v: string, t: FieldTruth, original: string): FieldTruth {
  const form = FORM_TRUTH[v] ?? COLUMN_TRUTH[v];
  if (!form) return truthWithout(t, TAKES[v] ?? []);
  return form.base ? form.base(t) : form.varied(t, original);
}

/** Fields right for a fixture's text as found and for one variation of it, against the same truth. */
export async function measureVariation(e: FieldEntry, v: string, original: string, changed: string): Promise<{ base: number; varied: number }> {
  const plain = readTruth(e);
  const base = await measure(e, original, baseTruthFor(v, plain, original));
  const varied = await measure(e, changed, truthFor(v, plain, original));
  return { base: base.matches, varied: varied.matches };
}

async function measure(e: FieldEntry, text: string, truth: FieldTruth = readTruth(e)): Promise<Score> {
  const doc = await parse(Buffer.from(text, "utf8"), { path: `${e.name}.txt` });
  const a = compareFieldTruth(truth, doc, { ocr: e.shape === "ocr" });
  return { checks: a.checks, matches: a.matches };
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
async function main() {
const args = process.argv.slice(2);
const listDrops = args.includes("--drops");
// `--template department`: only the tuned forms of one template (the value is no variation's name).
const templateArg = args.indexOf("--template");
const template = templateArg >= 0 ? args[templateArg + 1] : undefined;
const names = args.filter((a, i) => !a.startsWith("--") && !(templateArg >= 0 && i === templateArg + 1));
const chosen = names.length ? names : Object.keys(VARIATIONS);
const entries = readManifest().filter((e) => e.split === "tune" && (!template || e.template === template));

const base = new Map<string, Score>();
for (const e of entries) base.set(e.name, await measure(e, readFileSync(textPath(e), "utf8")));
const pct = (s: Score) => (s.checks ? (100 * s.matches) / s.checks : 100);
const sum = (xs: Score[]) => xs.reduce((a, b) => ({ checks: a.checks + b.checks, matches: a.matches + b.matches }), { checks: 0, matches: 0 });
console.log(`tuned fixtures: ${entries.length}; as found ${pct(sum([...base.values()])).toFixed(1)}%`);
for (const v of chosen) {
  const fn = VARIATIONS[v];
  if (!fn) throw new Error(`no variation "${v}" (have: ${Object.keys(VARIATIONS).join(", ")})`);
  const scores: Score[] = [];
  const drops: string[] = [];
  for (const e of entries) {
    const original = readFileSync(textPath(e), "utf8");
    const plain = readTruth(e);
    const changed = ONLY[v] && !ONLY[v]!.includes(e.shape) ? original : fn(original, plain);
    const b = TAKES[v] || FORM_TRUTH[v] || COLUMN_TRUTH[v] ? await measure(e, original, baseTruthFor(v, plain, original)) : base.get(e.name)!;
    const s = changed === original ? b : await measure(e, changed, truthFor(v, plain, original));
    scores.push(s);
    // (A variation that adds checks, two-forms, is compared by its share of fields right.)
    const dropped = s.checks === b.checks ? s.matches < b.matches : pct(s) < pct(b) - 1e-9;
    if (dropped) drops.push(`  ${e.name} (${e.shape}): ${b.matches} of ${b.checks} → ${s.matches} of ${s.checks}`);
  }
  console.log(`${v.padEnd(20)} ${pct(sum(scores)).toFixed(1)}%  fixtures that drop: ${drops.length}`);
  if (listDrops) for (const d of drops) console.log(d);
}
}

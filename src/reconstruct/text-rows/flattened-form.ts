import { patternKey } from "../../normalise/fold-width.js";
import { SHEET_TITLE_KINDS, sheetTitleBegin } from "./sheet-title-head.js";
import { DOCUMENT_SITE_BUTTONS } from "../../extract/text/wrapper.js";
import { adjustedGoalColumns, fundSourceLevels, goalColumns, goalsLabel, headerFields, indicatorColumns, level1Names, level2Names, signatureLabels, taskColumns, trailerLabels } from "../../template/project.js";
import { scoringRuleAt, scoringRuleSource } from "../../template/department.js";
import { WORD_STARTS } from "../run-together.js";
import { numberedRowStarts } from "./numbered-rows-flat.js";
import { doubledValueRowStarts } from "./doubled-value-rows.js";
import { fundRowStarts, fundsLabelStarts, fundTotalStarts, headerLabelStarts } from "./label-starts.js";
import { withoutCutsInOptions } from "./choice-options.js";
import { runFundRowStarts } from "./run-fund-rows.js";

/**
 * A whole form flattened onto one line by a document site's preview (`1、项目支出绩效自评表(2020 年度)
 * 项目名称演出设备更新专项经费主管部门…`): where its rows start, so the line can be read as rows.
 */
/** White space a page's wrapping left between two characters of a flattened form (not between two numbers). */
export const WRAP_SPACE = /(?<=[^\d０-９\s])[ \t\u3000]+|[ \t\u3000]+(?=[^\d０-９\s])/g;
/** How many row-start labels such a line must hold to be cut at them. */
const FLAT_FORM_LABELS = 4;
/** … when it begins with the form's title: the title's end and one label. */
const TITLED_FORM_LABELS = 2;
/** What may stand before a title's kind at a line's start: its unit's name and its year. */
const TITLE_AT_LINE_START = /^[\u4e00-\u9fff0-9()（）]{0,30}$/;

/**
 * Labels that begin a row of the form, as a layout may space them (`绩 效 指 标`, `年度 总体 目标`).
 * Longer spellings first, so that 其中:当年财政拨款 is cut before 当年财政拨款 could be.
 */
const ROW_STARTS = [
  "项目名称", "主管部门", "项目实施单位", "实施单位", "项目单位", "单位名称", "填报单位", "填报日期", "是否公开", "项目类别", "项目属性", "项目类型", "预算执行情况", "项目资金", "资金情况[(（]万元[)）]", "资金投入情况", "资金构成", "年度资金总额", "年度总金额", "年度财政资金总额", "其中[:：]", "上年结转资金", "其他资金",
  "年度总体目标", "项目年度目标", "年度目标", "年度绩效指标完成情况", "项目基本情况", "绩效指标", "一级指标", "产出指标", "效益指标", "满意度指标",
  "数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标",
  "自评总分", "总分", "合计",
  // the department-wide form's rows (部门整体支出绩效自评表)
  "评价部门名称", "部门\\(单位\\)名称", "预算单位名称", "部门名称", "部门预算编码", "年度主要任务", "财政资金小计", "财政拨款小计", "单位其它收入", "单位其他收入", "部门\\(单位\\)总体资金", "部门总体资金", "部门预算资金总额", "预算资金[(（]万元[)）]", "年初部门预算安排金额", "下属单位个数", "整体支出规模", "资金来源", "资金结构", "分解目标", "管理指标", "效果指标",
  // its cover (部门整体支出绩效评价自评报告): the unit's name, then how it was evaluated and when
  "部门\\(单位\\)全称", "评价方式", "评价机构", "评价类型", "报告日期",
  // a cover's labelled year (评价年度:2022, as the classifier's year line reads it), with its colon: no 年度 of a sentence
  "评价年度[:：]", "所属年度[:：]", "预算年度[:：]",
];
// Each label's characters may be spaced apart; an escaped bracket (部门\\(单位\\)名称) or a class ([:：])
// is one character of it (split character by character, 部门(单位)名称 never matched).
const ROW_START_RE = new RegExp(ROW_STARTS.map((l) => (l.match(/\\.|\[[^\]]*\]|[^]/gu) ?? []).join("\\s*")).join("|"), "g");

/**
 * A fund row's label outside ROW_STARTS (省级资金, 地方资金, 中央补助资金), as the template's extra fund
 * rows end, with a figure just before it (the previous row's) and one just after it (its own).
 */
// (Its colon may come between: `…0.00单位资金:120,000.00`.)
const FUND_ROW_BETWEEN_FIGURES = /(?<=[0-9０-９%％—－-])[\u4e00-\u9fff]{2,6}(?:资金|拨款|补助)(?=[:：]?[0-9０-９])|(?<=[0-9０-９%％—－。-])(?:[①-⑨]|[(（][1-9][)）])?(?:基本支出|项目支出)(?=[0-9０-９])/g;

/**
 * A fund row named by its level of government (中央财政资金, 地方资金, 县级财政资金: template
 * fundSourceLevels) run on after the funds' figures or after another fund row's label left with no
 * amounts (`…808.1692.9886%地方财政资金其他资金…`, `其中:中央、省补助市级财政资金县级财政资金4040100%`):
 * it starts its row where what follows is its amounts or the next fund row. (Never inside a label
 * after its colon, 其中:中央财政资金, nor after any other word.) A dash printed for an amount left
 * empty counts as one, before the label and after it (`…44——地方财政资金——其他资金…`).
 */
const FUND_LABEL_END = "(?:资金|补助|拨款)";
const LEVEL_FUND_LABEL = `(?:${fundSourceLevels.join("|")})(?:财政)?${FUND_LABEL_END}`;
const LEVEL_FUND_ROW = new RegExp(
  `(?<=[0-9０-９%％—－]|${FUND_LABEL_END})${LEVEL_FUND_LABEL}(?=[:：]?[0-9０-９—－]|其他资金|其它资金|上年结转|${LEVEL_FUND_LABEL})`,
  "g",
);
/** A fund row's label of a level of government ending just before `at` (地方财政资金|其他资金). */
const LEVEL_FUND_BEFORE = new RegExp(`${LEVEL_FUND_LABEL}$`);

/**
 * The funds' total row spelled 资金总额 with its colon and figure, run on after the funds' column
 * names (`…执行率(%)得分资金总额:120,000.00`); not the end of 年度资金总额, 财政资金总额 or 预算资金总额.
 */
const FUNDS_TOTAL_AFTER_TEXT = /(?<![年度政算])资金总额(?=[:：][0-9０-９])/g;

/**
 * An evaluation sheet's funds printed as pairs, opening on the planned amount (`…一次性项目()计划投资额
 * (万元)110.00实际到位资金(万元)84.74…`): the pairs' row begins at its first label, before its unit and figure.
 */
const FUND_PAIRS_START = /计划(?:投资额?|安排资金)(?=\s*(?:[(（]\s*万?元\s*[)）])?\s*[0-9０-９])/g;

/**
 * The goals block's label as a regional form spells it (总体目标, 项目总体目标 | 全年实际完成情况), right
 * after the funds' last figure: only there, as the words run through goal texts.
 */
const GOALS_AFTER_FIGURES = /(?<=[0-9０-９%％])(?:项目)?总体目标/g;

/**
 * Header labels the template spells with a qualifier before a row-start label (中央主管部门, 地方主管部门,
 * 区级预算单位名称), longest first: run on after the row before, such a label starts its row at its
 * qualifier, not inside it.
 */
const QUALIFIED_LABELS = headerFields.flatMap((f) => f.exact).sort((a, b) => b.length - a.length);

/** A count after 合计 in a sentence: a figure and a unit of people or things (3875人, 12个), not points or an amount. */
const COUNT_AFTER_TOTAL = /^[0-9０-９]+(?:余|多)?[人户个件项次家所名台套亩辆座份场]/;

/** A qualifier a value ends with as often as a label begins with it. */
const VALUE_END_QUALIFIER = /^项目$/;

/**
 * The indicator table's caption (`项目支出绩效指标表`, `项目绩效指标表`) run on after the goals' last
 * sentence: its row begins at the caption's qualifier, not at 绩效指标 with 项目支出 left on the goal.
 */
const CAPTION_QUALIFIER = /(?:项目支出|项目)$/;
function captionStart(key: string, at: number, label: string): number | null {
  if (label === "绩效指标") {
    const year = YEAR_QUALIFIER_AFTER_EDGE.exec(key.slice(Math.max(0, at - 5), at));
    if (year) return at - year[0].length;
  }
  if (label !== "绩效指标" || key[at + label.length] !== "表") return null;
  const q = CAPTION_QUALIFIER.exec(key.slice(Math.max(0, at - 4), at));
  return q ? at - q[0].length : null;
}

/**
 * The block's label qualified by its year (`当年绩效指标`, `本年度绩效指标`: a special bond project's
 * indicator block) run on after the goals' last sentence or a figure: its row begins at the qualifier,
 * not at 绩效指标 with 当年 left on the sentence. (Only after such an edge: inside a sentence the
 * words are the sentence's.)
 */
const YEAR_QUALIFIER_AFTER_EDGE = /(?<=^|[。；;！!？?0-9０-９%％)）])(?:当年|本年度?)$/;

/** Where the row-start label `label` found at `at` begins, taking back a qualifier that makes it a longer header label. */
function qualifiedStart(key: string, at: number, label: string): number {
  for (const l of QUALIFIED_LABELS) {
    if (l.length <= label.length || !l.endsWith(label)) continue;
    const from = at - (l.length - label.length);
    // (Not 项目 before 主管部门: a project's name ends so, `…学生资助项目主管部门…`, and the word is the name's.)
    if (from >= 0 && key.startsWith(l, from) && !VALUE_END_QUALIFIER.test(l.slice(0, l.length - label.length))) return from;
  }
  return at;
}

/**
 * A total's label, its colon and its figure, followed by a Chinese character that is no unit of
 * the figure (自评总分:98项目权重…): the figure ends the total's row.
 */
const TOTAL_FIGURE = /(?:自评总分|总分)[:：]\s*\d{1,3}(?:\.\d{1,2})?(?=[\u4e00-\u9fff])(?!分)/g;

/** 二级指标 and 三级指标 side by side with no 一级指标 before them: where the indicator header begins. */
const LEVEL23_HEADER = /(?<!一级指标\s*)二\s*级\s*指\s*标\s*三\s*级\s*指\s*标/g;

/**
 * 三级指标 opening the indicator table's column names (年初目标值, 实际完成值 …) with neither 一级 nor
 * 二级指标 before it: a PDF's drawing order put the vertical 一级/二级 names after the table.
 */
const LEVEL3_HEADER = /(?<!级\s*指\s*标\s*)三\s*级\s*指\s*标(?=\s*(?:年\s*初|年\s*度|实\s*际|指\s*标\s*值|目\s*标\s*值))/g;


// The other forms of a dossier end their titles the same way (绩效目标申报表, 监控表, 基础数据表,
// 绩效评价报告).
// A department-wide form's cover ends its title in 自评报告 (部门整体支出绩效评价自评报告); its sheet
// may be a 绩效评价自评表. A project's self-evaluation printed as a report (Guangdong's, Yunnan's
// 项目支出绩效自评报告, its attached file's extension with it) ends its title so too.
// A scoring sheet (…专项资金绩效评价指标表, 民生工程绩效评价指标表) too: its title heads a sheet with no labels to cut at.
const TITLE_END = new RegExp(String.raw`(?:绩效(?:目标|评价)?自评(?:报告|情况)?表|整体支出绩效(?:评价)?自评报告(?:[(（](?:19|20)\d{2}年度?[)）])?|项目支出绩效自评报告(?:\.pdf|\.docx?)?|绩效目标(?:申报|审批|批复)?表|绩效(?:运行|执行)?监控表|基础数据表|绩效评价报告|${SHEET_TITLE_KINDS})(?:[(（][^()（）]{1,12}[)）])?`, "g");

/**
 * A vertical label printed beside its table's column names is flattened around them: the preview
 * reads across the first line of each cell, so 年度总体目标 (three characters a line beside 年初设定目标 |
 * 全年完成情况) comes out as 年度总年初设定目标全年完成情况体目标. The label is put back whole before
 * the column names, where it would be cut at.
 */
const GOAL_COLUMN_NAMES = goalColumns.flatMap((c) => c.exact).sort((a, b) => b.length - a.length);
const SPLIT_GOALS_LABEL = [...range(1, "年度总体目标".length)].map((k) => {
  const label = "年度总体目标";
  return new RegExp(`${label.slice(0, k)}((?:${GOAL_COLUMN_NAMES.join("|")}){2})${label.slice(k)}`);
});

/** A goals label and one of its columns' names, the whole of the text before the second column's name. */
const GOALS_LABEL_THEN_COLUMN = new RegExp(`^(?:${[...goalsLabel].sort((a, b) => b.length - a.length).join("|")})(?:${GOAL_COLUMN_NAMES.join("|")})$`);

/** Two of the goal block's column names in a row (预期目标 | 实际完成情况, 年初设定目标 | 全年实际完成情况 …). */
const GOAL_COLUMNS_FIRST = new RegExp(`(?:${GOAL_COLUMN_NAMES.join("|")}){2}`, "g");

/**
 * The goals block's label followed by its column names (`总体目标完成情况总体目标全年实际完成情况`, the
 * central transfer form's, after a table the template does not model): its row starts there,
 * whatever text ran on before it.
 */
const GOALS_LABEL_WITH_COLUMNS = new RegExp(
  `(?:${[...goalsLabel].sort((a, b) => b.length - a.length).join("|")})(?=(?:总体目标)?(?:${GOAL_COLUMN_NAMES.join("|")}))`,
  "g",
);

/**
 * The goals block labelled by the bare 绩效目标 (Chongqing's form: 绩效目标 | 年初绩效目标 | 全年(调整)绩效目标
 * | 全年目标实际完成情况) right before its column names: its row starts there, after the funds' last
 * figure or whatever ran on before it. (Only before a column's name: 绩效目标 is a word of sentences.)
 */
// (Not the end of a column's own name, 年初绩效目标 before 全年(调整)绩效目标.)
const GOALS_COLUMNS_ALL = [...GOAL_COLUMN_NAMES, ...adjustedGoalColumns].sort((a, b) => b.length - a.length).map((n) => n.replace(/[()（）]/g, "\\$&"));
const BARE_GOALS_LABEL = new RegExp(`(?<!${GOALS_COLUMNS_ALL.filter((n) => n.endsWith("绩效目标")).map((n) => n.slice(0, -4)).filter((h) => h !== "").join("|")})绩效目标(?=${GOALS_COLUMNS_ALL.join("|")})`, "g");

function* range(from: number, to: number): Generator<number> {
  for (let i = from; i < to; i++) yield i;
}

/** The line with a goals label split around its column names put back whole (positions as printed). */
export function joinSplitGoalsLabel(line: string): string {
  const key = patternKey(line);
  for (const re of SPLIT_GOALS_LABEL) {
    const m = re.exec(key);
    if (!m) continue;
    const columnsAt = key.indexOf(m[1]!, m.index);
    const columnsEnd = columnsAt + m[1]!.length;
    const end = m.index + m[0].length;
    return line.slice(0, columnsAt) + line.slice(columnsEnd, end) + line.slice(columnsAt, columnsEnd) + line.slice(end);
  }
  return line;
}

/**
 * What a site prints right after a title, part of the title's row: a file's extension where the title
 * names a page's attached file (`…绩效自评表.xlsx`, `.pdf`: the file name's end), a document site's
 * page mark under each page's thumbnail (`…自评报告表_第2页`).
 */
const FILE_EXTENSION_AFTER = /^(?:\.(?:xlsx|xls|docx|doc|pdf|wps|et|ofd)(?![A-Za-z])|_第\d{1,3}[页頁])/i;
const YEAR_AFTER_TITLE = /^[(（]?(?:19|20)\d{2}年度?[)）]/;
/** The characters a department-wide form's title begins with before its kind: a unit's name and year. */
const TITLE_HEAD_CHAR = /[\u4e00-\u9fff0-9]/;
/** 部门's bracketed 单位 ending a stretch of a title's head: a word of the title, not an edge. */
const UNIT_WORD_END = /部门[(（]单位[)）]$/;
/** Longest unit name and year before the words that name the form. */
const TITLE_HEAD_LENGTH = 32;

/**
 * Where a department-wide form's title that ends at `end` (…部门整体支出绩效评价自评报告) begins, when
 * other text runs into it: back over its unit's name and year to the first character that is neither
 * a Chinese character nor a digit (`:`, `|`, `>`, a space). Null when it already begins a line, when
 * it names no 整体支出, or when no such character comes within a unit's name's length.
 */
function titleBegin(key: string, kindAt: number, kindEnd: number): number | null {
  // (Six characters back for the form's own kinds, 部门整体支出绩效自评表; ten for a dossier's other
  // form named after it, 部门整体支出绩效评价基础数据表.)
  if (!/整体支出|整体绩效/.test(key.slice(Math.max(0, kindAt - 10), kindEnd))) return null;
  // 部门(单位)整体支出…: the bracketed 单位 is a word of the title, not an edge.
  const unitWord = /部门[(（]单位[)）]$/.exec(key.slice(Math.max(0, kindAt - 6), kindAt));
  let i = unitWord ? kindAt - unitWord[0].length : kindAt;
  // (A decimal point between digits is the name's too: 某某经费236.25万元部门整体支出…; so is the
  // bracketed 单位 after 部门 wherever it stands in the head: 某局2021年度部门（单位）整体支出绩效自评表.)
  while (i > 0 && kindAt - i < TITLE_HEAD_LENGTH) {
    if (TITLE_HEAD_CHAR.test(key[i - 1]!) || (key[i - 1] === "." && /\d/.test(key[i - 2] ?? "") && /\d/.test(key[i] ?? ""))) i--;
    else if (UNIT_WORD_END.test(key.slice(Math.max(0, i - 6), i))) i -= 4;
    else break;
  }
  // The form before it ending on its total's figures (…总分10089.7部门整体支出绩效自评表…, a page of
  // several forms run together): the title begins after them, at its year when one follows.
  // (From a label's length before the edge: a colon after the label is one, 合计:10088….)
  // (A total spaced apart first: its label's figure alone, 总分100 | 94部门…, would end it too soon.)
  const total = spacedTotalBefore(key, i, kindAt) ?? totalBefore(key, Math.max(0, i - TOTAL_LABEL_LENGTH), kindAt);
  if (total !== null) return total;
  // Another title's kind ending in the head (a page's heading naming the report otherwise, `…局2023年
  // 部门预算绩效自评报告某局2023年部门整体支出绩效自评报告`): that title ends there, this one begins after it.
  const before = [...key.slice(i, kindAt).matchAll(EARLIER_TITLE_END)].at(-1);
  if (before && i + before.index! + before[0].length < kindAt) return i + before.index! + before[0].length;
  // At the line's start already, or no edge within a name's length (a sentence, not a title's head).
  if (i === 0 || TITLE_HEAD_CHAR.test(key[i - 1]!)) return null;
  // Digits that are no year (`浏览量:1`, `附件2-1` before the title) are the site's or the dossier's:
  // a title's head begins with its unit's name or its year (2021年度).
  const count = /^\d+(?![\d年])/.exec(key.slice(i, kindAt));
  // …or a site's figure run into the title's year (`页数: 32020年度部门…`): the year is its last four digits.
  const figureThenYear = count ? null : /^(\d+?)(?:19|20)\d{2}年/.exec(key.slice(i, kindAt));
  const begin = count ? i + count[0].length : figureThenYear ? i + figureThenYear[1]!.length : i;
  // A site's label left with no value (文号, 浏览量) or a dossier's attachment number (附件2) before the
  // year is no part of the unit's name: the title begins at its year (`…文号浏览量2020年度部门整体支出…`,
  // `…签字:张友良附件22022年度部门整体支出…`, the attachment's number run into the year).
  const head = key.slice(begin, kindAt);
  const year = /(?:19|20)\d{2}年/.exec(head);
  if (year && NOT_UNIT_END.test(head.slice(0, year.index))) return begin + year.index;
  // A government portal's 有效性 and its value (`…文件编号:有效性:有效部门整体支出…`): the site's, not the unit's.
  const validity = VALIDITY_BEFORE.test(key.slice(Math.max(0, begin - VALIDITY_LABEL_SPAN), begin)) ? VALIDITY_VALUE.exec(head) : null;
  return validity && begin + validity[0].length < kindAt ? begin + validity[0].length : begin;
}

/** The kind a report's or a form's title ends on (自评报告, 评价报告, 自评表), inside another title's head. */
const EARLIER_TITLE_END = /(?:自评报告|评价报告|自评表)/g;

/** A portal's article line's 有效性 label (its characters may be spaced: `有 效 性:`), before its value. */
const VALIDITY_BEFORE = /有\s*效\s*性\s*[:：]\s*$/;
const VALIDITY_LABEL_SPAN = 12;
/** The values a portal's 有效性 takes. */
const VALIDITY_VALUE = /^(?:现行有效|有效|已失效|失效|已废止|废止)/;

/**
 * A total's label and its figures (分值 and 得分 run together) ending the form before a title: the
 * figures end before a year (总分10089.72022年度…) or at the first character that is no digit.
 */
const TOTAL_BEFORE_TITLE = /(?:自评总分|总分|总计|合计)[:：]?\d[\d.]*?(?=(?:19|20)\d{2}年|[^\d.])/g;

/** The longest total label with its colon (自评总分:). */
const TOTAL_LABEL_LENGTH = 5;
/** Where a title whose head runs back to `from` begins after a total's figures in that head, or null. */
function totalBefore(key: string, from: number, kindAt: number): number | null {
  const head = key.slice(from, kindAt);
  const last = [...head.matchAll(TOTAL_BEFORE_TITLE)].at(-1);
  return last ? from + last.index! + last[0].length : null;
}

/**
 * A total whose 分值 and 得分 a space parts, as linear text prints them (`总分 100 97.8部门…`): the
 * figures end at the first character that is neither digit, point nor space, or before a year.
 */
const SPACED_TOTAL_BEFORE_TITLE = /(?:自评总分|总分|总计|合计)[:：]?\s*(?:\d[\d.]*\s+)?\d[\d.]*?(?=(?:19|20)\d{2}年|[^\d.\s])/g;
/** Farthest back from the title's head such a total's label may stand (a label, two figures and their spaces). */
const SPACED_TOTAL_SPAN = 24;
/**
 * Where a title begins after a spaced total whose last figure opens the title's head (at `headAt`,
 * where the walk back over the head stopped), or null.
 */
function spacedTotalBefore(key: string, headAt: number, kindAt: number): number | null {
  const from = Math.max(0, headAt - SPACED_TOTAL_SPAN);
  const last = [...key.slice(from, kindAt).matchAll(SPACED_TOTAL_BEFORE_TITLE)].at(-1);
  if (!last) return null;
  const end = from + last.index! + last[0].length;
  return end > headAt ? end : null;
}

/**
 * What may end the text before a run-on title's year that is not its unit's name: the labels of a
 * site's article line (wrapper.ts) left with no value, a dossier's attachment number.
 */
const NOT_UNIT_END = /(?:文号|索引号|浏览次数|访问量|阅读次数|点击数|浏览量|阅读量|发布机构|发布日期|发布时间|来源|字号|附[件表][0-9一二三四五六七八九十]{1,3}(?:-\d{1,2})?)$/;

/**
 * A project form's title from its year (`2022年度共享工程项目自评表`), run on after a site's or a
 * dossier's words: a label of the site's article line left with no value, an attachment's number
 * (`返回上级附表2`), or the site's 来源 and its unit (`来源:某某协会2022年度…`, the unit the source's).
 */
const PROJECT_TITLE_RUN_ON = /(?:19|20)\d{2}年度?[\u4e00-\u9fff()（）]{0,24}?(?:项目(?:支出)?(?:绩效)?自评表|绩效自评表)/g;
const SOURCE_UNIT_END = /(?:来源|发布机构)[:：][\u4e00-\u9fff()（）]{2,24}$/;
/**
 * A project title with no year run on after a figure (a total's, a site's time: `…46.35项目支出绩效自评表
 * 项目名称…`) or after a site's label left with no value, its colon or a breadcrumb's mark the edge
 * (`…背景色:项目支出绩效自评表(2022年度)…`).
 */
const PROJECT_TITLE_AFTER_FIGURE = /(?<=[0-9０-９%％:：>》\]】])项目(?:支出)?绩效(?:目标)?自评表/g;

/**
 * A dossier's page titled with no unit or year (项目绩效目标表, 项目基本信息: an evaluation report's
 * attachments), run on after a page's number (`…2018年6月30日-15-项目绩效目标表项目名称:…`) or a
 * figure: it is a row of its own, so that the page is told as what it is.
 */
const DOSSIER_PAGE_AFTER_MARK = /(?<=[0-9０-９][-－—])项目(?:绩效目标(?:申报|审批|批复)?表|基本信息表?)(?=项目名称|[一二三四五六七八九十]、)/g;

/**
 * The rows a form prints after its indicator table (评价结论, 存在问题, 改进措施: the template's
 * trailerLabels), run on after the total's figures, a sentence's end or a label's colon, and its
 * signature line (项目负责人:, 财务负责人:, a label with its colon, after whatever name or text
 * came before it): each starts a row. Inside a sentence (`…,存在问题较多`) the words are the
 * sentence's; a qualifier before a signature label (部门(单位)财务负责人:) is the label's.
 */
const TRAILER_ROW = new RegExp(
  `(?<=[0-9０-９%％。；;！!:：])(?:${[...trailerLabels].sort((a, b) => b.length - a.length).join("|")})|(?<![)）]|部门|单位|项目)(?:${signatureLabels.join("|")})[:：]`,
  "g",
);
/** A signature label left blank right before a form's title (`财务负责人:部门预算项目支出绩效自评表…`). */
const BLANK_SIGNATURE = new RegExp(`(?:${signatureLabels.join("|")})[:：](?=[\u4e00-\u9fff()（）]{0,24}?(?:绩效(?:目标|评价)?自评表|整体支出绩效))`, "g");

/** Where the trailer's rows begin, and the title after a signature label left blank. */
function trailerRowStarts(key: string): number[] {
  const out: number[] = [];
  for (const m of key.matchAll(TRAILER_ROW)) out.push(m.index!);
  for (const m of key.matchAll(BLANK_SIGNATURE)) out.push(m.index! + m[0].length);
  return out;
}

/** A project form's title with no year before it. */
const PROJECT_TITLE_BARE = /项目(?:支出)?绩效(?:目标)?自评表/g;

/**
 * A portal's article line ending on its validity label and value (`…主题分类:财政效力状态:有效`,
 * `有效性:现行有效`) right before a title: the value is the site's, no unit's name of the title.
 */
const VALIDITY_END = /(?:有\s*效\s*性|效\s*力\s*状\s*态|时\s*效\s*性)\s*[:：]\s*(?:现行有效|有效|已失效|失效|已废止|废止)$/;

/** Where such titles begin: at their year, when the site's or dossier's words end just before it. */
function projectTitleStarts(key: string): number[] {
  const out: number[] = [];
  for (const m of key.matchAll(PROJECT_TITLE_RUN_ON)) {
    const before = key.slice(Math.max(0, m.index! - TITLE_HEAD_LENGTH), m.index!);
    if (m.index! > 0 && (NOT_UNIT_END.test(before) || SOURCE_UNIT_END.test(before) || VALIDITY_END.test(before))) out.push(m.index!);
  }
  for (const m of key.matchAll(PROJECT_TITLE_AFTER_FIGURE)) out.push(m.index!);
  for (const m of key.matchAll(DOSSIER_PAGE_AFTER_MARK)) out.push(m.index!, m.index! + m[0].length);
  // (Or with no year after a site's label left with no value: `…文号浏览量项目支出绩效自评表项目名称…`.)
  // (A title after an attachment's number begins after the number, its project's name its own.)
  const attached = [...key.matchAll(ATTACHED_TITLE_AFTER_NUMBER)].map((m) => m.index! + m[0].length);
  for (const m of key.matchAll(PROJECT_TITLE_BARE)) {
    const before = key.slice(Math.max(0, m.index! - TITLE_HEAD_LENGTH), m.index!);
    if (m.index! > 0 && (NOT_UNIT_END.test(before) || VALIDITY_END.test(before))) out.push(m.index!);
    else if (!attached.some((a) => a <= m.index! && m.index! - a <= TITLE_HEAD_LENGTH) && bareTitleAfterText(key, m.index!, m.index! + m[0].length)) out.push(m.index!);
  }
  out.push(...attached);
  return out;
}

/** The form's year after its title's kind, in brackets, the opening one maybe lost: `(2023年度)`, `2021 年度)`. */
const BRACKETED_YEAR_AFTER = /^\s*(?:[(（]\s*(?:19|20)\d{2}\s*年度?\s*[)）]?|(?:19|20)\d{2}\s*年度?\s*[)）])/;
/** A sentence's end: what ends prose, never a unit's name. */
const SENTENCE_END = /[。；;！!？?]\s*$/;
/** A year in a title's head (`某县2021年度项目支出…`): the title may begin there. */
const YEAR_IN_HEAD = /(?:19|20)\d{2}\s*年/;

/**
 * A bare project title (项目支出绩效自评表) with its year after it in brackets, as the national template
 * prints its title line, run on after other text (a whole page on one line: a report's prose, a list of
 * projects): it begins a row at its kind where the text before is no title's head, namely where a
 * sentence ends right before it (`…逐项推进落实。项目支出绩效自评表(2021年度)`), or where the words
 * before run on past a unit's name's length with no edge and no year (a list's or a heading's run,
 * `…14某某办公楼网络租用项目项目支出绩效自评表(2023年度)`). A head with an edge within that length
 * (`某某县项目支出…` after a file's name) or a year is the title's own and is left to the rules above.
 */
function bareTitleAfterText(key: string, at: number, end: number): boolean {
  if (!BRACKETED_YEAR_AFTER.test(key.slice(end))) return false;
  const before = key.slice(Math.max(0, at - TITLE_HEAD_LENGTH), at);
  if (SENTENCE_END.test(before)) return true;
  if (before.length < TITLE_HEAD_LENGTH || YEAR_IN_HEAD.test(before)) return false;
  return /^[\u4e00-\u9fff0-9()（）]+$/.test(before);
}

/**
 * A project form's title with no year before it, run on after a dossier's attachment number (`…附件1某某
 * 建设项目绩效目标自评表(2023年度)政策(项目)名称…`): the number is the dossier's, the title begins after
 * it. Only with the title's year after its kind (the form's title line, not a list of attachments).
 */
const ATTACHED_TITLE_AFTER_NUMBER = /附[件表][0-9]{1,2}(?:-[0-9]{1,2})?[:：]?(?=[\u4e00-\u9fff()（）]{2,30}?绩效(?:目标)?自评表\s*[(（]\s*(?:19|20)\d{2}\s*年度?\s*[)）])/g;

/**
 * A block's vertical label with its points printed before the indicator table's column names
 * (`年度绩效目标1(80分)一级指标二级指标…`, the funds' points before it: `…100%20年度绩效目标…`):
 * the label begins the header's row, not the end of the funds' row. After a figure only.
 */
const POINTED_LABEL_BEFORE_HEADER = /(?<=[0-9０-９%％])[一-鿿]{2,8}[0-9]{0,2}\s*[(（]\s*\d{1,3}\s*分\s*[)）](?=\s*一\s*级\s*指\s*标)/g;

/**
 * A site's counter ending the text before a title's words (`阅读人数:1`, `浏览次数:128`), the title's
 * head after it: a count is no part of a unit's name. Group 1 is the head (`专项资金`). (Not a
 * counter left blank before the title's year: `浏览量2020年度…` is the year's.)
 */
const SITE_COUNTER_BEFORE = /(?:阅读人数|阅读次数|浏览次数|浏览人数|浏览量|阅读量|点击数|点击量|访问量|访问次数)[:：]?\s*\d+(?![\d年])([\u4e00-\u9fff()（）]{0,16})$/;

/**
 * A document site's lead-in before the text it shows (文档简介, 内容预览; a portal's 内容概述, its summary of the page: as the classifier's
 * DOC_SITE_PREFIX, its colon often lost on one line), then the title's head up to its kind: group 1
 * is the head (`2021年项目`).
 */
const DOC_SITE_LEAD_BEFORE = /(?:文档介绍|文档简介|内容简介|内容概述|文档内容|内容预览|文本预览)[:：]?\s*([\u4e00-\u9fff0-9()（）]{0,24})$/;

/**
 * A document site's buttons under its preview (上传文档, 查看更多, 阅读全文: as wrapper.ts's document-site
 * lines), run onto the form's first words when the page lost its line breaks
 * (`…上传文档查看更多关于省级财政项目支出绩效自评情况报告项目名称:…`): the site's text ends there, the
 * form's begins after them. Only before a Chinese character (a word of the form), and only where a
 * title's kind follows within a title's length: the form's first row is its title.
 */
const SITE_BUTTONS_BEFORE_TITLE = new RegExp(`(?:${DOCUMENT_SITE_BUTTONS})(?=[\\u4e00-\\u9fff][^。；;:：]{0,40}?(?:自评(?:情况)?报告|自评表|评价报告))`, "g");

/** Words of a longer 二级 name holding a shorter row-start label (服务对象 + 满意度指标, 社会 + 效益指标). */
const LONGER_NAME_WORD = /效益|满意度|社会|经济|生态|服务对象/;

/** The form's year in brackets ending the text before a row's label: `(2025年度)`, `( 2025 年度)`. */
const BRACKETED_YEAR_END = /[(（]\s*(?:19|20)\d{2}\s*年度?\s*[)）]$/;
const BRACKETED_YEAR_SPAN = 14;

/** The form's year in brackets opening a line, with nothing before it: `(2021年度)`. */
const YEAR_OPENING_LINE = /^[(（](?:19|20)\d{2}\s*年度?[)）]/;

/** The 二级 names among the row-start labels (数量指标, 社会效益指标 …). */
const LEVEL2_LABEL = new RegExp(`^(?:${level2Names.join("|")})$`);
/**
 * A 一级 name that is no row-start label itself (效果目标, 产出目标 of department layouts: those that are,
 * 产出指标, are cut at already or kept by the guards above), with the points a layout prints after it
 * (效果目标(30分)), ending the text before a 二级 name.
 */
const LEVEL1_END = new RegExp(`(?:${level1Names.filter((n) => !ROW_STARTS.includes(n)).join("|")})(?:[(（]\\d{1,3}(?:\\.\\d)?分?[)）])?$`);
/** How far back such a 一级 name is looked for. */
const LEVEL1_SPAN = 16;

/** A part's number ending the text before a row's label: (2), （二）, ②. */
const PART_NUMBER_END = /(?:[(（][1-9一二三四五六七八九][)）]|[①-⑨])$/;

/** Where the longest of `labels` that holds `at` begins (it begins before `at` and runs past it), or `at` when none does. */
function labelStartAround(key: string, at: number, labels: readonly string[]): number {
  let start = at;
  let longest = 0;
  for (const l of labels) {
    for (let k = 1; k < l.length; k++) {
      if (l.length > longest && key.startsWith(l, at - k)) {
        start = at - k;
        longest = l.length;
      }
    }
  }
  return start;
}

/** Does the line open with a form's title (its unit and year before it, no other text)? */
export function opensWithTitle(line: string): boolean {
  const key = patternKey(line);
  for (const m of key.matchAll(TITLE_END)) return TITLE_AT_LINE_START.test(key.slice(0, m.index!));
  return false;
}

/** How many row-start labels a text holds (in either script, spaced out or not). */
export function rowStartCount(text: string): number {
  let n = 0;
  for (const _ of patternKey(text).matchAll(ROW_START_RE)) n++;
  return n;
}

/** Where the first row-start label of a text begins (in either script, spaced out or not); -1 when none. */
export function firstRowStartAt(text: string): number {
  ROW_START_RE.lastIndex = 0;
  const m = ROW_START_RE.exec(patternKey(text));
  ROW_START_RE.lastIndex = 0;
  return m ? m.index : -1;
}

/** Cuts a flattened form before each row-start label; a line with few of them stays whole. */
export function cutAtRowStarts(printed: string): string[] {
  const line = joinSplitGoalsLabel(printed);
  // Labels are found in either script (a page converted to traditional characters); the cuts are
  // made in the line as printed, which the conversion, one character for one, leaves aligned.
  const key = patternKey(line);
  const starts: number[] = [];
  // Where titles lie: a label inside one (`(实施单位用)`, who fills the form in) begins no row.
  const titles: Array<[number, number]> = [];
  // A line that begins with a form's title (its unit and year before it, no other text) and runs on
  // past it is a form flattened: a label after the title is enough to cut it (a short excerpt's
  // preview holds few of them: `2020年度部门整体支出绩效自评表部门名称昌宁县司法局内容说明…`).
  let titled = false;
  // A title run into what follows it ends a row of its own.
  for (const m of key.matchAll(TITLE_END)) {
    titles.push([m.index!, m.index! + m[0].length]);
    if (TITLE_AT_LINE_START.test(key.slice(0, m.index!))) titled = true;
    // (A download link's file name ends the title with its extension: `…绩效自评表.xlsx稷山县…`.)
    const extension = FILE_EXTENSION_AFTER.exec(key.slice(m.index! + m[0].length))?.[0].length ?? 0;
    if (m.index! + m[0].length + extension < key.length) starts.push(m.index! + m[0].length + extension);
    // A title run on after other text (a site's breadcrumb, `附件1:`, a page's counter `浏览量:1 |`)
    // begins a row of its own where its unit's name does.
    // (A scoring sheet's title so too, its head bracketed words and all: sheet-title-head.ts.)
    const begin = titleBegin(key, m.index!, m.index! + m[0].length) ?? sheetTitleBegin(key, m.index!, m[0]);
    // A department title run on after a site's text begins the form as a title at a line's start does
    // (`…浏览量2020年度部门整体支出绩效自评表部门名称某局内容说明…`): the form runs on from it.
    if (begin !== null) {
      starts.push(begin);
      titled = true;
    }
    // A title run on after a document site's lead-in (`…文档简介2021年项目绩效自评报告表…`) begins after it.
    const lead = DOC_SITE_LEAD_BEFORE.exec(key.slice(Math.max(0, m.index! - TITLE_HEAD_LENGTH), m.index!));
    if (lead) starts.push(m.index! - lead[1]!.length);
    // A title run on after a site's counter (`…阅读人数:1专项资金绩效自评表(2022年度)…`) begins there.
    const counter = SITE_COUNTER_BEFORE.exec(key.slice(Math.max(0, m.index! - TITLE_HEAD_LENGTH), m.index!));
    if (counter) starts.push(m.index! - counter[1]!.length);
    // The year printed after it (`2019年度)`, its opening bracket lost) is a line of its own too.
    const year = YEAR_AFTER_TITLE.exec(key.slice(m.index! + m[0].length));
    if (year && m.index! + m[0].length + year[0].length < key.length) starts.push(m.index! + m[0].length + year[0].length);
  }
  // The form's first words after a document site's buttons (`…查看更多关于…自评情况报告…`).
  for (const m of key.matchAll(SITE_BUTTONS_BEFORE_TITLE)) starts.push(m.index! + m[0].length);
  // A project title run on after a site's words (`…返回上级附表22022年度共享工程项目自评表项目单位…`).
  for (const at of projectTitleStarts(key)) {
    if (titles.some(([from, to]) => at > from && at < to)) continue;
    starts.push(at);
  }
  for (const m of key.matchAll(ROW_START_RE)) {
    if (titles.some(([from, to]) => m.index! > from && m.index! < to)) continue;
    // 服务对象满意度指标 holds 满意度指标, 经济效益指标 holds 效益指标: cut before the longer name only.
    // (A 一级 name run into its 二级 name, 满意度指标服务对象满意度指标, stays one row too. But a label
    // after a figure that ends another row, 生态效益指标0满意度指标, starts its row.)
    const prev = starts.filter((x) => x <= m.index!).at(-1);
    const before = key.slice(Math.max(0, m.index! - 6), m.index!);
    if (prev !== undefined && m.index! < prev + 8 && /指标$/.test(m[0]) && LONGER_NAME_WORD.test(before) && !/[0-9０-９]/.test(key.slice(prev, m.index!))) continue;
    // 管理指标 after the funds it manages (债券资金管理指标: a special bond project's funds block, its
    // 总体支出进度 row printed among its column heads) is that block's name, no department's 一级 row.
    if (/^管理指标$/.test(m[0]) && /资金$/.test(key.slice(Math.max(0, m.index! - 2), m.index!))) continue;
    // 其他资金 right after 财政拨款 is a column name of the task table's header (总额财政拨款其他资金), no fund row.
    // (Not after a fund row of a level of government left empty: 地方财政资金其他资金.)
    if (/^其他资金$/.test(m[0]) && /财政(?:拨款|资金)$/.test(key.slice(Math.max(0, m.index! - 4), m.index!)) && !LEVEL_FUND_BEFORE.test(key.slice(Math.max(0, m.index! - 8), m.index!))) continue;
    // 年度总体目标完成情况 is the goals' second column name (年度总体目标 | 年初设定目标 | 年度总体目标完成情况),
    // not a second goals block, right after the block's label.
    // (So is 年度目标完成情况 after 年度目标, or after any goals label and its first column's name:
    // 年度总体目标 | 预期目标 | 年度目标完成情况.)
    if (prev !== undefined && m.index! < prev + 24 && /^年度(?:总体)?目标$/.test(m[0]) && key.startsWith("完成情况", m.index! + m[0].length) && (key.startsWith(m[0], prev) || GOALS_LABEL_THEN_COLUMN.test(key.slice(prev, m.index!)))) continue;
    // 合计 before a count of people or things (…突发困难户合计3875人…) is a word of the text, no total row.
    if (/^合计$/.test(m[0]) && COUNT_AFTER_TOTAL.test(key.slice(m.index! + m[0].length))) continue;
    // (Never back over the cut before it.)
    const qualified = captionStart(key, m.index!, m[0]) ?? qualifiedStart(key, m.index!, m[0]);
    const at = prev !== undefined && qualified <= prev ? m.index! : qualified;
    if (at > 0) starts.push(at);
    // A 一级 name right before a 二级 row (…本项目未做满意度调查效果目标社会效益指标…) opens its own row, as a
    // 一级 name that is a row-start label does, whatever text ends before it.
    const level1 = LEVEL2_LABEL.test(m[0].replace(/\s/g, "")) ? LEVEL1_END.exec(key.slice(Math.max(prev ?? 0, at - LEVEL1_SPAN), at)) : null;
    if (level1 && at - level1[0].length > (prev ?? 0)) starts.push(at - level1[0].length);
  }
  for (const m of key.matchAll(GOALS_AFTER_FIGURES)) starts.push(m.index!);
  for (const m of key.matchAll(BARE_GOALS_LABEL)) if (m.index! > 0 && !starts.includes(m.index!) && !titles.some(([from, to]) => m.index! > from && m.index! < to)) starts.push(m.index!);
  for (const m of key.matchAll(GOALS_LABEL_WITH_COLUMNS)) if (m.index! > 0 && !starts.includes(m.index!) && !titles.some(([from, to]) => m.index! > from && m.index! < to)) starts.push(m.index!);
  for (const m of key.matchAll(POINTED_LABEL_BEFORE_HEADER)) if (!starts.includes(m.index!)) starts.push(m.index!);
  // The rows after the indicator table and the signature line (评价结论…, 项目负责人:).
  for (const at of trailerRowStarts(key)) if (!starts.includes(at) && !titles.some(([from, to]) => at > from && at < to)) starts.push(at);
  // A fund row named outside the labels above (中央资金, 省级资金, 地方资金 …) between the funds' figures.
  for (const m of key.matchAll(FUND_ROW_BETWEEN_FIGURES)) starts.push(m.index!);
  for (const m of key.matchAll(LEVEL_FUND_ROW)) if (!starts.includes(m.index!)) starts.push(m.index!);
  for (const m of key.matchAll(FUNDS_TOTAL_AFTER_TEXT)) if (m.index! > 0 && !starts.includes(m.index!)) starts.push(m.index!);
  for (const m of key.matchAll(FUND_PAIRS_START)) if (m.index! > 0 && !starts.includes(m.index!)) starts.push(m.index!);
  // The funds block's label in another template's spelling (年度预算数(万元)), before its unit or columns.
  for (const at of fundsLabelStarts(key)) if (!starts.includes(at) && !titles.some(([from, to]) => at > from && at < to)) starts.push(at);
  // A header label in another template's spelling that holds no row-start label (实施(主管)单位, 专项资金名称).
  // Fund rows in other templates' spellings (总额:, 上年结转): where the row before them ends.
  for (const at of [...fundTotalStarts(key), ...fundRowStarts(key)]) if (!starts.includes(at)) starts.push(at);
  for (const at of headerLabelStarts(key)) if (!starts.includes(at) && !titles.some(([from, to]) => at > from && at < to)) starts.push(at);
  // A total's label and its figure make a row (自评总分:98), whatever runs on after them.
  for (const m of key.matchAll(TOTAL_FIGURE)) starts.push(m.index! + m[0].length);
  // The indicator table's column names also when its 一级指标 was lost in a scrambled vertical label,
  // after the funds' figures (a department form's 分解目标自评权重 before them is their header's).
  // The goals' column names drawn before the block's vertical label (年度总体目标 after the texts).
  // (Column names that end the block's label, 年度总体 + 目标完成情况 | 预期目标, begin the row where the label does.)
  for (const m of key.matchAll(GOAL_COLUMNS_FIRST)) {
    const at = labelStartAround(key, m.index!, goalsLabel);
    const prev = Math.max(0, ...starts.filter((x) => x < at));
    if (!/总体目标|年度目标/.test(key.slice(prev, at))) starts.push(at);
  }
  for (const m of [...key.matchAll(LEVEL23_HEADER), ...key.matchAll(LEVEL3_HEADER)]) {
    const prev = Math.max(0, ...starts.filter((x) => x < m.index!));
    if (/[0-9０-９]/.test(key.slice(prev, m.index!))) starts.push(m.index!);
  }
  // The form's year in brackets opening the line, its title on the page before (`(2021年度)转移支付…`).
  const yearFirst = YEAR_OPENING_LINE.exec(key);
  if (yearFirst && yearFirst[0].length < key.length && !starts.includes(yearFirst[0].length)) starts.push(yearFirst[0].length);
  // A fund row named in words of a unit's own between the figures of the row before and its own.
  for (const at of runFundRowStarts(key, starts)) starts.push(at);
  // The form's year in brackets run on after a site's words, right before a row's label
  // (`…项目地区:安徽黄山(2025年度)转移支付(项目)名称…`): a row of its own, as printed under the title.
  for (const at of [...starts]) {
    const year = BRACKETED_YEAR_END.exec(key.slice(Math.max(0, at - BRACKETED_YEAR_SPAN), at));
    // (Not a title's own year: `…自评表(2022年度)项目名称…` is the title's row.)
    const from = at - (year?.[0].length ?? 0);
    if (year && from > 0 && !starts.includes(from) && !titles.some(([t0, t1]) => from > t0 && from <= t1)) starts.push(from);
  }
  if (starts.length < (titled ? TITLED_FORM_LABELS : FLAT_FORM_LABELS)) return [line];
  // A row's part number printed before its label (`…103.22%(2)其他资金80.50…`) is the row's, not the
  // end of the row before it.
  for (let k = 0; k < starts.length; k++) {
    const number = PART_NUMBER_END.exec(key.slice(Math.max(0, starts[k]! - 3), starts[k]!));
    if (number) starts[k]! -= number[0].length;
  }
  starts.sort((a, b) => a - b);
  // A label printed again right after itself (a part of the funds printed once per amount, its
  // amounts blank: `其中:中央财政其中:中央财政其中:中央财政`) is a printing of the same row, no row of its own;
  // so is one printed again after its amount (`县级配套资金260.00县级配套资金220.00`, `其中:中央补助2.38万元其中:…`).
  for (let k = starts.length - 1; k > 0; k--) {
    const piece = key.slice(starts[k - 1]!, starts[k]!);
    // (Not a level's name with its points: 数量指标10 | 数量指标… are two rows.)
    const label = PART_THEN_AMOUNT.exec(piece)?.[1];
    if (label && /指标/.test(label)) continue;
    if ((!/[0-9０-９]/.test(piece) && key.startsWith(piece, starts[k]!)) || (label && key.startsWith(label, starts[k]!))) starts.splice(k, 1);
  }
  const out: string[] = [];
  let from = 0;
  for (const at of withoutCutsInGoalText(key, withoutCutsInOptions(key, starts))) {
    if (at > from) out.push(line.slice(from, at));
    from = at;
  }
  out.push(line.slice(from));
  const pieces = out.filter((p) => p.trim() !== "");
  return cutIndicatorRows(pieces.flatMap(cutTaskRows));
}

/** A part's label and its one amount, with the amount's unit (`县级配套资金260.00`, `其中:中央补助2.38万元`). */
const PART_THEN_AMOUNT = /^([\u4e00-\u9fff()（）:：、/]{2,16}?)[0-9][0-9.,]*\s*(?:[万萬]?元|[万萬])?$/;

/** The goals block's labels and column names. */
const GOALS_OPENING = new RegExp(`^(?:${[...goalsLabel, ...GOAL_COLUMN_NAMES].sort((a, b) => b.length - a.length).join("|")})`);
/** A goals label followed by its column names: a goals block's own first row, never a sentence's words. */
const GOALS_OPENING_ROW = new RegExp(`^(?:${goalsLabel.join("|")})(?:${GOAL_COLUMN_NAMES.join("|")})`);
/** A label of the header or the funds, or the short 年度目标, as its cut may begin: what a goal's sentence may hold (本项目资金, 完成年度目标). (Not 年度总体目标: a vertical label drawn after the goals' texts.) */
const EARLIER_PART_LABEL = /^(?:项目资金|资金情况|资金投入情况|资金构成|年度资金总额|年度财政资金总额|其中[:：]|上年结转资金|其他资金|年度目标|项目名称|主管部门|实施单位)/;
/** What ends a goal's text before a label that truly starts a row: a sentence's end, a figure. */
const ROW_EDGE_BEFORE = /[。；;！!？?0-9０-９%％)）:：]$/;

/**
 * The cuts of a flattened form without those a goal's sentence made: inside the goals block (from
 * its label to the indicator table), a label of the header, the funds or the goals run on after
 * a word of the sentence (`依托本项目资金开展…`, `基本完成年度目标。`) is the sentence's, no row of
 * the form. (After a sentence's end or a figure it still starts its row.)
 */
function withoutCutsInGoalText(key: string, starts: readonly number[]): number[] {
  const out: number[] = [];
  let inGoals = false;
  for (const at of starts) {
    const rest = key.slice(at);
    if (inGoals && EARLIER_PART_LABEL.test(rest) && !GOALS_OPENING_ROW.test(rest) && !ROW_EDGE_BEFORE.test(key.slice(0, at))) continue;
    // (Any other row ends the block: the indicator table, a title, a second form.)
    inGoals = GOALS_OPENING.test(rest);
    out.push(at);
  }
  return out;
}

/** The spellings of one of the task table's columns, as alternatives of a pattern. */
const taskColumn = (key: string) => taskColumns.find((c) => c.key === key)!.exact.join("|");
/**
 * The task table's header run together: 年度主要任务 and its column names, up to 其他资金 (预算金额 总额 /
 * 财政拨款 / 其他资金), the content's and the last column's names as the template spells them (任务内容,
 * 其它资金).
 */
const TASK_HEADER = new RegExp(`(?:年度主要任务)?任务名称(?:${taskColumn("content")}).*?(?:${taskColumn("other")})`);
/** 年度主要任务 printed down its rows' middle: a piece of task rows that begins with the block's label. */
const TASK_LABEL_FIRST = /^年度主要任务(?!任务名称)/;
/**
 * A task row's amounts (总额, 财政拨款, 其他资金 run together) ending before the next task's name: a run
 * with a decimal point or of four digits or more (not a count in the 主要内容, 建设11处).
 */
const TASK_ROW_END = /[0-9][0-9.,]*(?=["“「『(（]?[\u4e00-\u9fff])/g;
const TASK_AMOUNTS = /\.|[0-9]{4}/;

/**
 * The department form's 年度主要任务 flattened onto its piece: the header's column names, then each task
 * (its name and 主要内容, then its amounts), cut after the column names and after each task's amounts
 * (sections/tasks.ts reads a row as its text, then its amounts).
 */
function cutTaskRows(piece: string): string[] {
  const key = patternKey(piece);
  const header = TASK_HEADER.exec(key);
  if (!header && !TASK_LABEL_FIRST.test(key)) return [piece];
  // (Before the column names too, when a label's value runs into them: 部门名称某局任务名称….)
  const cuts = header ? [header.index, header.index + header[0].length] : [0];
  for (const m of key.matchAll(TASK_ROW_END)) {
    // (Not figures that open a row: a task's name may begin with them, 12345热线.)
    if (m.index! > cuts.at(-1)! && TASK_AMOUNTS.test(m[0])) cuts.push(m.index! + m[0].length);
  }
  const out: string[] = [];
  let from = 0;
  for (const at of cuts) {
    if (at <= from || at >= piece.length) continue;
    out.push(piece.slice(from, at));
    from = at;
  }
  out.push(piece.slice(from));
  return out;
}

/** The indicator table's column names, longest first, as the header's run of them is matched. */
const INDICATOR_COLUMN_NAMES = indicatorColumns.flatMap((c) => c.exact).sort((a, b) => b.length - a.length);
/** Fewest column names in a row for the text after them to be the table's first row. */
const MIN_HEADER_NAMES = 3;

/**
 * Where the indicator table's column names end on the piece that holds them (`三级指标年初目标值(A)
 * 实际完成值(B)得分服务外包…`), when its first row follows them on the same piece: the names run
 * together, each may carry a bracketed note (`(A)`, `(10分)`). -1 when no row follows them.
 */
export function headerNamesEnd(key: string): number {
  let at = key.search(INDICATOR_HEADER);
  // From the start of the run of names the header begins with (一级指标二级指标三级指标 …).
  while (at > 0) {
    const before = INDICATOR_COLUMN_NAMES.find((n) => key.slice(0, at).endsWith(n));
    if (!before) break;
    at -= before.length;
  }
  let names = 0;
  for (;;) {
    const name = INDICATOR_COLUMN_NAMES.find((n) => key.startsWith(n, at));
    if (!name) break;
    at += name.length;
    const note = /^[(（][^()（）]{0,12}[)）]/.exec(key.slice(at));
    if (note) at += note[0].length;
    names++;
  }
  if (names < MIN_HEADER_NAMES || key.slice(at).trim() === "") return -1;
  // What follows must read as a row: text up to its first figure that holds no word of a column
  // name the list lacks (偏差原因分析 / 及改进措施 wrapped, 指标 / 说明).
  const lead = /^[^0-9０-９]*/.exec(key.slice(at))![0];
  return lead.length <= MAX_ROW_LEAD && !HEADER_WORD.test(lead) ? at : -1;
}

/** Words of column names: text holding one after the names is more of the header. */
const HEADER_WORD = /原因|措施|分值|得分|权重|指标值|完成值|目标值|实际值|说明|备注|标准|方法|度量|计量|性质|指标$/;
/** Longest text before the first figure of a row taken to follow the column names. */
const MAX_ROW_LEAD = 40;

/** The indicator table's column names: the pieces after the one holding them are its rows. */
// (Some layouts print the level columns bare: 一级 | 二级 | 三级 | 年度指标值 …)
const INDICATOR_HEADER = /三级指标|(?<=二级(?:指标)?)三级(?=年度指标值|指标值|年度目标值|实际完成值|全年完成值)/;
/**
 * The 分值 and 得分 that end an indicator's row, run together (`44`, `1313`), right before the next
 * row's text: two to four digits after text or a percent, followed by a Chinese character that is
 * no unit of theirs (`27万元`, `12公里` are quantities, not a row end).
 */
// (A figure before 余 is a quantity too: 200余人.)
// (Or the two apart, `6 5`, where a dump's spaces parted them and the page's wrapping spaces went;
// or the second a decimal, `10.310.3`, `109.3`, where the first may be one too; or a row's last
// figures run together ending on two decimals, `550209.39.3`.)
const ROW_END_POINTS = /(?<=[^\d.,(（])(?:\d{2,4}|\d{1,2}\.\d{1,2}|\d{1,2}(?:\.\d{1,2})?\d{1,2}\.\d{1,2}|\d[\d.]*\.\d[\d.]*\.\d{1,2}|\d{1,3}(?:\.\d{1,2})?[ \t\u3000]+\d{1,3}(?:\.\d{1,2})?)(?=[\u4e00-\u9fff])(?![万亿元人次个件项天年月日亩台套场所户名本册条篇期批分米吨辆座家份周栋张处间余]|公里|平方米|立方米|千米|小时|课时|学时)/g;
/**
 * Under a header that names one points column (`年初目标值(A) 实际完成值(B) 得分`: a score, no 分值),
 * a row ends at one figure of one or two digits (`…800篇8开展全国…`, `…稳步提升6科普宣传栏…`), after
 * text, a percent or a bracket and before text that is no unit of it (`3次`, `10场` are quantities).
 */
const ROW_END_SCORE = /(?<=[\u4e00-\u9fff%％)）])\d{1,2}(?:\.\d{1,2})?(?=[\u4e00-\u9fff《“"])(?![万亿元人次个件项天年月日亩台套场所户名本册条篇期批分米吨辆座家份周栋张处间余]|公里|平方米|立方米|千米|小时|课时|学时)/g;
/**
 * The points run together before the next row's name when that name opens with a year
 * (`…全天候可用全天候102022年全年≥360天…`: 10 | 2022年全年): the digits before 年 are then more than a
 * year's four, and a year is 19xx or 20xx; what stands before those four is the row's 分值 and 得分
 * (one to four digits, or a decimal score). A count of years is no run of five digits or more.
 */
const ROW_END_BEFORE_YEAR = /(?<=[^\d.,(（])(?:\d{1,4}|\d{1,2}\.\d{1,2}|\d{1,2}(?:\.\d{1,2})?\d{1,2}\.\d{1,2})(?=(?:19|20)\d{2}年)/g;
/**
 * The 分值 and 得分 run together right before a scoring rule that opens with no Chinese character
 * (`…98%55B/A×分值…`): the row's points, its 评分标准 after them (pastScoringRule).
 */
// (Or the two apart and the rule after a space, as a dump's spaces leave them: `…96% 5 5 B/A×分值…`.)
const ROW_END_BEFORE_RULE = new RegExp(String.raw`(?<=[^\d.,(（])(?:\d{2,4}|\d{1,2}\.\d{1,2}|\d{1,2}(?:\.\d{1,2})?\d{1,2}\.\d{1,2}|\d{1,3}(?:\.\d{1,2})?[ \t\u3000]+\d{1,3}(?:\.\d{1,2})?)(?=[ \t\u3000]*(?:${scoringRuleSource}))`, "g");
/**
 * The points run together before the next row's name when that name is a numbered list
 * (`…97%10101、档案资料完整率2、档案归档…`: 10 | 10, then the list's 1、): the list's first number is the
 * name's, not the score's last digit.
 */
const ROW_END_BEFORE_LIST = /(?<=[^\d.,(（])(?:\d{2,4}|\d{1,2}\.\d{1,2}|\d{1,2}(?:\.\d{1,2})?\d{1,2}\.\d{1,2})(?=1[、.．][\u4e00-\u9fff“"])/g;
/**
 * The points run together before the next row's name when that name opens with a unit's character
 * (`…575.2元1010项目总成本…`, `…55人均培训成本…`): a word, not the figure's unit (WORD_STARTS; not
 * those of a date, 2020年度, 12月底, which are a figure's).
 */
const ROW_END_BEFORE_WORD = new RegExp(
  String.raw`(?<=[^\d.,(（])(?:\d{2,4}|\d{1,2}\.\d{1,2}|\d{1,2}(?:\.\d{1,2})?\d{1,2}\.\d{1,2})(?=${WORD_STARTS.filter((w) => !/^[年月日次元]/.test(w)).join("|")})`,
  "g",
);
/**
 * A figure right after a 三级 name that carries its unit in brackets (`保种数量(头)300`, `面积(平方米)5000`):
 * the figure is bare, so text after it is the next row's name whatever its first character
 * (`300年提供种猪数量(头)…` is 300 | 年提供…, not 300年), unless that text opens with the name's own
 * unit (`人数(人)300人…`). Group 1 is the unit, group 2 the figure.
 */
const AFTER_NAMED_UNIT = /[(（]([^()（）0-9０-９]{1,5})[)）]([0-9０-９][0-9０-９.,%％]*)(?=[\u4e00-\u9fff])/g;
function namedUnitRowEnds(key: string): number[] {
  const out: number[] = [];
  for (const m of key.matchAll(AFTER_NAMED_UNIT)) {
    const end = m.index! + m[0].length;
    const unit = m[1]!.replace(/^[≥≤><=＞＜]+/, "");
    if (unit !== "" && key.startsWith(unit, end)) continue;
    out.push(end);
  }
  return out;
}

/** The header's words that name a points column besides the score. */
const WEIGHT_HEAD = /分值|权重/;

/** Does the indicator header (its piece's key from 三级指标 up to the first row's figure) name a 得分 and no 分值? */
export function namesScoreOnly(key: string): boolean {
  const at = key.search(INDICATOR_HEADER);
  if (at < 0) return false;
  const head = /^[^0-9０-９]*/.exec(key.slice(at))![0].slice(0, HEADER_SPAN);
  return /得分/.test(head) && !WEIGHT_HEAD.test(head);
}
/** Does the indicator header name a target's or a completion's column (年度指标值, 实际完成值 …)? */
function namesValues(key: string): boolean {
  const at = key.search(INDICATOR_HEADER);
  return at >= 0 && /指标值|目标值|完成值|实际值/.test(key.slice(at, at + HEADER_SPAN));
}
/** How far past 三级指标 the header's column names are looked for. */
const HEADER_SPAN = 60;

/** The template's 一级 and 二级 names (可持续性, 社会效益 … as printed without 指标 too). */
const LEVEL_NAMES = [...level1Names, ...level2Names];
/** A 一级/二级 name alone before a numbered row: the name and the row are one. */
const LEVEL_NAME_ALONE = /^[\u4e00-\u9fff]{2,8}指标$/;

/**
 * A flattened form prints several indicators on one piece when their 二级 names are the unit's own
 * (预算编审管理, 政府采购管理 …): inside the indicator table, a piece is cut after the points that
 * end a row and before a numbered 三级 name.
 */
function cutIndicatorRows(pieces: string[]): string[] {
  const named = pieces.findIndex((p) => INDICATOR_HEADER.test(patternKey(p)));
  // An excerpt that starts inside the table, its header not printed: its rows from the first 一级 name.
  const header = named >= 0 ? named : pieces.findIndex((p) => level1Names.some((n) => patternKey(p).startsWith(n)));
  if (header < 0) return pieces;
  // (The header's own piece too: the first rows may follow its column names on it.)
  const out = pieces.slice(0, header);
  const rowEnd = named >= 0 && namesScoreOnly(patternKey(pieces[named]!)) ? [ROW_END_POINTS, ROW_END_SCORE, ROW_END_BEFORE_RULE, ROW_END_BEFORE_YEAR, ROW_END_BEFORE_LIST] : [ROW_END_POINTS, ROW_END_BEFORE_RULE, ROW_END_BEFORE_YEAR, ROW_END_BEFORE_LIST];
  // (Only under a header that names the rows' values: in a scoring sheet a name's points stand before
  // the next name, 项目决策20项目目标4, and are no row's end.)
  if (named >= 0 && namesValues(patternKey(pieces[named]!))) rowEnd.push(ROW_END_BEFORE_WORD);
  for (const [k, piece] of pieces.slice(header).entries()) {
    const key = patternKey(piece);
    const numbered = new Set<number>();
    // The first row run onto the column names is cut from them.
    const namesEnd = k === 0 ? headerNamesEnd(key) : -1;
    if (namesEnd > 0) numbered.add(namesEnd);
    for (const at of numberedRowStarts(key)) if (!LEVEL_NAME_ALONE.test(key.slice(0, at).trim()) || at === 0) numbered.add(at);
    const cuts = new Set<number>(numbered);
    for (const at of doubledValueRowStarts(key)) cuts.add(pastScoringRule(key, at));
    const ends = [...rowEnd.flatMap((re) => [...key.matchAll(re)].map((m) => m.index! + m[0].length)), ...namedUnitRowEnds(key)];
    const points = [...new Set(ends.map((at) => pastScoringRule(key, at)))].sort((a, b) => a - b);
    points.forEach((at) => {
      // Text with no figure between the points and the next cut is the row's 偏差原因 (…32录入有延迟), not a row.
      const next = Math.min(...[...points, ...numbered].filter((x) => x > at), piece.length);
      // A 一级 or 二级 name right after the points opens the next row whatever follows it (…10可持续性…).
      if (/[0-9%]/.test(key.slice(at, next)) || LEVEL_NAMES.some((n) => key.startsWith(n, at))) cuts.add(at);
    });
    let from = 0;
    for (const at of [...cuts].sort((a, b) => a - b)) {
      if (at <= from || at >= piece.length) continue;
      out.push(piece.slice(from, at));
      from = at;
    }
    out.push(piece.slice(from));
  }
  return out.filter((p) => p.trim() !== "");
}

/** What may close a scoring rule printed as a cell: a full stop or a semicolon. */
const RULE_CLOSE = /^[。；;]/;

/**
 * Where a row ends whose points end at `at`: after the scoring rule printed right after them, when
 * one is (a 评分标准 column after 分值 | 得分, `…98%55B/A×分值补贴发放准确率…`). The rule is the row's
 * own cell, never the next row's head: a row begins with its name, and no name is a scoring rule.
 */
function pastScoringRule(key: string, at: number): number {
  // (A space may part the points from the rule.)
  const from = at + /^[ \t\u3000]*/.exec(key.slice(at))![0].length;
  scoringRuleAt.lastIndex = from;
  const rule = scoringRuleAt.exec(key);
  if (!rule) return at;
  const end = from + rule[0].length;
  return RULE_CLOSE.test(key.slice(end)) ? end + 1 : end;
}

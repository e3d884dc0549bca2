/**
 * The tuned fixtures in the spellings and column layouts other units' templates print
 * (/work/shared/domain/forms.md, "Variants seen in published forms", "Vocabulary seen on published
 * forms", "What published forms look like in the wild"): every header, funds and indicator-column
 * label in another documented spelling, the fund rows so too, and the indicator table in Beijing's
 * 2016 and Sichuan's column layouts. The held-back part reads worse than the tuned part where its
 * pages print labels and layouts the tuned pages never showed; these make that measurable on the
 * tuned part. Each keeps every field a person reads; where a layout takes a field's place away (the
 * Beijing funds block has no 全年预算数), its truth change does the same to the truth.
 */
import { toTraditional } from "../../src/normalise/script.js";
import type { FieldTruth } from "../../test/helpers/field-truth.js";

type Variation = (text: string, truth?: FieldTruth) => string;

/** A label as a whole cell (its (A), (万元) or colon may follow; a 其中: may lead a fund row's): a field's text that holds the words stays. */
const asCell = (label: string, bracketAfter = true) => new RegExp(`(?<=^|[\\s|]|其中[:：])${label}(?=$|[\\s|:：${bracketAfter ? "(（" : ""}])`, "gm");

/** Each spelling in both scripts: a traditional page prints its labels in traditional characters. */
function bothScripts(pairs: ReadonlyArray<readonly [string, string]>): Array<[RegExp, string]> {
  const out: Array<[RegExp, string]> = [];
  for (const [from, to] of pairs) {
    // (A spelling with its own bracket, 执行率(B/A), replaces only a label printed without one.)
    const bracketAfter = !/[)）]$/.test(to);
    out.push([asCell(escape(from), bracketAfter), to]);
    const tf = toTraditional(from);
    if (tf !== from) out.push([asCell(escape(tf), bracketAfter), toTraditional(to)]);
  }
  return out;
}
const escape = (s: string) => s.replace(/[()（）]/g, (c) => `\\${c}`);
const swapAll = (pairs: Array<[RegExp, string]>) => (t: string) => pairs.reduce((out, [from, to]) => out.replace(from, to), t);

/**
 * The header, funds and indicator-column labels and their documented spellings, two each where
 * forms.md gives two (the first variation takes the first, the second the last). Longer labels
 * first, so a label that holds a shorter one is swapped whole (年度指标值 before 指标值).
 */
const LABELS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["项目名称", ["专项资金名称"]],
  ["主管部门", ["县级主管部门", "主管部门及代码"]],
  ["实施单位", ["实施(主管)单位", "资金使用单位"]],
  ["项目资金", ["年度预算数", "资金情况"]],
  ["年初预算数", ["年初预算"]],
  ["全年预算数", ["调整后预算数"]],
  ["全年执行数", ["预算执行数"]],
  ["执行率", ["预算执行率", "执行率(B/A)"]],
  ["年度总体目标", ["项目年度目标"]],
  ["预期目标", ["预算目标", "年初设定目标"]],
  ["实际完成情况", ["年度目标完成情况"]],
  ["偏差原因分析及改进措施", ["未完成原因分析"]],
  ["年度指标值", ["指标值", "年度指标值(A)"]],
  ["实际完成值", ["完成值", "全年实际值(B)"]],
  ["分值", ["权重"]],
  ["总分", ["合计", "自评总分"]],
];
const labelPairs = (pick: (alts: readonly string[]) => string) => bothScripts(LABELS.map(([from, alts]) => [from, pick(alts)] as const));

/**
 * Fund rows in the spellings of other templates: 总额 for 年度资金总额, and the year's own
 * appropriation as 本年一般公共预算拨款, 财政资金 or 本年财政拨款 (其中: kept where printed).
 */
const FUND_ROWS_A: ReadonlyArray<readonly [string, string]> = [
  ["年度资金总额", "总额"],
  ["当年财政拨款", "本年一般公共预算拨款"],
  ["本年财政拨款", "本年一般公共预算拨款"],
  ["上年结转", "上年结转资金"],
];
const FUND_ROWS_B: ReadonlyArray<readonly [string, string]> = [
  ["当年财政拨款", "财政资金"],
  ["本年财政拨款", "财政资金"],
  ["财政拨款", "本年财政拨款"],
  ["上年结转资金", "上年结转"],
];

// ————— column layouts —————

/** Rows of cells with text on both sides of a pipe make up at least 30 % of the page's lines (as perturb.ts). */
function isPipeTable(t: string): boolean {
  const filled = t.split("\n").filter((l) => l.trim() !== "");
  return filled.filter((l) => l.split("|").filter((c) => c.trim() !== "").length >= 2).length >= 0.3 * filled.length;
}
/** A line without its separators and blanks, to test what it starts with. */
const compact = (l: string) => l.replace(/[\s|｜\u3000\u00a0]/g, "");

/** The indicator table's header: 一级指标 (after a label), with 二级指标 on it or the few lines after. */
const INDICATOR_HEAD = /^(绩效指标|年度绩效指标|专项年度绩效指标|当年绩效指标)?(序号)?一级(指标)?/;
/** The total row that closes the table. */
const TOTAL_ROW = /^(合计|总分|总计|自评总分|项目总得分)/;
/** Rows after the table that are no part of it (Sichuan's trailer, the signature line, a note). */
const AFTER_TABLE = /^(评价结论|存在问题|改进措施|自评结论|项目负责人|财务负责人|单位负责人|填表人|填报人|审核人|联系电话|备注|注[:：]|说明[:：])/;

type Indicator = Record<string, unknown>;
const cell = (v: unknown) => (v === null || v === undefined ? "" : String(v));
/** The place of a merged 一级 or 二级 cell on the rows under its group's first (see rowWriter). */
export const MERGED = "\u0000merged";

/**
 * How the page writes a table's row, from what its text is: pipe rows; one cell a line closed by
 * ` |` with a rule of pipes between rows (an office export); one cell a paragraph (a blank line
 * after each); one cell a line; or a row's cells on one line by spaces, empty cells gone (linear).
 */
export function rowWriter(t: string, lines: readonly string[], head: number, end: number): (cells: string[]) => string {
  // (A merged cell's place: an empty cell in a pipe row; no cell at all where the page writes a
  // row's cells one a line, as an HTML table's export leaves out the cells a rowspan covers.)
  const present = (cells: string[]) => cells.filter((c) => c !== MERGED);
  const blank = (cells: string[]) => cells.map((c) => (c === MERGED ? "" : c));
  if (isPipeTable(t)) {
    // Markdown's `| a | b |`, or the loose `a | b |` of pages whose rows start without a pipe (there
    // a line that starts with one continues the row above).
    const rows = lines.filter((l) => l.split("|").filter((c) => c.trim() !== "").length >= 2);
    const loose = rows.filter((l) => l.trimStart().startsWith("|")).length < rows.length / 2;
    return (cells) => (loose ? "" : "| ") + blank(cells).join(" | ") + " |";
  }
  if (lines.filter((l) => /^\s*\|{2,}\s*$/.test(l)).length >= 5) return (cells) => [...present(cells).map((c) => (c === "" ? "|" : `${c} |`)), "|".repeat(present(cells).length + 1)].join("\n");
  // (Linear: many of the page's lines part cells by spaces, 0.4 of them (the tuned one-cell-a-line
  // pages have at most 0.36, the linear ones from 0.46), or the table's lines hold several cells.)
  const filledLines = lines.filter((l) => l.trim() !== "");
  const spaced = filledLines.filter((l) => /\S[ \t\u3000]+\S/.test(l.trim().replace(/\s+\|$/, ""))).length;
  const table = lines.slice(head, end).filter((l) => l.trim() !== "");
  if (spaced >= 0.4 * filledLines.length || table.filter((l) => l.trim().split(/[ \t\u3000]+/).length >= 3).length >= 0.3 * table.length) return (cells) => blank(cells).filter((c) => c !== "").join(" ");
  const filled = lines.filter((l) => l.trim() !== "").length;
  const followed = lines.filter((l, i) => l.trim() !== "" && lines[i + 1] === "").length;
  if (followed >= 0.8 * filled) return (cells) => present(cells).map((c) => (c === "" ? " " : c)).join("\n\n") + "\n";
  return (cells) => present(cells).join("\n");
}

/**
 * The indicator table of a page holding one project form (the truth's one form, no dossier form
 * beside it) written anew in another template's columns from the truth's indicators, in the page's
 * own way of writing rows: the lines from the table's header to its total row (or to what follows
 * the table) replaced by the header and one row an indicator, a merged 一级 or 二级 printed on its
 * group's first row only, and the total (where the truth holds it) under its columns. The fields a
 * person reads are the truth's, so the truth is unchanged; what changes is where the columns stand
 * and how they are named.
 */
export function relaid(t: string, truth: FieldTruth | undefined, heads: readonly string[] | ReadonlyArray<readonly string[]>, row: (ind: Indicator) => string[], total: (tot: Indicator) => string[]): string {
  if (!truth || truth.forms.length !== 1 || (truth.otherForms ?? []).length > 0) return t;
  const form = truth.forms[0]!;
  const inds = Array.isArray(form.indicators) ? (form.indicators as Indicator[]) : [];
  // (A cut form's last indicator may have its names only; every other one a 三级 name.)
  if (inds.length < 3 || inds.some((i, k) => typeof i.level3 !== "string" && !(form.cut && k === inds.length - 1))) return t;
  // (A table of targets and completions: a scoring sheet's points by group, 一级 | 分值 | 二级 | 分值, is another layout.)
  if (inds.filter((i) => "target" in i || "actual" in i).length < inds.length / 2) return t;
  const lines = t.split("\n");
  // (Its first line names 一级 after whatever label a template prints before it; 二级 follows within a few lines.)
  const head = lines.findIndex((l, i) => /^(.{0,16}[|\s)）])?一级(指标)?/.test(l.trim()) && INDICATOR_HEAD.test(compact(l).replace(/^.*?(?=一级)/, "")) && lines.slice(i, i + 6).map(compact).join("").includes("二级指标"));
  if (head < 0) return t;
  let end = lines.findIndex((l, i) => i > head && (TOTAL_ROW.test(compact(l)) || AFTER_TABLE.test(compact(l))));
  if (end < 0) end = lines.length;
  const closesWithTotal = end < lines.length && TOTAL_ROW.test(compact(lines[end]!));
  const tot = form.total && typeof form.total === "object" ? (form.total as Indicator) : null;
  const write = rowWriter(t, lines, head, end);
  // (A header printed on two rows: each row of it written as the table's rows are.)
  const headRows = typeof heads[0] === "string" ? [heads as readonly string[]] : (heads as ReadonlyArray<readonly string[]>);
  const out: string[] = headRows.map((h) => write([...h]));
  inds.forEach((ind, k) => {
    const prev = k > 0 ? inds[k - 1]! : null;
    const named = { ...ind };
    // (A merged cell: its name on the group's first row, the rows under it an empty cell.)
    const sameL1 = prev !== null && prev.level1 === ind.level1;
    if (sameL1) named.level1 = MERGED;
    else if (typeof ind.level1Weight === "number" && typeof ind.level1 === "string") named.level1 = `${ind.level1}(${ind.level1Weight}分)`;
    if (sameL1 && prev!.level2 === ind.level2) named.level2 = MERGED;
    out.push(write(row(named)));
  });
  // The total row the truth holds replaces the page's; one the truth leaves unchecked stays as printed.
  const replaceTotal = tot !== null && ("weight" in tot || "score" in tot);
  if (replaceTotal) out.push(write(total(tot)));
  return [...lines.slice(0, head), ...out, ...lines.slice(closesWithTotal && replaceTotal ? end + 1 : end)].join("\n");
}

/** A made-up scoring rule in Beijing's 得分计算方法 column (no field of the project form holds it). */
const BEIJING_METHOD = "完成指标值得满分,未完成按比例扣分";

/**
 * Beijing's 2016 indicator columns: 一级, 二级, 三级, 分值 before the targets, 年度指标值(A),
 * 全年实际值(B), 得分计算方法, 得分, 未完成原因分析 (forms.md, "Variants seen in published forms").
 */
const beijingColumns: Variation = (t, truth) =>
  relaid(
    t,
    truth,
    ["一级指标", "二级指标", "三级指标", "分值", "年度指标值(A)", "全年实际值(B)", "得分计算方法", "得分", "未完成原因分析"],
    (i) => [cell(i.level1), cell(i.level2), cell(i.level3), cell(i.weight), cell(i.target), cell(i.actual), BEIJING_METHOD, cell(i.score), cell(i.deviation)],
    (tot) => ["总分", "", "", cell(tot.weight), "", "", "", cell(tot.score), ""],
  );

/** Units printed after a target's figure (forms.md, "Units after numbers"), longest first. */
const UNITS = ["人次", "小时", "万元", "公里", "百分比", "平方米", "%", "％", "个", "次", "场", "篇", "份", "人", "天", "元", "亩", "户", "家", "所", "项", "件", "台", "套", "年", "月", "日", "处"];
const TARGET_PARTS = new RegExp(`^(≥|≤|=|＝|>=|<=|>|<|＞|＜)?\\s*(\\d+(?:\\.\\d+)?)\\s*(${UNITS.join("|")})?$`);

/**
 * A target cut into Sichuan's 指标性质, 指标值 and 度量单位 so that the contract's join gives it back
 * (nature + value + unit): a comparator apart, the figure, the unit apart. The unit stays with the
 * figure where the completion is a bare figure (the 度量单位 column would give the completion the
 * unit too, a value the page as found does not print), and a target that is no comparator, figure
 * and unit (达标, 良好) stays whole with no nature. The completion loses a unit the 度量单位 gives back.
 */
export function sichuanParts(target: string, actual: string): { nature: string; value: string; unit: string; actual: string } {
  const m = TARGET_PARTS.exec(target);
  if (!m) return { nature: "", value: target, unit: "", actual };
  const [, sign = "", figure, unit = ""] = m;
  if (unit === "" || /^\d+(\.\d+)?$/.test(actual)) return { nature: sign, value: figure + unit, unit: "", actual };
  const a = new RegExp(`^(\\d+(?:\\.\\d+)?)\\s*${unit}$`).exec(actual);
  return { nature: sign, value: figure!, unit, actual: a ? a[1]! : actual };
}

/**
 * Sichuan's indicator columns: 一级, 二级, 三级, 指标性质, 指标值, 度量单位, 完成值, 权重, 得分,
 * 未完成原因分析, and 合计 for the total (forms.md, "Variants seen in published forms").
 */
const sichuanColumns: Variation = (t, truth) =>
  relaid(
    t,
    truth,
    ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
    (i) => {
      const p = sichuanParts(cell(i.target), cell(i.actual));
      return [cell(i.level1), cell(i.level2), cell(i.level3), p.nature, p.value, p.unit, p.actual, cell(i.weight), cell(i.score), cell(i.deviation)];
    },
    (tot) => ["合计", "", "", "", "", "", "", cell(tot.weight), cell(tot.score), ""],
  );

/**
 * The same spellings where a row's cells ran together (no separator marks a label's edges): each
 * label wherever it stands, but where a longer label holds it (项目实施单位, 年度资金总额's 资金) or it
 * holds a longer one's start; the labels whose words a value may hold (分值, 总分, 执行率 …) are left.
 */
const JOINED: ReadonlyArray<readonly [RegExp, string]> = (
  [
    ["(?<!专项|项目|资金)项目名称", "专项资金名称"],
    ["(?<![县市区省级项目中央地方])主管部门(?!及)", "县级主管部门"],
    ["(?<![项目])实施单位", "实施(主管)单位"],
    ["全年预算数", "调整后预算数"],
    ["全年执行数", "预算执行数"],
    ["(?<!年初|全年)年度指标值", "指标值"],
    ["(?<!全年)实际完成值", "完成值"],
    ["偏差原因分析及改进措施", "未完成原因分析"],
  ] as const
).flatMap(([from, to]) => {
  const pairs: Array<readonly [RegExp, string]> = [[new RegExp(from, "g"), to]];
  const tf = toTraditional(from);
  if (tf !== from) pairs.push([new RegExp(tf, "g"), toTraditional(to)]);
  return pairs;
});
const joinedSpellings: Variation = (t) => JOINED.reduce((out, [from, to]) => out.replace(from, to), t);
/** The fund rows so: 总额 for 年度资金总额, the year's appropriation as 本年一般公共预算拨款. */
const JOINED_FUND_ROWS: ReadonlyArray<readonly [RegExp, string]> = [
  [/年度资金总额/g, "总额"],
  [/年度資金總額/g, "總額"],
  [/当年财政拨款/g, "本年一般公共预算拨款"],
  [/當年財政撥款/g, "本年一般公共預算撥款"],
];
const joinedFundRows: Variation = (t) => JOINED_FUND_ROWS.reduce((out, [from, to]) => out.replace(from, to), t);

/**
 * Project forms only: the department-wide form has a vocabulary of its own (its 任务 table's
 * 财政拨款, its 部门 labels), which department-variations.ts varies.
 */
const projectOnly =
  (v: Variation): Variation =>
  (t, truth) =>
    truth && truth.forms.some((f) => f.template !== "project") ? t : v(t, truth);

/** Every variation of this module, by name. */
export const VOCABULARY_VARIATIONS: Record<string, Variation> = {
  "label-spellings": projectOnly(swapAll(labelPairs((alts) => alts[0]!))),
  "label-spellings-b": projectOnly(swapAll(labelPairs((alts) => alts[alts.length - 1]!))),
  "label-spellings-joined": projectOnly(joinedSpellings),
  "fund-row-spellings": projectOnly(swapAll(bothScripts(FUND_ROWS_A))),
  "fund-row-spellings-joined": projectOnly(joinedFundRows),
  "fund-row-spellings-b": projectOnly(swapAll(bothScripts(FUND_ROWS_B))),
  "beijing-2016-columns": projectOnly(beijingColumns),
  "sichuan-columns": projectOnly(sichuanColumns),
};

/** The shapes each variation changes: labels as whole cells in the table shapes; layouts in pipe tables. */
const LABELLED = ["delimited-pipe", "cell-per-line", "linear", "traditional", "layout-ordered"];
export const VOCABULARY_ONLY: Record<string, string[]> = {
  "label-spellings": LABELLED,
  "label-spellings-b": LABELLED,
  "label-spellings-joined": ["run-together"],
  "fund-row-spellings": LABELLED,
  "fund-row-spellings-joined": ["run-together"],
  "fund-row-spellings-b": LABELLED,
  "beijing-2016-columns": ["delimited-pipe", "cell-per-line", "linear"],
  "sichuan-columns": ["delimited-pipe", "cell-per-line", "linear"],
};

/**
 * Ways department-wide forms (部门整体支出绩效自评表) differ from one published page to the next,
 * for perturb.ts to measure the tuned department forms under: the 资金结构 / 预算资金 block's parts in
 * the other order, 年度主要任务 rows in another order, an indicator table with a 评分标准 column,
 * the 一级 names spelt 产出目标 / 效果目标, a scoring sheet with no title. Each keeps every field a
 * person reads; where it renames or removes what the truth holds, DEPARTMENT_TRUTH_CHANGE or
 * DEPARTMENT_TAKES does the same to the truth. A text a variation cannot place its change in is
 * left as found. Meant for the department forms: `perturb.ts --template department`.
 */

type Variation = (text: string) => string;

/** A line without its separators and blanks, to test what it starts with. */
const compact = (l: string) => l.replace(/[\s|｜\u3000\u00a0]/g, "");
/** A fund part's label, as the mirror and 资金结构 layouts print it (①项目支出, (1)基本支出, 其中:基本支出). */
const PART = (name: string) => new RegExp(`^(?:其中[:：]?)?(?:[①②③]|[(（]?[1-3][)）、.]?)?${name}`);
/** A line of a row: its label and values on it (a pipe row, linear text), not a lone label (one cell a line). */
const holdsRow = (l: string) => l.includes("|") || /\S\s+\S/.test(l.trim());

/**
 * 基本支出 and 项目支出 printed in the other order (a mirror form's 预算资金 block, the 资金结构
 * table's ① and ②): the two rows swap places. One cell a line, each row runs from its label to the
 * line before the next; the two must be as long and side by side.
 */
export function fundPartsSwapped(t: string): string {
  const lines = t.split("\n");
  const a = lines.findIndex((l) => PART("基本支出").test(compact(l)));
  const b = lines.findIndex((l) => PART("项目支出").test(compact(l)));
  if (a < 0 || b < 0) return t;
  const [first, second] = a < b ? [a, b] : [b, a];
  if (holdsRow(lines[first]!) && holdsRow(lines[second]!)) {
    // Rows on lines of their own; what stands between them (a blank, a rule) stays there.
    const out = [...lines];
    out[first] = lines[second]!;
    out[second] = lines[first]!;
    return out.join("\n");
  }
  const length = second - first;
  const end = second + length;
  if (length < 2 || end > lines.length) return t;
  // (One cell a line: the second row must hold as many lines, and a label of the same block must follow it.)
  const next = compact(lines[end] ?? "");
  if (!(next === "" || /^(?:其中|[①②③]|[(（]?[1-3][)）、.]|合计|单位其|其他|其它|财政)/.test(next) || /^[^\u4e00-\u9fff]*$/.test(next))) return t;
  return [...lines.slice(0, first), ...lines.slice(second, end), ...lines.slice(first, second), ...lines.slice(end)].join("\n");
}

/** 年度主要任务's rows printed in the other order (line-based rows: a pipe table, linear text). */
export function tasksReversed(t: string): string {
  const lines = t.split("\n");
  const head = lines.findIndex((l) => /任务名称/.test(compact(l)) && holdsRow(l));
  if (head < 0) return t;
  let end = head + 1;
  // (A header's second row, 总额 | 财政拨款 | 其他资金, stays under it.)
  if (/^(总额|合计)/.test(compact(lines[end] ?? "")) && /财政拨款/.test(compact(lines[end] ?? ""))) end++;
  const start = end;
  while (end < lines.length && holdsRow(lines[end]!) && !/^(年度总体目标|年度绩效指标|金额合计|合计|一级指标|绩效指标|资金结构)/.test(compact(lines[end]!))) end++;
  if (end - start < 2) return t;
  return [...lines.slice(0, start), ...lines.slice(start, end).reverse(), ...lines.slice(end)].join("\n");
}

/** Rows of the funds and goals blocks (a mirror layout prints them under the indicator header). */
const NOT_INDICATOR_ROW = /^(年度资金总额|资金总额|其中|基本支出|项目支出|其他|其它|年度总体目标|年初设定目标|预期目标|[(（]\d)/;
/** The rule a 评分标准 column holds in many department templates. */
const RULE = "完成目标得满分,未完成按比例扣分";

/**
 * The indicator table of a pipe table with a 评分标准 column after its last (as Hunan's and Anhui's
 * department templates print it): the header gets the column, each indicator row the rule. Not a
 * table that prints one already.
 */
export function scoringRuleColumn(t: string): string {
  if (/评分标准|评价标准|计分标准|评分办法/.test(t)) return t;
  const lines = t.split("\n");
  const head = lines.findIndex((l) => l.includes("|") && /三级指标|指标名称/.test(compact(l)));
  if (head < 0) return t;
  const width = (l: string) => l.replace(/\|+\s*$/, "").split("|").filter((c, i, all) => !(i === 0 && c.trim() === "" && all.length > 1)).length;
  const cols = width(lines[head]!);
  const out = [...lines];
  const add = (l: string, cell: string) => `${l.replace(/[\s|]+$/, "")} | ${cell} |`;
  out[head] = add(lines[head]!, "评分标准");
  for (let i = head + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (/^(合计|总分|自评总分|得分合计)/.test(compact(l))) break;
    // Indicator rows: pipe rows as wide as the header, or narrower by the merged cells they leave out
    // on the left, with a number; not the funds' or goals' rows some layouts print under that header.
    if (!l.includes("|") || NOT_INDICATOR_ROW.test(compact(l))) continue;
    if (width(l) >= 3 && width(l) <= cols && /\d/.test(l)) out[i] = add(l, RULE);
  }
  return out.join("\n");
}

/** A 一级 name as a whole cell: at a line's start or after a separator, before a separator, a bracket or the line's end. */
const LEVEL1_CELL = (name: string) => new RegExp(`(?<=^|[\\s|])${name}(?=$|[\\s|(（【])`, "gm");

/** The department's spellings of the 一级 names: 产出目标 for 产出指标, 效果目标 for 效益指标. */
export function goalSpellings(t: string): string {
  return t.replace(LEVEL1_CELL("产出指标"), "产出目标").replace(LEVEL1_CELL("效益指标"), "效果目标");
}

/** The title of a department form (…整体支出绩效自评表/报告, …绩效评价指标表, …绩效评价自评表). */
const DEPARTMENT_TITLE = /整体支出绩效|绩效评价自评表|绩效评价指标表|整體支出績效/;
const DOSSIER_FORM = /基础数据|申报|监控|基礎數據|申報|監控/;

/**
 * A scoring sheet published with no title (as m09 was): the title's line goes; a title broken over
 * two lines loses both. A form whose title is all its header holds (a cover) is left as found.
 */
export function untitledSheet(t: string): string {
  const lines = t.split("\n");
  // (Not the title of another form of the dossier, a 基础数据表 or 申报表 the page prints beside it.)
  const at = lines.findIndex((l) => DEPARTMENT_TITLE.test(compact(l)) && !DOSSIER_FORM.test(compact(l)) && compact(l).length <= 60);
  if (at < 0 || !/指标/.test(lines.slice(at + 1).join("\n"))) return t;
  const out = [...lines];
  out[at] = "";
  // (The head of a title broken over two lines: `某县2020年度部门(单位)整体支出` / `绩效评价自评报告`.)
  if (at > 0 && /(整体支出|部门\(单位\)|年度)$/.test(compact(lines[at - 1]!))) out[at - 1] = "";
  if (/^(绩效评价自评报告|绩效自评表|绩效评价自评表)$/.test(compact(lines[at + 1] ?? ""))) out[at + 1] = "";
  return out.join("\n");
}

export const DEPARTMENT_VARIATIONS: Record<string, Variation> = {
  "fund-parts-swapped": fundPartsSwapped,
  "tasks-reversed": tasksReversed,
  "scoring-rule-column": scoringRuleColumn,
  "goal-spellings": goalSpellings,
  "untitled-sheet": untitledSheet,
};

/** Variations whose text renames what the truth holds: the truth's strings renamed alike. */
export const DEPARTMENT_TRUTH_CHANGE: Record<string, (s: string) => string> = {
  "goal-spellings": (s) => (s === "产出指标" ? "产出目标" : s === "效益指标" ? "效果目标" : s),
};

/** Variations that take fields away: those fields are not checked for either text. */
export const DEPARTMENT_TAKES: Record<string, string[]> = { "untitled-sheet": ["title", "year"] };

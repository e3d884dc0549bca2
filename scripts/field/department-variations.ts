/**
 * Ways department-wide forms (部门整体支出绩效自评表) differ from one published page to the next,
 * for perturb.ts to measure the tuned department forms under: the 资金结构 / 预算资金 block's parts in
 * the other order, 年度主要任务 rows in another order, an indicator table with a 评分标准 column,
 * the 一级 names spelt 产出目标 / 效果目标, a scoring sheet with no title; the whole page run together onto
 * one line, a numbered scoring sheet's rows one a line with their merged cells left out, repeated or
 * blank, 年度主要任务 rows numbered, the funds' total printed after its parts. Each keeps every field a
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

/**
 * The whole page run together onto one line, its site lines too: a document site's text version
 * (优知文库, 原创力文档) that drops every line break and cell edge, as j06 came.
 */
export function wholeOneLine(t: string): string {
  return t
    .replace(/\r/g, "")
    .split("\n")
    // (A Markdown table's rule line is no text of the page.)
    .filter((l) => !/^\s*\|?\s*:?-{3,}/.test(l))
    .map((l) => l.split("|").map((c) => c.trim()).join(""))
    .filter((l) => l !== "")
    .join("");
}

/** A pipe table's cells (outer pipes dropped, trimmed). */
const cellsOf = (l: string) => l.replace(/^\s*\|/, "").replace(/\|\s*$/, "").split("|").map((c) => c.trim());
/** A serial number opening a row of a scoring sheet numbered by 序号 (1, 2, 12). */
const SERIAL = /^\d{1,3}$/;

/**
 * The rows of a pipe scoring sheet numbered by 序号 (f01: a row's cells go on over several lines),
 * each a line of its own, the merged 一级 / 二级 cells a row leaves out printed as `fill` says:
 * `repeat` (each row names its groups again, as converters that unmerge cells print them), `blank`
 * (an empty cell kept in its place, as a spreadsheet's export does), `omit` (left out, as found).
 * The table's rows end at a line that is no row's (a total, text after the table).
 */
export function numberedRowsMerged(fill: "repeat" | "blank" | "omit"): Variation {
  return (t) => {
    const lines = t.split("\n");
    const head = lines.findIndex((l) => l.includes("|") && /^序号/.test(compact(l)));
    if (head < 0) return t;
    // The header's cells, over as many lines as it takes (一级 指标 | / 二级 指标 | …), up to the first serial.
    const header: string[] = [];
    let i = head;
    for (; i < lines.length && !(i > head && SERIAL.test(cellsOf(lines[i]!)[0] ?? "")); i++) header.push(...cellsOf(lines[i]!).filter((c) => c !== ""));
    const width = header.length;
    const rows: string[][] = [];
    let end = i;
    // (A row starts at the next number only: a score alone on a line, `3 |`, ends the row above.)
    for (; end < lines.length; end++) {
      const cells = cellsOf(lines[end]!);
      if (!lines[end]!.includes("|")) break;
      if (SERIAL.test(cells[0] ?? "") && Number(cells[0]) === rows.length + 1) rows.push([]);
      // (A line's trailing empty cells are the converter's padding after a merged cell: no cells.)
      while (cells.length > 1 && cells.at(-1) === "") cells.pop();
      rows.at(-1)!.push(...cells);
    }
    if (rows.length < 3) return t;
    // (A row that leaves cells out takes them from the last full row before it.)
    let prev: string[] = [];
    // (Not the last row: the excerpt may end inside it.)
    const written = rows.map((row, k) => {
      const missing = width - row.length;
      const cells = missing > 0 && missing <= 2 && fill !== "omit" && k < rows.length - 1 ? [row[0]!, ...(fill === "repeat" ? prev.slice(1, 1 + missing) : Array<string>(missing).fill("")), ...row.slice(1)] : row;
      if (cells.length === width) prev = cells;
      return `| ${cells.join(" | ")} |`;
    });
    return [...lines.slice(0, head), `| ${header.join(" | ")} |`, ...written, ...lines.slice(end)].join("\n");
  };
}

/**
 * 年度主要任务 rows numbered (1、 2、 … before each task's name, or a 序号 column), as the national
 * template's filled copies often print them. Line-based rows only (a pipe table, linear text).
 */
export function tasksNumbered(t: string): string {
  const lines = t.split("\n");
  const head = lines.findIndex((l) => /任务名称/.test(compact(l)) && holdsRow(l));
  if (head < 0) return t;
  let k = head + 1;
  // (A header's second row, 总额 | 财政拨款 | 其他资金, is no task.)
  if (/总额/.test(compact(lines[k] ?? "")) && /财政(拨款|资金)/.test(compact(lines[k] ?? ""))) k++;
  const out = [...lines];
  let n = 1;
  // (The rows end at the next block: the goals, the indicators, the funds' header or rows.)
  const nextBlock = /^(年度总体目标|年度绩效指标|金额合计|合计|一级指标|绩效指标|资金结构|年初|年度资金总额|部门\(单位\)总体资金|预算资金|财政资金小计)/;
  for (; k < lines.length && holdsRow(lines[k]!) && !nextBlock.test(compact(lines[k]!)); k++) {
    // The number goes before the task's name: the row's first cell with text that is not the block's
    // vertical label (年度主要任务, 年度 主要 任务, printed in the first row only).
    const cells = lines[k]!.split(/(\||\s{2,}|\t)/);
    const at = cells.findIndex((c, i) => i % 2 === 0 && c.trim() !== "" && !/^年度主要任务$/.test(compact(c)));
    if (at < 0) continue;
    // (Inside a quoted cell's quote: `"12345热线"` → `"2、12345热线"`.)
    const lead = /^\s*"?/.exec(cells[at]!)![0];
    cells[at] = `${lead}${n++}、${cells[at]!.slice(lead.length)}`;
    out[k] = cells.join("");
  }
  return out.join("\n");
}

/**
 * The funds' total row (年度资金总额, 合计, 部门(单位)总体资金) printed after its parts instead of before
 * them, as 资金结构 tables that sum downwards print it (基本支出, 项目支出, then 合计). Line-based rows.
 */
export function fundsTotalLast(t: string): string {
  const lines = t.split("\n");
  const total = lines.findIndex((l) => /^(年度资金总额|资金总额|合计)/.test(compact(l)) && holdsRow(l) && /\d/.test(l));
  if (total < 0) return t;
  let end = total + 1;
  while (end < lines.length && (PART("基本支出").test(compact(lines[end]!)) || PART("项目支出").test(compact(lines[end]!)) || /^\d/.test(compact(lines[end]!)) || /^(其他|其它)(资金)?(?:[|]|$)/.test(compact(lines[end]!).replace(/\|.*/, "")))) end++;
  if (end - total < 3) return t;
  return [...lines.slice(0, total), ...lines.slice(total + 1, end), lines[total]!, ...lines.slice(end)].join("\n");
}

/**
 * A pipe table copied out with each cell a paragraph and a long cell's own line breaks kept, as a
 * word processor's or a browser's plain-text copy gives it: every cell's text, broken after each of
 * its clauses that ends in a full stop or a semicolon, then an empty line; an empty cell an empty
 * line alone (a row's trailing empty cells, a converter's padding after a merged cell, left out).
 * Lines outside the table are paragraphs too. Only a page of pipe rows.
 */
export function cellsBrokenParagraphs(t: string): string {
  const lines = t.split("\n").filter((l) => !/^\s*\|?\s*:?-{3,}/.test(l));
  // (Rows of two cells or more: a page whose cells lone pipes close is parted already.)
  if (lines.filter((l) => l.includes("|") && cellsOf(l).length >= 2).length < 10) return t;
  const out: string[] = [];
  for (const l of lines) {
    if (!l.includes("|")) {
      if (l.trim() !== "") out.push(l.trim(), "");
      continue;
    }
    // (A row's trailing empty cells are the converter's padding after a merged cell: no cells.)
    const cells = cellsOf(l);
    while (cells.length > 1 && cells.at(-1) === "") cells.pop();
    for (const cell of cells) {
      if (cell === "") out.push("");
      else out.push(...cell.replace(/([。；;])(?=.)/g, "$1\n").split("\n"), "");
    }
  }
  return out.join("\n");
}

/**
 * The indicator columns of the department template forms.md lists (指标名称, 计量单位, 指标性质, 年初指标值,
 * 调整指标值, 全年完成值, 得分系数, 指标权重, 指标得分, 是否核心指标): a pipe table's indicator header takes
 * those spellings (三级指标 → 指标名称, 年度指标值 → 年初指标值, 实际完成值 → 全年完成值, 分值 → 指标权重,
 * 得分 → 指标得分), an empty 调整指标值 after the target (no target adjusted), 得分系数 (得分 ÷ 分值) before
 * the points, and 是否核心指标 (是 / 否) at the row's end. Rows from the header to the total (across a page's
 * break); a table whose
 * rows cannot all be placed in the header's columns is left as found.
 */
export function coreIndicatorColumns(t: string): string {
  const lines = t.split("\n");
  const head = lines.findIndex((l) => l.includes("|") && cellsOf(l).some((c) => /^(三级指标|指标名称)$/.test(compact(c))));
  if (head < 0) return t;
  const header = cellsOf(lines[head]!);
  while (header.length > 1 && header.at(-1) === "") header.pop();
  const col = (re: RegExp) => header.findIndex((c) => re.test(compact(c)));
  const target = col(/^(年度指标值|指标值|年度目标值|目标值)/);
  const actual = col(/^(实际完成值|完成值|全年实际值|实际值)/);
  const weight = col(/^(分值|指标分值|权重)$/);
  const score = col(/^(得分|自评得分|指标得分)$/);
  if (target < 0 || actual !== target + 1 || weight < actual || score !== weight + 1) return t;
  const width = header.length;
  const rename: Record<string, string> = { 三级指标: "指标名称", 年度指标值: "年初指标值", 实际完成值: "全年完成值", 分值: "指标权重", 指标分值: "指标权重", 得分: "指标得分", 自评得分: "指标得分" };
  // Cells placed in the header's columns: (the row, the offset of its first cell), or null when the row is no indicator row.
  const widen = (cells: string[], offset: number, core: string): string[] => {
    const at = (k: number) => k - offset;
    const w = Number(cells[at(weight)]);
    const sc = Number(cells[at(score)]);
    const factor = cells[at(weight)] !== "" && cells[at(score)] !== "" && w > 0 && Number.isFinite(sc) ? String(Math.round((100 * sc) / w) / 100) : "";
    const out = [...cells];
    out.splice(at(weight), 0, factor);
    out.splice(at(target) + 1, 0, "");
    while (out.length < width + 2 - offset) out.push("");
    out.splice(width + 2 - offset, 0, core);
    return out;
  };
  const out = [...lines];
  const headerCells = header.map((c) => rename[compact(c)] ?? c);
  out[head] = `| ${widen(headerCells, 0, "是否核心指标").map((c, k) => (k === target + 1 ? "调整指标值" : k === weight + 1 ? "得分系数" : c)).join(" | ")} |`;
  let n = 0;
  for (let i = head + 1; i < lines.length; i++) {
    const l = lines[i]!;
    // (A page's break inside the table, an empty line and the rule of a new Markdown table, goes on with it.)
    if (/^\s*\|?\s*:?-{3,}/.test(l) || l.trim() === "") continue;
    if (!l.includes("|")) break;
    const cells = cellsOf(l);
    const total = /^(合计|总分|自评总分|得分合计)/.test(compact(l));
    // (A row's merged cells left out are on its left; a row wider than the header carries the converter's padding.)
    const kept = cells.length > width ? cells.slice(0, width) : cells;
    const offset = width - kept.length;
    if (offset > target) return t;
    out[i] = `| ${widen(kept, offset, total ? "" : n++ % 3 === 0 ? "是" : "否").join(" | ")} |`;
    if (total) break;
  }
  return n >= 2 ? out.join("\n") : t;
}

export const DEPARTMENT_VARIATIONS: Record<string, Variation> = {
  "fund-parts-swapped": fundPartsSwapped,
  "tasks-reversed": tasksReversed,
  "scoring-rule-column": scoringRuleColumn,
  "goal-spellings": goalSpellings,
  "untitled-sheet": untitledSheet,
  "whole-one-line": wholeOneLine,
  "numbered-rows-one-line": numberedRowsMerged("omit"),
  "merged-cells-repeated": numberedRowsMerged("repeat"),
  "merged-cells-blank": numberedRowsMerged("blank"),
  "tasks-numbered": tasksNumbered,
  "funds-total-last": fundsTotalLast,
  "cells-broken-paragraphs": cellsBrokenParagraphs,
  "core-indicator-columns": coreIndicatorColumns,
};

/** The shapes each variation changes (a text already on one line is not run together again). */
export const DEPARTMENT_ONLY: Record<string, string[]> = {
  "whole-one-line": ["delimited-pipe", "cell-per-line", "linear", "traditional", "layout-ordered"],
};

/** Variations whose text renames what the truth holds: the truth's strings renamed alike. */
export const DEPARTMENT_TRUTH_CHANGE: Record<string, (s: string) => string> = {
  "goal-spellings": (s) => (s === "产出指标" ? "产出目标" : s === "效益指标" ? "效果目标" : s),
};

/** Variations that take fields away: those fields are not checked for either text. */
export const DEPARTMENT_TAKES: Record<string, string[]> = { "untitled-sheet": ["title", "year"] };

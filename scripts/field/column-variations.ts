/**
 * The tuned fixtures' tables with the same columns in another order, or some of them missing, as
 * units draw their own tables (issue 16): 分值 before the targets, 得分 before 分值, the completion
 * before the target, 偏差原因 moved before the points or dropped, no 一级 or no 二级 column, the
 * indicator header printed on two rows, and the funds block's columns shuffled or 年初预算数 left
 * out. Whatever the order, the header says which column is which, so a reader that reads by its
 * header should not care. Each variation writes the table anew from the truth (as
 * vocabulary-variations.ts's Beijing and Sichuan layouts do), the header and every row in the same
 * columns, in the page's own way of writing rows; the truth changes only where a dropped column
 * takes its field away (COLUMN_TRUTH). The `…-standard` variations write the table in the
 * template's own order: the measure of the rewriting alone, so that what an order costs is the
 * difference from them.
 */
import type { FieldTruth } from "../../test/helpers/field-truth.js";
import { MERGED, relaid, rowWriter, sichuanParts } from "./vocabulary-variations.js";

type Variation = (text: string, truth?: FieldTruth) => string;
type Indicator = Record<string, unknown>;
const cell = (v: unknown) => (v === null || v === undefined ? "" : String(v));

// ————— the indicator table —————

/** An indicator column: its header label and the truth's key it prints. */
type IndicatorColumn = "level1" | "level2" | "level3" | "target" | "actual" | "weight" | "score" | "deviation";
const INDICATOR_HEADS: Record<IndicatorColumn, string> = {
  level1: "一级指标",
  level2: "二级指标",
  level3: "三级指标",
  target: "年度指标值",
  actual: "实际完成值",
  weight: "分值",
  score: "得分",
  deviation: "偏差原因分析及改进措施",
};

/** The indicator table in `columns` (a header row of their labels, or the header rows `heads` gives). */
function indicatorColumns(columns: readonly IndicatorColumn[], heads?: ReadonlyArray<readonly string[]>): Variation {
  return (t, truth) =>
    relaid(
      t,
      // (A cut form's page ends inside the table: no total row follows it, whatever total the page printed elsewhere.)
      truth && truth.forms.length === 1 && truth.forms[0]!.cut ? { ...truth, forms: [{ ...truth.forms[0]!, total: undefined }] } : truth,
      heads ?? columns.map((c) => INDICATOR_HEADS[c]),
      (i) => columns.map((c) => cell(i[c])),
      // (The total's label in the first column, whatever that column is.)
      (tot) => columns.map((c, k) => (k === 0 ? "总分" : c === "weight" || c === "score" ? cell(tot[c]) : "")),
    );
}

const STANDARD: readonly IndicatorColumn[] = ["level1", "level2", "level3", "target", "actual", "weight", "score", "deviation"];

/**
 * The header on two rows: 指标值 over 年度指标值 and 实际完成值 (a merged cell across two columns),
 * the other labels merged down over both rows (a pipe row prints the merged place blank; one cell a
 * line prints no cell for it, as an HTML table's rowspan and colspan leave none).
 */
const TWO_ROW_HEADS: ReadonlyArray<readonly string[]> = [
  ["一级指标", "二级指标", "三级指标", "指标值", MERGED, "分值", "得分", "偏差原因分析及改进措施"],
  [MERGED, MERGED, MERGED, "年度指标值", "实际完成值", MERGED, MERGED, MERGED],
];

/** The header on two rows the other way: 绩效指标 over the three levels, the value columns' labels merged down. */
const LEVELS_BELOW_HEADS: ReadonlyArray<readonly string[]> = [
  ["绩效指标", MERGED, MERGED, "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
  ["一级指标", "二级指标", "三级指标", MERGED, MERGED, MERGED, MERGED, MERGED],
];

/** 指标值 over the words 预期 and 实际 alone (forms.md's spanned value heads). */
const SPANNED_WORDS_HEADS: ReadonlyArray<readonly string[]> = [
  ["一级指标", "二级指标", "三级指标", "指标值", MERGED, "分值", "得分", "偏差原因分析及改进措施"],
  [MERGED, MERGED, MERGED, "预期", "实际", MERGED, MERGED, MERGED],
];

// ————— the target split into columns of its own —————

/** A comparator sign as the forms that spell it out print it alone (大于等于 for ≥). */
const COMPARATOR_WORD: Record<string, string> = { "≥": "大于等于", ">=": "大于等于", "≤": "小于等于", "<=": "小于等于", "=": "等于", "＝": "等于", ">": "大于", "＞": "大于", "<": "小于", "＜": "小于" };
/** Which way a target so compared counts: down for an upper bound, up otherwise. */
const directionOf = (sign: string) => (/^[≤<＜]/.test(sign) ? "反向" : "正向");

/**
 * A target cut into a comparator (as a sign or in words), a figure and a unit, as Sichuan's
 * vocabulary variation cuts it (sichuanParts), with the direction a measured target counts in
 * (正向 / 反向; none for a target that is no figure: 达标, 良好), and the target the contract's join
 * gives back from those cells (comparator + figure + unit).
 */
function splitParts(target: unknown, actual: unknown, words: boolean) {
  const p = sichuanParts(cell(target), cell(actual));
  const comparator = words ? (COMPARATOR_WORD[p.nature] ?? p.nature) : p.nature;
  const measured = p.nature !== "" || p.unit !== "" || /^\d/.test(p.value);
  return { ...p, comparator, direction: measured && p.value !== "" ? directionOf(p.nature) : "", joined: comparator + p.value + p.unit };
}

/**
 * The indicator table with its target split into columns: the comparator, the figure and the unit
 * each in a cell, and a direction column. `swapped`: Inner Mongolia's order and heads (指标性质
 * holding the direction, 指标方向 the comparator in words, the unit after 实际完成值: 计量单位);
 * otherwise 指标方向 (the direction), 运算符号 (a sign), 指标值, 度量单位 and 实际完成值.
 */
function splitTargetColumns(swapped: boolean): Variation {
  const heads = swapped
    ? ["一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "年度指标值", "实际完成值", "计量单位", "分值", "得分", "偏差原因分析及改进措施"]
    : ["一级指标", "二级指标", "三级指标", "指标方向", "运算符号", "指标值", "度量单位", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];
  return (t, truth) =>
    relaid(
      t,
      truth && truth.forms.length === 1 && truth.forms[0]!.cut ? { ...truth, forms: [{ ...truth.forms[0]!, total: undefined }] } : truth,
      heads,
      (i) => {
        const p = splitParts(i.target, i.actual, swapped);
        const names = [cell(i.level1), cell(i.level2), cell(i.level3)];
        const points = [cell(i.weight), cell(i.score), cell(i.deviation)];
        return swapped ? [...names, p.direction, p.comparator, p.value, p.actual, p.unit, ...points] : [...names, p.direction, p.comparator, p.value, p.unit, p.actual, ...points];
      },
      (tot) => heads.map((h, k) => (k === 0 ? "总分" : h === "分值" ? cell(tot.weight) : h === "得分" ? cell(tot.score) : "")),
    );
}

/** The truth with each target as the split columns give it back (a comparator spelled out where they print it so). */
const withSplitTargets =
  (words: boolean) =>
  (t: FieldTruth): FieldTruth => ({
    ...t,
    forms: t.forms.map((f) =>
      Array.isArray(f.indicators)
        ? { ...f, indicators: (f.indicators as Indicator[]).map((i) => (typeof i.target === "string" ? { ...i, target: splitParts(i.target, i.actual, words).joined } : i)) }
        : f,
    ),
  });

// ————— the funds block —————

type FundColumn = "initialBudget" | "annualBudget" | "executed" | "weight" | "rate" | "score";
const FUND_HEADS: Record<FundColumn, string> = {
  initialBudget: "年初预算数",
  annualBudget: "全年预算数",
  executed: "全年执行数",
  weight: "分值",
  rate: "执行率",
  score: "得分",
};
const AMOUNTS: readonly FundColumn[] = ["initialBudget", "annualBudget", "executed"];
const compact = (l: string) => l.replace(/[\s|｜\u3000\u00a0]/g, "");
/** A line that is (or starts with) an amount column's label: the funds header's. */
const FUND_HEAD = /(^|\|)\s*(年初预算数?|全年预算数?|调整后?预算数?|预算数|全年执行数|执行数)(\s*[(（][^)）]*[)）])?\s*(\||$)/;
/** The block's group label, on the header's line or a few lines above it (项目资金(万元), 资金情况 …). */
const FUND_GROUP = /^(项目资金|资金情况|资金投入情况|预算执行情况|年度预算执行情况|项目资金情况)/;
/** What follows the funds block: the goals or the indicator table. */
const AFTER_FUNDS = /^(年度总体目标|总体目标|年度目标|绩效目标|年度绩效目标|预期目标|一级指标|绩效指标|项目年度目标)/;

/**
 * The funds block of a page holding one project form written anew in `columns` (those the truth
 * has: an amount column any row holds, 分值, 执行率 and 得分 where the block holds them): the lines
 * from the block's group label (or its header) to what follows the block replaced by a header
 * `项目资金(unit) | …` and one row a truth row, its label first; 分值, 执行率 and 得分 on the first
 * row (the total's). Untouched where the page's block is not found whole (every truth row's label
 * in it) or a truth row has no label.
 */
function fundColumns(columns: readonly FundColumn[]): Variation {
  return (t, truth) => {
    if (!truth || truth.forms.length !== 1 || (truth.otherForms ?? []).length > 0) return t;
    const funds = truth.forms[0]!.funds as { unit?: string; rows?: Indicator[]; weight?: unknown; executionRatePercent?: unknown; score?: unknown } | undefined;
    const rows = funds?.rows ?? [];
    if (!funds || rows.length === 0 || rows.some((r) => typeof r.label !== "string")) return t;
    const lines = t.split("\n");
    const h = lines.findIndex((l) => FUND_HEAD.test(l.trim()));
    if (h < 0) return t;
    let start = h;
    for (let k = h; k >= Math.max(0, h - 3); k--) if (FUND_GROUP.test(compact(lines[k]!))) start = k;
    let end = lines.findIndex((l, i) => i > h && AFTER_FUNDS.test(compact(l)));
    if (end < 0) return t;
    const block = lines.slice(start, end).map(compact).join("");
    if (rows.some((r) => !block.includes(compact(r.label as string)))) return t;
    const has = (c: FundColumn) =>
      AMOUNTS.includes(c) ? rows.some((r) => c in r) : c === "rate" ? "executionRatePercent" in funds : c in funds;
    const shown = columns.filter(has);
    if (shown.filter((c) => AMOUNTS.includes(c)).length < 2) return t;
    const value = (r: Indicator, c: FundColumn, first: boolean): string => {
      if (AMOUNTS.includes(c)) return cell(r[c]);
      if (!first) return "";
      if (c === "rate") return funds.executionRatePercent === null || funds.executionRatePercent === undefined ? "" : `${funds.executionRatePercent}%`;
      return cell(c === "weight" ? funds.weight : funds.score);
    };
    const write = rowWriter(t, lines, start, end);
    const group = funds.unit ? `项目资金(${funds.unit})` : "项目资金";
    const out = [write([group, ...shown.map((c) => FUND_HEADS[c])]), ...rows.map((r, k) => write([r.label as string, ...shown.map((c) => value(r, c, k === 0))]))];
    return [...lines.slice(0, start), ...out, ...lines.slice(end)].join("\n");
  };
}

/** Project forms only: a department-wide form's tables are other tables. */
const projectOnly =
  (v: Variation): Variation =>
  (t, truth) =>
    truth && truth.forms.some((f) => f.template !== "project") ? t : v(t, truth);

/** Every variation of this module, by name. */
export const COLUMN_VARIATIONS: Record<string, Variation> = {
  "cols-standard": projectOnly(indicatorColumns(STANDARD)),
  "cols-weight-first": projectOnly(indicatorColumns(["level1", "level2", "level3", "weight", "target", "actual", "score", "deviation"])),
  "cols-score-first": projectOnly(indicatorColumns(["level1", "level2", "level3", "target", "actual", "score", "weight", "deviation"])),
  "cols-actual-first": projectOnly(indicatorColumns(["level1", "level2", "level3", "actual", "target", "weight", "score", "deviation"])),
  "cols-deviation-early": projectOnly(indicatorColumns(["level1", "level2", "level3", "target", "actual", "deviation", "weight", "score"])),
  "cols-no-deviation": projectOnly(indicatorColumns(["level1", "level2", "level3", "target", "actual", "weight", "score"])),
  "cols-no-level1": projectOnly(indicatorColumns(["level2", "level3", "target", "actual", "weight", "score", "deviation"])),
  "cols-no-level2": projectOnly(indicatorColumns(["level1", "level3", "target", "actual", "weight", "score", "deviation"])),
  "cols-header-two-rows": projectOnly(indicatorColumns(STANDARD, TWO_ROW_HEADS)),
  "cols-header-levels-below": projectOnly(indicatorColumns(STANDARD, LEVELS_BELOW_HEADS)),
  "cols-header-spanned-words": projectOnly(indicatorColumns(STANDARD, SPANNED_WORDS_HEADS)),
  "cols-split-target": projectOnly(splitTargetColumns(false)),
  "cols-split-target-swapped": projectOnly(splitTargetColumns(true)),
  "funds-cols-standard": projectOnly(fundColumns(["initialBudget", "annualBudget", "executed", "weight", "rate", "score"])),
  "funds-cols-executed-first": projectOnly(fundColumns(["executed", "annualBudget", "initialBudget", "weight", "rate", "score"])),
  "funds-cols-rate-first": projectOnly(fundColumns(["initialBudget", "annualBudget", "executed", "rate", "score", "weight"])),
  "funds-cols-no-initial": projectOnly(fundColumns(["annualBudget", "executed", "weight", "rate", "score"])),
};

/** The shapes where cells are explicit: pipe rows and one cell a line (and, for a split target, lines parted by spaces). */
export const COLUMN_ONLY: Record<string, string[]> = Object.fromEntries(Object.keys(COLUMN_VARIATIONS).map((v) => [v, ["delimited-pipe", "cell-per-line"]]));
// (A split target's cells are as clear parted by spaces as Sichuan's columns are: linear pages too.)
for (const v of ["cols-split-target", "cols-split-target-swapped"]) COLUMN_ONLY[v] = ["delimited-pipe", "cell-per-line", "linear"];

/** The truth without the fields a dropped column takes away. */
const withoutIndicatorKeys =
  (keys: readonly string[]) =>
  (t: FieldTruth): FieldTruth => ({
    ...t,
    forms: t.forms.map((f) => (Array.isArray(f.indicators) ? { ...f, indicators: (f.indicators as Indicator[]).map((i) => Object.fromEntries(Object.entries(i).filter(([k]) => !keys.includes(k)))) } : f)),
  });
const withoutInitialBudget = (t: FieldTruth): FieldTruth => ({
  ...t,
  forms: t.forms.map((f) => {
    const funds = f.funds as { rows?: Indicator[] } | undefined;
    if (!funds?.rows) return f;
    return { ...f, funds: { ...funds, rows: funds.rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== "initialBudget"))) } };
  }),
});

/** A truth change applied only where the variation changed the text (perturb.ts's FORM_TRUTH form). */
const whereChanged = (v: string, change: (t: FieldTruth) => FieldTruth) => ({
  varied: (t: FieldTruth, original: string) => (COLUMN_VARIATIONS[v]!(original, t) === original ? t : change(t)),
});
export const COLUMN_TRUTH: Record<string, { varied: (truth: FieldTruth, original: string) => FieldTruth; base?: (truth: FieldTruth) => FieldTruth }> = {
  "cols-no-deviation": whereChanged("cols-no-deviation", withoutIndicatorKeys(["deviation"])),
  // (A 一级 group's points are printed in its name: they go with the column.)
  "cols-no-level1": whereChanged("cols-no-level1", withoutIndicatorKeys(["level1", "level1Weight"])),
  "cols-no-level2": whereChanged("cols-no-level2", withoutIndicatorKeys(["level2"])),
  "funds-cols-no-initial": whereChanged("funds-cols-no-initial", withoutInitialBudget),
  "cols-split-target": whereChanged("cols-split-target", withSplitTargets(false)),
  "cols-split-target-swapped": whereChanged("cols-split-target-swapped", withSplitTargets(true)),
};

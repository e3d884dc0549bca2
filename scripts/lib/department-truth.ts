/**
 * Ground-truth department-wide forms (部门整体支出绩效自评表) for generated fixtures, in the three
 * layouts issue 17 lists (contract, "The department-wide form"):
 * - `department-national`: 部门(单位)名称, 年度主要任务 (任务名称 / 主要内容 / 预算金额 总额·财政拨款·其他资金),
 *   年度总体目标, 年度绩效指标; no funds block;
 * - `department-mirror`: the project form's layout with 部门 and a 预算资金 block
 *   (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分);
 * - `department-structure`: a 资金结构 table (年初部门预算安排金额, 年中调整金额, 小计, 年度拨付金额,
 *   支出实现率, 结余金额, 资金结余率; rows 合计, 财政资金小计, ①项目支出, ②基本支出, 单位其它收入),
 *   sometimes after a 年度主要任务 table.
 * Indicators use 评分标准 / 指标分值 / 自评得分 and 产出目标 / 效果目标 spellings in some forms.
 *
 * Like truth.ts, the truth holds the contract's fields with strings as normalisation gives them;
 * `print` holds what the layout needs and is never written to a truth file. All amounts are
 * integers of hundredths so that every sum printed holds exactly.
 */
import type { Rng } from "./prng.js";
import { fixed, fromHundredths, roundTo, trimZeros } from "./num.js";
import { goalText, makeIndicator, partition, type GeneratedForm, type TruthIndicator } from "./truth.js";
import * as V from "./vocab.js";

export type DepartmentVariant = "department-national" | "department-mirror" | "department-structure";
export const DEPARTMENT_VARIANTS: readonly DepartmentVariant[] = ["department-national", "department-mirror", "department-structure"];

export type DepartmentRowKey = "total" | "currentYear" | "other" | "basic" | "project" | "unitIncome" | `extra${number}`;

export interface DepartmentFundRow {
  key: DepartmentRowKey;
  label: string | null;
  initialBudget: number | null;
  annualBudget: number | null;
  executed: number | null;
  adjustment?: number | null;
  balance?: number | null;
  balanceRatePercent?: number | null;
  parent?: DepartmentRowKey;
}

export interface TruthTask {
  name: string | null;
  content: string | null;
  budget: { total: number | null; fiscal: number | null; other: number | null };
}

export interface DepartmentIndicator extends TruthIndicator {
  /** 评分标准, where the form prints that column. */
  method?: string | null;
}

export interface DepartmentFormFields {
  template: "department";
  title: string | null;
  year: number | null;
  projectName: null;
  department: string | null;
  implementingUnit: null;
  departmentCode?: string;
  funds: {
    unit: "元" | "万元" | null;
    rows: DepartmentFundRow[];
    weight: number | null;
    executionRatePercent: number | null;
    score: number | null;
  };
  tasks?: TruthTask[];
  goals: { expected: string | null; actual: string | null };
  indicators: DepartmentIndicator[];
  total: { weight: number | null; score: number | null };
}

export interface DepartmentTruth {
  variant: DepartmentVariant;
  form: DepartmentFormFields;
}

/** The indicator table's columns, in print order. */
export type IndicatorField = "level1" | "level2" | "level3" | "target" | "actual" | "weight" | "score" | "method" | "deviation";

export interface DepartmentPrint {
  title: string;
  yearLine: string | null;
  deptLabel: string;
  deptPrinted: string;
  /** 部门预算编码 printed in a cell of its own. */
  codeCell: { label: string; printed: string } | null;
  amountStyle: "fixed2" | "comma" | "plain" | "mixed";
  tasks: {
    label: string;
    headers: [string, string, string];
    budgetHeaders: [string, string, string];
    /** Amounts in hundredths; null is a blank cell. */
    rows: { name: string; content: string; total: number; fiscal: number | null; other: number | null }[];
  } | null;
  mirror: {
    label: string;
    headers: string[];
    rows: { label: string; initial: number; annual: number; executed: number }[];
    weight: string;
    rate: string;
    score: string;
  } | null;
  structure: {
    label: string;
    headers: string[];
    rows: { label: string; initial: number; adjustment: number; annual: number; executed: number; rate: string; balance: number; balanceRate: string }[];
  } | null;
  goalLabel: string;
  goalHeader: string;
  actualHeader: string;
  indLabel: string;
  indFields: IndicatorField[];
  indHeaders: string[];
  indicators: { level1: string; level2: string; level3: string; target: string; actual: string; weight: string; score: string; method: string; deviation: string; texable: boolean }[];
  totalLabel: string;
  totalWeight: string;
  totalScore: string;
}

export interface GeneratedDepartmentForm extends DepartmentTruth {
  print: DepartmentPrint;
}

/** What the text renderers print: a project form or a department form. */
export type AnyGeneratedForm = GeneratedForm | GeneratedDepartmentForm;

export function isDepartment(g: AnyGeneratedForm): g is GeneratedDepartmentForm {
  return g.form.template === "department";
}

function fill(template: string, place: { city: string; district: string; county: string }): string {
  return template.replace("{city}", place.city).replace("{district}", place.district).replace("{county}", place.county);
}

/** A rate printed with `d` decimals, trailing zeros sometimes dropped (`5%` beside `93.75%`). */
function rateText(value: number, d: number, trim: boolean): string {
  const s = fixed(value, d);
  return `${trim ? trimZeros(s) : s}%`;
}

/** Amount in hundredths of 万元 (or of 元 when `yuan`). */
function amount(rng: Rng, lo: number, hi: number, yuan: boolean): number {
  const whole = rng.int(lo, hi);
  const scaled = yuan ? whole * 10000 * 100 : whole * 100;
  return scaled + (rng.chance(0.4) ? rng.int(1, 99) : 0);
}

/** Executed part of a budget: all of it, or 80–99.9 %. */
function executedOf(rng: Rng, budget: number): number {
  return rng.chance(0.3) ? budget : Math.round(budget * (0.8 + rng.next() * 0.199));
}

export interface DepartmentOptions {
  variant?: DepartmentVariant;
}

export function generateDepartmentForm(rng: Rng, opts: DepartmentOptions = {}): GeneratedDepartmentForm {
  const variant = opts.variant ?? rng.pick(DEPARTMENT_VARIANTS);
  const topic = rng.pick(V.TOPICS);
  const place = V.regionNames(rng.int(0, 11));
  const department = fill(rng.pick(topic.departments).name, place);
  const year = rng.int(2019, 2024);

  // ---- header -----------------------------------------------------------------------------
  const baseTitle = rng.weighted([["部门整体支出绩效自评表", 5], ["部门（单位）整体支出绩效自评表", 2], ["部门整体绩效自评表", 1]] as const);
  const titleLead = rng.weighted([["", 5], ["name", 2], ["year", 1]] as const);
  const title = titleLead === "name" ? `${department}${year}年度${baseTitle}` : titleLead === "year" ? `${year}年度${baseTitle}` : baseTitle;
  const yearLine = titleLead !== "" && rng.chance(0.7) ? null : rng.pick([`（${year}年度）`, `(${year}年度)`, `( ${year} 年度 )`]);
  const deptLabel =
    variant === "department-mirror" ? rng.pick(["部门", "部门名称", "单位名称", "部门（单位）名称"]) :
    variant === "department-national" ? rng.pick(["部门（单位）名称", "部门(单位)名称"]) :
    rng.pick(["部门（单位）名称", "单位名称", "预算单位名称"]);
  const code = rng.chance(0.5) ? String(rng.int(101, 399)) + String(rng.int(1, 30)).padStart(3, "0") : null;
  const codeInCell = code !== null && variant !== "department-mirror" && rng.chance(0.6);
  const deptPrinted = code !== null && !codeInCell ? `${code}${rng.pick(["-", "－"])}${department}` : department;
  const yuan = variant === "department-mirror" && rng.chance(0.25);
  const unit: "元" | "万元" = yuan ? "元" : "万元";
  const paren = (s: string): string => (rng.chance(0.6) ? `${s}（${unit}）` : `${s}(${unit})`);

  // ---- 年度主要任务 ------------------------------------------------------------------------
  const withTasks = variant === "department-national" || (variant === "department-structure" && rng.chance(0.4));
  let tasks: DepartmentPrint["tasks"] = null;
  if (withTasks) {
    const names = rng.sample(topic.projects, rng.int(2, Math.min(5, topic.projects.length)));
    tasks = {
      label: "年度主要任务",
      headers: ["任务名称", rng.pick(["主要内容", "主要内容", "任务内容"]), paren("预算金额")],
      budgetHeaders: ["总额", rng.pick(["财政拨款", "财政拨款", "财政资金"]), "其他资金"],
      rows: names.map((name) => {
        const total = amount(rng, 5, 800, false);
        const otherShare = rng.chance(0.5) ? 0 : Math.round(total * rng.next() * 0.3);
        const blankOther = otherShare === 0 && rng.chance(0.5);
        const content = rng.pick(topic.goals).split("，")[0]!;
        return { name, content, total, fiscal: total - otherShare, other: blankOther ? null : otherShare };
      }),
    };
  }

  // ---- funds ------------------------------------------------------------------------------
  let mirror: DepartmentPrint["mirror"] = null;
  let structure: DepartmentPrint["structure"] = null;
  const rows: DepartmentFundRow[] = [];
  let fundWeight: number | null = null;
  let executionRate: number | null = null;
  let fundScore: number | null = null;
  if (variant === "department-mirror") {
    const split = rng.pick(["basic-project", "fiscal-other"] as const);
    const a = amount(rng, 200, 5000, yuan);
    const b = amount(rng, 50, 3000, yuan);
    const parts = split === "basic-project"
      ? [{ key: "basic" as const, label: rng.pick(["其中：基本支出", "基本支出"]), initial: a }, { key: "project" as const, label: "项目支出", initial: b }]
      : [{ key: "currentYear" as const, label: rng.pick(["其中：财政拨款", "财政拨款"]), initial: a }, { key: "other" as const, label: "其他资金", initial: b }];
    const printed = parts.map((p) => {
      const annual = p.initial + (rng.chance(0.4) ? Math.round(p.initial * (rng.next() * 0.2 - 0.05)) : 0);
      return { ...p, annual, executed: executedOf(rng, annual) };
    });
    const total = {
      key: "total" as const,
      label: rng.pick(["年度资金总额", "部门预算资金总额", "年度资金总额"]),
      initial: printed.reduce((s, p) => s + p.initial, 0),
      annual: printed.reduce((s, p) => s + p.annual, 0),
      executed: printed.reduce((s, p) => s + p.executed, 0),
    };
    fundWeight = 10;
    const d = rng.pick([0, 0, 2]);
    executionRate = roundTo((100 * total.executed) / total.annual, d);
    fundScore = roundTo((fundWeight * Math.min(executionRate, 100)) / 100, d === 0 ? rng.pick([0, 1]) : 2);
    for (const r of [total, ...printed]) rows.push({ key: r.key, label: r.label, initialBudget: fromHundredths(r.initial), annualBudget: fromHundredths(r.annual), executed: fromHundredths(r.executed) });
    mirror = {
      label: paren(rng.pick(["预算资金", "部门预算执行情况", "资金情况"])),
      headers: ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      rows: [total, ...printed].map((r) => ({ label: r.label, initial: r.initial, annual: r.annual, executed: r.executed })),
      weight: String(fundWeight),
      rate: rateText(executionRate, d, false),
      score: fundScore === fundWeight ? String(fundWeight) : trimZeros(String(fundScore)),
    };
  } else if (variant === "department-structure") {
    const d = rng.pick([2, 2, 1]);
    const trim = rng.chance(0.5);
    type R = { key: DepartmentRowKey; label: string; initial: number; adjustment: number; parent?: DepartmentRowKey; executed?: number };
    const project: R = { key: "project", label: "项目支出", initial: amount(rng, 50, 2000, false), adjustment: rng.chance(0.6) ? amount(rng, 1, 200, false) : 0 };
    const basic: R = { key: "basic", label: "基本支出", initial: amount(rng, 100, 3000, false), adjustment: rng.chance(0.2) ? amount(rng, 1, 50, false) : 0 };
    const parts = rng.chance(0.7) ? [project, basic] : [basic, project];
    parts.forEach((p, i) => { p.label = `${i === 0 ? "①" : "②"}${p.label}`; p.parent = "extra1"; });
    for (const p of parts) p.executed = executedOf(rng, p.initial + p.adjustment);
    const fiscal: R = {
      key: "extra1", label: rng.pick(["财政资金小计", "财政资金小计", "财政拨款小计"]),
      initial: parts.reduce((s, p) => s + p.initial, 0), adjustment: parts.reduce((s, p) => s + p.adjustment, 0),
      executed: parts.reduce((s, p) => s + p.executed!, 0),
    };
    const income: R = { key: "unitIncome", label: rng.pick(["单位其它收入", "单位其他收入"]), initial: amount(rng, 5, 300, false), adjustment: 0 };
    income.executed = executedOf(rng, income.initial);
    const total: R = {
      key: "total", label: "合计",
      initial: fiscal.initial + income.initial, adjustment: fiscal.adjustment + income.adjustment, executed: fiscal.executed! + income.executed!,
    };
    const all = [total, fiscal, ...parts, income];
    structure = {
      label: paren(rng.pick(["资金结构", "资金结构"])),
      headers: ["年初部门预算安排金额", "年中调整金额", "小计", "年度拨付金额", "支出实现率", "结余金额", "资金结余率"],
      rows: all.map((r) => {
        const annual = r.initial + r.adjustment;
        const balance = annual - r.executed!;
        return {
          label: r.label, initial: r.initial, adjustment: r.adjustment, annual, executed: r.executed!,
          rate: rateText((100 * r.executed!) / annual, d, trim), balance, balanceRate: rateText((100 * balance) / annual, d, trim),
        };
      }),
    };
    for (const r of all) {
      const annual = r.initial + r.adjustment;
      const balance = annual - r.executed!;
      rows.push({
        key: r.key, label: r.label,
        initialBudget: fromHundredths(r.initial), annualBudget: fromHundredths(annual), executed: fromHundredths(r.executed!),
        adjustment: fromHundredths(r.adjustment), balance: fromHundredths(balance), balanceRatePercent: roundTo((100 * balance) / annual, d),
        ...(r.parent ? { parent: r.parent } : {}),
      });
    }
    executionRate = roundTo((100 * total.executed!) / (total.initial + total.adjustment), d);
  }

  // ---- goals ------------------------------------------------------------------------------
  const expected = goalText(rng, topic.goals, 60, 300, false);
  const actual = rng.chance(0.2) ? expected : goalText(rng, topic.goals, 40, 300, true);

  // ---- indicators -------------------------------------------------------------------------
  const columnSet = rng.pick(["standard", "scoring", "scoring-deviation"] as const);
  const indFields: IndicatorField[] =
    columnSet === "standard" ? ["level1", "level2", "level3", "target", "actual", "weight", "score", "deviation"] :
    columnSet === "scoring" ? ["level1", "level2", "level3", "target", "actual", "weight", "score", "method"] :
    ["level1", "level2", "level3", "target", "actual", "weight", "score", "method", "deviation"];
  const scoring = columnSet !== "standard";
  const headerOf: Record<IndicatorField, string> = {
    level1: "一级指标", level2: "二级指标", level3: "三级指标", target: "年度指标值", actual: "实际完成值",
    weight: scoring ? "指标分值" : "分值", score: scoring ? "自评得分" : "得分", method: "评分标准", deviation: "偏差原因分析及改进措施",
  };
  const goalSpelling = rng.chance(0.35);
  const indicatorWeight = 100 - (fundWeight ?? 0);
  const n = rng.int(4, 12);
  const nSat = 1;
  const nBen = Math.max(1, Math.min(rng.int(1, 4), n - 3));
  const nOut = n - nSat - nBen;
  const outL2 = ["数量指标", "质量指标", "时效指标", "成本指标"].slice(0, Math.min(nOut, rng.int(2, 4)));
  const benL2 = rng.chance(0.7) ? ["社会效益指标"] : ["经济效益指标", "社会效益指标"].slice(0, Math.min(nBen, 2));
  const groups = goalSpelling
    ? [
        { level1: "产出目标", weight: indicatorWeight - 40, parts: [{ l2s: outL2, count: nOut }] },
        { level1: "效果目标", weight: 40, parts: [{ l2s: benL2, count: nBen }, { l2s: ["服务对象满意度指标"], count: nSat }] },
      ]
    : [
        { level1: "产出指标", weight: indicatorWeight - 40, parts: [{ l2s: outL2, count: nOut }] },
        { level1: "效益指标", weight: 30, parts: [{ l2s: benL2, count: nBen }] },
        { level1: "满意度指标", weight: 10, parts: [{ l2s: ["服务对象满意度指标"], count: nSat }] },
      ];
  const printL1Weight = rng.chance(0.2);
  const scoreDecimals = rng.pick([0, 1, 2]);
  const texChance = rng.pick([0, 0.3]);
  const used = new Set<string>();
  const indicators: DepartmentIndicator[] = [];
  const iprint: DepartmentPrint["indicators"] = [];
  for (const g of groups) {
    const count = g.parts.reduce((s, p) => s + p.count, 0);
    const weights = partition(rng, g.weight, count);
    let k = 0;
    for (const part of g.parts) {
      const l2s: string[] = [];
      for (let i = 0; i < part.count; i++) l2s.push(part.l2s[Math.min(i, part.l2s.length - 1)]!);
      for (const level2 of l2s) {
        const weight = weights[k++]!;
        const m = makeIndicator(rng, "central", topic, level2, weight, scoreDecimals, used);
        const method = scoring ? m.method : null;
        const deviation = indFields.includes("deviation") ? m.deviation : null;
        indicators.push({
          level1: g.level1, level2, level3: m.level3, target: m.target, actual: m.actual, weight, score: m.score, deviation,
          ...(printL1Weight ? { level1Weight: g.weight } : {}),
          ...(scoring ? { method } : {}),
        });
        iprint.push({
          level1: printL1Weight ? `${g.level1}（${g.weight}分）` : g.level1,
          level2, level3: m.level3 ?? "", target: m.targetPrinted, actual: m.actualPrinted, weight: String(weight), score: m.scorePrinted,
          method: method ?? "", deviation: deviation ?? "", texable: m.texable && rng.next() < texChance,
        });
      }
    }
  }

  // ---- total ------------------------------------------------------------------------------
  const totalWeight = (fundWeight ?? 0) + indicators.reduce((s, i) => s + (i.weight ?? 0), 0);
  const scoreH = Math.round((fundScore ?? 0) * 100) + indicators.reduce((s, i) => s + Math.round((i.score ?? 0) * 100), 0);
  const totalScore = fromHundredths(scoreH);

  const truthTasks: TruthTask[] | undefined = tasks?.rows.map((t) => ({
    name: t.name,
    content: t.content,
    budget: { total: fromHundredths(t.total), fiscal: t.fiscal === null ? null : fromHundredths(t.fiscal), other: t.other === null ? null : fromHundredths(t.other) },
  }));
  const form: DepartmentFormFields = {
    template: "department",
    title,
    year,
    projectName: null,
    department,
    implementingUnit: null,
    ...(code !== null ? { departmentCode: code } : {}),
    funds: { unit: mirror || structure ? unit : null, rows, weight: fundWeight, executionRatePercent: executionRate, score: fundScore },
    ...(truthTasks ? { tasks: truthTasks } : {}),
    goals: { expected, actual },
    indicators,
    total: { weight: totalWeight, score: totalScore },
  };
  const print: DepartmentPrint = {
    title,
    yearLine,
    deptLabel,
    deptPrinted,
    codeCell: codeInCell ? { label: rng.pick(["部门预算编码", "预算编码", "单位编码"]), printed: code! } : null,
    amountStyle: rng.pick(["fixed2", "plain", "plain", "comma"] as const),
    tasks,
    mirror,
    structure,
    goalLabel: "年度总体目标",
    goalHeader: "预期目标",
    actualHeader: rng.pick(["实际完成情况", "实际完成情况", "年度目标完成情况"]),
    indLabel: variant === "department-national" ? "年度绩效指标" : rng.pick(["绩效指标", "年度绩效指标"]),
    indFields,
    indHeaders: indFields.map((f) => headerOf[f]),
    indicators: iprint,
    totalLabel: rng.pick(["总分", "总分", "自评总分"]),
    totalWeight: String(totalWeight),
    totalScore: trimZeros(fixed(totalScore, 2)),
  };
  return { variant, form, print };
}

/**
 * Ground-truth project forms (项目支出绩效自评表) for the text-shape fixtures.
 *
 * `TruthForm` is what a fixture's `.truth.json` holds: the variant, and the Form fields of the
 * contract that a parser must read, with strings exactly as the contract's normalisation gives
 * them. `GeneratedForm` adds the printing decisions (`print`) the renderers need; it is never
 * written to the truth files.
 */
import type { Rng } from "./prng.js";
import { fixed, fromHundredths, roundTo, trimZeros } from "./num.js";
import * as V from "./vocab.js";

export type Variant = "central" | "shanghai" | "beijing2016" | "sichuan";
export const VARIANTS: readonly Variant[] = ["central", "shanghai", "beijing2016", "sichuan"];

export type FundRowKey = "total" | "currentYear" | "carryOver" | "specialAccount" | "unitFunds" | "other";

export interface TruthFundRow {
  key: FundRowKey | `extra${number}`;
  label: string | null;
  initialBudget: number | null;
  annualBudget: number | null;
  executed: number | null;
}

export interface TruthIndicator {
  level1: string | null;
  level2: string | null;
  level3: string | null;
  target: string | null;
  actual: string | null;
  weight: number | null;
  score: number | null;
  deviation: string | null;
  level1Weight?: number;
}

/** The Form fields of the contract a parser must read (no audit, sources, parsed targets). */
export interface TruthFormFields {
  template: "project";
  title: string | null;
  year: number | null;
  projectName: string | null;
  department: string | null;
  implementingUnit: string | null;
  departmentCode?: string;
  implementingUnitCode?: string;
  funds: {
    unit: "元" | "万元" | null;
    rows: TruthFundRow[];
    weight: number | null;
    executionRatePercent: number | null;
    score: number | null;
  };
  goals: { expected: string | null; actual: string | null };
  indicators: TruthIndicator[];
  total: { weight: number | null; score: number | null };
}

export interface TruthForm {
  variant: Variant;
  form: TruthFormFields;
}

/** How one indicator row is printed. */
export interface IndicatorPrint {
  /** 一级 as printed, e.g. `产出指标(50分)`. */
  level1: string;
  /** 三级 as printed (may carry the template's `指标1：`). */
  level3: string;
  target: string;
  actual: string;
  weight: string;
  score: string;
  deviation: string;
  /** Sichuan: the target split into 指标性质 / 指标值 / 度量单位, and 完成值 as printed. */
  sichuan?: { nature: string; value: string; unit: string; done: string };
  /** Beijing 2016: 得分计算方法. */
  method?: string;
  /** The target is a comparison that may be rendered as TeX. */
  texable: boolean;
}

export interface FundRowPrint {
  label: string;
  /** Amounts in hundredths of the unit, or null when the cell is blank. */
  initial: number | null;
  annual: number | null;
  executed: number | null;
  /** How a blank cell is printed: "" or a dash. */
  blank: "" | "—" | "-" | "/";
}

export interface PrintHints {
  title: string;
  /** `(2021 年度)` or null when the year is only in the title. */
  yearLine: string | null;
  reportNo?: string;
  deptLabel: string;
  unitLabel: string;
  deptPrinted: string;
  unitPrinted: string;
  fundLabel: string;
  fundRows: FundRowPrint[];
  /** Amounts as `1000000.00`, `1,000,000` or plain. */
  amountStyle: "fixed2" | "comma" | "plain" | "mixed";
  fundWeight: string;
  rate: string;
  fundScore: string;
  fundReason?: string;
  fundMethod?: string;
  goalLabel: string;
  goalHeader: string;
  actualHeader: string;
  indicators: IndicatorPrint[];
  /** Placeholder rows (`指标2` with no values) printed after indicator index `after`. */
  placeholders: { after: number; level3: string }[];
  totalLabel: string;
  totalWeight: string;
  totalScore: string;
  sichuanTail?: { conclusion: string; problems: string; improvements: string };
  /** Column headers of the indicator table, by variant. */
  indicatorHeaders: string[];
  fundHeaders: string[];
}

export interface GeneratedForm extends TruthForm {
  print: PrintHints;
}

export interface GenerateOptions {
  variant?: Variant;
  /** Number of indicators (4–20); random when absent. */
  indicators?: number;
}

interface Group {
  level1: string;
  weight: number;
  level2s: string[];
}

/** Partition `total` into `k` positive integers, preferring round numbers. */
export function partition(rng: Rng, total: number, k: number): number[] {
  if (k <= 0) return [];
  const step = total % 5 === 0 && total / 5 >= k && rng.chance(0.7) ? 5 : 1;
  const units = total / step;
  const parts = new Array<number>(k).fill(Math.floor(units / k));
  for (let i = 0; i < units % k; i++) parts[i] = parts[i]! + 1;
  const moves = rng.int(0, k);
  for (let m = 0; m < moves; m++) {
    const a = rng.int(0, k - 1);
    const b = rng.int(0, k - 1);
    if (a !== b && parts[a]! > 1) {
      parts[a] = parts[a]! - 1;
      parts[b] = parts[b]! + 1;
    }
  }
  return rng.shuffle(parts).map((p) => p * step);
}

function fill(template: string, place: { city: string; district: string; county: string }): string {
  return template.replace("{city}", place.city).replace("{district}", place.district).replace("{county}", place.county);
}

export function goalText(rng: Rng, sentences: string[], min: number, max: number, done: boolean): string {
  const target = rng.int(min, max);
  const pool = rng.shuffle([
    ...sentences,
    "严格按照项目实施方案组织实施",
    "加强项目全过程绩效管理，确保资金使用安全规范有效",
    "建立健全项目管理制度，明确责任分工",
    "强化部门协同，形成工作合力",
    "做好项目宣传和信息公开工作",
    "按照年度工作计划有序推进各项任务",
  ]);
  const numbered = rng.chance(0.25);
  let text = "";
  let i = 0;
  for (const s of pool) {
    const piece = done ? s.replace(/^(完成|建设|开展|落实|推进|加强|组织|举办|发放|实施|做好|保障|提升|提高)/, "已$1") : s;
    const next = numbered ? `${text}${i + 1}、${piece}；` : `${text}${piece}${rng.chance(0.6) ? "，" : "。"}`;
    if (next.length > max) break;
    text = next;
    i++;
    if (text.length >= target) break;
  }
  text = text.replace(/[，；]$/, "。");
  if (!text.endsWith("。")) text += "。";
  return text;
}

interface Quant {
  comparator: "≥" | "≤" | "=" | "" | "不少于" | "不低于" | "不超过";
  value: number;
  unit: string;
  decimals: number;
}

function quantTarget(q: Quant): string {
  return `${q.comparator}${trimZeros(String(q.value))}${q.unit}`;
}

function sichuanNature(c: Quant["comparator"]): string {
  if (c === "不少于" || c === "不低于" || c === "≥") return "≥";
  if (c === "不超过" || c === "≤") return "≤";
  return "=";
}

/**
 * Make one ground-truth form with its printing decisions.
 */
export function generateForm(rng: Rng, opts: GenerateOptions = {}): GeneratedForm {
  const variant: Variant = opts.variant ?? rng.pick(VARIANTS);
  const topic = rng.pick(V.TOPICS);
  const place = V.regionNames(rng.int(0, 11));
  const deptSpec = rng.pick(topic.departments);
  const department = fill(deptSpec.name, place);
  const unit = fill(rng.pick(deptSpec.units), place);

  // ---- header -----------------------------------------------------------------------------
  const year =
    variant === "beijing2016" ? rng.pick([2016, 2016, 2016, 2017]) :
    variant === "sichuan" ? rng.int(2019, 2024) :
    variant === "shanghai" ? rng.int(2016, 2024) : rng.int(2018, 2024);
  const baseTitle =
    variant === "sichuan" ? "部门预算项目支出绩效自评表" :
    variant === "shanghai" ? rng.pick(["财政项目支出绩效自评表", "财政项目支出绩效自评表", "项目支出绩效自评表"]) :
    variant === "beijing2016" ? rng.pick(["项目支出绩效自评表", "财政支出项目绩效自评表"]) :
    rng.pick(["项目支出绩效自评表", "项目支出绩效自评表", "财政支出项目绩效自评表", "专项资金绩效目标自评表"]);
  const yearInTitle = variant !== "shanghai" && rng.chance(0.2);
  const title = yearInTitle ? `${year}年度${baseTitle}` : baseTitle;
  const yearLine = yearInTitle && rng.chance(0.6) ? null :
    rng.pick([`(${year} 年度)`, `(${year}年度)`, `（${year}年度）`, `( ${year} 年度 )`]);

  let projectName = rng.pick(topic.projects);
  if (rng.chance(0.25)) projectName = `${year}年${projectName}`;
  else if (rng.chance(0.15)) projectName = `${place.city.replace(/市$/, "")}${projectName}`;
  if (rng.chance(0.1)) projectName += rng.pick(["（一期）", "（续建）", "项目"]);

  const withCodes = rng.chance(variant === "beijing2016" ? 0.6 : 0.3);
  const deptCode = String(rng.int(101, 399));
  const unitCode = deptCode + String(rng.int(1, 30)).padStart(3, "0");
  const deptLabel = withCodes || rng.chance(0.15) ? "主管部门及代码" : "主管部门";
  const unitLabel = rng.chance(0.3) ? "实施单位(盖章)" : "实施单位";
  const unitHasCode = withCodes && rng.chance(0.6);
  const sep = rng.pick(["-", "-", "－"]);
  const deptPrinted = withCodes ? `${deptCode}${sep}${department}` : department;
  const unitPrinted = unitHasCode ? `${unitCode}${sep}${unit}` : unit;

  // ---- funds ------------------------------------------------------------------------------
  const fundUnit: "元" | "万元" =
    variant === "shanghai" ? "元" : variant === "central" ? (rng.chance(0.85) ? "万元" : "元") : rng.chance(0.75) ? "万元" : "元";
  const fundLabel =
    variant === "sichuan" ? rng.pick([`项目资金(${fundUnit})`, `预算执行情况(${fundUnit})`]) :
    rng.pick([`项目资金(${fundUnit})`, `项目资金 (${fundUnit})`, `项目资金（${fundUnit}）`, ...(variant === "central" ? [`年度预算数(${fundUnit})`] : [])]);

  // total initial budget in hundredths of the unit
  let totalInitialH: number;
  if (fundUnit === "元") {
    const yuan = rng.int(30, 3000) * rng.pick([100, 1000, 1000, 10000]) + (rng.chance(0.3) ? rng.int(1, 99) * 10 : 0);
    totalInitialH = yuan * 100 + (rng.chance(0.15) ? rng.int(1, 99) : 0);
  } else {
    totalInitialH = rng.int(300, 300000) * (rng.chance(0.5) ? 10 : 1);
  }
  const hasCarry = rng.chance(variant === "sichuan" ? 0 : 0.7);
  const carryH = hasCarry && rng.chance(0.4) ? Math.round(totalInitialH * rng.next() * 0.3) : 0;
  const otherH = rng.chance(0.15) ? Math.round(totalInitialH * rng.next() * 0.2) : 0;
  const currentH = totalInitialH - carryH - otherH;
  const adjusted = variant !== "beijing2016" && rng.chance(0.35);
  const adjustDelta = adjusted ? Math.round(currentH * (rng.next() * 0.3 - 0.15)) : 0;

  type Part = { key: FundRowKey; label: string; initial: number; annual: number };
  let parts: Part[];
  if (variant === "sichuan") {
    const special = rng.chance(0.15) ? Math.round(currentH * 0.1) : 0;
    const unitFunds = rng.chance(0.2) ? Math.round(currentH * 0.1) : 0;
    const fiscal = currentH - special - unitFunds;
    parts = [
      { key: "currentYear", label: rng.pick(["其中:财政资金", "其中：财政资金"]), initial: fiscal, annual: fiscal + adjustDelta },
      { key: "specialAccount", label: "财政专户管理资金", initial: special, annual: special },
      { key: "unitFunds", label: "单位资金", initial: unitFunds, annual: unitFunds },
      { key: "other", label: "其他资金", initial: otherH, annual: otherH },
    ];
    if (rng.chance(0.25)) parts = parts.filter((p) => p.key === "currentYear" || p.key === "other");
  } else {
    parts = [
      { key: "currentYear", label: rng.weighted([["其中：当年财政拨款", 6], ["其中：本年财政拨款", 2], ["本年一般公共预算拨款", 1], ["其中：本年一般公共预算拨款", 1]] as const), initial: currentH, annual: currentH + adjustDelta },
    ];
    if (hasCarry) parts.push({ key: "carryOver", label: "上年结转资金", initial: carryH, annual: carryH });
    if (rng.chance(0.08)) parts.push({ key: "specialAccount", label: "财政专户管理资金", initial: 0, annual: 0 });
    if (otherH > 0 || rng.chance(0.85)) parts.push({ key: "other", label: "其他资金", initial: otherH, annual: otherH });
  }
  const totalAnnualH = parts.reduce((s, p) => s + p.annual, 0);
  const totalInitH = parts.reduce((s, p) => s + p.initial, 0);
  const base = variant === "beijing2016" ? totalInitH : totalAnnualH;
  const fullExec = rng.chance(0.55);
  const executedH = fullExec ? base : Math.round(base * (0.78 + rng.next() * 0.215));
  // breakdown executed: spread over the rows, or left blank as in the seed
  const breakdownExecBlank = rng.chance(0.35);
  const partExec: number[] = [];
  {
    let left = executedH;
    const order = parts.map((p, i) => ({ p, i })).sort((a, b) => (a.p.key === "currentYear" ? 1 : 0) - (b.p.key === "currentYear" ? 1 : 0));
    for (const { p, i } of order) {
      const budget = variant === "beijing2016" ? p.initial : p.annual;
      const take = p.key === "currentYear" ? left : Math.min(left, budget);
      partExec[i] = take;
      left -= take;
    }
  }
  const blankZeros = rng.chance(0.2);
  const blankStyle = rng.weighted([["", 5], ["—", 2], ["-", 1], ["/", 1]] as const);
  const totalLabel0 = variant === "sichuan" ? "总额" : "年度资金总额";
  const fundRowsPrint: FundRowPrint[] = [
    { label: totalLabel0, initial: totalInitH, annual: variant === "beijing2016" ? null : totalAnnualH, executed: executedH, blank: blankStyle },
    ...parts.map((p, i): FundRowPrint => {
      const zero = p.initial === 0 && p.annual === 0;
      const blankAll = blankZeros && zero;
      return {
        label: p.label,
        initial: blankAll ? null : p.initial,
        annual: variant === "beijing2016" || blankAll ? null : p.annual,
        executed: breakdownExecBlank || blankAll ? null : partExec[i]!,
        blank: blankStyle,
      };
    }),
  ];
  const keys: FundRowKey[] = ["total", ...parts.map((p) => p.key)];
  const fundRows: TruthFundRow[] = fundRowsPrint.map((r, i) => ({
    key: keys[i]!,
    label: r.label,
    initialBudget: r.initial === null ? null : fromHundredths(r.initial),
    annualBudget: r.annual === null ? null : fromHundredths(r.annual),
    executed: r.executed === null ? null : fromHundredths(r.executed),
  }));

  const fundWeight = rng.chance(0.05) && variant === "central" ? 20 : 10;
  const rateDecimals =
    variant === "shanghai" ? 2 : variant === "sichuan" ? rng.pick([2, 2, 0]) : variant === "beijing2016" ? rng.pick([0, 1, 2]) : rng.pick([0, 0, 0, 2]);
  const exactRate = base === 0 ? 100 : (100 * executedH) / base;
  let ratePrinted = roundTo(exactRate, rateDecimals);
  if (rateDecimals === 2 && ratePrinted < 100 && rng.chance(0.08)) ratePrinted = roundTo(ratePrinted + 0.01, 2); // a misrounding within tolerance
  const rateStr = `${fixed(ratePrinted, rateDecimals)}%`;
  const fundScoreDecimals = variant === "shanghai" || variant === "sichuan" ? 2 : rateDecimals === 0 ? rng.pick([0, 0, 1]) : rng.pick([1, 2]);
  const fundScore = roundTo((fundWeight * Math.min(ratePrinted, 100)) / 100, fundScoreDecimals);
  const fundScoreStr = fundScore === fundWeight ? String(fundWeight) : rng.chance(0.5) ? trimZeros(fixed(fundScore, fundScoreDecimals)) : fixed(fundScore, fundScoreDecimals);

  // ---- goals ------------------------------------------------------------------------------
  const expected = goalText(rng, topic.goals, 100, 400, false);
  const actual = rng.chance(0.3) ? expected : goalText(rng, topic.goals, 60, 400, true);
  const goalHeader = variant === "shanghai" ? rng.pick(["预算目标", "预算目标", "预期目标"]) : "预期目标";
  const actualHeader = rng.chance(0.8) ? "实际完成情况" : "年度目标完成情况";
  const goalLabel = rng.chance(0.85) ? "年度总体目标" : "项目年度目标";

  // ---- indicators -------------------------------------------------------------------------
  const n = opts.indicators ?? rng.int(4, 20);
  const indicatorWeight = 100 - fundWeight;
  const costAsLevel1 = variant === "central" && year >= 2021 && rng.chance(0.3);
  const satisfactionW = 10;
  const benefitW = 30;
  const outputTotal = indicatorWeight - satisfactionW - benefitW;
  const costW = costAsLevel1 ? rng.pick([5, 10, 10, 15]) : 0;
  const nSat = n >= 10 && rng.chance(0.4) ? 2 : 1;
  const nCost = costAsLevel1 ? Math.min(rng.int(1, 2), Math.max(1, n - nSat - 3)) : 0;
  const nBen = Math.max(1, Math.min(rng.int(1, 6), n - nSat - nCost - 2));
  const nOut = n - nSat - nCost - nBen;

  const outputL2 = rng.shuffle(["数量指标", "质量指标", "时效指标", ...(costAsLevel1 ? [] : ["成本指标"])]);
  const canon = ["数量指标", "质量指标", "时效指标", "成本指标"];
  const outL2 = outputL2.slice(0, Math.min(nOut, rng.int(Math.min(2, nOut), outputL2.length))).sort((a, b) => canon.indexOf(a) - canon.indexOf(b));
  const benefitPool = ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", ...(rng.chance(0.15) ? ["长效管理指标"] : [])];
  const benCanon = ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "长效管理指标"];
  let benL2 = rng.sample(benefitPool, Math.min(nBen, rng.int(1, 3)));
  if (!benL2.includes("社会效益指标") && rng.chance(0.6)) benL2[0] = "社会效益指标";
  benL2 = Array.from(new Set(benL2)).sort((a, b) => benCanon.indexOf(a) - benCanon.indexOf(b));
  const costL2 = rng.sample(["经济成本指标", "社会成本指标", "生态环境成本指标"], Math.max(1, Math.min(nCost, 2))).sort();

  const groups: (Group & { count: number })[] = [
    { level1: "产出指标", weight: outputTotal - costW, level2s: outL2, count: nOut },
    ...(costAsLevel1 ? [{ level1: "成本指标", weight: costW, level2s: costL2, count: nCost }] : []),
    { level1: "效益指标", weight: benefitW, level2s: benL2, count: nBen },
    { level1: "满意度指标", weight: satisfactionW, level2s: ["服务对象满意度指标"], count: nSat },
  ];
  const printL1Weight = rng.chance(variant === "central" ? 0.35 : 0.12);
  const l1Paren = rng.pick(["(", "（"]);
  const scoreDecimals = rng.pick([0, 1, 2, 2]);
  const templateNumbering = variant === "central" && rng.chance(0.15);
  const texChance = rng.pick([0, 0, 0.3, 0.6]);

  const indicators: TruthIndicator[] = [];
  const iprint: IndicatorPrint[] = [];
  const usedNames = new Set<string>();

  for (const g of groups) {
    const weights = partition(rng, g.weight, g.count);
    // spread g.count indicators across level2s (each at least one)
    const l2s: string[] = [];
    for (let i = 0; i < g.count; i++) l2s.push(g.level2s[i < g.level2s.length ? i : rng.int(0, g.level2s.length - 1)]!);
    l2s.sort((a, b) => g.level2s.indexOf(a) - g.level2s.indexOf(b));
    const perL2 = new Map<string, number>();
    for (let i = 0; i < g.count; i++) {
      const level2 = l2s[i]!;
      const idxInL2 = (perL2.get(level2) ?? 0) + 1;
      perL2.set(level2, idxInL2);
      const weight = weights[i]!;
      const ind = makeIndicator(rng, variant, topic, level2, weight, scoreDecimals, usedNames);
      const level1Printed = printL1Weight ? `${g.level1}${l1Paren}${g.weight}分${l1Paren === "(" ? ")" : "）"}` : g.level1;
      indicators.push({
        level1: g.level1,
        level2,
        level3: ind.level3,
        target: ind.target,
        actual: ind.actual,
        weight,
        score: ind.score,
        deviation: ind.deviation,
        ...(printL1Weight ? { level1Weight: g.weight } : {}),
      });
      iprint.push({
        level1: level1Printed,
        level3: templateNumbering && ind.level3 !== null ? `指标${idxInL2}：${ind.level3}` : ind.level3 ?? "",
        target: ind.targetPrinted,
        actual: ind.actualPrinted,
        weight: String(weight),
        score: ind.scorePrinted,
        deviation: ind.deviation ?? "",
        ...(variant === "sichuan" ? { sichuan: ind.sichuan } : {}),
        ...(variant === "beijing2016" ? { method: ind.method } : {}),
        texable: ind.texable && rng.next() < texChance,
      });
    }
  }

  const placeholders: { after: number; level3: string }[] = [];
  if (variant === "central" && rng.chance(0.15)) {
    // template placeholders after the last 产出 indicator of the first level-2 group
    const firstL2 = indicators[0]!.level2;
    let last = 0;
    indicators.forEach((ind, i) => { if (ind.level2 === firstL2) last = i; });
    const count = indicators.filter((i) => i.level2 === firstL2).length;
    placeholders.push({ after: last, level3: rng.pick([`指标${count + 1}：`, `指标${count + 1}`, "……"]) });
  }

  // ---- total ------------------------------------------------------------------------------
  const totalWeight = fundWeight + indicators.reduce((s, i) => s + (i.weight ?? 0), 0);
  const scoreH = Math.round(fundScore * 100) + indicators.reduce((s, i) => s + Math.round((i.score ?? 0) * 100), 0);
  const totalScore = fromHundredths(scoreH);
  const totalScoreStr = trimZeros(fixed(totalScore, 2));

  const indicatorHeaders =
    variant === "beijing2016" ? ["一级指标", "二级指标", "三级指标", "分值", "年度指标值(A)", "全年实际值(B)", "得分计算方法", "得分", "未完成原因分析"] :
    variant === "sichuan" ? ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"] :
    ["一级指标", "二级指标", "三级指标", rng.pick(["年度指标值", "年度 指标值"]), rng.pick(["实际完成值", "实际 完成值", "全年实际值"]), "分值", "得分", rng.pick(["偏差原因分析及改进措施", "偏差原因分析及 改进措施", "偏差原因分析及改进措施"])];
  const fundHeaders =
    variant === "beijing2016" ? ["年初预算数(A)", "全年执行数(B)", "分值(10分)", "执行率(B/A)", "得分", "得分计算方法"] :
    variant === "sichuan" ? ["年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"] :
    ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"];

  const form: TruthFormFields = {
    template: "project",
    title,
    year,
    projectName,
    department,
    implementingUnit: unit,
    ...(withCodes ? { departmentCode: deptCode } : {}),
    ...(unitHasCode ? { implementingUnitCode: unitCode } : {}),
    funds: {
      unit: fundUnit,
      rows: fundRows,
      weight: fundWeight,
      executionRatePercent: ratePrinted,
      score: Number(fundScoreStr),
    },
    goals: { expected, actual },
    indicators,
    total: { weight: totalWeight, score: totalScore },
  };

  const print: PrintHints = {
    title,
    yearLine,
    ...(variant === "sichuan" ? { reportNo: `${rng.pick(["SC", "510", "5101"])}${year}${String(rng.int(1, 999)).padStart(4, "0")}` } : {}),
    deptLabel,
    unitLabel,
    deptPrinted,
    unitPrinted,
    fundLabel,
    fundRows: fundRowsPrint,
    amountStyle: rng.pick(["fixed2", "comma", "plain", "mixed"] as const),
    fundWeight: String(fundWeight),
    rate: rateStr,
    fundScore: fundScoreStr,
    ...(variant === "sichuan" && ratePrinted < 100 && rng.chance(0.6) ? { fundReason: rng.pick(["项目尚未完成结算", "部分资金未按期支付", "政府采购节约资金"]) } : {}),
    ...(variant === "beijing2016" ? { fundMethod: rng.pick(["执行率×分值", "全年执行数/年初预算数×10", "B/A×分值"]) } : {}),
    goalLabel,
    goalHeader,
    actualHeader,
    indicators: iprint,
    placeholders,
    totalLabel: variant === "sichuan" ? "合计" : rng.chance(0.9) ? "总分" : "自评总分",
    totalWeight: String(totalWeight),
    totalScore: totalScoreStr,
    ...(variant === "sichuan"
      ? { sichuanTail: { conclusion: totalScore >= 90 ? "优" : totalScore >= 80 ? "良" : "中", problems: rng.pick(V.PROBLEMS), improvements: rng.pick(V.IMPROVEMENTS) } }
      : {}),
    indicatorHeaders,
    fundHeaders,
  };
  return { variant, form, print };
}

export interface MadeIndicator {
  level3: string | null;
  target: string | null;
  actual: string | null;
  score: number;
  deviation: string | null;
  targetPrinted: string;
  actualPrinted: string;
  scorePrinted: string;
  sichuan: { nature: string; value: string; unit: string; done: string };
  method: string;
  texable: boolean;
}

export function makeIndicator(
  rng: Rng,
  variant: Variant,
  topic: V.Topic,
  level2: string,
  weight: number,
  scoreDecimals: number,
  used: Set<string>,
): MadeIndicator {
  for (let attempt = 0; ; attempt++) {
    const made = makeIndicatorOnce(rng, variant, topic, level2, weight, scoreDecimals);
    const key = made.level3 ?? "";
    if (!used.has(key) || attempt >= 12) {
      if (used.has(key) && made.level3 !== null) made.level3 = `${topic.obj}${made.level3}`;
      used.add(made.level3 ?? "");
      return made;
    }
  }
}

function makeIndicatorOnce(
  rng: Rng,
  variant: Variant,
  topic: V.Topic,
  level2: string,
  weight: number,
  scoreDecimals: number,
): MadeIndicator {
  let name: string;
  let quant: Quant | null = null;
  let qualTarget: string | null = null;
  const pct = (c: Quant["comparator"], v: number): Quant => ({ comparator: c, value: v, unit: "%", decimals: rng.pick([0, 0, 1]) });

  switch (level2) {
    case "数量指标": {
      const [n, u, lo, hi] = rng.pick(topic.counts);
      name = n;
      const v = Math.round((lo + rng.next() * (hi - lo)) / (hi > 1000 ? 100 : 1)) * (hi > 1000 ? 100 : 1) || lo;
      quant = { comparator: rng.weighted([["≥", 4], ["", 3], ["不少于", 2], ["=", 1]] as const), value: v, unit: u, decimals: 0 };
      if (rng.chance(0.12)) { name = `${topic.obj}任务完成率`; quant = pct("=", 100); }
      break;
    }
    case "质量指标": {
      if (rng.chance(0.15)) { name = `${topic.obj}质量`; qualTarget = rng.pick(["达标", "达成预期指标", "合格", "符合相关标准"]); break; }
      const [n, c, v, u] = rng.pick(V.QUALITY);
      name = n;
      quant = { comparator: c, value: v, unit: u, decimals: rng.pick([0, 1]) };
      break;
    }
    case "时效指标": {
      if (rng.chance(0.35)) { name = rng.pick(V.TIMELINESS_QUAL); qualTarget = rng.pick(["及时", "按时完成", "12月底前完成", "及时"]); break; }
      const [n, c, v, u] = rng.pick(V.TIMELINESS);
      name = n;
      quant = { comparator: c, value: v, unit: u, decimals: 0 };
      break;
    }
    case "成本指标":
    case "经济成本指标": {
      const [n, v, u] = rng.pick(V.COST);
      name = level2 === "经济成本指标" ? rng.pick([...V.ECONOMIC_COST, n]) : n;
      const value = v === 0 ? rng.int(10, 900) : v;
      quant = u === "%" ? pct(rng.pick(["≤", "="]), value) : { comparator: rng.pick(["≤", "不超过"]), value, unit: u, decimals: rng.pick([0, 1]) };
      break;
    }
    case "社会成本指标":
      name = rng.pick(V.SOCIAL_COST);
      qualTarget = rng.pick(["无不良影响", "影响较小", "有效控制"]);
      break;
    case "生态环境成本指标":
      name = rng.pick(V.ECO_COST);
      qualTarget = rng.pick(["无不良影响", "符合环保要求"]);
      break;
    case "经济效益指标":
      name = rng.pick(V.ECONOMIC);
      if (rng.chance(0.5)) quant = { comparator: rng.pick(["≥", "不低于"]), value: rng.int(5, 500), unit: rng.pick(["万元", "%"]), decimals: 0 };
      else qualTarget = rng.pick(["有所提升", "效果明显", "明显"]);
      break;
    case "社会效益指标":
      name = rng.pick(topic.social);
      if (name.endsWith("率") || name.endsWith("比例")) quant = pct("≥", rng.pick([80, 85, 90, 95]));
      else qualTarget = rng.pick(["有所提升", "有效", "效果明显", "明显改善", "达成预期指标", "逐步提高"]);
      break;
    case "生态效益指标":
      name = rng.pick(V.ECOLOGICAL);
      qualTarget = rng.pick(["有所改善", "效果明显", "明显", "达成预期指标"]);
      break;
    case "可持续影响指标":
      name = rng.pick(V.SUSTAINABLE);
      if (name.endsWith("年限")) quant = { comparator: "≥", value: rng.pick([5, 8, 10, 15]), unit: "年", decimals: 0 };
      else qualTarget = rng.pick(["健全", "长期", "持续发挥", "有效", "较健全"]);
      break;
    case "长效管理指标":
      name = rng.pick(V.LONGTERM);
      qualTarget = rng.pick(["健全", "严格执行相关制度规定", "规范"]);
      break;
    default: {
      // 服务对象满意度指标
      name = rng.pick(V.SATISFACTION);
      if (rng.chance(0.8)) quant = pct(rng.pick(["≥", "≥", "不低于"]), rng.pick([80, 85, 90, 95]));
      else qualTarget = rng.pick(["满意", "较满意", "≥满意"]).replace("≥满意", "满意");
    }
  }
  // the unit's own numbering: two sub-items in one cell
  let numbered = false;
  if (rng.chance(0.06) && quant !== null) {
    numbered = true;
  }

  const partial = rng.chance(0.22);
  let score = weight;
  let target: string | null;
  let actual: string | null;
  let targetPrinted: string;
  let actualPrinted: string;
  let sichuan = { nature: "", value: "", unit: "", done: "" };
  let texable = false;
  let level3: string | null = name;

  if (quant !== null && !numbered) {
    const q = quant;
    const sym = variant === "sichuan" ? sichuanNature(q.comparator) : q.comparator;
    const tq = { ...q, comparator: variant === "sichuan" ? (sym as Quant["comparator"]) : q.comparator };
    target = quantTarget(tq);
    const reverse = sichuanNature(q.comparator) === "≤";
    let a: number;
    if (!partial) {
      if (reverse) a = roundTo(q.value * (0.6 + rng.next() * 0.4), q.decimals);
      else if (q.unit === "%" && q.value >= 100) a = 100;
      else if (q.unit === "%") a = Math.min(100, roundTo(q.value + rng.next() * (100 - q.value), q.decimals));
      else a = roundTo(q.value * (1 + rng.next() * 0.25), q.decimals);
      if (q.unit === "%" && !reverse && q.value < 100 && rng.chance(0.15)) a = 100;
    } else {
      if (reverse) a = roundTo(q.value * (1.05 + rng.next() * 0.5), q.decimals);
      else a = roundTo(q.value * (0.7 + rng.next() * 0.28), q.decimals);
      if (a === q.value) a = reverse ? q.value + 1 : Math.max(0, q.value - 1);
      score = roundTo(reverse ? (weight * q.value) / a : (weight * a) / q.value, scoreDecimals);
      if (score >= weight) score = roundTo(weight - 10 ** -Math.max(scoreDecimals, 1), Math.max(scoreDecimals, 1));
    }
    const aStr = trimZeros(String(a));
    actual = `${aStr}${q.unit}`;
    // a real-form quirk: count indicators reported as a completion percentage
    if (!partial && q.unit !== "%" && rng.chance(0.08)) actual = "100%";
    targetPrinted = target;
    actualPrinted = actual;
    texable = sym !== "" && !q.comparator.match(/[\u4e00-\u9fff]/);
    if (variant === "sichuan") {
      const bare = actual === `${aStr}${q.unit}` && rng.chance(0.7);
      sichuan = { nature: sym === "" ? "=" : sym, value: trimZeros(String(q.value)), unit: q.unit, done: bare ? aStr : actual };
      target = `${sym === "" ? "=" : sym}${trimZeros(String(q.value))}${q.unit}`;
      targetPrinted = target;
    }
  } else if (numbered && quant !== null) {
    // 1、…2、… in one cell: qualitative by the contract
    const q = quant;
    const other = rng.pick(["覆盖范围", "完成进度", "档案归档"]);
    level3 = `1、${name}2、${other}`;
    target = `1、${quantTarget(q)}；2、${rng.pick(["全覆盖", "按计划完成", "100%"])}`;
    actual = partial ? "部分达成预期指标" : rng.pick(["达成预期指标", "已完成"]);
    if (partial) score = roundTo(weight * (0.6 + rng.next() * 0.19), scoreDecimals);
    targetPrinted = target;
    actualPrinted = actual;
    sichuan = { nature: "", value: target, unit: "", done: actual };
  } else {
    target = qualTarget!;
    if (!partial) {
      actual = rng.chance(0.6) ? target : rng.pick(["达成预期指标", target]);
    } else {
      const band = rng.pick(["partly", "not", "soft"] as const);
      if (band === "partly") { actual = "部分达成预期指标"; score = roundTo(weight * (0.6 + rng.next() * 0.19), scoreDecimals); }
      else if (band === "not") { actual = "未达成预期指标"; score = roundTo(weight * rng.next() * 0.55, scoreDecimals); }
      else { actual = rng.pick(["基本达标", "较满意", "较及时", "较健全", "一般"]); score = roundTo(weight * (0.7 + rng.next() * 0.25), scoreDecimals); }
      if (score >= weight) score = roundTo(weight * 0.9, scoreDecimals);
    }
    targetPrinted = target;
    actualPrinted = actual;
    sichuan = { nature: "", value: target, unit: "", done: actual };
    // a few forms leave a qualitative target blank
    if (rng.chance(0.03)) { target = null; targetPrinted = ""; sichuan.value = ""; }
  }
  if (level3 === name && rng.chance(0.04)) { level3 = null; }

  let deviation: string | null = null;
  if (score < weight) deviation = rng.chance(0.9) ? rng.pick(V.DEVIATIONS) : null;
  else if (rng.chance(0.12)) deviation = rng.pick(V.DEVIATION_FULL_MARKS);

  const scorePrinted = score === weight ? String(weight) : fixed(score, scoreDecimals);
  score = Number(scorePrinted);
  const method = quant !== null ? rng.pick(["B/A×分值", "完成目标得满分，未完成按比例扣分", "达到目标值得满分"]) : rng.pick(["完成得满分，未完成酌情扣分", "达到预期得满分"]);
  return { level3, target, actual, score, deviation, targetPrinted, actualPrinted, scorePrinted, sichuan, method, texable };
}

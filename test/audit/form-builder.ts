/**
 * Small Forms for rule tests. `form()` gives a consistent national-scheme form
 * (budget 10 + 产出 50 + 效益 30 + 满意度 10 = 100, every score full, funds 100/100/100 元);
 * overrides replace whole parts.
 */
import type { Form, FundRow, Funds, Indicator, SourceLocation } from "../../src/schema/index.js";

export function indicator(over: Partial<Indicator> = {}): Indicator {
  return {
    level1: "产出指标",
    level2: "数量指标",
    level3: "开展活动",
    target: "≥10场",
    actual: "12场",
    weight: 10,
    score: 10,
    deviation: null,
    ...over,
  };
}

export function fundRow(over: Partial<FundRow> = {}): FundRow {
  return { key: "total", label: "年度资金总额", initialBudget: 100, annualBudget: 100, executed: 100, ...over };
}

/** The six indicators of a consistent form: 产出 20+20+10, 效益 20+10, 满意度 10. */
export function standardIndicators(): Indicator[] {
  return [
    indicator({ level2: "数量指标", weight: 20, score: 20 }),
    indicator({ level2: "质量指标", target: "=100%", actual: "100%", weight: 20, score: 20 }),
    indicator({ level2: "时效指标", target: "及时", actual: "及时", weight: 10, score: 10 }),
    indicator({ level1: "效益指标", level2: "社会效益指标", target: "有所提升", actual: "有所提升", weight: 20, score: 20 }),
    indicator({ level1: "效益指标", level2: "可持续影响指标", target: "长期", actual: "长期", weight: 10, score: 10 }),
    indicator({ level1: "满意度指标", level2: "服务对象满意度指标", target: "≥90%", actual: "95%", weight: 10, score: 10 }),
  ];
}

export interface FormParts {
  funds?: Partial<Funds>;
  rows?: FundRow[];
  indicators?: Indicator[];
  total?: Partial<Form["total"]>;
  sources?: Record<string, SourceLocation>;
}

export function form(parts: FormParts = {}): Form {
  const f: Form = {
    template: "project",
    title: "财政项目支出绩效自评表",
    year: 2021,
    projectName: "测试项目",
    department: "测试局",
    implementingUnit: "测试中心",
    funds: {
      unit: "元",
      rows: parts.rows ?? [
        fundRow(),
        fundRow({ key: "currentYear", label: "其中：当年财政拨款", initialBudget: 100, annualBudget: 100, executed: 100 }),
        fundRow({ key: "carryOver", label: "上年结转资金", initialBudget: 0, annualBudget: 0, executed: 0 }),
      ],
      weight: 10,
      executionRatePercent: 100,
      score: 10,
      ...parts.funds,
    },
    goals: { expected: "完成任务", actual: "已完成" },
    indicators: parts.indicators ?? standardIndicators(),
    total: { weight: 100, score: 100, ...parts.total },
    audit: { ok: true, grade: null, recomputed: { weight: null, score: null, executionRatePercent: null, budgetScore: null }, findings: [] },
  };
  if (parts.sources) f.sources = parts.sources;
  return f;
}

/** A source entry with just its text (and a line). */
export function src(text: string, line = 1, extra: Partial<SourceLocation> = {}): SourceLocation {
  return { text, line, ...extra };
}

/** Deeply frozen structured clone: a rule that writes to it throws. */
export function frozenCopy<T>(value: T): T {
  const copy = structuredClone(value);
  const freeze = (v: unknown): void => {
    if (v && typeof v === "object") {
      for (const x of Object.values(v)) freeze(x);
      Object.freeze(v);
    }
  };
  freeze(copy);
  return copy;
}

/** A fresh consistent form changed by `fn` (for cases that differ in one value). */
export function edit(fn: (f: Form) => void, parts: FormParts = {}): Form {
  const f = form(parts);
  fn(f);
  return f;
}

import type { CellSource } from "../layout/grid.js";
import type { FundColumn, FundRowKey } from "../template/project.js";

/** A value as read from one or more cells, before normalisation. */
export interface RawValue {
  text: string;
  source: CellSource;
  /** Set when the reconstructor chose a reading (a split of run-together digits). */
  corrected?: { from: string; reason: string };
}

export interface RawFundRow {
  key: FundRowKey | null;
  label: RawValue;
  values: Partial<Record<FundColumn, RawValue>>;
  /** Numbered as a part of the row above it (①② under 财政资金小计): the index of that row. */
  parentIndex?: number;
}

/** A row of 年度主要任务 (department forms). */
export interface RawTask {
  name: RawValue | null;
  content: RawValue | null;
  total: RawValue | null;
  fiscal: RawValue | null;
  other: RawValue | null;
}

export interface RawIndicator {
  level1: RawValue | null;
  level2: RawValue | null;
  level3: RawValue | null;
  nature: RawValue | null;
  target: RawValue | null;
  unit: RawValue | null;
  actual: RawValue | null;
  weight: RawValue | null;
  score: RawValue | null;
  method: RawValue | null;
  deviation: RawValue | null;
  /** A scoring sheet's 序号 and 指标解释: no field of the contract. */
  seq?: RawValue | null;
  note?: RawValue | null;
  remark?: RawValue | null;
  /** 完成率: no field of the contract. */
  completion?: RawValue | null;
  /** 调整指标值, 得分系数, 是否核心指标 (the department template): no fields of the contract. */
  adjustedTarget?: RawValue | null;
  scoreFactor?: RawValue | null;
  core?: RawValue | null;
  /** A scoring sheet's points of the 一级 group (its own column) and of the 二级 group (no field). */
  level1Weight?: RawValue | null;
  level2Weight?: RawValue | null;
  /** 指标方向 (正向 / 反向): which way the indicator counts, no field of the contract. */
  direction?: RawValue | null;
}

export interface RawDiagnostic {
  code: string;
  severity: "error" | "warning" | "info";
  message: string;
  source?: CellSource & { text?: string };
  /** JSON Pointer relative to the form, when the diagnostic concerns one of its values. */
  formPath?: string;
}

export interface RawForm {
  template: "project" | "department";
  title: RawValue | null;
  year: RawValue | null;
  projectName: RawValue | null;
  department: RawValue | null;
  implementingUnit: RawValue | null;
  /** 部门预算编码 printed apart from the department's name. */
  departmentCode?: RawValue;
  funds: {
    /** The cell that names the unit: 项目资金(元). */
    unit: RawValue | null;
    /** The columns the funds header printed, in order. */
    columns: FundColumn[];
    rows: RawFundRow[];
    weight: RawValue | null;
    rate: RawValue | null;
    score: RawValue | null;
  };
  goals: { expected: RawValue | null; actual: RawValue | null };
  tasks: RawTask[];
  indicators: RawIndicator[];
  total: { weight: RawValue | null; score: RawValue | null };
  /** Where the form begins in the input (for diagnostics). */
  start: CellSource;
  diagnostics: RawDiagnostic[];
}

/**
 * Has the form read no table yet (no fund, task or indicator row, no goals): a report's cover,
 * its labels at most? What tells a cover still open to its report's title or body heading.
 */
export function readsNoTableYet(form: RawForm): boolean {
  return form.funds.rows.length === 0 && form.tasks.length === 0 && form.indicators.length === 0 && form.goals.expected === null && form.goals.actual === null;
}

export function emptyRawForm(start: CellSource): RawForm {
  return {
    template: "project",
    title: null,
    year: null,
    projectName: null,
    department: null,
    implementingUnit: null,
    funds: { unit: null, columns: [], rows: [], weight: null, rate: null, score: null },
    goals: { expected: null, actual: null },
    tasks: [],
    indicators: [],
    total: { weight: null, score: null },
    start,
    diagnostics: [],
  };
}

/** Joins the text of cells that hold one value (a row cut by a page break, tokens of one cell). */
export function joinValues(a: RawValue | null, b: RawValue | null, sep = ""): RawValue | null {
  if (!a) return b;
  if (!b) return a;
  return { text: a.text + sep + b.text, source: a.source };
}

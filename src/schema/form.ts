import { z } from "zod";
import { Finding } from "./diagnostic.js";
import { SourceLocation } from "./source.js";

const num = z.number().nullable();
const str = z.string().nullable();

export const FundUnit = z.enum(["元", "万元"]);
export type FundUnit = z.infer<typeof FundUnit>;

export const FundRowKey = z.string().regex(/^(total|currentYear|carryOver|specialAccount|unitFunds|other|basic|project|unitIncome|extra[1-9][0-9]*)$/);

export const FundRow = z.object({
  key: FundRowKey,
  label: str,
  initialBudget: num,
  annualBudget: num,
  executed: num,
  /** 年中调整金额 (department forms' 资金结构 table). */
  adjustment: num.optional(),
  /** 结余金额. */
  balance: num.optional(),
  /** 资金结余率, in percent. */
  balanceRatePercent: num.optional(),
  /** The key of the row this one is a part of, as the form's own numbering (①②, 其中) shows it. */
  parent: FundRowKey.optional(),
});
export type FundRow = z.infer<typeof FundRow>;

export const Comparator = z.enum(["≥", "≤", "=", ">", "<"]);
export type Comparator = z.infer<typeof Comparator>;

export const ParsedValue = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("quantity"),
    comparator: Comparator.nullable(),
    value: z.number(),
    unit: z.string().nullable(),
  }),
  z.object({ kind: z.literal("qualitative"), text: z.string() }),
]);
export type ParsedValue = z.infer<typeof ParsedValue>;

export const Indicator = z.object({
  level1: str,
  level2: str,
  level3: str,
  target: str,
  actual: str,
  weight: num,
  score: num,
  deviation: str,
  level1Weight: z.number().optional(),
  /** 评分标准 (department forms). */
  method: str.optional(),
  targetParsed: ParsedValue.optional(),
  actualParsed: ParsedValue.optional(),
});
export type Indicator = z.infer<typeof Indicator>;

export const Grade = z.enum(["优", "良", "中", "差"]);
export type Grade = z.infer<typeof Grade>;

export const Audit = z.object({
  ok: z.boolean(),
  grade: Grade.nullable(),
  recomputed: z.object({
    weight: num,
    score: num,
    executionRatePercent: num,
    budgetScore: num,
  }),
  findings: z.array(Finding),
});
export type Audit = z.infer<typeof Audit>;

export const Funds = z.object({
  unit: FundUnit.nullable(),
  rows: z.array(FundRow),
  weight: num,
  executionRatePercent: num,
  score: num,
});
export type Funds = z.infer<typeof Funds>;

/** A row of 年度主要任务 (department forms): 任务名称, 主要内容, 预算金额 总额 / 财政拨款 / 其他资金. */
export const Task = z.object({
  name: str,
  content: str,
  budget: z.object({ total: num, fiscal: num, other: num }),
});
export type Task = z.infer<typeof Task>;

export const Form = z.object({
  template: z.enum(["project", "department"]),
  title: str,
  year: z.number().int().nullable(),
  projectName: str,
  department: str,
  implementingUnit: str,
  departmentCode: z.string().optional(),
  implementingUnitCode: z.string().optional(),
  funds: Funds,
  tasks: z.array(Task).optional(),
  goals: z.object({ expected: str, actual: str }),
  indicators: z.array(Indicator),
  total: z.object({ weight: num, score: num }),
  audit: Audit,
  /** JSON Pointer (relative to the Form) → where that value was read. */
  sources: z.record(z.string(), SourceLocation).optional(),
});
export type Form = z.infer<typeof Form>;

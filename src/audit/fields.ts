/**
 * Names of Form fields for people: `/total/score` → 总分·得分 (en: total·score),
 * `/indicators/5/score` → 绩效指标 6·得分, `/funds/rows/0/executed` → 年度资金总额·全年执行数.
 */
import type { Form } from "../schema/index.js";

export type Lang = "zh" | "en";

const FIXED: Readonly<Record<string, readonly [string, string]>> = {
  "/total/weight": ["总分·分值", "total·weight"],
  "/total/score": ["总分·得分", "total·score"],
  "/total": ["总分", "total"],
  "/funds/weight": ["项目资金·分值", "funds·weight"],
  "/funds/executionRatePercent": ["项目资金·执行率", "funds·execution rate"],
  "/funds/score": ["项目资金·得分", "funds·score"],
  "/funds/unit": ["项目资金·单位", "funds·unit"],
  "/funds": ["项目资金", "funds"],
  "/indicators": ["绩效指标", "indicators"],
  "/title": ["标题", "title"],
  "/year": ["年度", "year"],
  "/projectName": ["项目名称", "project name"],
  "/department": ["主管部门", "department"],
  "/implementingUnit": ["实施单位", "implementing unit"],
  "/goals/expected": ["年度总体目标·预期目标", "goals·expected"],
  "/goals/actual": ["年度总体目标·实际完成情况", "goals·actual"],
};

const AMOUNT: Readonly<Record<string, readonly [string, string]>> = {
  initialBudget: ["年初预算数", "initial budget"],
  annualBudget: ["全年预算数", "annual budget"],
  executed: ["全年执行数", "executed"],
  adjustment: ["年中调整金额", "mid-year adjustment"],
  balance: ["结余金额", "balance"],
  balanceRatePercent: ["资金结余率", "balance rate"],
  label: ["名称", "label"],
};

const INDICATOR: Readonly<Record<string, readonly [string, string]>> = {
  level1: ["一级指标", "level 1"],
  level2: ["二级指标", "level 2"],
  level3: ["三级指标", "level 3"],
  target: ["年度指标值", "target"],
  actual: ["实际完成值", "actual"],
  weight: ["分值", "weight"],
  score: ["得分", "score"],
  deviation: ["偏差原因", "deviation"],
  level1Weight: ["一级指标分值", "level-1 weight"],
};

const ROW_KEY_EN: Readonly<Record<string, string>> = {
  total: "total funds",
  currentYear: "current-year appropriation",
  carryOver: "carry-over",
  specialAccount: "special account",
  unitFunds: "unit funds",
  other: "other funds",
  basic: "basic expenditure",
  project: "project expenditure",
  unitIncome: "unit's other income",
};

const TASK: Readonly<Record<string, readonly [string, string]>> = {
  name: ["任务名称", "name"],
  content: ["主要内容", "content"],
  total: ["预算金额·总额", "budget·total"],
  fiscal: ["预算金额·财政拨款", "budget·fiscal"],
  other: ["预算金额·其他资金", "budget·other"],
};

function pick(pair: readonly [string, string], lang: Lang): string {
  return lang === "zh" ? pair[0] : pair[1];
}

/** The field at a JSON Pointer, named as on the form. Unknown paths are returned as they are. */
export function fieldName(path: string, form: Form | undefined, lang: Lang = "zh"): string {
  const fixed = FIXED[path];
  if (fixed) return pick(fixed, lang);
  let m = /^\/funds\/rows\/(\d+)(?:\/(\w+))?$/.exec(path);
  if (m) {
    const i = Number(m[1]);
    const row = form?.funds.rows[i];
    const rowName =
      lang === "zh"
        ? row?.label ?? `资金第 ${i + 1} 行`
        : row
          ? ROW_KEY_EN[row.key] ?? row.label ?? row.key
          : `fund row ${i + 1}`;
    const col = m[2] ? AMOUNT[m[2]] : undefined;
    return m[2] ? `${rowName}·${col ? pick(col, lang) : m[2]}` : rowName;
  }
  m = /^\/tasks\/(\d+)(?:\/budget)?(?:\/(\w+))?$/.exec(path);
  if (m) {
    const n = Number(m[1]) + 1;
    const head = lang === "zh" ? `年度主要任务 ${n}` : `task ${n}`;
    const col = m[2] ? TASK[m[2]] : undefined;
    return m[2] ? `${head}·${col ? pick(col, lang) : m[2]}` : head;
  }
  m = /^\/indicators\/(\d+)(?:\/(\w+))?$/.exec(path);
  if (m) {
    const n = Number(m[1]) + 1;
    const head = lang === "zh" ? `绩效指标 ${n}` : `indicator ${n}`;
    const col = m[2] ? INDICATOR[m[2]] : undefined;
    return m[2] ? `${head}·${col ? pick(col, lang) : m[2]}` : head;
  }
  return path;
}

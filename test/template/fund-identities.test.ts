/**
 * The 资金结构 table's sums as one table (fund-identities.ts), each worked out by hand on made-up
 * figures: 小计 = 年初 + 调整, 结余 = 小计 − 拨付, 支出实现率 = 拨付 ÷ 小计, 资金结余率 = 结余 ÷ 小计.
 */
import { describe, expect, it } from "vitest";
import { fundIdentities, identityGap, type FundIdentity } from "../../src/template/fund-identities.js";
import type { FundColumn } from "../../src/template/project.js";

const byName = (name: FundIdentity["name"]) => fundIdentities.find((i) => i.name === name)!;
const figures = (values: Partial<Record<FundColumn, number>>) => (c: FundColumn) => values[c] ?? null;

describe("fund identities", () => {
  // 年初 400, 调整 50, 小计 450, 拨付 360, 支出实现率 80 %, 结余 90, 资金结余率 20 %.
  const row = { initialBudget: 400, adjustment: 50, annualBudget: 450, executed: 360, rate: 80, balance: 90, balanceRate: 20 };
  it.each([
    ["subtotal", row, 0],
    ["balance", row, 0],
    ["executionRate", row, 0],
    ["balanceRate", row, 0],
    ["subtotal", { ...row, annualBudget: 455 }, 5],
    ["balance", { ...row, balance: 80 }, -10],
    ["executionRate", { ...row, rate: 81 }, 1],
    ["balanceRate", { ...row, balanceRate: 18 }, -2],
  ] as const)("%s on %j is off by %d", (name, values, gap) => {
    expect(identityGap(byName(name), figures(values))).toBeCloseTo(gap, 9);
  });

  it.each([
    ["subtotal", { initialBudget: 400, annualBudget: 450 }],
    ["balance", { annualBudget: 450, balance: 90 }],
    ["executionRate", { annualBudget: 0, executed: 0, rate: 0 }],
    ["balanceRate", { annualBudget: 0, balance: 0, balanceRate: 0 }],
  ] as const)("%s cannot be checked on %j", (name, values) => {
    expect(identityGap(byName(name), figures(values))).toBeNull();
  });
});

describe("the identities over the caller's arithmetic", () => {
  // Each stage brings its own numbers (plain numbers, the audit's exact decimals): stated over an
  // arithmetic that writes its sums out, the table shows the form's formulas themselves.
  const spelled = {
    plus: (a: string, b: string) => `${a} + ${b}`,
    minus: (a: string, b: string) => `${a} − ${b}`,
    percentOf: (part: string, whole: string) => `100 × ${part} ÷ ${whole}`,
  };
  it.each([
    ["subtotal", "annualBudget", "initialBudget + adjustment"],
    ["balance", "balance", "annualBudget − executed"],
    ["executionRate", "rate", "100 × executed ÷ annualBudget"],
    ["balanceRate", "balanceRate", "100 × balance ÷ annualBudget"],
  ] as const)("%s: %s = %s", (name, result, formula) => {
    const identity = byName(name);
    expect(identity.result).toBe(result);
    expect(identity.expected((c) => c, spelled)).toBe(formula);
  });
});

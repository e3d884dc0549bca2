/**
 * Hand-made department-wide forms (fixtures/department/audit), read from text and audited: the
 * clean form gives no error, and each error written into it gives exactly the findings worked out
 * by hand below — 结余 errors (fund-balance) and breakdown errors (fund-breakdown, along `parent`).
 *
 * structure.txt (资金结构, 万元):          年初   调整   小计   拨付   结余   结余率
 *   0 合计                                 500    20     520    480    40     7.69%
 *   1 财政资金小计                          460    20     480    450    30     6.25%
 *   2 ①项目支出 (parent 1)                 200    20     220    205    15     6.82%
 *   3 ②基本支出 (parent 1)                 260     0     260    245    15     5.77%
 *   4 单位其他收入                           40     0      40     30    10     25%
 * mirror.txt (预算资金, 万元): 部门预算资金总额 1000 / 1200 / 1140 = 基本支出 700 / 800 / 780 + 项目支出 300 / 400 / 360.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const read = (name: string) => readFileSync(new URL(`../../fixtures/department/audit/${name}`, import.meta.url), "utf8");
const structure = read("structure.txt");
const mirror = read("mirror.txt");

async function errors(text: string): Promise<unknown[][]> {
  const doc = await parse(text, { path: "case.txt" });
  expect(doc.forms).toHaveLength(1);
  expect(doc.forms[0]!.template).toBe("department");
  return doc.forms[0]!.audit.findings.filter((f) => f.severity === "error").map((f) => [f.rule, f.path, f.reported, f.expected]);
}

/** Replaces one printed row of the tab-separated text, failing if the row is not there. */
function edit(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

describe("department audit, hand-made cases", () => {
  it("the clean 资金结构 form and the clean mirror form have no error", async () => {
    expect(await errors(structure)).toEqual([]);
    expect(await errors(mirror)).toEqual([]);
    const f = (await parse(structure, { path: "structure.txt" })).forms[0]!;
    expect(f.funds.rows.map((r) => [r.key, r.parent ?? null])).toEqual([
      ["total", null],
      ["extra1", null],
      ["project", "extra1"],
      ["basic", "extra1"],
      ["unitIncome", null],
    ]);
  });

  it("a 结余金额 that is not 小计 − 拨付: ②基本支出 prints 25 where 260 − 245 = 15 (its rate 5.77% still fits 15)", async () => {
    const bad = edit(structure, "②基本支出\t260\t0\t260\t245\t94.23%\t15\t5.77%", "②基本支出\t260\t0\t260\t245\t94.23%\t25\t5.77%");
    expect(await errors(bad)).toEqual([["fund-balance", "/funds/rows/3/balance", 25, 15]]);
  });

  it("a 资金结余率 that is not 结余 ÷ 小计: 单位其他收入 prints 20% where 10 ÷ 40 = 25%", async () => {
    const bad = edit(structure, "单位其他收入\t40\t0\t40\t30\t75%\t10\t25%", "单位其他收入\t40\t0\t40\t30\t75%\t10\t20%");
    expect(await errors(bad)).toEqual([["fund-balance", "/funds/rows/4/balanceRatePercent", 20, 25]]);
  });

  it("a part that breaks its subtotal: ①项目支出 拨付 215 makes 215 + 245 = 460 ≠ 财政资金小计 450, and its own 结余 220 − 215 = 5", async () => {
    const bad = edit(structure, "①项目支出\t200\t20\t220\t205", "①项目支出\t200\t20\t220\t215");
    expect(await errors(bad)).toEqual([
      ["fund-breakdown", "/funds/rows/1/executed", 450, 460],
      ["fund-balance", "/funds/rows/2/balance", 15, 5],
      // 100 × 5 ÷ 220 = 2.2727…
      ["fund-balance", "/funds/rows/2/balanceRatePercent", 6.82, 2.27],
    ]);
  });

  it("a total that is not 财政资金小计 + 单位其他收入: 合计 年初 510 where 460 + 40 = 500", async () => {
    const bad = edit(structure, "合计\t500\t20", "合计\t510\t20");
    expect(await errors(bad)).toEqual([["fund-breakdown", "/funds/rows/0/initialBudget", 510, 500]]);
  });

  it("the mirror form's total that is not 基本支出 + 项目支出: 项目支出 执行 340 makes 780 + 340 = 1120 ≠ 1140", async () => {
    const bad = edit(mirror, "项目支出\t300\t400\t360", "项目支出\t300\t400\t340");
    expect(await errors(bad)).toEqual([["fund-breakdown", "/funds/rows/0/executed", 1140, 1120]]);
  });
});

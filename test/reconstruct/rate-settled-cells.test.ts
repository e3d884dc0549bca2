/**
 * A fund row's 执行数 broken in two cells with no mark (`2459` | `4.30`): one figure where the row's
 * printed rate settles it (rate-settled-cells.ts). Text written for this test, each figure worked out by hand.
 */
import { describe, expect, it } from "vitest";
import type { Cell } from "../../src/layout/grid.js";
import { rateSettledCells } from "../../src/reconstruct/rate-settled-cells.js";
import type { FundColumn } from "../../src/template/project.js";

const HEADER: FundColumn[] = ["initialBudget", "annualBudget", "executed", "rate", "weight", "score"];
const cells = (line: string): Cell[] => line.split(" ").map((text) => ({ text, source: { line: 1 } }));
const texts = (cs: Cell[] | null) => cs?.map((c) => c.text) ?? null;

describe("rateSettledCells", () => {
  it.each([
    // 3182.55 / 3350.00 = 95.00 %: 318 | 2.55 one figure, the rate's sign a cell of its own
    ["3350.00 3350.00 318 2.55 95.00 %", ["3350.00", "3350.00", "3182.55", "95.00", "%"]],
    // 71200.40 / 80000.00 = 89 %
    ["80000.00 80000.00 7120 0.40 89% 10 8.9", ["80000.00", "80000.00", "71200.40", "89%", "10", "8.9"]],
  ])("%s", (line, want) => {
    expect(texts(rateSettledCells(cells(line), HEADER))).toEqual(want);
  });

  it.each([
    // the joined figure gives no rate printed (3182.55 / 3350.00 is no 90 %)
    ["3350.00 3350.00 318 2.55 90.00 %", HEADER],
    // as many figures as the columns before the rate: nothing broken
    ["3350.00 3350.00 3182.55 95.00 %", HEADER],
    // no rate printed: nothing settles it
    ["3350.00 3350.00 318 2.55", HEADER],
    // a header without 执行率 after 执行数
    ["3350.00 3350.00 318 2.55 95.00 %", ["initialBudget", "annualBudget", "executed", "weight", "score"] as FundColumn[]],
  ])("%s is left as read", (line, header) => {
    expect(rateSettledCells(cells(line), header)).toBeNull();
  });
});

describe("a fund row's 执行数 in two cells, in a form", () => {
  it("reads the pieces as one 执行数 where the printed rate settles it", async () => {
    const { parse } = await import("../../src/pipeline.js");
    const text = [
      "项目支出绩效自评表",
      "项目名称 某某设施维护",
      "项目资金（万元） 年初预算数 全年预算数 全年执行数 执行率 分值 得分",
      "年度资金总额 3350.00 3350.00 318 2.55 95.00 % 10 9.5",
    ].join("\n");
    const doc = await parse(Buffer.from(text), { path: "made-up.txt" });
    const total = doc.forms[0]!.funds.rows.find((r) => r.key === "total");
    expect([total?.annualBudget, total?.executed]).toEqual([3350, 3182.55]);
  });
});

/**
 * A total row with one number in an excerpt that starts mid-table (no column heads): the number is
 * in the column the rows' one number is in — 分值 where every row gave its 分值 and none its 得分.
 * Texts written for this test; the expected values typed from them.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const ROWS = [
  "道路巡查及时率 | = | 100 | % | 100 | 40 |",
  "数量指标 | 巡查里程 | ≥ | 120 | 公里 | 126 | 30 |",
  "满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥ | 90 | % | 94 | 30 |",
];

describe("the total row of a table with no heads", () => {
  it("takes its one number as the 分值 the rows gave", async () => {
    const f = (await parse([...ROWS, "合计 | 100 |"].join("\n") + "\n", { path: "t.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.weight, i.score])).toEqual([
      [40, null],
      [30, null],
      [30, null],
    ]);
    expect([f.total.weight, f.total.score]).toEqual([100, null]);
  });

  it("takes it as the 得分 where the rows gave both", async () => {
    const rows = ROWS.map((r) => r.replace(/ \| (\d+) \|$/, " | $1 | $1 |"));
    const f = (await parse([...rows, "合计 | 100 |"].join("\n") + "\n", { path: "u.txt" })).forms[0]!;
    expect(f.indicators.every((i) => i.weight !== null && i.score !== null)).toBe(true);
    expect([f.total.weight, f.total.score]).toEqual([null, 100]);
  });
});

/**
 * scripts/field/form-variations.ts's funds-bare on made-up text: the funds block's 分值 / 执行率 / 得分
 * columns dropped in the header and in every row alike, and nothing dropped where no row of figures
 * stands under the line taken for the header (the variation would leave figures under no column).
 */
import { describe, expect, it } from "vitest";
import { FORM_VARIATIONS } from "../../scripts/field/form-variations.js";

const bare = FORM_VARIATIONS["funds-bare"]!;

describe("funds-bare", () => {
  it("drops the scored columns from the header and the rows", () => {
    const text = [
      "| 项目资金(万元) | 年初预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
      "| 年度资金总额 | 10 | 9 | 10 | 90% | 9 |",
      "| 年度总体目标 | 做一件事 |",
    ].join("\n");
    expect(bare(text, undefined as never).split("\n").slice(0, 2)).toEqual(["| 项目资金(万元) | 年初预算数 | 全年执行数 |", "| 年度资金总额 | 10 | 9 |"]);
  });

  it.each([
    // An indicator row naming 预算执行率 beside a rule that says 预算数: no funds header.
    ["| 预算执行(18分) | 预算执行率 | 5 | 预算执行率=(预算执行数/预算数)×100% | 5 |\n| | 结转结余率 | 4 | 结转结余率=结转结余总额/支出预算数 | 4 |"],
    // The rows hold a rule in a column of their own: not plain figures, left as printed.
    ["| 资金(万元) | 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分 | 得分计算方法 |\n| 年度资金总额: | 11 | 12 | 10 | 10 | 执行率*该指标分值 |"],
  ])("leaves %s", (text) => {
    expect(bare(text, undefined as never)).toBe(text);
  });
});

/**
 * The funds block's label with its points broken onto a line of their own (`预算执行情况(万元)` /
 * `(20分)`), the block having no 分值 column: the points are its weight. Texts written for this test;
 * the expected values typed from them.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const text = (points: string) =>
  [
    "某市科协2023年度项目支出绩效自评表",
    "项目名称 青少年科技创新大赛",
    "主管部门 某市科学技术协会 实施单位 某市科学技术协会",
    "预算执行情况(万元)",
    points,
    "预算数(A) 执行数(B) 执行率(B/A) 得分",
    "(20分*执行率)",
    "年度财政资金总额 50 48 96 19.2",
    "年度绩效目标1(80分) 一级指标 二级指标 三级指标 年初目标值(A) 实际完成值(B) 得分",
    "产出指标 数量指标 参赛学校 不少于30所 32所 20",
  ].join("\n") + "\n";

describe("the funds label's points on a line of their own", () => {
  it.each(["(20分)", "（20分）", "20分"])("%j are the block's weight", async (points) => {
    const f = (await parse(text(points), { path: "p.txt" })).forms[0]!;
    expect([f.funds.weight, f.funds.executionRatePercent, f.funds.score]).toEqual([20, 96, 19.2]);
    expect(f.funds.rows[0]).toMatchObject({ annualBudget: 50, executed: 48 });
  });

  it("a line of other text there gives no weight", async () => {
    const f = (await parse(text("(详见附表)"), { path: "q.txt" })).forms[0]!;
    expect(f.funds.weight).toBeNull();
  });
});

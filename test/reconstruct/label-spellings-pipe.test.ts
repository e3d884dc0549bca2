/**
 * Labels as a county template spells them (政策(项目)名称) and a fund row whose name lists its
 * sources with a 、 (其中:中央、省补助): made-up text, expected values typed by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

describe("county template spellings in a pipe table", () => {
  it("政策(项目)名称 names the project; 其中:中央、省补助 is a fund row even with its amounts blank", async () => {
    const text = [
      "某项目绩效目标自评表 |",
      "(2023年度) |",
      "政策(项目)名称 | 某服务站建设 |",
      "项目主管部门 | 某县某局 |",
      "项目资金 | 全年预算数 | 全年执行数 | 预算执行率 |",
      "年度资金总额: | 30 | 30 | 100% |",
      "其中:中央、省补助 | | | |",
      "县级财政资金 | 30 | 30 | 100% |",
    ].join("\n");
    const f = (await parse(text, { path: "county.txt" })).forms[0]!;
    expect(f.projectName).toBe("某服务站建设");
    expect(f.funds.rows.map((r) => [r.label, r.annualBudget, r.executed])).toEqual([
      ["年度资金总额:", 30, 30],
      ["其中:中央、省补助", null, null],
      ["县级财政资金", 30, 30],
    ]);
  });

  it("one cell a line: the funds label with its unit and its points (预算执行情况(万元) (20分)) opens the funds block", async () => {
    const text = [
      "某项目支出绩效自评表",
      "项目名称",
      "某服务站建设",
      "项目类型",
      "1、常年性项目 ☑ 2、一次性项目 □",
      "预算执行情况(万元) (20分)",
      "预算数(A)",
      "执行数(B)",
      "执行率(B/A)",
      "得分 (20分*执行率)",
      "年度财政资金总额",
      "30",
      "30",
      "100%",
      "20",
    ].join("\n");
    const f = (await parse(text, { path: "funds-label.txt" })).forms[0]!;
    expect([f.funds.unit, f.funds.weight, f.funds.executionRatePercent, f.funds.score]).toEqual(["万元", 20, 100, 20]);
  });
});

describe("偏差原因's column as the transfer payments' regional form spells it, 和 for 及", () => {
  it.each(["未完成原因和改进措施", "未完成原因及改进措施", "偏差原因和改进措施"])("%s heads the 偏差原因 column", async (head) => {
    const text = [
      "某县转移支付区域(项目)绩效目标自评表 |",
      "(2023年度) |",
      "转移支付(项目)名称 | 某纪念馆陈列布展 |",
      `一级指标 | 二级指标 | 三级指标 | 指标值 | 全年实际完成值 | ${head} |`,
      "产出指标 | 数量指标 | 布展面积 | 200㎡ | 0 | 方案尚待审定,审定后即开工。 |",
      "质量指标 | 验收合格率 | 100% | 0 | 未完工,暂未验收。 |",
    ].join("\n");
    const f = (await parse(text, { path: "transfer.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level2, i.level3, i.target, i.actual, i.deviation])).toEqual([
      ["数量指标", "布展面积", "200㎡", "0", "方案尚待审定,审定后即开工。"],
      ["质量指标", "验收合格率", "100%", "0", "未完工,暂未验收。"],
    ]);
  });
});

/**
 * One cell a line, cut into rows by the template: each case a small text written for this test,
 * its expected reading typed by hand from the text.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

describe("one cell a line: rows the template does not name", () => {
  it("a fund row under a label the template does not know ends at the table's width, and the next row starts at its own label", async () => {
    const text = [
      "某补助资金转移支付项目绩效目标自评表",
      "转移支付(项目)名称", "某补助资金",
      "资金投入情况(万元)", "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A×100%)",
      "年度资金总额:", "300", "300", "100%",
      "其中:中央财政资金", "100", "100", "100%",
      "福彩公益金用于某项救助", "20", "20", "100%",
      "地方资金", "180", "180", "100%",
      "其他资金",
      "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
      "产出指标", "数量指标", "救助人次", "≥100人次", "120人次",
    ].join("\n");
    const f = (await parse(text, { path: "funds.txt" })).forms[0]!;
    const rows = f.funds.rows.map((r) => [r.label, r.annualBudget ?? null, r.executed ?? null]);
    expect(rows).toEqual([
      ["年度资金总额:", 300, 300],
      ["其中:中央财政资金", 100, 100],
      ["福彩公益金用于某项救助", 20, 20],
      ["地方资金", 180, 180],
      ["其他资金", null, null],
    ]);
  });

  it("funds by source as label and amount pairs: 其他 (or 其它) after the block's parts is the part 其他资金, printed once per amount", async () => {
    for (const other of ["其他", "其它"]) {
      const text = [
        "某区财政支出项目绩效评价自评报告",
        "项目名称", "某补助",
        "计划安排资金", "(万元)", "50", "实际到位资金", "(万元)", "50", "实际支出", "(万元)", "48",
        "其中:中央财政", "其中:中央财政", "其中:中央财政",
        "省财政", "40", "省财政", "40", "省财政", "38",
        other, "10", other, "10", other, "10",
        "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
        "产出指标", "数量指标", "补助人数", "≥20人", "22人",
      ].join("\n");
      const f = (await parse(text, { path: "pairs.txt" })).forms[0]!;
      const row = f.funds.rows.find((r) => r.key === "other");
      expect([row?.label, row?.initialBudget, row?.annualBudget, row?.executed]).toEqual([other, 10, 10, 10]);
    }
  });

  it("an indicator table titled 项目绩效定量目标(指标)及完成情况, its columns 指标内容 and 指标(目标)值, is no goal text", async () => {
    const text = [
      "某区财政支出项目绩效评价自评报告",
      "项目名称", "某补助",
      "预期目标", "实际完成",
      "项目绩效定量目标(指标)及完成情况",
      "一级指标", "二级指标", "指标内容", "指标(目标)值", "实际完成值",
      "产出指标", "数量指标", "补助人数", "≥20人", "22人",
    ].join("\n");
    const f = (await parse(text, { path: "hunan.txt" })).forms[0]!;
    expect(f.goals.expected).toBeNull();
    expect(f.indicators.map((i) => [i.level1, i.level2, i.level3, i.target, i.actual])).toEqual([["产出指标", "数量指标", "补助人数", "≥20人", "22人"]]);
  });

  it("a pipe table whose funds pairs a page parted into rows (a line of pipes between parts): each part fills the block's columns", async () => {
    const text = [
      "某区财政支出项目绩效评价自评报告",
      "项目名称 | 某补助 |",
      "计划安排资金 (万元) | 100 | 实际到位资金 (万元) | 100 | 实际支出 (万元) | 90 | 结余(万元) | 10 |",
      "||||||||",
      "其中:中央财政 | 其中:中央财政 | 其中:中央财政 | 其中:中央财政 |",
      "||||||||",
      "省财政 | 80 | 省财政 | 80 | 省财政 | 72 | 省财政 | 8 |",
      "||||||||",
      "区财政 | 20 | 区财政 | 20 | 区财政 | 18 | 区财政 |",
      "||||||||",
      "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |",
      "产出指标 | 数量指标 | 补助人数 | ≥20人 | 22人 |",
    ].join("\n");
    const f = (await parse(text, { path: "parted.txt" })).forms[0]!;
    expect(f.funds.rows.map((r) => [r.label, r.initialBudget ?? null, r.annualBudget ?? null, r.executed ?? null])).toEqual([
      ["计划安排资金(万元)", 100, 100, 90],
      ["其中:中央财政", null, null, null],
      ["省财政", 80, 80, 72],
      ["区财政", 20, 20, 18],
    ]);
  });

  it("the indicator table begun after the funds with its header not printed: rows end after their 分值 and 得分, not at the funds' width", async () => {
    const text = [
      "项目支出绩效自评表",
      "项目名称", "某检测经费",
      "项目资金", "(万元)",
      "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
      "年度资金总额", "20", "20", "20", "10", "100%", "10",
      "效益指标", "可持续影响指标", "检测常态化", "持续", "持续", "20", "18",
      "满意度指标", "服务对象满意度指标", "企业满意度", "≥90%", "95%", "10", "10",
      "总分", "100", "98",
    ].join("\n");
    const f = (await parse(text, { path: "headless.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level1, i.level2, i.level3, i.target, i.actual, i.weight, i.score])).toEqual([
      ["效益指标", "可持续影响指标", "检测常态化", "持续", "持续", 20, 18],
      ["满意度指标", "服务对象满意度指标", "企业满意度", "≥90%", "95%", 10, 10],
    ]);
  });
});

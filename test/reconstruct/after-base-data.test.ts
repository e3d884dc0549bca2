/**
 * A 绩效评价基础数据表 printed on the same page as a self-evaluation, before it (the form's title
 * lost) or after it (the form cut mid-row): each case a small text written for this test, its
 * expected reading typed by hand from the text.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const otherForms = (doc: Awaited<ReturnType<typeof parse>>) => doc.diagnostics.filter((d) => d.code === "other-form").length;

/** A base-data table as a loose pipe page prints it (rows without a leading pipe). */
const BASE_DATA_PIPES = ["部门整体支出绩效评价基础数据表", "填报单位: | 单位:万元 |", "财政供养人员情况 | 编制数 | 实际在职人数 | 控制率 |", " | 30 | 28 | 93.3% |", "三公经费 | 4.2 | 3.8 | 3.5 |"];

describe("a self-evaluation after a 基础数据表, its title lost", () => {
  it("begins at its 项目名称 row also when its funds header scores nothing (全年预算数 | 全年执行数 | 执行率 only)", async () => {
    const form = [
      "(2022年度) | |||",
      "转移支付(项目)名称 | 农村饮水安全维修 | ||",
      "地方主管部门 | 某县水利局 | 资金使用单位 | 某县农村供水站 |",
      "项目资金 (万元) |",
      "全年预算数(A) | 全年执行数(B) | 预算执行率(B/A) | |",
      "年度资金总额: | 64 | 60.8 | 95% |",
    ];
    const doc = await parse([...BASE_DATA_PIPES, ...form].join("\n"), { path: "base-data-then-form.txt" });
    expect(otherForms(doc)).toBe(1);
    expect(doc.forms).toHaveLength(1);
    const f = doc.forms[0]!;
    expect(f.projectName).toBe("农村饮水安全维修");
    expect(f.implementingUnit).toBe("某县农村供水站");
    const total = f.funds.rows.find((r) => r.key === "total");
    expect([total?.annualBudget, total?.executed]).toEqual([64, 60.8]);
  });

  it("begins at its indicator header, one cell a line", async () => {
    const baseData = ["部门整体支出绩效评价基础数据表", "填报单位:", "单位:万元", "财政供养人员情况", "编制数", "实际在职人数", "30", "28", "公用经费", "12.4", "11.9"];
    const table = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "产出指标", "数量指标", "维修水井数量", "≥12口", "14口", "20", "20"];
    const doc = await parse([...baseData, ...table].join("\n"), { path: "base-data-then-indicators.txt" });
    expect(otherForms(doc)).toBe(1);
    expect(doc.forms).toHaveLength(1);
    const i = doc.forms[0]!.indicators[0]!;
    expect([i.level1, i.level2, i.level3, i.target, i.actual, i.weight, i.score]).toEqual(["产出指标", "数量指标", "维修水井数量", "≥12口", "14口", 20, 20]);
  });

  it("begins at an indicator row whose target is compared, its 一级/二级 names cut off above", async () => {
    const rows = [
      "维修水井及时率 | = | 100 | % | 100 | 10 |",
      "成本指标 | 水井维修成本 | ≤ | 8 | 万元 | 7.5 | 10 |",
      "效益指标 | 社会效益指标 | 饮水保障率 | ≥ | 95 | % | 97 | 20 |",
    ];
    const doc = await parse([...BASE_DATA_PIPES, ...rows].join("\n"), { path: "base-data-then-rows.txt" });
    expect(doc.forms).toHaveLength(1);
    expect(doc.forms[0]!.indicators.map((i) => [i.level3, i.weight])).toEqual([["维修水井及时率", 10], ["水井维修成本", 10], ["饮水保障率", 20]]);
  });

  it("joins the form's title broken over two lines, its head's line parted at spaces (a year printed broken)", async () => {
    const baseData = ["部门整体支出绩效评价基础数据表", "填报单位:", "单位:万元", "财政供养人员情况", "编制数", "实有人数", "30", "28", "公用经费", "12.4", "11.9"];
    const form = ["某县20 19 -度部门(单位)整体支出", "绩效评价自评报告", "部门(单位)名称 某县水利服务中心", "评价方式:部门(单位)绩效自评"];
    const doc = await parse([...baseData, ...form].join("\n"), { path: "base-data-then-broken-title.txt" });
    expect(doc.forms).toHaveLength(1);
    expect(doc.forms[0]!.title).toBe("某县20 19 -度部门(单位)整体支出绩效评价自评报告");
  });

  it("leaves the base-data table's own rows to it: figures under 填报单位 begin no form", async () => {
    const doc = await parse(BASE_DATA_PIPES.join("\n"), { path: "base-data-only.txt" });
    expect(otherForms(doc)).toBe(1);
    expect(doc.forms).toHaveLength(0);
  });
});

describe("a self-evaluation cut mid-row, a 基础数据表 printed after it", () => {
  it("keeps the cut row's names, one cell a line (the table's title is a row of its own)", async () => {
    const text = [
      "项目支出绩效自评表",
      "项目名称", "农村饮水安全维修",
      "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
      "产出指标", "数量指标", "维修水井数量", "≥12口", "14口", "20", "20",
      "效益指标", "社会效益指标", "饮水安全保障",
      "部门整体支出绩效评价基础数据表", "填报单位:", "单位:万元", "公用经费", "12.4", "11.9",
    ].join("\n");
    const doc = await parse(text, { path: "cut-then-base-data.txt" });
    expect(otherForms(doc)).toBe(1);
    expect(doc.forms).toHaveLength(1);
    const inds = doc.forms[0]!.indicators;
    expect(inds.map((i) => [i.level1, i.level2, i.level3])).toEqual([
      ["产出指标", "数量指标", "维修水井数量"],
      ["效益指标", "社会效益指标", "饮水安全保障"],
    ]);
  });
});

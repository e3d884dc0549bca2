/**
 * The department-wide form (部门整体支出绩效自评表), national layout, read from tab-separated text:
 * every field against values typed from the text by hand, and the audit's findings on the errors
 * the text was written with (林业宣传: 总额 30 beside 20 + 5).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const text = readFileSync(new URL("../../fixtures/department/national-tab.txt", import.meta.url), "utf8");

describe("department-wide form, national layout", () => {
  it("reads the header, the tasks, the 资金结构 table with its parts, the goals and the indicators", async () => {
    const doc = await parse(text, { path: "national-tab.txt" });
    expect(doc.forms).toHaveLength(1);
    const f = doc.forms[0]!;
    expect(f).toMatchObject({ template: "department", title: "部门整体支出绩效自评表", year: 2022, projectName: null, department: "某市林业局", implementingUnit: null, departmentCode: "306001" });
    expect(f.tasks).toEqual([
      { name: "森林防火", content: "巡山护林、防火宣传", budget: { total: 120, fiscal: 100, other: 20 } },
      { name: "造林绿化", content: "新造林1000亩", budget: { total: 80, fiscal: 80, other: null } },
      { name: "林业宣传", content: "宣传活动", budget: { total: 30, fiscal: 20, other: 5 } },
    ]);
    expect(f.funds.unit).toBe("万元");
    expect(f.funds.rows.map((r) => [r.key, r.initialBudget, r.adjustment, r.annualBudget, r.executed, r.balance, r.balanceRatePercent, r.parent ?? null])).toEqual([
      ["total", 300, 20, 320, 300, 20, 6.25, null],
      ["extra1", 280, 20, 300, 285, 15, 5, null],
      ["project", 100, 20, 120, 110, 10, 8.33, "extra1"],
      ["basic", 180, 0, 180, 175, 5, 2.78, "extra1"],
      ["unitIncome", 20, 0, 20, 15, 5, 25, null],
    ]);
    expect(f.funds.executionRatePercent).toBe(93.75);
    expect(f.goals).toEqual({ expected: "完成造林绿化和森林防火任务", actual: "已完成" });
    expect(f.indicators.map((i) => [i.level1, i.level2, i.level3, i.target, i.actual, i.weight, i.score, i.method])).toEqual([
      ["产出指标", "数量指标", "新造林面积", "≥1000亩", "1050亩", 30, 30, "完成得满分"],
      ["效益指标", "社会效益指标", "森林火灾受害率", "≤0.9‰", "0.5‰", 30, 30, "达到得满分"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92%", 40, 40, "达到得满分"],
    ]);
    expect(f.total).toEqual({ weight: 100, score: 100 });
    expect(doc.diagnostics.filter((d) => d.code === "unplaced-text")).toEqual([]);
  });

  it("knows the form by a title led by the unit's name (…卫生院整体支出绩效自评表), with its year run on", async () => {
    const titled = text.replace("部门整体支出绩效自评表\n（2022年度）", "蚕茶卫生院整体支出绩效自评表（2022年度）");
    expect(titled).not.toBe(text);
    const f = (await parse(titled, { path: "titled.txt" })).forms[0]!;
    expect([f.template, f.title, f.year]).toEqual(["department", "蚕茶卫生院整体支出绩效自评表", 2022]);
  });

  it("audits it: the task whose parts do not make its total, and nothing else", async () => {
    const f = (await parse(text, { path: "national-tab.txt" })).forms[0]!;
    expect(f.audit.findings.filter((x) => x.severity === "error").map((x) => [x.rule, x.path, x.reported, x.expected])).toEqual([
      ["task-budget", "/tasks/2/budget/total", 30, 25],
    ]);
  });

  it("finds a balance and a subtotal that do not add up", async () => {
    // 财政资金小计's 年度拨付金额 285 → 290 (its parts give 285; its balance 15 now gives 10)
    const bad = text.replace("财政资金小计\t280\t20\t300\t285", "财政资金小计\t280\t20\t300\t290");
    const f = (await parse(bad, { path: "bad.txt" })).forms[0]!;
    const errors = f.audit.findings.filter((x) => x.severity === "error").map((x) => [x.rule, x.path, x.reported, x.expected]);
    expect(errors).toEqual([
      ["fund-breakdown", "/funds/rows/0/executed", 300, 305],
      ["fund-breakdown", "/funds/rows/1/executed", 290, 285],
      ["task-budget", "/tasks/2/budget/total", 30, 25],
      ["fund-balance", "/funds/rows/1/balance", 15, 10],
      ["fund-balance", "/funds/rows/1/balanceRatePercent", 5, 3.33],
    ]);
  });
});

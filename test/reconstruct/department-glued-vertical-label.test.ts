/**
 * A department form whose cells ran together, its tables' vertical labels (年度主要任务, 绩效指标)
 * printed beside a middle row, as a merged cell's centred text comes out: glued to the head of that
 * row's first cell. No task's or indicator's name begins with its table's label: it is cut off
 * (vertical-label-prefix.ts). Text written for this test, each value typed by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const FORM = [
  "某县文化馆2022年度部门整体支出绩效自评表",
  "部门(单位)名称某县文化馆部门预算编码201003",
  "年度主要任务任务名称主要内容预算金额(万元)总额财政拨款其他资金",
  "免费开放经费推进文化馆免费开放100.00100.000.00",
  "年度主要任务非遗保护专项加强非遗传承保护50.0040.0010.00",
  "群众文化活动经费组织开展文化惠民演出30.0030.000.00",
  "年度总体目标预期目标实际完成情况",
  "保障文化馆免费开放。文化馆免费开放正常。",
  "一级指标二级指标三级指标年度指标值实际完成值分值得分",
  "产出指标数量指标惠民演出场次≥20场22场3030",
  "成本指标单场演出成本≤1.5万元1.4万元2020",
  "绩效指标每场培训成本≤0.5万元0.4万元1010",
  "满意度指标服务对象满意度指标群众满意度≥90%95%4040",
  "总分100100",
].join("\n");

describe("a vertical label glued to a middle row's first cell, run together", () => {
  it("is no word of the task's name", async () => {
    const f = (await parse(FORM + "\n", { path: "glued.txt" })).forms[0]!;
    expect(f.tasks!.map((t) => [t.name, t.budget.total])).toEqual([
      ["免费开放经费", 100],
      ["非遗保护专项", 50],
      ["群众文化活动经费", 30],
    ]);
  });

  it("is no word of the indicator's name", async () => {
    const f = (await parse(FORM + "\n", { path: "glued.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level2, i.level3, i.weight])).toEqual([
      ["数量指标", "惠民演出场次", 30],
      ["成本指标", "单场演出成本", 20],
      ["成本指标", "每场培训成本", 10],
      ["服务对象满意度指标", "群众满意度", 40],
    ]);
  });
});

/**
 * A department form run together onto one line whose 年度主要任务 holds a task named in quotation marks
 * (“放管服”改革专项, 「智慧政务」平台建设): the amounts of the task before it end where the quoted name begins, as
 * they do before a name that opens with a Chinese character (flattened-form.ts, cutTaskRows). Text
 * written for this test, each value typed by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const line = (second: string, third: string) =>
  "2022年度部门整体支出绩效自评表部门(单位)名称某区政务服务管理局部门预算编码301005" +
  "年度主要任务任务名称主要内容预算金额(万元)总额财政拨款其他资金" +
  `政务大厅运行保障保障政务大厅正常运转120.00100.0020.00${second}推进营商环境优化80.5080.500.00${third}推动政务数据共享45.0045.000.00` +
  "年度总体目标预期目标实际完成情况提升政务服务效能。政务服务效能明显提升。" +
  "年度绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分产出指标数量指标办件量≥10万件12万件5050满意度指标服务对象满意度指标群众满意度≥90%95%5050总分100100";

const tasks = async (text: string) => (await parse(text + "\n", { path: "flat-tasks.txt" })).forms[0]!.tasks!.map((t) => [t.name, t.budget.total, t.budget.fiscal, t.budget.other]);

describe("task rows run together, a task's name opened by a quotation mark", () => {
  it.each([
    ["“放管服”改革专项", "「智慧政务」平台建设"],
    ['"放管服"改革专项', "（智慧政务）平台建设"],
  ])("%s, %s", async (second, third) => {
    expect(await tasks(line(second, third))).toEqual([
      ["政务大厅运行保障", 120, 100, 20],
      [second, 80.5, 80.5, 0],
      [third, 45, 45, 0],
    ]);
  });
});

/**
 * A department's evaluation report (部门整体支出绩效评价报告) whose cover names the department itself as
 * its evaluator (评价单位) is the department's self-evaluation (self-evaluation-cover.ts); one
 * evaluated by another body stays another form of the dossier. Text written for this test.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { toTraditional } from "../../src/normalise/script.js";

const report = (evaluator: string) =>
  [
    "某县人民法院",
    "2018年度部门整体支出绩效评价报告",
    `评价单位:${evaluator}`,
    "报告时间: 2019年7月17日",
    "绩效评价结果",
    "一级指标 | 分值 | 得分 | 等级 |",
    "投入 | 15.00 | 15.00 | 优 |",
    "过程 | 55.00 | 49.04 | 优 |",
    "产出 | 30.00 | 28.00 | 优 |",
    "一、部门基本情况",
    "某县人民法院负责本县各类案件的审理。",
  ].join("\n");

describe("a department's evaluation report", () => {
  it("is the department's form where it names the department its own evaluator", async () => {
    const doc = await parse(report("某县人民法院"), { path: "report.txt" });
    expect(doc.forms.map((f) => [f.template, f.title, f.year, f.department])).toEqual([["department", "2018年度部门整体支出绩效评价报告", 2018, "某县人民法院"]]);
  });

  it("is so in traditional characters (評價單位)", async () => {
    const doc = await parse(toTraditional(report("某县人民法院")), { path: "report.txt" });
    expect(doc.forms.map((f) => [f.template, f.department])).toEqual([["department", "某縣人民法院"]]);
  });

  it("is so where the title leaves 部门 out (2018年度整体支出绩效评价报告)", async () => {
    const doc = await parse(report("某县人民法院").replace("部门整体支出", "整体支出"), { path: "report.txt" });
    expect(doc.forms.map((f) => [f.template, f.title, f.department])).toEqual([["department", "2018年度整体支出绩效评价报告", "某县人民法院"]]);
  });

  it("stays another form where another body evaluated", async () => {
    const doc = await parse(report("某会计师事务所有限公司"), { path: "report.txt" });
    expect(doc.forms).toEqual([]);
    expect(doc.diagnostics.some((d) => d.code === "other-form")).toBe(true);
  });
});

describe("a department's evaluation report run together onto one line", () => {
  // A document site's preview: the cover's lines joined with nothing, the unit at the title's head.
  const oneLine = (evaluator: string) =>
    `某县文化广电局2019年度部门整体支出绩效评价报告评价单位:${evaluator}报告时间: 2020年6月30日绩效评价结果绩效等级15.00优55.0049.04优产出20.0020.00优100.0094.04优注:优(≥90)良(≥80,<90)评价小组组长:王某副组长:李某成员:张某、赵某目 录附件:部门整体支出绩效评价指标体系评分表某县文化广电局2019年度部门整体支出绩效评价报告1.引言1.1部门职责概述某县文化广电局负责本县文化工作,部门支出描述2019年度支出1560.46万元,其中:基本支出956.36万元,项目支出604.1万元。`;

  it("is the department's form where the evaluator is the unit at the title's head, its name run into 报告时间:", async () => {
    const doc = await parse(oneLine("某县文化广电局"), { path: "report.txt" });
    expect(doc.forms.map((f) => [f.template, f.year, f.department])).toEqual([["department", 2019, "某县文化广电局"]]);
  });

  it("stays another form where another body's name opens with the unit's", async () => {
    const doc = await parse(oneLine("某县文化广电局绩效评价中心"), { path: "report.txt" });
    expect(doc.forms).toEqual([]);
  });

  it("stays another form where another body evaluated", async () => {
    const doc = await parse(oneLine("某会计师事务所有限公司"), { path: "report.txt" });
    expect(doc.forms).toEqual([]);
  });
});

/**
 * A department form as a document site's preview gives it: the whole form run together onto one
 * line, cut where its rows start (flattened-form.ts). Text written for this test, each value typed
 * by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const read = async (line: string) => (await parse(line + "\n", { path: "preview.txt" })).forms[0]!;

const GOALS = "年度总体目标年初设定目标年度总体目标完成情况保障机构正常运转，完成年度各项工作任务。机构运转正常，年度各项工作任务已完成。";

describe("a mirror department form run together onto one line", () => {
  it("starts a row at 部门(单位)名称 after another label's value", async () => {
    const f = await read(
      "部门整体支出绩效自评表填报日期:2022年2月3日部门(单位)名称某镇人民政府部门(单位)总体资金(万元)资金来源年初预算数(A)全年执行数(B)分值(10分)得分得分计算方法年度资金总额:100.0095.00109.5执行率*该指标分值,最高不得超过分值上限。" +
        GOALS,
    );
    expect([f.template, f.department]).toEqual(["department", "某镇人民政府"]);
  });

  it("reads 基本支出 and 项目支出 after the total's figures as rows of their own", async () => {
    const f = await read(
      "部门整体支出绩效自评表单位(盖章):某镇人民政府部门(单位)名称某镇人民政府部门(单位)总体资金(万元)资金来源年初预算数(A)全年执行数(B)分值(10分)得分得分计算方法年度资金总额:100.0095.00109.5执行率*该指标分值,最高不得超过分值上限。基本支出80.0078.00项目支出20.0017.00" +
        GOALS,
    );
    expect([f.funds.weight, f.funds.score, f.funds.rows.map((r) => [r.key, r.initialBudget, r.executed])]).toEqual([
      10,
      9.5,
      [["total", 100, 95], ["basic", 80, 78], ["project", 20, 17]],
    ]);
  });
});

describe("goal texts numbered (1) (2) run together", () => {
  it("cuts the completion where the unit's (1) numbering restarts, as it does 1、", async () => {
    const f = await read(
      "部门整体支出绩效自评表单位(盖章):某镇人民政府部门(单位)名称某镇人民政府部门(单位)总体资金(万元)资金来源年初预算数(A)全年执行数(B)分值(10分)得分年度资金总额:100.0095.00109.5" +
        "年度总体目标年初设定目标年度总体目标完成情况(1)保障机构正常运转。(2)完成年度各项工作任务。(1)机构运转正常。(2)年度各项工作任务按期完成。" +
        "绩效指标一级指标二级指标三级指标年度指标值(A)全年实际值(B)分值得分",
    );
    expect([f.goals.expected, f.goals.actual]).toEqual(["(1)保障机构正常运转。(2)完成年度各项工作任务。", "(1)机构运转正常。(2)年度各项工作任务按期完成。"]);
  });
});

describe("goal texts that hold a label's words, under 年度总体目标完成情况", () => {
  it("keeps 年度总体目标完成情况 a column name of the goals and 财政资金 inside a goal text a word of it", async () => {
    const f = await read(
      "部门整体支出绩效自评表单位(盖章):某镇人民政府部门(单位)名称某镇人民政府部门(单位)总体资金(万元)资金来源年初预算数(A)全年执行数(B)分值(10分)得分年度资金总额:100.0095.00109.5" +
        "年度总体目标年初设定目标年度总体目标完成情况(1)保障机构正常运转。(2)规范财政资金使用。(1)机构运转正常。(2)财政资金使用规范。" +
        "绩效指标一级指标二级指标三级指标年度指标值(A)全年实际值(B)分值得分",
    );
    expect([f.goals.expected, f.goals.actual]).toEqual(["(1)保障机构正常运转。(2)规范财政资金使用。", "(1)机构运转正常。(2)财政资金使用规范。"]);
  });
});

// A mirror form whose funds block is labelled 预算资金(万元) and its total 部门预算资金总额, run on after the
// unit's name: the unit's name ends at the block's label, and the total is the block's first row.
describe("a mirror form's 预算资金(万元) block run on after the unit's name", () => {
  it.each([["预算资金(万元)"], ["预算资金（万元）"]])("%s", async (label) => {
    const f = await read(
      "某市2023年度部门整体支出绩效自评表部门(单位)名称某市政务服务管理局" + label + "年初预算数全年预算数全年执行数分值执行率得分" +
        "部门预算资金总额500.00520.00494.001095.00%9.50财政拨款400.00410.00390.00其他资金100.00110.00104.00" + GOALS,
    );
    expect([f.department, f.funds.rows.map((r) => [r.key, r.initialBudget, r.annualBudget, r.executed])]).toEqual([
      "某市政务服务管理局",
      [["total", 500, 520, 494], ["currentYear", 400, 410, 390], ["other", 100, 110, 104]],
    ]);
  });
});

/**
 * The national department layout flattened onto one line by a document site (flattened-form.ts):
 * 部门预算编码 and 年度主要任务 start rows, the task table's header (总额财政拨款其他资金, whose 其他资金 is
 * a column name, no fund row) is cut after its column names and each task after its amounts, and the
 * 资金结构 rows (财政资金小计, ①基本支出 after the figures before it, 单位其它收入) start rows. Text written
 * for this test, each value typed by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const LINE =
  "某县文化广电旅游局2022年度部门整体支出绩效自评表部门(单位)名称某县文化广电旅游局部门预算编码301005" +
  "年度主要任务任务名称主要内容预算金额(万元)总额财政拨款其他资金文物保护修缮经费实施文物保护修缮工程120.00100.0020.00全民健身设施建设完善全民健身设施85.5085.500.00" +
  "资金结构(万元)年初部门预算安排金额年中调整金额小计年度拨付金额支出实现率结余金额资金结余率合计1000.0050.001050.001000.0095.24%50.004.76%" +
  "财政资金小计900.0050.00950.00905.0095.26%45.004.74%①基本支出600.000.00600.00580.0096.67%20.003.33%②项目支出300.0050.00350.00325.0092.86%25.007.14%" +
  "单位其它收入100.000.00100.0095.0095.00%5.005.00%年度总体目标预期目标实际完成情况完成文物保护修缮和全民健身设施建设。";

describe("a national-layout department form run together onto one line", () => {
  it("reads its header labels, its tasks and its 资金结构 rows", async () => {
    const f = (await parse(LINE + "\n", { path: "national-line.txt" })).forms[0]!;
    expect([f.template, f.department, f.departmentCode]).toEqual(["department", "某县文化广电旅游局", "301005"]);
    expect(f.tasks!.map((t) => [t.name, t.content, t.budget.total, t.budget.fiscal, t.budget.other])).toEqual([
      ["文物保护修缮经费", "实施文物保护修缮工程", 120, 100, 20],
      ["全民健身设施建设", "完善全民健身设施", 85.5, 85.5, 0],
    ]);
    expect(f.funds.rows.map((r) => [r.label, r.initialBudget, r.adjustment, r.annualBudget, r.executed, r.balance, r.balanceRatePercent])).toEqual([
      ["合计", 1000, 50, 1050, 1000, 50, 4.76],
      ["财政资金小计", 900, 50, 950, 905, 45, 4.74],
      ["①基本支出", 600, 0, 600, 580, 20, 3.33],
      ["②项目支出", 300, 50, 350, 325, 25, 7.14],
      ["单位其它收入", 100, 0, 100, 95, 5, 5],
    ]);
  });
});

// The task table's column names as other templates spell them (任务内容 for 主要内容, 其它资金 for
// 其他资金), run together onto one line: the header is still cut after its names and each task after
// its amounts. Text written for this test, each value typed by hand.
describe("a flattened task table whose columns are spelt 任务内容 / 其它资金", () => {
  const head = "某县林业局2021年度部门整体支出绩效自评表部门(单位)名称某县林业局部门预算编码402001";
  const tail = "年度总体目标预期目标实际完成情况完成年度造林和森林防火任务。";
  it.each([
    ["任务名称任务内容预算金额(万元)总额财政拨款其他资金"],
    ["任务名称主要内容预算金额(万元)总额财政资金其它资金"],
    ["任务名称任务内容预算金额(万元)总额财政拨款其它资金"],
  ])("%s", async (columns) => {
    const tasks = "年度主要任务" + columns + "森林防火经费开展森林防火巡查120.00100.0020.00国土绿化专项完成人工造林任务85.5085.500.00";
    const f = (await parse(head + tasks + tail + "\n", { path: "tasks-line.txt" })).forms[0]!;
    expect(f.tasks!.map((t) => [t.name, t.content, t.budget.total, t.budget.fiscal, t.budget.other])).toEqual([
      ["森林防火经费", "开展森林防火巡查", 120, 100, 20],
      ["国土绿化专项", "完成人工造林任务", 85.5, 85.5, 0],
    ]);
  });
});

// The 资金结构 table flattened with its vertical label drawn after the column names and the first row
// (a preview reads across the label's cell where its middle line stands): the column names open the
// header's row, so the unit's name before them ends there and 合计 is the table's total. Text written
// for this test, each value typed by hand.
describe("a flattened 资金结构 table whose label stands after its first row", () => {
  it("reads the unit's name and the table's rows", async () => {
    const line =
      "某县2021年度部门整体支出绩效自评表单位名称某县林业局年初部门预算安排金额年中调整金额小计年度拨付金额支出实现率结余金额资金结余率" +
      "合计1000.0050.001050.001000.0095.24%50.004.76%资金结构(万元)财政资金小计900.0050.00950.00905.0095.26%45.004.74%" +
      "单位其它收入100.000.00100.0095.0095.00%5.005.00%年度总体目标预期目标实际完成情况完成年度造林任务。";
    const f = (await parse(line + "\n", { path: "structure-label-after.txt" })).forms[0]!;
    expect(f.department).toBe("某县林业局");
    expect(f.funds.rows.map((r) => [r.label, r.initialBudget, r.adjustment, r.annualBudget, r.executed])).toEqual([
      ["合计", 1000, 50, 1050, 1000],
      ["财政资金小计", 900, 50, 950, 905],
      ["单位其它收入", 100, 0, 100, 95],
    ]);
  });
});

/**
 * A county's scoring sheet of a project's special funds, titled …专项(项目)资金绩效评价指标表 (Hunan
 * 2016), its columns 一级指标 | 二级指标 | 三级指标 | 指标解释 | 评分说明 | 得分, each item's points printed
 * in brackets after its name and no 分值 column. Each case a small text written for this test, its
 * expected reading typed by hand from the text.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const sheet = (title: string) =>
  [
    title,
    "| 一级指标 | 二级指标 | 三级指标 | 指标解释 | 评分说明 | 得分 |",
    "| 投入(20分) | 项目立项(12分) | 项目立项规范性(4分) | 项目的申请和设立是否按规定办理 | 按程序申请的得2分;材料齐全的得2分 | 4 |",
    "| | 资金落实(8分) | 资金到位率(4分) | 实际到位资金与计划资金的比率 | 到位率达到百分之百的得4分 | 3 |",
    "| 总分 | | | | | 91 |",
  ].join("\n");

describe("a project's special-funds scoring sheet (…资金绩效评价指标表)", () => {
  it("is a self-evaluation of the project form, its title and year read", async () => {
    const doc = await parse(sheet("某县2016年度市级财政专项(项目)资金绩效评价指标表"), { path: "sheet.txt" });
    expect(doc.forms).toHaveLength(1);
    const f = doc.forms[0]!;
    expect([f.template, f.title, f.year]).toEqual(["project", "某县2016年度市级财政专项(项目)资金绩效评价指标表", 2016]);
  });

  it("reads 评分说明 as the rule's column: the 三级 name is the item's, not its explanation", async () => {
    const f = (await parse(sheet("某县2016年度市级财政专项(项目)资金绩效评价指标表"), { path: "sheet.txt" })).forms[0]!;
    const rows = f.indicators.map((i) => [i.level1, i.level2, i.level3, i.weight, i.score]);
    expect(rows).toEqual([
      ["投入", "项目立项(12分)", "项目立项规范性", 4, 4],
      ["投入", "资金落实(8分)", "资金到位率", 4, 3],
    ]);
    expect(f.total.score).toBe(91);
  });

  it("keeps a department's scored indicator table (部门整体支出绩效评价指标表) the department form", async () => {
    const f = (await parse(sheet("某县某局2016年度部门整体支出绩效评价指标表"), { path: "sheet.txt" })).forms[0]!;
    expect(f.template).toBe("department");
  });
});

describe("a 三级 item's points in brackets after its name", () => {
  const form = (weightColumn: boolean) =>
    [
      "项目支出绩效自评表",
      "(2022年度)",
      "项目名称 | 某水库巡查经费 |",
      weightColumn ? "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |" : "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 得分 |",
      weightColumn ? "| 产出指标 | 数量指标 | 巡查次数(10分) | ≥12次 | 12次 | 10 | 10 |" : "| 产出指标 | 数量指标 | 巡查次数(10分) | ≥12次 | 12次 | 10 |",
    ].join("\n");

  it("are the item's weight where no 分值 column gives one", async () => {
    const i = (await parse(form(false), { path: "points.txt" })).forms[0]!.indicators[0]!;
    expect([i.level3, i.weight, i.score]).toEqual(["巡查次数", 10, 10]);
  });

  it("stay in the name as printed where a 分值 column gives the weight", async () => {
    const i = (await parse(form(true), { path: "points.txt" })).forms[0]!.indicators[0]!;
    expect([i.level3, i.weight, i.score]).toEqual(["巡查次数(10分)", 10, 10]);
  });
});

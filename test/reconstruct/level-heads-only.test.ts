/**
 * An indicator header that names only its level columns (一级指标 二级指标 三级指标), the narrow
 * columns' heads drawn elsewhere (a copy of a PDF's drawing order prints them among the first
 * row's cells): the rows go on past the 三级 name in the template's order (指标值, 完成值, 分值,
 * 得分, 偏差原因), as under a header cut after its target. Made-up text, run together a row a line.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const form = (head: string) =>
  [
    "某县项目支出绩效自评表(2021年度)",
    "项目名称乡村图书室建设",
    "主管部门某县文化和旅游局",
    head,
    "产出指标(60分)数量指标新建村级图书室6个6个20 20",
    "质量指标图书室验收合格率是否达标100%100%15 12",
    "时效指标建设完工用时30天28天10 10",
  ].join("\n");

describe("an indicator header of the level columns only", () => {
  it("reads each row's target, completion, 分值 and 得分 in the template's order", async () => {
    const doc = await parse(form("一级指标二级指标三级指标"), { path: "level-heads.txt" });
    expect(doc.forms[0]!.indicators.map((i) => [i.level3, i.target, i.actual, i.weight, i.score])).toEqual([
      ["新建村级图书室", "6个", "6个", 20, 20],
      ["图书室验收合格率是否达标", "100%", "100%", 15, 12],
      ["建设完工用时", "30天", "28天", 10, 10],
    ]);
  });

  it("reads the same rows alike under a header that names every column", async () => {
    const doc = await parse(form("一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施"), { path: "full-heads.txt" });
    expect(doc.forms[0]!.indicators.map((i) => [i.level3, i.target, i.actual, i.weight, i.score])).toEqual([
      ["新建村级图书室", "6个", "6个", 20, 20],
      ["图书室验收合格率是否达标", "100%", "100%", 15, 12],
      ["建设完工用时", "30天", "28天", 10, 10],
    ]);
  });
});

/**
 * A self-evaluation report's cover, then its body opening on the same title with the unit's name
 * before it: one report, the cover's title kept (report-body-heading.ts). Text written for this test.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const cover = (unitLine: string) => [
  "某县2022年度部门整体支出绩效自评报告",
  `部门(单位)名称: ${unitLine}`,
  "预算编码: 301002",
  "报告日期: 2023年3月10日",
];
const read = async (lines: string[]) => (await parse(lines.join("\n") + "\n", { path: "report.txt" })).forms;

describe("a report's body heading after its cover", () => {
  it.each([["某县民政局"], ["某县民政局(单位)"]])("is the same report (unit printed %s)", async (unit) => {
    const forms = await read([...cover(unit), "某县民政局2022年部门整体支出绩效自评报告", "一、部门基本情况", "(一)部门职责。负责全县社会救助工作。"]);
    expect(forms.map((f) => [f.title, f.year, f.department])).toEqual([["某县2022年度部门整体支出绩效自评报告", 2022, unit]]);
  });

  it("starts a second form where the heading names another unit", async () => {
    const forms = await read([...cover("某县民政局"), "某县交通局2022年部门整体支出绩效自评报告", "部门(单位)名称: 某县交通局"]);
    expect(forms.map((f) => f.department)).toEqual(["某县民政局", "某县交通局"]);
  });

  it("starts a second form after the first form's table", async () => {
    const forms = await read([
      ...cover("某县民政局"),
      "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
      "| 产出指标 | 数量指标 | 救助人数 | ≥300人 | 320人 | 100 | 100 |",
      "某县民政局2022年部门整体支出绩效自评报告",
    ]);
    expect(forms).toHaveLength(2);
  });
});

/**
 * scripts/field/perturb.ts's run-together-rows on made-up one-cell-a-line text: each row's cells
 * run together on a line, and a page heading above the table's first cell (no pipe closes it)
 * stays a line of its own instead of running into the form's title.
 */
import { describe, expect, it } from "vitest";
import { VARIATIONS } from "../../scripts/field/perturb.js";

const runTogether = VARIATIONS["run-together-rows"]!;

describe("run-together-rows", () => {
  it("keeps a heading above the table on its own line", () => {
    const text = [
      "某某局2022年部门决算公开报告",
      "",
      "|",
      "项目支出绩效自评表 |",
      "||||",
      "项目名称 |",
      "某项工作经费 |",
      "||||",
      "主管部门 |",
      "某某局 |",
      "||||",
      "年度资金总额 |",
      "10 |",
      "10 |",
      "||||",
      "一级指标 |",
      "二级指标 |",
      "||||",
      "产出指标 |",
      "数量指标 |",
      "||||",
    ].join("\n");
    expect(runTogether(text).split("\n")).toEqual([
      "某某局2022年部门决算公开报告",
      "项目支出绩效自评表",
      "项目名称某项工作经费",
      "主管部门某某局",
      "年度资金总额1010",
      "一级指标二级指标",
      "产出指标数量指标",
    ]);
  });
});

/**
 * A heading of the goals block printed in the row of the goal columns' names (项目基本情况 |
 * 1.项目年度目标完成情况 | 项目年度目标 | 年度目标完成情况): no goal text, the goals are the texts under
 * the names. A text between the two names stays a goal. Texts written for this test; the expected
 * values typed from them.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const form = (goalsRows: string[]) =>
  [
    "部门预算项目支出绩效自评表(2023年度) | | |",
    "项目名称 | 社区图书室图书更新 | | |",
    "主管部门 | 某县文化和旅游局 | 实施单位 | 某县图书馆 |",
    ...goalsRows,
    "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
    "产出指标 | 数量指标 | 新增图书 | ≥2000册 | 2150册 | 20 | 20 |",
  ].join("\n") + "\n";

describe("a heading in the goals' names row", () => {
  it("is no goal text", async () => {
    const f = (await parse(form(["项目基本情况 | 1.项目年度目标完成情况 | 项目年度目标 | 年度目标完成情况 |", "为十个社区图书室更新图书,方便居民就近借阅。 | 已为十个社区图书室更新图书2150册。 |"]), { path: "g.txt" })).forms[0]!;
    expect(f.goals).toEqual({ expected: "为十个社区图书室更新图书,方便居民就近借阅。", actual: "已为十个社区图书室更新图书2150册。" });
  });

  it("a goal between the two names stays one", async () => {
    const f = (await parse(form(["年度总体目标 | 预期目标 | 为十个社区图书室更新图书。 | 实际完成情况 | 已更新图书2150册。 |"]), { path: "h.txt" })).forms[0]!;
    expect(f.goals).toEqual({ expected: "为十个社区图书室更新图书。", actual: "已更新图书2150册。" });
  });
});

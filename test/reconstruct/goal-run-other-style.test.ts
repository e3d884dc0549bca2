import { describe, expect, it } from "vitest";
import { goalRunCut } from "../../src/reconstruct/goal-run.js";
import { parse } from "../../src/pipeline.js";

// Two goal texts run together, the goal's items numbered 目标1:, the completion's numbered in
// another style (1. or 1、). All text made up.
describe("a completion numbering its items in another style begins where its list does", () => {
  it.each([
    ["目标1:力争考核取得第一。目标2:争创综合考核先进。1.考核中取得第一名。2.获评先进单位。", "1.考核中取得第一名。2.获评先进单位。"],
    ["目标1:完成培训200人次。目标2:开展宣传10场。1、完成培训210人次。2、开展宣传12场。", "1、完成培训210人次。2、开展宣传12场。"],
  ])("%s", (text, completion) => {
    const at = goalRunCut(text);
    expect(at === null ? null : text.slice(at)).toBe(completion);
  });

  it.each([
    // no second item in that style: no list
    ["目标1:完成培训。目标2:开展宣传。1.已完成。"],
    // a decimal after a sentence's end is no list's number
    ["目标1:完成培训。目标2:开展宣传。1.5万元用于培训,2.5万元用于宣传。"],
    // the goal's own numbering only
    ["目标1:完成培训。目标2:开展宣传。"],
  ])("leaves %s whole", (text) => {
    expect(goalRunCut(text)).toBeNull();
  });
});

describe("a spaced goals row whose two texts ran together", () => {
  it("parts them as a run-together row's", async () => {
    const text =
      "项目支出绩效自评表\n项目名称 某某经费\n主管部门 某局\n实施单位 某局\n" +
      "年度总体目标 预期目标 实际完成情况 目标1:力争考核取得第一。目标2:争创综合考核先进。1.考核中取得第一名。2.获评先进单位。\n" +
      "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n产出指标 数量指标 培训人次 200 210 50 50\n总分 100 100\n";
    const f = (await parse(text, { path: "a.txt" })).forms[0]!;
    expect(f.goals).toMatchObject({ expected: "目标1:力争考核取得第一。目标2:争创综合考核先进。", actual: "1.考核中取得第一名。2.获评先进单位。" });
  });
});

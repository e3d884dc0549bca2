/**
 * An excerpt that starts inside the indicator table of a form that prints each row's completion
 * rate (完成率 = 实际值 ÷ 目标值) between the completion and the points: with no header to name the
 * columns, the rate is no part of the completion. A small text written for this test, its expected
 * reading typed by hand from the text.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

describe("a headerless row with a completion rate", () => {
  it("reads the target, the completion, 分值 and 得分 around the rate", async () => {
    const text = [
      "产出指标 数量指标 培训乡村教师人数 80 60 75.00% 20.00 15 部分教师因教学任务冲突未能参训。",
      "产出指标 质量指标 培训考核合格率 95 90 94.74% 20.00 18  ",
      "效益指标 社会效益指标 受训教师课堂教学改进 80 88 110.00% 30.00 30  ",
    ].join("\n");
    const f = (await parse(text, { path: "headerless-rate.txt" })).forms[0]!;
    const rows = (f.indicators as Array<Record<string, unknown>>).map((i) => [i.level2, i.level3, i.target, i.actual, i.weight, i.score, i.deviation]);
    expect(rows).toEqual([
      ["数量指标", "培训乡村教师人数", "80", "60", 20, 15, "部分教师因教学任务冲突未能参训。"],
      ["质量指标", "培训考核合格率", "95", "90", 20, 18, null],
      ["社会效益指标", "受训教师课堂教学改进", "80", "88", 30, 30, null],
    ]);
  });
});

/**
 * Two cells holding the same long text, read by a PDF's text layer line by line across the row:
 * each line twice in a row (perturb.ts layout-lines). Texts written for this test.
 */
import { describe, expect, it } from "vitest";
import { untwinLines } from "../../src/extract/text/twin-lines.js";
import { parse } from "../../src/pipeline.js";

describe("twin lines read across two cells", () => {
  it.each([
    {
      name: "a run of long twins and the short last line: the first copy, then the second",
      lines: ["预期目标", "目标1:完成村道硬化十二公里", "目标1:完成村道硬化十二公里", "并同步建设排水边沟。", "并同步建设排水边沟。", "里程", "里程", "20"],
      want: ["预期目标", "目标1:完成村道硬化十二公里", "并同步建设排水边沟。", "里程", "目标1:完成村道硬化十二公里", "并同步建设排水边沟。", "里程", "20"],
    },
    {
      name: "a row's values printed twice (short) stay as they are",
      lines: ["硬化里程", "≥12公里", "≥12公里", "10", "10", "是", "是"],
      want: ["硬化里程", "≥12公里", "≥12公里", "10", "10", "是", "是"],
    },
    {
      name: "one pair of long twins alone is no run",
      lines: ["完成村道硬化十二公里并验收合格", "完成村道硬化十二公里并验收合格", "10"],
      want: ["完成村道硬化十二公里并验收合格", "完成村道硬化十二公里并验收合格", "10"],
    },
  ])("$name", ({ lines, want }) => {
    expect(untwinLines(lines)).toEqual(want);
  });

  it("reads both goal texts whole from one cell a line", async () => {
    // Wrapped at the column's width (20 characters), as a dump wraps it.
    const whole = "目标1:完成村道硬化十二公里并同步建设排水边沟和护栏，设置错车道六处；目标2:完成危桥改造两座并通过交工验收；目标3:建立村道日常养护制度，落实养护人员和经费，每月考核一次。";
    const goal = [...whole].reduce<string[]>((ls, c, k) => (k % 20 === 0 ? [...ls, c] : [...ls.slice(0, -1), ls.at(-1)! + c]), []);
    const text = [
      "项目支出绩效自评表", "（2023年度）", "项目名称", "村道硬化", "主管部门", "交通运输局", "实施单位", "农村公路站",
      "项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "年度资金总额", "300", "300", "296",
      "年度总体目标", "预期目标", "实际完成情况",
      ...goal.flatMap((l) => [l, l]),
      "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
      "产出指标", "数量指标", "硬化里程", "≥12公里", "12.4公里", "20", "20",
    ].join("\n");
    const form = (await parse(new TextEncoder().encode(text), { path: "made-up.txt" })).forms[0]!;
    expect(form.goals.expected).toBe(goal.join(""));
    expect(form.goals.actual).toBe(goal.join(""));
  });
});

import { describe, expect, it } from "vitest";
import { twinGoalText } from "../../../src/reconstruct/text-rows/twin-goal-pieces.js";
import { goalRunCut } from "../../../src/reconstruct/goal-run.js";
import { parse } from "../../../src/pipeline.js";

// The goals' two columns holding one text, read line by line across them at two widths and run onto
// one line by a document site. All text made up.
const GOAL = "1.完成全县河道日常巡查,及时发现问题并督促整改。2.开展河道保洁,保持水面整洁,群众满意。";
const lines = (t: string, w: number) => t.match(new RegExp(`.{1,${w}}`, "gu"))!;
/** The two columns' lines in turn, the goals' vertical label's halves between. */
function interleaved(a: string[], b: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i === 1) out.push("年度总体");
    if (i === 2) out.push("目标");
    if (a[i]) out.push(a[i]!);
    if (b[i]) out.push(b[i]!);
  }
  return out;
}

describe("twinGoalText", () => {
  it("deals the pieces to two columns that spell one text", () => {
    expect(twinGoalText(interleaved(lines(GOAL, 14), lines(GOAL, 18)))).toEqual([GOAL, GOAL]);
  });

  it("takes the second cut short only where the excerpt ends inside it", () => {
    // (The completion's column, narrower, has a line more: the excerpt ends before it.)
    const pieces = interleaved(lines(GOAL, 18), lines(GOAL, 14)).slice(0, -1);
    expect(twinGoalText(pieces)).toBeNull();
    const [a, b] = twinGoalText(pieces, true)!;
    expect(a).toBe(GOAL);
    expect(GOAL.startsWith(b)).toBe(true);
  });

  it("leaves two different texts as read", () => {
    const other = "1.全年巡查河道52次,整改问题18个。2.保洁覆盖全部河段,群众满意度达到95%。";
    expect(twinGoalText(interleaved(lines(GOAL, 14), lines(other, 18)))).toBeNull();
  });
});

describe("goal-run: a copy cut short", () => {
  it("cuts before a second copy that keeps nine tenths of the text", () => {
    expect(goalRunCut(GOAL + GOAL.slice(0, -3))).toBe(GOAL.length);
  });
});

describe("a one-line dump whose goal columns hold one text", () => {
  it("reads both goals", async () => {
    const line =
      "项目支出绩效自评表 (2021年度) 项目名称 河道巡查经费 主管部门 某某县水务局 实施单位 某某县水务局 " +
      "项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 80 80 76 10 95% 9.5 " +
      "预期目标 实际完成情况 " + interleaved(lines(GOAL, 14), lines(GOAL, 18)).join(" ") + " " +
      "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标 数量指标 巡查次数 ≥50次 52次 20 20 总分 100 95";
    const f = (await parse(line, { path: "twin-goals.txt" })).forms[0]!;
    expect(f.goals).toEqual({ expected: GOAL, actual: GOAL });
  });
});

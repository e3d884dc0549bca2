import { describe, expect, it } from "vitest";
import { goalRunCut } from "../../src/reconstruct/goal-run.js";

// Two goal texts run together, each a list numbered 1、2、…: a list of ten items or more prints 11、,
// which is no restart of the numbering. All text made up.
const items = (n: number, word: string) => Array.from({ length: n }, (_, k) => `${k + 1}、${word}第${k + 1}项任务`).join("；") + "。";

describe("a goal list of more than ten items run into its completion's list", () => {
  it("cuts where 1、 starts anew, not inside 11、", () => {
    const goal = items(12, "完成");
    const done = items(3, "已完成");
    const at = goalRunCut(goal + done);
    expect(at === null ? null : (goal + done).slice(at)).toBe(done);
  });

  it("finds no restart in one list of twelve items", () => {
    expect(goalRunCut(items(12, "完成"))).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { goalRunCut } from "../../src/reconstruct/goal-run.js";

// Two goal texts run together where the completion repeats the goal word for word. All text made up.
describe("a goal run that is one text printed twice", () => {
  it("is cut between the copies, whatever numbering the text uses", () => {
    const goal = "1.完成全县河道日常巡查,及时发现问题。2.开展河道保洁,保持水面整洁。";
    expect(goalRunCut(goal + goal)).toBe(goal.length);
    const plain = "完成全县河道日常巡查并督促整改落实";
    expect(goalRunCut(plain + plain)).toBe(plain.length);
  });
});

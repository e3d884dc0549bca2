import { describe, expect, it } from "vitest";
import { joinBrokenGoalPieces } from "../../src/reconstruct/broken-goal-pieces.js";
import type { RawValue } from "../../src/reconstruct/raw-form.js";

// Goal texts one cell a line, a text broken before a figure. All text made up.
const raw = (text: string): RawValue => ({ text, source: { line: 1 } });
const texts = (r: [RawValue, RawValue] | null) => r?.map((t) => t.text) ?? null;

describe("goal pieces broken before a figure", () => {
  it("joins a piece that stops mid-phrase to the next, leaving the two goals", () => {
    const goal = "按期完成道路养护任务,保障群众出行安全。";
    expect(texts(joinBrokenGoalPieces([raw(goal), raw("全年安排养护资金80万元,实际支出"), raw("76.4万元,资金执行率为"), raw("95.5%。")]))).toEqual([
      goal,
      "全年安排养护资金80万元,实际支出76.4万元,资金执行率为95.5%。",
    ]);
  });

  it("keeps an item of a list apart, and leaves pieces that do not come to two texts", () => {
    // The second piece opens a list (1、): no join across it, and the items end their sentences.
    expect(joinBrokenGoalPieces([raw("完成道路养护任务"), raw("1、养护道路86公里。"), raw("2、修补坑槽1200平方米。")])).toBeNull();
    expect(texts(joinBrokenGoalPieces([raw("完成道路养护任务。"), raw("养护道路86公里,修补坑槽"), raw("(2)清理边沟。")]))).toBeNull();
    // Three texts each ending a sentence: nothing tells which go together.
    expect(joinBrokenGoalPieces([raw("目标一。"), raw("目标二。"), raw("完成。")])).toBeNull();
    // Two texts are the block's two goals as read.
    expect(joinBrokenGoalPieces([raw("完成道路养护任务"), raw("86公里")])).toBeNull();
  });
});

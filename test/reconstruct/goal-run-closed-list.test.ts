import { describe, expect, it } from "vitest";
import { goalRunCut } from "../../src/reconstruct/goal-run.js";

// Two goal texts run together, the goal a list numbered 1、…；2、…。 and the completion not numbered:
// the list's full stop after its last item, the items parted by semicolons, ends the goal. All text made up.
describe("a numbered goal list closed by a full stop before an unnumbered completion", () => {
  it.each([
    ["1、完成人工造林300亩；2、森林火灾受害率控制在0.9‰以内；3、做好林业有害生物防治。全年完成造林320亩，未发生重大森林火灾。", "全年完成造林320亩，未发生重大森林火灾。"],
    ["(1)保障机构正常运转；(2)完成年度各项工作任务。机构运转正常，各项工作任务按期完成。", "机构运转正常，各项工作任务按期完成。"],
  ])("%s", (text, completion) => {
    const at = goalRunCut(text);
    expect(at === null ? null : text.slice(at)).toBe(completion);
  });

  it.each([
    // items parted by full stops: the last item may hold several sentences
    "1、完成人工造林300亩。2、做好林业有害生物防治。加强苗木管护。",
    // the list alone, nothing after it
    "1、完成人工造林300亩；2、做好林业有害生物防治。",
    // one item only
    "1、完成人工造林300亩。全年完成造林320亩。",
  ])("finds no cut in %s", (text) => {
    expect(goalRunCut(text)).toBeNull();
  });
});

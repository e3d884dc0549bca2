import { describe, expect, it } from "vitest";
import { goalRunCut } from "../../src/reconstruct/goal-run.js";

// Two goal texts run together, nothing printed between them but a sentence's end: the completion
// reports on what the goal named, in the goal's words. All text made up.
describe("a completion that says the goal's words again", () => {
  it.each([
    // the completion's first sentence restates a phrase of the goal's
    [
      "在老城区改造雨污分流管网,新建管网12公里,改善城区排水条件。雨污分流管网改造方案须经住建部门审定,开工因此推迟。方案审定后即进场施工。",
      "雨污分流管网改造方案须经住建部门审定,开工因此推迟。方案审定后即进场施工。",
    ],
    // a goal numbered 目标1: 目标2: with items parted by full stops, the completion not numbered: the
    // sentence after the last item that restates it
    [
      "目标1:年底前完成全部线路改造,减少老旧线路带来的隐患。目标2:为城东片区8个小区更换入户电表,保障居民用电。工程于11月底全部完工,城东片区8个小区已更换入户电表,居民用电更加安全。",
      "工程于11月底全部完工,城东片区8个小区已更换入户电表,居民用电更加安全。",
    ],
    // the restated words in the completion's second clause, Latin letters among them
    [
      "开发城市服务APP查询功能,增设办事指南、预约挂号。预计年内上线运行。服务平台建设项目,其中:城市服务APP查询功能开发合同金额为12万元,已验收。",
      "服务平台建设项目,其中:城市服务APP查询功能开发合同金额为12万元,已验收。",
    ],
  ])("%s", (text, completion) => {
    const at = goalRunCut(text);
    expect(at === null ? null : text.slice(at)).toBe(completion);
  });

  it.each([
    // no sentence restates another: nothing tells where the completion starts
    "完成人工造林300亩。做好林业有害生物防治。加强苗木管护。",
    // the next numbered item restating the first is still the goal's list
    "目标1:改造老城区雨污分流管网。目标2:老城区雨污分流管网全部接入污水厂。",
    // a short word said again is no restatement (老旧小区: four characters)
    "完成老旧小区改造。推进老旧小区加装电梯。",
    // nor an amount said again (digits, too few words)
    "下达补助资金350.25万元。拨付补助350.25万元到村。",
  ])("finds no cut in %s", (text) => {
    expect(goalRunCut(text)).toBeNull();
  });
});

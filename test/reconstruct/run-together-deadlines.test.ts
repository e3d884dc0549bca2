import { describe, expect, it } from "vitest";
import { atomize } from "../../src/reconstruct/run-together.js";
import { parse } from "../../src/pipeline.js";

// A deadline (12月底前完成, 年底前达到) run together with the figures before it: the deadline and
// what is due by it are one value, the month's figure its own. All text made up.
describe("a deadline run together", () => {
  it("keeps what is due by the deadline in the deadline's piece", () => {
    expect(atomize({ text: "按期完成验收工作511月底前完成已完成", source: {} }).map((a) => a.text)).toEqual(["按期", "完成", "验收工作", "511", "月底前完成", "已完成"]);
    expect(atomize({ text: "年底前达到年底前达到55", source: {} }).map((a) => a.text)).toEqual(["年底前达到", "年底前达到", "55"]);
  });

  it("reads the month's figure with its deadline, not as the target and the completion", async () => {
    const text = [
      "项目支出绩效自评表",
      "项目名称某某站点改造",
      "主管部门某某局实施单位某某中心",
      "一级指标二级指标三级指标分值年度指标值全年实际值得分计算方法得分",
      "产出指标时效指标按期完成站点改造511月底前完成基本完成按进度计分4",
      "合计10090",
    ].join("\n");
    const form = (await parse(text, { path: "deadline.txt" })).forms[0]!;
    expect(form.indicators.map((i) => [i.level3, i.weight, i.target, i.actual, i.score])).toEqual([["按期完成站点改造", 5, "11月底前完成", "基本完成", 4]]);
  });
});

import { describe, expect, it } from "vitest";
import { classify } from "../../src/reconstruct/classify.js";
import { atomize } from "../../src/reconstruct/run-together.js";
import { parse } from "../../src/pipeline.js";

// A unit printed with its scale before it (120万平方米, 3.2万人次) or a unit the list lacked (组,
// 剂次): one quantity with its figure, in run-together rows as in any cell. All text made up.
describe("a unit with its scale, and units of counted things", () => {
  it.each(["120万平方米", "≥3.2万人次", "不少于45万册", "300组", "≥5000剂次", "2亿元"])("%s is a quantity", (text) => {
    expect(classify(text).kind).toBe("quantity");
  });

  it("keeps a scaled unit whole after its figure in run-together atoms", () => {
    expect(atomize({ text: "不少于120万平方米98万平方米55", source: {} }).map((a) => a.text)).toEqual(["不少于", "120万平方米", "98万平方米", "55"]);
    // a scale alone after an amount stays the amount's (150万150万100%)
    expect(atomize({ text: "150万150万100%", source: {} }).map((a) => a.text)).toEqual(["150万", "150万", "100", "%"]);
  });

  it("reads the target and the completion of a row whose unit carries its scale", async () => {
    const text = [
      "项目支出绩效自评表",
      "项目名称某某绿地养护",
      "主管部门某某局实施单位某某中心",
      "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施",
      "产出指标数量指标绿地养护面积不少于120万平方米98万平方米108",
      "质量指标培训组数≥300组320组1010",
      "合计10090",
    ].join("\n");
    const form = (await parse(text, { path: "units.txt" })).forms[0]!;
    expect(form.indicators.map((i) => [i.level3, i.target, i.actual, i.weight, i.score])).toEqual([
      ["绿地养护面积", "不少于120万平方米", "98万平方米", 10, 8],
      ["培训组数", "≥300组", "320组", 10, 10],
    ]);
  });
});

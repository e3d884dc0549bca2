import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

/**
 * One cell a line, a row with no target printed: its 三级 name numbered as the template prints it
 * (`指标1:…`, ending on a figure, `…不超过20%`), then the completion and the points. The numbered text is the row's name, not its
 * target, whatever the cells after it. Every text made up.
 */
const lines = [
  "某县政务服务项目支出绩效自评表",
  "项目名称",
  "政务服务窗口考核奖励",
  "一级指标",
  "二级指标",
  "三级指标",
  "年度指标值",
  "实际完成值",
  "分值",
  "得分",
  "偏差原因分析及改进措施",
  "产出指标",
  "数量指标",
  "指标1:窗口人员月度考核全覆盖,优秀比例不超过20%",
  "达成预期指标",
  "15",
  "15",
  "质量指标",
  "指标1:考核结果与奖励挂钩,服务差评按期整改到位",
  "达成预期指标",
  "15",
  "14",
  "",
];

describe("a numbered 三级 name in a row that prints no target", () => {
  it("is the row's name, the verdict its completion", async () => {
    const f = (await parse(lines.join("\n"), { path: "numbered-name.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level3, i.target, i.actual, i.weight, i.score])).toEqual([
      ["窗口人员月度考核全覆盖,优秀比例不超过20%", null, "达成预期指标", 15, 15],
      ["考核结果与奖励挂钩,服务差评按期整改到位", null, "达成预期指标", 15, 14],
    ]);
  });
});

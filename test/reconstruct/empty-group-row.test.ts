/**
 * A group of the template the unit gave no indicator (`生态效益指标`, then blank cells and a 0): no
 * indicator, and no scored one of 0 points; the group's name is still the context of the rows after
 * it. Texts written for this test; the expected values typed from them.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const HEAD = [
  "项目支出绩效自评表",
  "(2022年度)",
  "项目名称 科技服务下乡",
  "主管部门 某县科技局 实施单位 某县科技局",
  "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
  "效益指标(30分) 社会效益指标 农技培训覆盖面 扩大 达成预期指标 15 15",
];
const TAIL = "满意度指标(10分) 满意度指标 农户满意度 ≥90% 95% 10 10";

const rows = (f: { indicators: { level1: string | null; level2: string | null; level3: string | null; score: number | null }[] }) =>
  f.indicators.map((i) => [i.level1, i.level2, i.level3, i.score]);

describe("a group's name with only a zero", () => {
  it.each([
    ["its points alone after blank cells", "生态效益指标         0  "],
    ["its points as 0.00 twice", "生态效益指标   0.00 0.00"],
  ])("is no indicator: %s", async (_name, line) => {
    const f = (await parse([...HEAD, line, TAIL].join("\n") + "\n", { path: "g.txt" })).forms[0]!;
    expect(rows(f)).toEqual([
      ["效益指标", "社会效益指标", "农技培训覆盖面", 15],
      ["满意度指标", "满意度指标", "农户满意度", 10],
    ]);
  });

  it("an indicator scored 0 under its own name stays one", async () => {
    const f = (await parse([...HEAD, "生态效益指标 植被恢复面积 ≥100亩 0亩 5 0", TAIL].join("\n") + "\n", { path: "h.txt" })).forms[0]!;
    expect(rows(f)[1]).toEqual(["效益指标", "生态效益指标", "植被恢复面积", 0]);
  });
});

import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

// A 一级 name printed anew with no 二级 beside it. All text made up.
const form = (rows: string[]) =>
  [
    "2023年度项目支出绩效自评表",
    "项目名称 农村饮水安全维护项目",
    "主管部门 某县水利局 实施单位 某县供水站",
    "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
    ...rows,
    "总分 100 96",
  ].join("\n");
const levels = async (rows: string[]) => (await parse(form(rows), { path: "rows.txt" })).forms[0]!.indicators.map((i) => [i.level1, i.level2, i.level3]);

describe("the 二级 of the group before a new 一级", () => {
  it("does not carry when the template puts it under another 一级", async () => {
    expect(
      await levels([
        "产出指标 数量指标 维修管网长度 ≥20公里 22公里 20 20",
        "成本指标 维修单价 ≤5万元/公里 4.8万元/公里 10 10",
        "效益指标 受益人口 ≥8000人 8200人 30 28",
        "满意度指标 服务对象满意度指标 用水户满意度 ≥90% 93% 20 18",
      ]),
    ).toEqual([
      ["产出指标", "数量指标", "维修管网长度"],
      ["产出指标", "成本指标", "维修单价"],
      ["效益指标", null, "受益人口"],
      ["满意度指标", "服务对象满意度指标", "用水户满意度"],
    ]);
  });

  it("still carries within its own 一级", async () => {
    expect(
      await levels([
        "产出指标 数量指标 维修管网长度 ≥20公里 22公里 20 20",
        "产出指标 新建水池 ≥3座 3座 10 10",
      ]),
    ).toEqual([
      ["产出指标", "数量指标", "维修管网长度"],
      ["产出指标", "数量指标", "新建水池"],
    ]);
  });
});

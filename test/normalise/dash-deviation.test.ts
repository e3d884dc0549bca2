/**
 * A 偏差原因 printed as a dash or slash alone (`——`, `-`, `/`) is a place left blank: null, whether
 * the row's cells were parted by pipes or by spaces. Texts written for this test; the expected
 * values typed from them.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const form = (dash: string) =>
  [
    "某县转移支付区域(项目)绩效目标自评表",
    "(2023年度)",
    "转移支付(项目)名称 乡村文化广场建设",
    "一级指标 二级指标 三级指标 指标值 全年实际完成值 未完成原因和改进措施",
    `产出指标 数量指标 指标1:新建文化广场 3个 3个 ${dash}`,
    "质量指标 指标1:验收合格率 100% 90% 一处地面返修,已督促整改。",
  ].join("\n") + "\n";

describe("a dash for 偏差原因", () => {
  it.each(["——", "—", "-", "/", "／"])("%j is null", async (dash) => {
    const f = (await parse(form(dash), { path: "d.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level3, i.actual, i.deviation])).toEqual([
      ["新建文化广场", "3个", null],
      ["验收合格率", "90%", "一处地面返修,已督促整改。"],
    ]);
  });
});

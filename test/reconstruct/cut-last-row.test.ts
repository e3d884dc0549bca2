/**
 * An excerpt that ends inside a row: what was read of that row is kept, its names read against
 * the groups before it. Text written for this test, each value typed by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

describe("a table cut inside its last row", () => {
  it("reads 成本指标 after 时效指标 under 产出指标 as a 二级, though the row has no values", async () => {
    const text = [
      "项目支出绩效自评表 |",
      "项目名称 | 某县图书馆免费开放 |",
      "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 | 偏差原因 |",
      "产出指标 | 数量指标 | 开放天数 | ≥300天 | 310天 | |",
      "时效指标 | 按时开放率 | =100% | =100% | |",
      "成本指标 | 图书馆日常运转经",
    ].join("\n");
    const doc = await parse(text, { path: "cut.txt" });
    const f = doc.forms[0]!;
    expect(f.indicators.map((i) => [i.level1, i.level2, i.level3])).toEqual([
      ["产出指标", "数量指标", "开放天数"],
      ["产出指标", "时效指标", "按时开放率"],
      ["产出指标", "成本指标", "图书馆日常运转经"],
    ]);
  });
});

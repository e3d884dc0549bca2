/**
 * An indicator header on two rows whose lower row names only the value's parts (指标值 spanning
 * 预期 | 实际), one cell a line: a small text written for this test, its expected reading typed by
 * hand from the text.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

describe("指标值 spanning 预期 | 实际, one cell a line", () => {
  it("reads 预期 as the target's column and 实际 as the actual's, where the rows print them", async () => {
    const text = [
      "项目支出绩效自评表",
      "项目名称", "村道修缮",
      "一级指标", "二级指标", "三级指标", "指标值", "分值", "得分", "预期", "实际",
      "产出指标", "数量指标", "修缮村道长度", "≥3公里", "3.2公里", "20", "20",
      "效益指标", "社会效益指标", "村民出行条件", "改善", "明显改善", "10", "9",
    ].join("\n");
    const doc = await parse(text, { path: "two-row-head.txt" });
    expect(doc.forms).toHaveLength(1);
    expect(doc.forms[0]!.indicators.map((i) => [i.level3, i.target, i.actual, i.weight, i.score])).toEqual([
      ["修缮村道长度", "≥3公里", "3.2公里", 20, 20],
      ["村民出行条件", "改善", "明显改善", 10, 9],
    ]);
  });
});

/**
 * The indicator table's column of reasons spelled 产生差异的原因及改进措施 (Hunan 2020), one cell a line:
 * the rows' reasons, not a name of the table. A small text written for this test, its expected
 * reading typed by hand from the text.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

describe("产生差异的原因及改进措施 as the indicator table's last column", () => {
  it("holds the row's reason; a row that leaves it empty has none", async () => {
    const text = [
      "项目支出绩效自评表", "(2020年度)",
      "项目名称", "某祠堂修缮经费",
      "绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "产生差异的原因及改进措施",
      "产出指标", "数量指标", "修缮面积", "≥200平方米", "180平方米", "受雨季影响工期顺延",
      "质量指标", "验收合格率", "100%", "100%", "",
    ].join("\n");
    const doc = await parse(text, { path: "reasons.txt" });
    const rows = doc.forms[0]!.indicators.map((i) => [i.level3, i.target, i.actual, i.deviation]);
    expect(rows).toEqual([
      ["修缮面积", "≥200平方米", "180平方米", "受雨季影响工期顺延"],
      ["验收合格率", "100%", "100%", null],
    ]);
    expect(doc.diagnostics.some((d) => /产生差异的原因/.test(d.message))).toBe(false);
  });
});

/**
 * One cell a line, cut into rows by the template: each case a small text written for this test,
 * its expected reading typed by hand from the text.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

describe("one cell a line: rows the template does not name", () => {
  it("a fund row under a label the template does not know ends at the table's width, and the next row starts at its own label", async () => {
    const text = [
      "某补助资金转移支付项目绩效目标自评表",
      "转移支付(项目)名称", "某补助资金",
      "资金投入情况(万元)", "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A×100%)",
      "年度资金总额:", "300", "300", "100%",
      "其中:中央财政资金", "100", "100", "100%",
      "福彩公益金用于某项救助", "20", "20", "100%",
      "地方资金", "180", "180", "100%",
      "其他资金",
      "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
      "产出指标", "数量指标", "救助人次", "≥100人次", "120人次",
    ].join("\n");
    const f = (await parse(text, { path: "funds.txt" })).forms[0]!;
    const rows = f.funds.rows.map((r) => [r.label, r.annualBudget ?? null, r.executed ?? null]);
    expect(rows).toEqual([
      ["年度资金总额:", 300, 300],
      ["其中:中央财政资金", 100, 100],
      ["福彩公益金用于某项救助", 20, 20],
      ["地方资金", 180, 180],
      ["其他资金", null, null],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { cutAtRowStarts } from "../../../src/reconstruct/text-rows/flattened-form.js";

// The indicator table's label 年度绩效指标完成情况 run on after the goals' last sentence: its row
// begins at 年度, not at 绩效指标 with 年度 left on the goal. Made up.
describe("年度绩效指标完成情况 starts its row whole", () => {
  it("takes its 年度 with it", () => {
    const rows = cutAtRowStarts("项目支出绩效自评表项目名称某某经费主管部门某局实施单位某局年度总体目标预期目标实际完成情况完成培训。已完成培训。年度绩效指标完成情况一级指标二级指标三级指标年度指标值实际完成值分值得分");
    expect(rows).toContain("年度总体目标预期目标实际完成情况完成培训。已完成培训。");
    expect(rows.some((r) => r.startsWith("年度绩效指标完成情况"))).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { cutAtRowStarts } from "../../../src/reconstruct/text-rows/flattened-form.js";

// The rows a form prints under its indicator table (评价结论, 存在问题, 改进措施) and its signature
// line (项目负责人:, 财务负责人:), run on after the total's figures when a preview flattened the
// form. All text made up.
const HEAD = "项目支出绩效自评表项目名称某某补助主管部门某某局实施单位某某中心一级指标二级指标三级指标年度指标值实际完成值分值得分";

describe("trailer rows of a flattened form", () => {
  it.each([
    // after the total's figures, a sentence's end, a signature label left blank
    ["合计9088评价结论项目按期完成,效果良好。存在问题资金下达偏晚。改进措施提前谋划。项目负责人:王某财务负责人:", ["合计9088", "评价结论项目按期完成,效果良好。", "存在问题资金下达偏晚。", "改进措施提前谋划。", "项目负责人:王某", "财务负责人:"]],
    ["合计100100存在问题及改进措施无单位负责人:填表人:李某", ["合计100100", "存在问题及改进措施无", "单位负责人:", "填表人:李某"]],
  ])("%s", (tail, expected) => {
    const rows = cutAtRowStarts(HEAD + "产出指标数量指标发放人数≥30人32人1010" + tail);
    for (const row of expected) expect(rows).toContain(row);
  });

  it("leaves the words inside a sentence (…,存在问题较多…) with it", () => {
    const rows = cutAtRowStarts(HEAD + "产出指标数量指标整改完成率≥90%92%1010检查发现,存在问题较多已整改合计100100");
    expect(rows.some((r) => r.startsWith("存在问题"))).toBe(false);
  });

  it("starts the next form's title after a signature label left blank", () => {
    const rows = cutAtRowStarts(HEAD + "合计100100改进措施加强管理。财务负责人:部门预算项目支出绩效自评表(2022年度)项目名称某某经费主管部门某某局");
    expect(rows).toContain("财务负责人:");
    expect(rows.some((r) => r.startsWith("部门预算项目支出绩效自评表"))).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { cutAtRowStarts } from "../../../src/reconstruct/text-rows/flattened-form.js";

// A department title run on after the form before it, on a page flattened onto one line, where the
// total's 分值 and 得分 were parted by spaces (linear text) or a site's figure runs into the title's
// year: the title begins after the figures. All text made up.
const FORM = "部门（单位）名称某县某某局年度总体目标预期目标实际完成情况完成年度任务已完成年度任务年度绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分";
const BEFORE = "满意度指标服务对象满意度指标群众满意度≥90%95%1010达到目标值得满分";

describe("a department title after a total whose figures are spaced", () => {
  it.each([
    ["总分   100   96.4部门（单位）整体支出绩效自评表(2023年度)", "部门（单位）整体支出绩效自评表(2023年度)"],
    ["自评总分 100 88.75某县某某局2022年度部门整体支出绩效自评表", "某县某某局2022年度部门整体支出绩效自评表"],
    ["合计: 100 91部门整体支出绩效自评表", "部门整体支出绩效自评表"],
  ])("%s", (tail, title) => {
    expect(cutAtRowStarts(BEFORE + tail + FORM)).toContain(title);
  });
});

describe("a site's figure run into a department title's year", () => {
  it("begins the title at its year", () => {
    expect(cutAtRowStarts("文件名: 某局自评表.pdf页数: 42021年度部门整体支出绩效自评表" + FORM)).toContain("2021年度部门整体支出绩效自评表");
  });
  it("keeps a year that opens the title after a space", () => {
    expect(cutAtRowStarts("页数: 4 2021年度部门整体支出绩效自评表" + FORM)).toContain("2021年度部门整体支出绩效自评表");
  });
});

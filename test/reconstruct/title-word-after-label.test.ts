/**
 * A word that spells a form's title, standing apart on a flattened line, begins a row of its own;
 * but right after a header label and its colon it is that label's value (a report's cover whose
 * project is named after the report: `项目名称: 2022年…项目支出绩效自评报告`).
 */
import { describe, expect, it } from "vitest";
import { cutFlattenedLine } from "../../src/reconstruct/text-rows/spaced-cuts.js";

const cover = (label: string) =>
  `某县农业农村局2022年高标准农田建设项目支出绩效自评报告(2023年度)项目单位:某县农业农村局农田建设股主管部门: 某县农业农村局${label} 2022年高标准农田建设项目支出绩效自评报告绩效自评日期: 2023年4月评价小组成员:组长某某`;

describe("a title word after a header label's colon", () => {
  it("stays the label's value", () => {
    expect(cutFlattenedLine(cover("项目名称:"))).toContain("项目名称:2022年高标准农田建设项目支出绩效自评报告");
  });
  it("after other text, begins its row", () => {
    expect(cutFlattenedLine(cover("附件1:"))).toContain("2022年高标准农田建设项目支出绩效自评报告");
  });
});

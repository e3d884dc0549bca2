/**
 * The shape of a page whose header labels are spelled as other templates spell them (专项资金名称,
 * 主管部门及代码, 县级主管部门; forms.md, "Vocabulary seen on published forms"): a longer spelling is
 * the label, so a linear page, its cells by spaces, is not taken for cells run together
 * (主管部门 | 及代码施甸…). Text written for this test.
 */
import { describe, expect, it } from "vitest";
import { textReadings } from "../../../src/extract/text/read-text.js";
import { detectShape } from "../../../src/reconstruct/text-rows/detect-shape.js";

const shape = (lines: string[]) => detectShape(textReadings(lines.join("\n")));

const linear = (name: string, department: string) => [
  "某县某项目支出绩效自评表",
  "2022年度项目支出绩效自评表",
  "单位名称: 某县水务局   填报日期: 2023年3月1日",
  `${name} 某水库除险加固工程`,
  `${department} 某县人民政府 实施单位 某县水务局`,
  "预算执行情况(万元)",
  "预算数(A) 执行数(B) 执行率(B/A)",
  "年度财政资金总额 800 760 95%",
  "一级",
  "指标",
  "二级指标 三级指标 年初目标值(A) 实际完成值(B) 得分",
  "产出指标 数量指标 加固坝段长度(米) 1200 1200 20",
  "质量指标 工程验收合格率(%) 100 100 20",
  "效益指标 社会效益指标 受益人口(人) 5000 5200 30",
  "总分",
  "偏差大或目标未完成的原因分析",
];

describe("a linear page's header labels in other spellings", () => {
  it.each([
    ["项目名称", "主管部门"],
    ["专项资金名称", "主管部门及代码"],
    ["专项资金名称", "县级主管部门"],
    ["转移支付(项目)名称", "主管部门及代码"],
  ])("%s / %s: linear", (name, department) => {
    expect(shape(linear(name, department))).toBe("linear");
  });
});

// A department-wide report's cover with its name as 单位名称 (the spelling many department forms
// print for 部门名称 / 部门(单位)名称), then its facts a cell a line: the cover's spaced lines tell
// the shape as they do under 部门(单位)名称. Text written for this test.
describe("a department cover's 单位名称 starts a line as 部门(单位)名称 does", () => {
  const cover = (label: string) => [
    "信息公开",
    "某县某局2021年整体绩效评价自评",
    "附件2",
    "某县2021年度部门(单位)整体支出",
    "绩效评价自评报告",
    `${label}  某县某某局`,
    "预算编码         123456",
    "评价方式:部门(单位)绩效自评",
    "报告日期:2022年03月01日",
    "某县财政局(制)",
    "一、部门(单位)基本概况",
    "联系人",
    "某某某",
    "人员编制",
    "12",
    "职能职责概述",
    "一是落实有关方针政策  二是组织实施有关工作",
  ];
  it.each(["部门(单位)名称", "单位名称"])("%s: the same shape", (label) => {
    expect(shape(cover(label))).toBe(shape(cover("部门(单位)名称")));
    expect(shape(cover(label))).toBe("linear");
  });
});

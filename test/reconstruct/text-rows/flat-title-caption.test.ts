import { describe, expect, it } from "vitest";
import { cutAtRowStarts } from "../../../src/reconstruct/text-rows/flattened-form.js";

// A form flattened onto one line with a portal's article line before it, and the indicator table's
// caption after the goals. All text made up.
const FORM = "项目名称某某巡查经费主管部门某某局实施单位某某局项目资金(元)年初预算数全年预算数全年执行数年度资金总额50,000.0050,000.0048,000.00";
const GOALS = "年度总体目标预期目标实际完成情况开展全县河道巡查,保障行洪安全。全年巡查河道45次,整改隐患12处。";

describe("a project title with no year after a site's label left with no value", () => {
  it.each([
    ["索引号123/2024-00001发布机构某某局文号浏览量项目支出绩效自评表", "项目支出绩效自评表"],
    ["发布日期2024-04-19来源项目绩效自评表", "项目绩效自评表"],
  ])("%s begins its row at 项目", (head, title) => {
    expect(cutAtRowStarts(head + FORM)).toContain(title);
  });

  it("leaves a unit's name before the title with it", () => {
    expect(cutAtRowStarts("某某局项目支出绩效自评表" + FORM)[0]).toBe("某某局项目支出绩效自评表");
  });
});

describe("the indicator table's caption after the goals' last sentence", () => {
  it.each([["项目支出绩效指标表"], ["项目绩效指标表"]])("%s is a row of its own, not the goal's end", (caption) => {
    const rows = cutAtRowStarts("项目支出绩效自评表" + FORM + GOALS + caption + "一级指标二级指标三级指标年度指标值实际完成值分值得分");
    expect(rows.some((r) => r.endsWith("隐患12处。"))).toBe(true);
    expect(rows.some((r) => r.startsWith(caption))).toBe(true);
  });
});

describe("a block's label with its points before the indicator table's column names", () => {
  it.each([
    ["年度财政资金总额1010100%20年度绩效目标1(80分)一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分", "年度财政资金总额1010100%20"],
    ["年度财政资金总额 1500 0.00 0.0000年度绩效目标(80分)一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分", "年度财政资金总额 1500 0.00 0.0000"],
  ])("%s: the funds' row ends before it", (tail, fundsRow) => {
    const rows = cutAtRowStarts("项目支出绩效自评表" + FORM.replace(/年度资金总额.*$/, "") + "预算执行情况(万元)(20分)预算数(A)执行数(B)执行率(B/A)" + tail);
    expect(rows).toContain(fundsRow);
    expect(rows.some((r) => /^年度绩效目标1?\(80分\)/.test(r))).toBe(true);
  });

  it("is no row start after text (a goal's sentence naming its points)", () => {
    const rows = cutAtRowStarts("项目支出绩效自评表" + FORM + "年度总体目标完成巡查任务绩效目标(80分)一级指标二级指标三级指标年度指标值实际完成值分值得分");
    expect(rows.some((r) => r.startsWith("绩效目标(80分)"))).toBe(false);
  });
});

describe("a title run on after a site's counter, a year opening the line", () => {
  it.each([
    ["发布日期:2023-09-08时间:2023-09-08 16:22 阅读人数:1专项资金绩效自评表(2022年度)", "专项资金绩效自评表(2022年度)"],
    ["浏览次数:128某某补助资金绩效目标自评表", "某某补助资金绩效目标自评表"],
  ])("%s: the title begins after the count", (head, title) => {
    expect(cutAtRowStarts(head + FORM).some((r) => r.startsWith(title))).toBe(true);
  });

  it("takes no count from a counter left blank before the title's year (浏览量2020年度…)", () => {
    const rows = cutAtRowStarts("文号浏览量2020年度部门整体支出绩效自评表部门名称某某局内容说明部门总体目标部门职责");
    expect(rows.some((r) => r.startsWith("2020年度部门整体支出绩效自评表"))).toBe(true);
  });

  it("cuts the form's year in brackets opening the line from the header's first row", () => {
    const rows = cutAtRowStarts("(2021年度)转移支付(项目)名称某某防治项目中央主管部门某某委地方主管部门某某州卫健委资金使用单位某某县卫健局" + FORM.slice(FORM.indexOf("项目资金")));
    expect(rows[0]).toBe("(2021年度)");
    expect(rows[1]!.startsWith("转移支付(项目)名称")).toBe(true);
  });
});

describe("labels inside a goal's sentence", () => {
  const head = "项目支出绩效自评表" + FORM + "上年结转资金其他资金";
  it("are the sentence's words (本项目资金, 完成年度目标), not rows", () => {
    const rows = cutAtRowStarts(head + "年度总体目标预期目标实际完成情况依托本项目资金开展河道巡查,保障行洪安全。基本完成年度目标。绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分");
    expect(rows.some((r) => r.startsWith("项目资金开展"))).toBe(false);
    expect(rows.some((r) => r.startsWith("年度目标。"))).toBe(false);
    expect(rows.some((r) => r.includes("依托本项目资金开展河道巡查"))).toBe(true);
  });

  it("still start rows after the goals, or after a sentence's end", () => {
    const rows = cutAtRowStarts(head + "年度总体目标预期目标实际完成情况开展河道巡查。全年巡查45次。项目名称另一项目主管部门某某局");
    expect(rows.some((r) => r.startsWith("项目名称另一项目"))).toBe(true);
  });
});

describe("the goals label followed by its column names", () => {
  it.each([
    ["支出责任履行情况总体目标完成情况总体目标全年实际完成情况开展就业帮扶。完成帮扶任务。", "总体目标完成情况"],
    ["其他资金总体目标完成情况全年实际完成情况开展就业帮扶。完成帮扶任务。", "总体目标完成情况"],
  ])("%s starts its row at %s", (tail, label) => {
    const rows = cutAtRowStarts("项目支出绩效自评表" + FORM + tail);
    expect(rows.some((r) => r.startsWith(label))).toBe(true);
  });

  it("is no cut where the words are a goal's text, with no column name after them", () => {
    const rows = cutAtRowStarts("项目支出绩效自评表" + FORM + "年度总体目标预期目标实际完成情况按期完成帮扶。总体目标完成情况良好。");
    expect(rows.some((r) => r.startsWith("总体目标完成情况良好"))).toBe(false);
  });
});

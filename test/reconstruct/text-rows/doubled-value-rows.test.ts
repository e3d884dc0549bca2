import { describe, expect, it } from "vitest";
import { doubledValueRowStarts } from "../../../src/reconstruct/text-rows/doubled-value-rows.js";
import { cutAtRowStarts } from "../../../src/reconstruct/text-rows/flattened-form.js";

// Rows of a flattened indicator table told apart by values printed twice. All text made up.
const startsOf = (t: string) => doubledValueRowStarts(t).map((at) => t.slice(at, at + 4));

describe("a value printed twice ends its row's values", () => {
  it.each([
    // text with no figure between two pairs is the next row's name
    ["巡查河道长度=20公里=20公里清理漂浮物次数≥12次≥12次", ["清理漂浮"]],
    ["保洁面积=230亩=230亩开放天数=365天=365天聘用人员32人32人", ["开放天数", "聘用人员"]],
    // text after the last pair may be the row's 偏差原因: not cut
    ["保洁面积=230亩=230亩无偏差", []],
    // points printed alike (10 | 10) are a pair too: the cut is the row-end rule's as well
    ["保洁面积=230亩=230亩1010开放天数=365天=365天", ["开放天数"]],
    // the row's points first, then the next name, whatever it opens with
    ["保洁面积=230亩=230亩1015开放天数=365天=365天", ["开放天数"]],
    ["存储容量=25TB=25TB10WIFI覆盖率100%覆盖100%覆盖", ["WIFI"]],
    // a figure inside the text between: not a name alone
    ["保洁面积=230亩=230亩10开放2处=365天=365天", []],
    // words printed twice with no figure are no pair (医疗服务服务范围); a verdict printed twice is
    // (达标达标: the row's target and completion), so the text before the next pair is a name
    ["提升医疗服务服务范围扩大达标达标群众满意度≥90%≥90%", ["群众满意"]],
    ["提升医疗服务服务范围扩大群众满意度≥90%≥90%", []],
    // a verdict printed twice, then the points and a name, then another pair
    ["场馆环境卫生状况良好良好10WIFI覆盖范围全覆盖全覆盖", ["WIFI"]],
    // a text of a sentence's length printed twice, with no figure: a pair too
    ["方便读者检索资料馆藏资源可联网检索,范围覆盖全市馆藏资源可联网检索,范围覆盖全市培训馆员人次=30人次=30人次", ["培训馆员"]],
    // the row's points before a name that opens with a year: the year is the name's, so the text
    // after the points holds a figure and is left to the row-end rule (no cut inside the year)
    ["资金拨付及时性及时及时552021年度完工率100%100%", []],
    // a short text printed twice (a name's own words) is none
    ["档案档案整理进度≥80%≥80%", []],
  ])("%s", (text, expected) => {
    expect(startsOf(text)).toEqual(expected);
  });

  it("cuts a flattened form's indicator piece there", () => {
    const line = "项目支出绩效自评表项目名称某某河道保洁经费主管部门某某水务局一级指标二级指标三级指标指标值全年实际完成值产生差异的原因产出指标数量指标保洁面积=230亩=230亩开放天数=365天=365天";
    expect(cutAtRowStarts(line).slice(-2)).toEqual(["数量指标保洁面积=230亩=230亩", "开放天数=365天=365天"]);
  });
});

describe("a flattened form's title and funds head", () => {
  it("takes a title's head back over an amount with its decimal point", () => {
    const pieces = cutAtRowStarts("发布时间:2021年02月03日作者:2020年某某馆免费开放经费236.25万元部门整体支出绩效自评表单位名称某某事务局主管部门某某事务局实施单位某某事务局");
    expect(pieces).toContain("2020年某某馆免费开放经费236.25万元部门整体支出绩效自评表");
  });

  it("starts a row at 资金情况(万元)", () => {
    const pieces = cutAtRowStarts("项目支出绩效自评表项目名称某某经费主管部门某某局实施单位某某局资金情况(万元)年初预算资金总额实际投入资金额合计236236");
    expect(pieces.some((p) => p.startsWith("资金情况(万元)"))).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { cutAtRowStarts } from "../../../src/reconstruct/text-rows/flattened-form.js";

// A special bond project's form flattened onto one line: its indicator block's label qualified by
// the year (当年绩效指标) run on after the goals' last sentence, and its funds block named for the
// funds it manages (债券资金管理指标) with the one fund row (总体支出进度) among its column heads. All
// text made up.
const HEAD = "项目支出绩效自评表项目名称某某片区燃气改造主管部门某某住建局项目单位某某街道办事处";
const GOALS = "年度绩效目标预期目标全年实际完成情况年底前完成改造。已全部完成改造。";
const BLOCK = "债券资金管理指标(10分)总体支出进度(当年实际支出金额/项目当年下达额度)实际支出金额下达额度实际完成值分值得分";
const TABLE = "一级指标二级指标三级指标目标值实际完成值分值得分产出指标数量指标改造户数800户812户1010";

describe("a bond project's funds block flattened", () => {
  it("keeps 债券资金管理指标 whole: 管理指标 after the funds it names is no 一级 row", () => {
    const rows = cutAtRowStarts(HEAD + GOALS + "当年绩效指标" + BLOCK + "9009009001010" + TABLE);
    expect(rows.some((r) => r.startsWith("管理指标"))).toBe(false);
    expect(rows.some((r) => r.includes("债券资金管理指标(10分)总体支出进度"))).toBe(true);
  });

  it("begins the block's row at its year's qualifier after the goals' last sentence (当年绩效指标)", () => {
    const rows = cutAtRowStarts(HEAD + GOALS + "当年绩效指标" + BLOCK + "9009009001010" + TABLE);
    expect(rows.some((r) => r.startsWith("当年绩效指标"))).toBe(true);
    expect(rows.some((r) => r.endsWith("已全部完成改造。"))).toBe(true);
  });

  it("leaves 当年 inside a sentence to the sentence", () => {
    const rows = cutAtRowStarts(HEAD + "年度绩效目标预期目标全年实际完成情况完成当年绩效指标的任务。已完成。" + TABLE);
    expect(rows.some((r) => r.startsWith("当年绩效指标"))).toBe(false);
  });

  it("still cuts a department form's 管理指标 row after a figure", () => {
    const rows = cutAtRowStarts(HEAD + "一级指标二级指标三级指标分值得分产出指标数量指标完成任务数1010管理指标资金管理预算执行率1010");
    expect(rows.some((r) => r.startsWith("管理指标资金管理"))).toBe(true);
  });
});

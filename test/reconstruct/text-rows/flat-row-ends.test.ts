import { describe, expect, it } from "vitest";
import { cutAtRowStarts, namesScoreOnly } from "../../../src/reconstruct/text-rows/flattened-form.js";

// A flattened indicator table whose header names one points column (得分, no 分值): each row ends at
// its one score. All text made up.
const HEAD = "项目支出绩效自评表项目名称某某科普经费主管部门某某协会实施单位某某协会一级指标二级指标三级指标";

describe("which indicator header names a score and no 分值", () => {
  it.each([
    ["三级指标年初目标值(A)实际完成值(B)得分产出指标", true],
    ["三级指标年度指标值实际完成值得分偏差原因", true],
    ["三级指标年度指标值实际完成值分值得分偏差原因", false],
    ["三级指标指标值权重得分", false],
    ["三级指标年度指标值实际完成值产出指标", false],
    ["一级指标二级指标得分", false],
  ])("%s", (key, expected) => {
    expect(namesScoreOnly(key)).toBe(expected);
  });
});

describe("a row of a score-only table ends at its one score", () => {
  const rowsOf = (table: string) => cutAtRowStarts(HEAD + table).slice(-4);
  it.each([
    // a score after a unit's figure, before the next row's name
    ["年初目标值(A)实际完成值(B)得分产出指标数量指标微信推文篇数不少于80篇80篇8举办科普活动场次10场9场7", ["数量指标微信推文篇数不少于80篇80篇8", "举办科普活动场次10场9场7"]],
    // after text, before a name in book-title marks
    ["年初目标值(A)实际完成值(B)得分产出指标质量指标知识竞赛提高普及率稳步提升6《科普之窗》栏目期数20期20期8", ["质量指标知识竞赛提高普及率稳步提升6", "《科普之窗》栏目期数20期20期8"]],
  ])("%s", (table, expected) => {
    expect(rowsOf(table).slice(-expected.length)).toEqual(expected);
  });

  it("leaves a quantity (3次) and a figure no other follows (the row's 偏差原因) alone", () => {
    const rows = rowsOf("年初目标值(A)实际完成值(B)得分产出指标数量指标开展活动≥3次3次8无偏差");
    expect(rows.at(-1)).toBe("数量指标开展活动≥3次3次8无偏差");
  });

  it("does not cut at one figure under a header that names 分值 too", () => {
    const rows = rowsOf("年度指标值实际完成值分值得分产出指标数量指标微信推文篇数不少于80篇80篇8举办科普活动场次10场9场7");
    expect(rows.at(-1)).toBe("数量指标微信推文篇数不少于80篇80篇8举办科普活动场次10场9场7");
  });
});

// A row's 分值 and 得分 run together where one is a decimal; a figure before 余 is a quantity. All text made up.
describe("a flattened row's points run together end it", () => {
  const TABLE = "年度指标值实际完成值分值得分偏差原因分析及改进措施产出指标";
  const rowsOf = (table: string) => cutAtRowStarts(HEAD + TABLE + table);
  it.each([
    // the two points alike, decimals (10.3 | 10.3)
    ["数量指标冷库建设面积≥1200平方米1200平方米10.310.3包装设备购置550台520台9.39.3", ["数量指标冷库建设面积≥1200平方米1200平方米10.310.3", "包装设备购置550台520台9.39.3"]],
    // a whole number then a decimal (10 | 9.3)
    ["数量指标冷库建设面积≥1200平方米1200平方米109.3包装设备购置550台520台9.39.3", ["数量指标冷库建设面积≥1200平方米1200平方米109.3", "包装设备购置550台520台9.39.3"]],
    // target, completion and both points run together, the points decimals (550 | 20 | 9.3 | 9.3)
    ["数量指标包装设备购置550209.39.3电力设施安装3台3台1010", ["数量指标包装设备购置550209.39.3", "电力设施安装3台3台1010"]],
  ])("%s", (table, expected) => {
    expect(rowsOf(table).slice(-expected.length)).toEqual(expected);
  });

  it("keeps 200余人 whole: a figure before 余 is a quantity, not the row's points", () => {
    const rows = rowsOf("数量指标指标1:培训人数200200余人1010指标2:参观人数500600余人1010");
    expect(rows.slice(-2)).toEqual(["数量指标指标1:培训人数200200余人1010", "指标2:参观人数500600余人1010"]);
  });
});

// A count of places or rooms (11处, 20间) is a quantity, not a row's points, as 12个 is. All text made up.
describe("a figure before 处 or 间 is a quantity in a flattened row", () => {
  const TABLE = "年度指标值实际完成值分值得分偏差原因分析及改进措施产出指标";
  it.each([
    ["数量指标修缮文物点不少于11处11处3030质量指标修缮合格率≥90%92%3030", ["数量指标修缮文物点不少于11处11处3030", "质量指标修缮合格率≥90%92%3030"]],
    ["数量指标改造危房≥20间24间2020质量指标验收合格率=100%100%1010", ["数量指标改造危房≥20间24间2020", "质量指标验收合格率=100%100%1010"]],
  ])("%s", (table, expected) => {
    expect(cutAtRowStarts(HEAD + TABLE + table).slice(-expected.length)).toEqual(expected);
  });
});

// The next row's name opening with a unit's character (项目总成本, 人均培训成本, 人员到岗率): a word, so the
// figures before it are the row's points, not a quantity (5项). A date's figures stay a figure's
// (12月底前完成). All text made up.
describe("points before a name that opens with a unit's character end the row", () => {
  const TABLE = "年度指标值实际完成值分值得分偏差原因分析及改进措施产出指标";
  const rowsOf = (table: string) => cutAtRowStarts(HEAD + TABLE + table);
  it.each([
    ["成本指标培训成本≤800元575.2元1010项目总成本≤702万元478.2万元55", ["成本指标培训成本≤800元575.2元1010", "项目总成本≤702万元478.2万元55"]],
    ["成本指标场地租赁费≤5万元4.8万元55人均培训成本≤800元620元55", ["成本指标场地租赁费≤5万元4.8万元55", "人均培训成本≤800元620元55"]],
  ])("%s", (table, expected) => {
    expect(rowsOf(table).slice(-expected.length)).toEqual(expected);
  });

  it("leaves a scoring sheet's names and their points alone (no values column: 项目决策20 is a name's points)", () => {
    const sheet = "项目名称某某经费主管部门某某局实施单位某某中心项目类型经常性项目一级指标分值二级指标分值三级指标分值得分项目决策20项目目标4目标内容44决策过程8决策依据33";
    expect(cutAtRowStarts(sheet)).not.toContain("项目目标4目标内容44");
  });

  it("keeps a quantity (5项) and a date (12月底前完成) with their row", () => {
    expect(rowsOf("数量指标开展培训≥5项5项1010").at(-1)).toBe("数量指标开展培训≥5项5项1010");
    expect(rowsOf("时效指标完成时间12月底前完成12月底前完成55").at(-1)).toBe("时效指标完成时间12月底前完成12月底前完成55");
  });
});

// The next row's name a numbered list (1、…2、…) run onto the row's points: its 1 is the list's. All text made up.
describe("a flattened row's points before a numbered name", () => {
  const TABLE = "年度指标值实际完成值分值得分偏差原因分析及改进措施产出指标";
  const rowsOf = (table: string) => cutAtRowStarts(HEAD + TABLE + table);
  it.each([
    // 10 | 10, then 1、设备完好率2、巡检覆盖面
    ["数量指标维修设备台数≥40台42台10101、设备完好率2、巡检覆盖面1、≥90%；2、全覆盖达成预期指标1010", ["数量指标维修设备台数≥40台42台1010", "1、设备完好率2、巡检覆盖面1、≥90%；2、全覆盖达成预期指标1010"]],
    // decimal points (7.5 | 6), then 1.档案完整率
    ["数量指标维修设备台数≥40台38台7.561.档案完整率≥95%96%55", ["数量指标维修设备台数≥40台38台7.56", "1.档案完整率≥95%96%55"]],
  ])("%s", (table, expected) => {
    expect(rowsOf(table).slice(-expected.length)).toEqual(expected);
  });
});

// The next row's name opening with a year (2023年全年, 2021年度): the digits before the year's four are
// the row's points (10 | 2023年全年), not one figure before 年. A year alone or a count of years stays
// with its row. All text made up.
describe("points before a name that opens with a year end the row", () => {
  const TABLE = "年度指标值实际完成值分值得分偏差原因分析及改进措施产出指标";
  const rowsOf = (table: string) => cutAtRowStarts(HEAD + TABLE + table);
  it.each([
    ["时效指标开放时长每日开放每日开放102023年全年开放天数≥300天≥300天1010", ["时效指标开放时长每日开放每日开放10", "2023年全年开放天数≥300天≥300天1010"]],
    ["时效指标资金拨付及时性及时及时552021年度完工率100%100%1010", ["时效指标资金拨付及时性及时及时55", "2021年度完工率100%100%1010"]],
    ["质量指标设备合格率≥95%96%7.52024年底前验收通过通过55", ["质量指标设备合格率≥95%96%7.5", "2024年底前验收通过通过55"]],
  ])("%s", (table, expected) => {
    expect(rowsOf(table).slice(-expected.length)).toEqual(expected);
  });

  it("keeps a year that follows no points, and a count of years, with their row", () => {
    expect(rowsOf("时效指标完成时间2023年底前2023年底前1010").at(-1)).toBe("时效指标完成时间2023年底前2023年底前1010");
    expect(rowsOf("可持续影响指标设施使用年限≥10年10年1010").at(-1)).toBe("可持续影响指标设施使用年限≥10年10年1010");
  });
});

/**
 * A sign a page printed apart from what it belongs to — a percent sign after a space (`95 %`), a
 * scoring sheet's points after its 一级/二级 name (`规划 (20分)`) — and a 序号 column before the
 * names: texts written for this test, each expected value typed by hand from the text.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { withSigns } from "../../src/extract/text/linear-signs.js";

const form = async (lines: string[]) => (await parse(lines.join("\n"), { path: "signs.txt" })).forms[0]!;

/** A department scoring sheet: 序号, names carrying their points, 指标解释 and 评分标准. */
const SHEET = [
  ["序号", "一级指标", "二级指标", "三级指标", "指标分值", "指标解释", "指标说明及评分标准", "自评得分"],
  ["1", "规划 (20分)", "基础管理 (10分)", "基础资料完整性", "10", "资料是否齐全", "按准确程度计分", "9"],
  ["2", "工作计划 (10分)", "年度计划完整性", "10", "计划是否完整", "按完整程度计分", "10"],
  ["3", "执行 (30分)", "重点工作 (30分)", "重点工作完成率", "30", "工作是否完成", "按完成率计分", "28"],
];
const SHEET_READ = [
  ["规划", 20, "基础管理(10分)", "基础资料完整性", 10, 9, "按准确程度计分"],
  ["规划", 20, "工作计划(10分)", "年度计划完整性", 10, 10, "按完整程度计分"],
  ["执行", 30, "重点工作(30分)", "重点工作完成率", 30, 28, "按完成率计分"],
];
const sheetRows = async (lines: string[]) =>
  (await form(["2022年度部门整体支出绩效自评表", ...lines])).indicators.map((i) => [i.level1, i.level1Weight ?? null, i.level2, i.level3, i.weight, i.score, i.method ?? null]);

describe("signs parted from their cell", () => {
  it("linear text: a rate printed `95 %` is the fund row's 执行率, and its 得分 stays its own", async () => {
    const f = await form([
      "某县某项目支出绩效自评表",
      "项目名称 某道路养护项目 主管部门 某县交通运输局",
      "项目资金 年初预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分 得分计算方法",
      "年度资金总额 20 19 10 95 % 9.5 执行率乘以该指标分值,不超过分值上限。",
      "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
      "产出指标 数量指标 养护里程 120公里 120公里 20 20",
    ]);
    expect([f.funds.executionRatePercent, f.funds.score, f.funds.weight]).toEqual([95, 9.5, 10]);
  });

  it("linear tokens: `%` goes back to its figure unless the table prints units in a column of their own", () => {
    const none = () => false;
    expect(withSigns(["达标率", "95", "%", "10"], none)).toEqual(["达标率", "95 %", "10"]);
    // A comparator alone: the target is printed in its parts (指标性质 | 指标值 | 度量单位).
    expect(withSigns(["完好率", "≥", "90", "%", "93", "10"], none)).toEqual(["完好率", "≥", "90", "%", "93", "10"]);
    // The page names a 度量单位 column.
    expect(withSigns(["完好率", "90", "%", "93"], () => true)).toEqual(["完好率", "90", "%", "93"]);
    expect(withSigns(["1", "规划", "(20分)", "基础管理", "（10分）"], none)).toEqual(["1", "规划 (20分)", "基础管理 （10分）"]);
    // Points after a number are no name's.
    expect(withSigns(["10", "(10分)"], none)).toEqual(["10", "(10分)"]);
  });

  it("linear text: a scoring sheet's names keep their points and are not run into the 三级 name", async () => {
    expect(await sheetRows([...SHEET.map((r) => r.join(" ")), "合计 100 47"])).toEqual(SHEET_READ);
  });

  it("linear text: two names with their points before 预算执行率 are the 一级 and 二级, the 三级 name alone", async () => {
    const rows = await sheetRows([
      SHEET[0]!.join(" "),
      "1 规划 (20分) 基础管理 (10分) 基础资料完整性 10 资料是否齐全 按准确程度计分 9",
      "2 执行 (80分) 预算执行 (80分) 预算执行率 80 执行是否及时 按执行率计分 76",
      "合计 100 85",
    ]);
    expect(rows[1]).toEqual(["执行", 80, "预算执行(80分)", "预算执行率", 80, 76, "按执行率计分"]);
  });

  it("one cell a line: 序号 heads the indicator table, each row opens with its number, and names with points open rows", async () => {
    expect(await sheetRows([...SHEET.flat(), "合计", "100", "47"])).toEqual(SHEET_READ);
  });
});

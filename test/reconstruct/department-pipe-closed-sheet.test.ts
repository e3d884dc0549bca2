/**
 * A department scoring sheet (一级指标 | 二级指标 | 三级指标 | 评分标准 | 分值 | 自评得分 | 扣分原因和其他说明,
 * a Hunan 评分表) copied from a browser that closes every cell with a pipe on a line of its own and
 * keeps a long cell's line breaks; the merged 一级 / 二级 cells a row spans are printed once.
 * Its 评分标准 stands where a project form prints its target: no target or actual column is added.
 * Text written for this test, each value typed by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const ROWS: string[][] = [
  ["一级指标", "二级指标", "三级指标", "评分标准", "分值", "自评得分", "扣分原因和其他说明"],
  ["投 入\n(20分)", "预算配置\n(20分)", "人员编制\n控制率", "人员编制控制率≤100%,得5分;\n每超编1人扣1分,扣完为止。", "5", "5", ""],
  ["一般性支出\n压减率", "压减率≥5%,得5分;未达到的按比例扣分。", "5", "4", "压减未达到5%"],
  ["过 程\n(30分)", "预算执行\n(30分)", "支出进度", "6月底前支出过半,得4分;\n每少5%扣0.5分,扣完为止。", "4", "4", ""],
  ["结余控制率", "结余率=0,得4分;结余率≤5%,得2分;超过5%记0分。", "4", "2", "年末有结余"],
];

const text = "某县文化馆2022年度部门整体支出绩效评分表\n" + ROWS.flat().map((c) => (c === "" ? "|" : `${c}\n|`)).join("\n") + "\n";

describe("a scoring sheet whose every cell a pipe line closes", () => {
  it("reads each row's names, rule, points and score, the merged names carried down", async () => {
    const [form] = (await parse(text, { path: "sheet.txt" })).forms;
    expect(form!.template).toBe("department");
    expect(form!.indicators.map((i) => [i.level1, i.level1Weight, i.level2, i.level3, i.weight, i.score, i.deviation])).toEqual([
      ["投入", 20, "预算配置(20分)", "人员编制控制率", 5, 5, null],
      ["投入", 20, "预算配置(20分)", "一般性支出压减率", 5, 4, "压减未达到5%"],
      ["过程", 30, "预算执行(30分)", "支出进度", 4, 4, null],
      ["过程", 30, "预算执行(30分)", "结余控制率", 4, 2, "年末有结余"],
    ]);
    expect(form!.indicators.map((i) => i.method)).toEqual([
      "人员编制控制率≤100%,得5分;每超编1人扣1分,扣完为止。",
      "压减率≥5%,得5分;未达到的按比例扣分。",
      "6月底前支出过半,得4分;每少5%扣0.5分,扣完为止。",
      "结余率=0,得4分;结余率≤5%,得2分;超过5%记0分。",
    ]);
    expect(form!.indicators.every((i) => i.target === null && i.actual === null)).toBe(true);
  });
});

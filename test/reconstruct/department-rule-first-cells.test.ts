/**
 * A rule-first department scoring sheet (一级 | 二级 | 三级 | 评分标准 | 分值 | 自评得分 | 扣分原因…) printed one
 * cell a line, each long cell broken over lines with nothing between cells (src/reconstruct/rule-first-cells.ts):
 * read as the sheet run together. Text written for this test, each value typed by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { ruleFirstSheetCells } from "../../src/reconstruct/rule-first-cells.js";
import type { Cell } from "../../src/layout/grid.js";

const HEAD = ["一级指标", "二级指标", "三级指标", "评分标准", "分值", "自评得分", "扣分原因和其他说明"];
// Group names broken before their points, a 三级 name broken in two, a rule over two lines.
const BROKEN = [
  ...HEAD,
  "决 策", "(20分)", "目标设定", "(8分)", "绩效目标", "合理性", "绩效目标合理性高,得4分;", "否则酌情扣分。", "4", "3",
  "绩效指标明确性", "①指标清晰,2分;", "②指标可衡量,2分。", "4", "4",
  "过 程", "(30分)", "资产管理", "(10分)", "固定资产", "利用率", "按100%衡量,每低于一个百分点扣0.2分,扣完为止。", "6", "5",
  "总分", "100", "96",
];

describe("a rule-first sheet one cell a line whose lines are not its cells", () => {
  it("reads each row's groups, name, rule, 分值 and 得分", async () => {
    const [form] = (await parse(Buffer.from(["某区2023年度部门整体支出绩效评价自评报告", ...BROKEN].join("\n") + "\n"), { path: "s.txt" })).forms;
    expect(form!.indicators.map((i) => [i.level1, i.level1Weight, i.level2, i.level3, i.weight, i.score])).toEqual([
      ["决策", 20, "目标设定(8分)", "绩效目标合理性", 4, 3],
      ["决策", 20, "目标设定(8分)", "绩效指标明确性", 4, 4],
      ["过程", 30, "资产管理(10分)", "固定资产利用率", 6, 5],
    ]);
    expect(form!.indicators.map((i) => i.method)).toEqual([
      "绩效目标合理性高,得4分;否则酌情扣分。",
      "①指标清晰,2分;②指标可衡量,2分。",
      "按100%衡量,每低于一个百分点扣0.2分,扣完为止。",
    ]);
  });

  it("leaves a sheet whose lines are its cells to the one-cell-a-line reader", () => {
    const cells = (texts: string[]): Cell[] => texts.map((text) => ({ text, source: {} }));
    const exact = [...HEAD, "决策(20分)", "目标设定(8分)", "绩效目标合理性", "绩效目标合理性高,得4分;否则酌情扣分。", "4", "3", "", "绩效指标明确性", "①指标清晰,2分;②指标可衡量,2分。", "4", "4", "", "总分", "100", "96"];
    expect(ruleFirstSheetCells(cells(exact))).toBeNull();
    expect(ruleFirstSheetCells(cells(BROKEN))?.rows.length).toBe(1 + 3);
  });
});

/**
 * A department scoring sheet that prints the rule before the points (一级 | 二级 | 三级 | 评分标准 | 分值 |
 * 自评得分 | 扣分原因和其他说明, the group names with their points) whose cells ran together, as a page
 * flattened onto one line gives it (src/reconstruct/run-together-scoring-sheet.ts, `rule-first`). Text
 * written for this test, each value typed by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { toTraditional } from "../../src/normalise/script.js";
import { ruleFirstNameEnd, splitWeightScore } from "../../src/reconstruct/run-together-scoring-sheet.js";

const read = async (text: string) => (await parse(text, { path: "sheet.txt" })).forms;

// Rows whose 三级 name the rule restates (绩效目标合理性…), a numbered rule (①…), a rule opening with
// 按 and a figure, a rule opening with 没有; 分值 and 得分 run together (43: 4 | 3), a total after them.
const SHEET =
  "某区2023年度部门整体支出绩效评价自评报告\n部门(单位)名称某区文化旅游局\n" +
  "一级指标二级指标三级指标评分标准分值自评得分扣分原因和其他说明决策(20分)目标设定(8分)绩效目标合理性绩效目标合理性高,得4分;否则酌情扣分。43" +
  "绩效指标明确性①指标清晰,2分;②指标可衡量,2分。44过程(30分)资产管理(10分)固定资产利用率按100%衡量,每低于一个百分点扣0.2分,扣完为止。65" +
  "资金结余没有结余,4分;有结余,2分。44总分10096\n";

describe("a rule-first department scoring sheet run together", () => {
  it("reads each row's groups, name, rule, 分值 and 得分, and the total after them", async () => {
    const [form] = await read(SHEET);
    expect(form!.template).toBe("department");
    expect(form!.indicators.map((i) => [i.level1, i.level1Weight, i.level2, i.level3, i.weight, i.score])).toEqual([
      ["决策", 20, "目标设定(8分)", "绩效目标合理性", 4, 3],
      ["决策", 20, "目标设定(8分)", "绩效指标明确性", 4, 4],
      ["过程", 30, "资产管理(10分)", "固定资产利用率", 6, 5],
      ["过程", 30, "资产管理(10分)", "资金结余", 4, 4],
    ]);
    expect(form!.indicators.map((i) => i.method)).toEqual([
      "绩效目标合理性高,得4分;否则酌情扣分。",
      "①指标清晰,2分;②指标可衡量,2分。",
      "按100%衡量,每低于一个百分点扣0.2分,扣完为止。",
      "没有结余,4分;有结余,2分。",
    ]);
    expect(form!.total).toEqual({ weight: 100, score: 96 });
  });

  it("reads it in traditional characters", async () => {
    const [form] = await read(toTraditional(SHEET));
    expect(form!.indicators.map((i) => [i.level3, i.weight, i.score])).toEqual([
      ["績效目標合理性", 4, 3],
      ["績效指標明確性", 4, 4],
      ["固定資產利用率", 6, 5],
      ["資金結餘", 4, 4],
    ]);
  });

  it("reads two-digit points under a header with 备注 and a name whose opening words the rule restates", async () => {
    const [form] = await read(
      "一级指标二级指标三级指标评分标准分值自评得分备注产出(40分)职责履行(20分)重点工作办结率办结率达到100%得满分,每低1%扣1分。1512" +
        "工作计划完整性工作计划内容齐全,得5分;缺一项扣1分。55\n",
    );
    expect(form!.indicators.map((i) => [i.level2, i.level3, i.method, i.weight, i.score])).toEqual([
      ["职责履行(20分)", "重点工作办结率", "办结率达到100%得满分,每低1%扣1分。", 15, 12],
      ["职责履行(20分)", "工作计划完整性", "工作计划内容齐全,得5分;缺一项扣1分。", 5, 5],
    ]);
  });

  it("reads a 扣分原因 printed after a score below its points, up to the next row's start", async () => {
    // Each reason ends where a row surely starts: a common indicator's name (绩效指标明确性), a group with its
    // points in brackets (过程(40分)), a name its rule restates (资金结余资金结余…).
    const [form] = await read(
      "一级指标二级指标三级指标评分标准分值自评得分扣分原因和其他说明决策(20分)目标设定(8分)绩效目标合理性绩效目标合理性高,得4分;否则酌情扣分。43" +
        "目标表述不够具体,扣1分绩效指标明确性①指标清晰,2分;②指标可衡量,2分。44过程(30分)资产管理(10分)固定资产利用率按100%衡量,每低于一个百分点扣0.2分,扣完为止。65" +
        "利用率仅95%过程(40分)预算执行(15分)预算调整率预算调整率=0,得3分;超过30%记0分。32调整较多资金结余资金结余没有结余,4分;有结余,2分。44\n",
    );
    expect(form!.indicators.map((i) => [i.level2, i.level3, i.weight, i.score, i.deviation])).toEqual([
      ["目标设定(8分)", "绩效目标合理性", 4, 3, "目标表述不够具体,扣1分"],
      ["目标设定(8分)", "绩效指标明确性", 4, 4, null],
      ["资产管理(10分)", "固定资产利用率", 6, 5, "利用率仅95%"],
      ["预算执行(15分)", "预算调整率", 3, 2, "调整较多"],
      ["预算执行(15分)", "资金结余", 4, 4, null],
    ]);
  });

  it.each([
    ["55", 15, ["5", "5"]],
    ["1512", 20, ["15", "12"]],
    ["1010", 15, ["10", "10"]],
    ["32.5", 5, ["3", "2.5"]],
    ["10 8", 15, ["10", "8"]],
    // 5 | 10 has a score above its points; 51 | 0 points above the group's.
    ["510", 15, null],
    // 1 | 1 and 11 | (nothing): one cut only, and 11 alone is no pair.
    ["11", 15, ["1", "1"]],
  ] as const)("cuts %s under a group of %d points into %j", (digits, ceiling, expected) => {
    expect(splitWeightScore(digits, ceiling)).toEqual(expected);
  });

  it.each([
    ["预算调整率预算调整率=0,得3分", 5],
    ["工作计划完整性工作计划内容齐全", 7],
    ["资产管理安全性①资产保存完整", 7],
    ["人员控制率按100%衡量", 5],
    ["资金结余没有结余,3分", 4],
    ["固定资产利用率达到80%得满分", 7],
    // Nothing says where 组织建设 ends: not guessed.
    ["组织建设党组织健全,得3分", null],
  ] as const)("ends the name in %s at %j", (text, end) => {
    expect(ruleFirstNameEnd(text)).toBe(end);
  });
});

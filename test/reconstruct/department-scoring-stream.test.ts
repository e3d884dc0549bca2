/**
 * A department's scoring sheet copied as linear text whose lines are not its rows (each line starts
 * with the points of the cell before it), after a base-data table whose last line runs into the
 * sheet's title and column names. The text is written for this test; each value typed by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const text = [
  "某文档网 2024-01-05",
  "附件2: 部门整体支出绩效评价基础数据表 填报单位: 单位:万元 在职人数 实有人数",
  "",
  "52 49 控制率",
  "",
  "公用经费 12.5 11.3 部门整体支出绩效评价指标表 一级指标 得分 二级指标 得分 三级指标 得分 评价标准 指标说明 得分 投入",
  "",
  "20 目标设定",
  "",
  "20 绩效目标合理性",
  "",
  "10 目标符合部门职责,计10分;",
  "",
  "不符合的不得分 本部门目标与三定方案一致.",
  "",
  "10 绩效指标明确性",
  "",
  "10 指标细化量化的,得10分;",
  "",
  "每缺一项扣2分,扣完为止. 指标已细化为 可衡量的数值.",
  "",
  "8 产出",
  "",
  "30 职责履行",
  "",
  "30 重点工作完成率",
  "",
  // A rule's figure with its percent sign spaced off (`100 %`) is no cell's points.
  "15 100 %完成得满分,每少完成一项扣3分 年度12项重点工作完成11项.",
  "",
  "12 资金使用合规性",
  "",
  "15 合规的计15分, 不合规的不得分 抽查凭证30份均合规.",
  "",
  "15 合计 50 45",
].join("\n");

describe("a linear scoring sheet whose lines start with the previous cell's points", () => {
  it("reads each row's names, points, 评价标准 and score, the base-data table reported as another form", async () => {
    const doc = await parse(text, { path: "scoring-stream.txt" });
    expect(doc.forms).toHaveLength(1);
    const f = doc.forms[0]!;
    expect(f.template).toBe("department");
    expect(f.title).toBe("部门整体支出绩效评价指标表");
    expect(f.indicators.map((i) => [i.level1, i.level1Weight, i.level2, i.level3, i.weight, i.score, i.method?.replace(/\s+/g, "")])).toEqual([
      ["投入", 20, "目标设定", "绩效目标合理性", 10, 10, "目标符合部门职责,计10分;不符合的不得分"],
      ["投入", 20, "目标设定", "绩效指标明确性", 10, 8, "指标细化量化的,得10分;每缺一项扣2分,扣完为止."],
      ["产出", 30, "职责履行", "重点工作完成率", 15, 12, "100%完成得满分,每少完成一项扣3分"],
      ["产出", 30, "职责履行", "资金使用合规性", 15, 15, "合规的计15分,不合规的不得分"],
    ]);
    expect(f.total.weight).toBe(50);
    expect(f.total.score).toBe(45);
    expect(doc.diagnostics.filter((d) => d.code === "other-form").map((d) => d.source?.line)).toEqual([2]);
  });

  it("leaves a sheet whose points do not follow each name to the row-by-row reader", async () => {
    // 一级指标 | 二级指标 | 三级指标 | 分值 | 得分: the numbers do not delimit names, nothing is regrouped.
    const plain = [
      "部门整体支出绩效自评表",
      "一级指标 二级指标 三级指标 评分标准 分值 得分",
      "产出指标 数量指标 完成培训人次 完成目标得满分 20 20",
      "自评总分 20 20",
    ].join("\n");
    const doc = await parse(plain, { path: "plain.txt" });
    expect(doc.forms[0]!.indicators.map((i) => [i.level3, i.weight, i.score])).toEqual([["完成培训人次", 20, 20]]);
  });
});

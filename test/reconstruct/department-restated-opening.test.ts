/**
 * A target whose opening words and figure the completion prints again (覆盖率提高2%…覆盖率提高2%…),
 * run together after the 三级 name: the copy tells where the target begins. Texts written for these tests.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { cutRestatedOpenings, restatedOpenings } from "../../src/reconstruct/restated-opening.js";

describe("cutRestatedOpenings", () => {
  it.each([
    [
      ["接种率、随访率接种率提高", "2", "%", "随访率提高", "3", "%", "接种率提高", "2", "%", "随访率持平", "8"],
      ["接种率、随访率", "接种率提高", "2", "%", "随访率提高", "3", "%", "接种率提高", "2", "%", "随访率持平", "8"],
    ],
    // The figure differs: no copy of the opening, nothing cut.
    [
      ["接种率、随访率接种率提高", "2", "%", "接种率提高", "1", "%"],
      ["接种率、随访率接种率提高", "2", "%", "接种率提高", "1", "%"],
    ],
    // Words too short to be evidence (two characters), or the whole atom restated: nothing cut.
    [
      ["门诊量提高", "2", "%", "提高", "2", "%"],
      ["门诊量提高", "2", "%", "提高", "2", "%"],
    ],
    [
      ["门诊量提高", "2", "%", "门诊量提高", "2", "%"],
      ["门诊量提高", "2", "%", "门诊量提高", "2", "%"],
    ],
  ])("%j", (atoms, expected) => {
    expect(cutRestatedOpenings(atoms)).toEqual(expected);
  });
});

describe("restatedOpenings", () => {
  it("marks the target's opening and the completion's copy", () => {
    expect(restatedOpenings(["接种率、随访率", "接种率提高", "2", "%", "随访率提高", "3", "%", "接种率提高", "2", "%", "8"])).toEqual([
      false, true, false, false, false, false, false, true, false, false, false,
    ]);
    expect(restatedOpenings(["完成率", "100", "%", "100", "%"])).toBeNull();
  });
});

describe("a row whose completion restates the target's opening", () => {
  it("reads name, target and completion", async () => {
    const text =
      "某镇卫生院整体支出绩效自评表(2022年度)评价部门名称某县某镇卫生院下属单位个数0整体支出规模全年预算数全年执行数执行率" +
      "资金来源:(1)财政拨款98.50%资金结构:(1)基本支出98.50%(2)项目支出年度总年初设定目标全年完成情况体目标门诊人次达到3万人次门诊人次3.2万人次" +
      "分解目标自评权重二级指标三级指标年度指标值全年完成值分值得分偏差及原因分析管理指标30预算编审管理完整性100%100%55" +
      "效果指标35社会效益指标儿童疫苗接种率、老年人随访率接种率提高2%随访率提高3%接种率提高2%随访率提高1%108部分老人外出探亲满意度指标\n";
    const doc = await parse(text, { path: "restated.txt" });
    const f = doc.forms[0]!;
    expect(f.indicators.map((i) => [i.level2, i.level3, i.target, i.actual, i.weight, i.score, i.deviation])).toEqual([
      ["预算编审管理", "完整性", "100%", "100%", 5, 5, null],
      ["社会效益指标", "儿童疫苗接种率、老年人随访率", "接种率提高2%随访率提高3%", "接种率提高2%随访率提高1%", 10, 8, "部分老人外出探亲"],
    ]);
  });
});

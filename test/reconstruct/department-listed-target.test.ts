/**
 * A 三级 name listing its items with 、 run together with a target listing as many (a Jiangxi
 * department form flattened by a document site): the target begins where a negation opens it or
 * where it restates the name's first item, once. Texts written for these tests.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { listedTargetStart } from "../../src/reconstruct/listed-name-target.js";
import { atomize } from "../../src/reconstruct/run-together.js";

const cut = (key: string) => {
  const at = listedTargetStart(key);
  return at === null ? null : [key.slice(0, at), key.slice(at)];
};

describe("listedTargetStart", () => {
  it.each([
    ["编制控制、经费使用不超支、无挪用资金", ["编制控制、经费使用", "不超支、无挪用资金"]],
    ["完好性、使用率无设备闲置、使用率高于", ["完好性、使用率", "无设备闲置、使用率高于"]],
    // The target restates the name's first item (道路、照明 | 道路平整、…).
    ["道路、照明道路平整、路灯完好", ["道路、照明", "道路平整、路灯完好"]],
    // Three items each: the middle piece of five.
    ["甲类、乙类、丙类合规无遗漏、无差错、无投诉", ["甲类、乙类、丙类合规", "无遗漏、无差错、无投诉"]],
    ["档案、台账、报表管理无缺失、无错漏、按时报送", ["档案、台账、报表管理", "无缺失、无错漏、按时报送"]],
  ])("%s", (key, expected) => {
    expect(cut(key)).toEqual(expected);
  });

  it.each([
    // An even count of pieces: no item of the name is run into the target.
    ["完整、准确率"],
    ["完成率、控制率、及时率"],
    // A negation opening a name's item that ends as a name (不合格率, 无害化处理率).
    ["处置率、病死畜禽无害化处理率、达标率"],
    // Two places (a negation and a restated item): no guess.
    ["绿化、节能不绿化浪费、节水"],
    // Punctuation in the middle piece.
    ["甲、乙，不丙、丁"],
  ])("leaves %s", (key) => {
    expect(listedTargetStart(key)).toBeNull();
  });
});

describe("a listed name run into its listed target", () => {
  it("atomizes the name whole, its last item's value word with it", () => {
    expect(atomize({ text: "档案管理归档、保管规范无遗失、无损毁全部达成44", source: { line: 1 } as never }).map((c) => c.text)).toEqual([
      "档案管理归档、保管规范",
      "无遗失、无损毁",
      "全部达成",
      "44",
    ]);
  });

  it("reads name, target and completion of each row", async () => {
    const text =
      "某镇卫生院整体支出绩效自评表(2022年度)评价部门名称某县某镇卫生院下属单位个数0整体支出规模全年预算数全年执行数执行率" +
      "资金来源:(1)财政拨款98.50%资金结构:(1)基本支出98.50%(2)项目支出年度总年初设定目标全年完成情况体目标门诊人次达到3万人次门诊人次3.2万人次" +
      "分解目标自评权重二级指标三级指标年度指标值全年完成值分值得分偏差及原因分析管理指标30预算编审管理完整性100%100%55" +
      "部门预算管理编制控制、经费使用不超支、无挪用资金全部达成55资产管理完好性、使用率无设备闲置、使用率高于90%达成目标55" +
      "政府采购管理执行率100%100%55产出指标25数量指标任务1:门诊人次增加增2000人次55满意度指标\n";
    const doc = await parse(text, { path: "listed.txt" });
    const f = doc.forms[0]!;
    expect(f.template).toBe("department");
    expect(f.indicators.map((i) => [i.level2, i.level3, i.target, i.actual, i.weight, i.score])).toEqual([
      ["预算编审管理", "完整性", "100%", "100%", 5, 5],
      ["部门预算管理", "编制控制、经费使用", "不超支、无挪用资金", "全部达成", 5, 5],
      ["资产管理", "完好性、使用率", "无设备闲置、使用率高于90%", "达成目标", 5, 5],
      ["政府采购管理", "执行率", "100%", "100%", 5, 5],
      ["数量指标", "门诊人次", "增加", "增2000人次", 5, 5],
    ]);
  });
});

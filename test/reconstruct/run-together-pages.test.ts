import { textReadings } from "../../src/extract/text/read-text.js";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { detectShape as shapeOfReadings } from "../../src/reconstruct/text-rows/detect-shape.js";
import { goalRunCut } from "../../src/reconstruct/goal-run.js";
import { atomize } from "../../src/reconstruct/run-together.js";

/** The shape the text-rows stage tells for a text, as the text reader hands it on. */
const detectShape = (text: string) => shapeOfReadings(textReadings(text));

// Pages whose table rows a converter wrote one a line with each row's cells joined with nothing
// (perturb.ts run-together-rows). All text made up.
const regional = [
  "某某补助资金转移支付项目绩效目标自评表",
  "(2023年度)",
  "转移支付(项目)名称某某补助资金",
  "中央主管部门某某保障局",
  "地方主管部门某某保障局资金使用单位某某保障局",
  "资金投入情况(万元)全年预算数(A)全年执行数(B)预算执行率(B/A×100%)",
  "年度资金总额:120万120万100%",
  "其中:中央财政资金80万80万100%",
  "彩票公益金用于困难救助00100%",
  "地方资金40万40万100%",
  "其他资金",
  "总体目标完成情况总体目标全年实际完成情况",
  "落实困难群众补助政策,减轻群众看病负担,资金拨付及时足额。2023年度共补助2万人次,资金全部拨付到位。",
  "绩效指标一级指标二级指标三级指标指标值全年实际完成值未完成原因和改进措施",
  "产出指标数量指标补助人次≥20000人次21000人次",
].join("\n");

describe("a page of rows run together", () => {
  it("is run-together text when too few labels start its lines to vote, by the length of its lines", () => {
    expect(detectShape(regional)).toBe("run-together");
    // One cell a line stays so: its lines are labels and figures.
    expect(detectShape(["项目名称", "某某经费", "主管部门", "某某局", "年度资金总额", "120", "120", "100%", "其他资金", "", "", "", "一级指标", "产出指标"].join("\n"))).toBe("cell-per-line");
  });

  it("reads fund rows named in words of their own, their amounts printed with their scale", async () => {
    const f = (await parse(regional, { path: "regional.txt" })).forms[0]!;
    // (A label keeps its colon as printed.)
    expect(f.funds.rows.map((r) => [r.label?.replace(/[:：]$/, ""), r.annualBudget, r.executed])).toEqual([
      ["年度资金总额", 120, 120],
      ["其中:中央财政资金", 80, 80],
      ["彩票公益金用于困难救助", 0, 0],
      ["地方资金", 40, 40],
      ["其他资金", null, null],
    ]);
  });

  it("cuts two goal texts where the one sentence after the first opens on the year", async () => {
    const f = (await parse(regional, { path: "regional.txt" })).forms[0]!;
    expect(f.goals).toEqual({ expected: "落实困难群众补助政策,减轻群众看病负担,资金拨付及时足额。", actual: "2023年度共补助2万人次,资金全部拨付到位。" });
    // A goal that opens on the year and names none after: no cut; two such sentences: none either.
    expect(goalRunCut("2023年完成道路修缮十公里。")).toBeNull();
    expect(goalRunCut("完成修缮。2023年修缮十公里。2024年再修五公里。")).toBeNull();
  });

  it("takes the indicator header's second line, or the header printed again, for column names, not a row", async () => {
    const f = (
      await parse(
        [
          "项目支出绩效自评表",
          "项目名称某某巡查经费",
          "绩效指标年度指标值实际完成值分值得分偏差原因分析及改进措施",
          "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施",
          "产出指标数量指标巡查次数≥20次25次2020",
          "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施",
          "效益指标社会效益指标群众知晓率≥90%95%1010",
        ].join("\n"),
        { path: "header-twice.txt" },
      )
    ).forms[0]!;
    expect(f.indicators.map((i) => [i.level1, i.level2, i.level3, i.target, i.actual, i.weight, i.score])).toEqual([
      ["产出指标", "数量指标", "巡查次数", "≥20次", "25次", 20, 20],
      ["效益指标", "社会效益指标", "群众知晓率", "≥90%", "95%", 10, 10],
    ]);
  });

  it("reads a scoring sheet's names of its own where each 一级 and 二级 name is followed by its points (一级指标分值二级指标分值…)", async () => {
    const f = (
      await parse(
        ["项目支出绩效自评表", "项目名称某某展会补助经费", "主管部门某某商务局", "一级指标分值二级指标分值三级指标分值得分", "项目决策20项目目标4目标内容44", "决策过程8决策依据33", "决策程序55", "项目管理25资金到位5到位率33"].join("\n"),
        { path: "scoring-sheet.txt" },
      )
    ).forms[0]!;
    expect(f.indicators.map((i) => [i.level1, i.level2, i.level3, i.weight, i.score])).toEqual([
      ["项目决策", "项目目标", "目标内容", 4, 4],
      ["项目决策", "决策过程", "决策依据", 3, 3],
      ["项目决策", "决策过程", "决策程序", 5, 5],
      ["项目管理", "资金到位", "到位率", 3, 3],
    ]);
  });

  it("keeps a 指标性质 code and its comparator (004 >=) one atom, not a figure of the row", () => {
    const atoms = atomize({ text: "巡查次数004 >=20次113", source: { line: 1 } }).map((c) => c.text);
    expect(atoms.slice(0, 2)).toEqual(["巡查次数", "004 >="]);
    // A zero-led figure with no comparator after it stays a figure.
    expect(atomize({ text: "编号005完成", source: { line: 1 } }).map((c) => c.text)).toContain("005");
  });

  it("drops a vertical 一级 label's one character printed before a row's 二级 name (产数量指标…), not reading it into the 三级 name", async () => {
    const f = (
      await parse(
        ["项目支出绩效自评表", "项目名称某某考核奖励经费", "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施", "产数量指标考核覆盖人数≥50人52人2020", "出质量指标考核结果公开率100%100%2020"].join("\n"),
        { path: "vertical-fragment.txt" },
      )
    ).forms[0]!;
    expect(f.indicators.map((i) => [i.level2, i.level3, i.target, i.actual, i.weight, i.score])).toEqual([
      ["数量指标", "考核覆盖人数", "≥50人", "52人", 20, 20],
      ["质量指标", "考核结果公开率", "100%", "100%", 20, 20],
    ]);
  });
});


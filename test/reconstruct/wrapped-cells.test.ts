/**
 * One cell a line, a page that breaks a cell's paragraph at its own line wraps (`部门预` / `算管理` /
 * `80分)`): the cell joiner (src/reconstruct/wrapped-cells.ts) and a made-up Sichuan-style scoring
 * sheet read whole through it. Text written for this test, each value typed by hand.
 */
import { textReadings } from "../../src/extract/text/read-text.js";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { detectShape as shapeOfReadings } from "../../src/reconstruct/text-rows/detect-shape.js";
import { continuesCell, joinWrapped } from "../../src/reconstruct/wrapped-cells.js";

/** The shape the text-rows stage tells for a text, as the text reader hands it on. */
const detectShape = (text: string) => shapeOfReadings(textReadings(text));

describe("continuesCell: does a line go on with the cell above it?", () => {
  const cases: Array<[string, string, boolean, string]> = [
    ["部门预", "算管理", true, "a word broken at the wrap"],
    ["部门预算管理", "80分)", true, "points closing a bracket the cell never opened"],
    ["部门预算管理(80分)", "预算编制", false, "the cell closed its bracket"],
    ["规划(15分", "20分)", false, "ends on a digit"],
    ["评价部门目标是否完整。", "以项目完成数量为依据", false, "the sentence ended"],
    ["目标制定", "10", false, "a number starts the next cell"],
    ["资金到位", "1.按时到位得满分", false, "an item's number starts the next cell"],
    ["产出指标", "数量", false, "a level name of its own"],
    ["质量", "指标分值", false, "a column name starts the next cell"],
    ["部门预", "", false, "an empty cell"],
    ["预算执行", "(一)资金使用", false, "a numbered heading"],
  ];
  for (const [before, next, want, why] of cases) {
    it(`${before} / ${next} → ${want} (${why})`, () => expect(continuesCell(before, next)).toBe(want));
  }

  it("joins a cell only when every junction shows it", () => {
    const cell = (text: string, line: number) => ({ text, source: { line } });
    expect(joinWrapped([cell("部门预", 1), cell("算管理", 3), cell("80分)", 5)])).toEqual(cell("部门预算管理80分)", 1));
    expect(joinWrapped([cell("部门预", 1), cell("算管理", 3), cell("10", 5)])).toBeNull();
    expect(joinWrapped([cell("部门预", 1)])).toBeNull();
  });

  it("does not join a value printed twice (a target met as set) to the name above it", () => {
    const cell = (text: string, line: number) => ({ text, source: { line } });
    expect(joinWrapped([cell("校园绿化覆盖", 1), cell("达标", 2), cell("达标", 3)])).toBeNull();
  });
});

/** A scoring sheet one cell a paragraph, its 一级 broken over three lines and its `(` lost. */
const SHEET = [
  "某县某局2021年度部门决算",
  "",
  "2021-8-16 10:27| 发布者: 某县人民政府| 查看: 80| 评论: 0|来自: 某县政府门户网",
  "",
  "绩效指标",
  "",
  "指标分值",
  "",
  "指标解释",
  "",
  "计分标准",
  "",
  "自评",
  "",
  "得分",
  "",
  "备注",
  "",
  "一级",
  "",
  "指标",
  "",
  "二级",
  "",
  "指标",
  "",
  "三级",
  "",
  "指标",
  "",
  "履职效",
  "",
  "能管理",
  "",
  "60分)",
  "",
  "资金管理(20分)",
  "",
  "资金使用",
  "",
  "12",
  "",
  "评价部门资金使用是否符合相关财务管理制度规定,用以反映和考核部门资金的规范运行情况。",
  "",
  "1.资金使用符合财务管理制度规定、无截留挤占挪用的,得6分,否则酌情扣分。          2.建立支出台账并按月核对、年底账表相符的,得6分,否则不得分。设有专项资金的部门,按专项资金的使用情况评分,未设专项资金的部门,按部门整体支出评分。",
  "",
  "11",
  "",
  " ",
  "",
  "资产管理",
  "",
  "8",
  "",
  "评价部门资产管理是否规范,资产配置、使用和处置是否按规定报批,账实是否相符。",
  "",
  "资产配置、使用、处置按规定报批,资产账实相符、账账相符的,得8分;每发现一处不符扣2分,未按规定报批处置资产的每项扣2分,扣完为止。",
  "",
  "6.5",
  "",
  " ",
  "",
].join("\n");

describe("a scoring sheet whose cells are broken at their own wraps", () => {
  it("is one cell a line though its 评分标准 paragraphs are long", () => {
    expect(detectShape(SHEET)).toBe("cell-per-line");
  });

  it("leaves linear a page of spaced rows beside a base-data table one cell a line (short lines, no paragraphs)", () => {
    const baseData = ["部门整体支出绩效评价基础数据表", "填报单位:", "单位:万元", "财政供养人员情况", "编制数", "实际在职人数", "控制率", "45", "43", "95.56%", "三公经费", "12.5", "10", "9.8", "公用经费", "30.2", "28", "27.5"];
    const rows = [
      "部门整体支出绩效评价指标表",
      "投入 预算配置 在职人员控制率 5 在职人员控制率=(在职人员数/编制数)×100%。在职人员控制率≤100%,计5分;每超出1%扣0.5分,扣完为止。 5",
      "投入 预算配置 三公经费变动率 5 三公经费变动率=[(本年度三公经费总额-上年度三公经费总额)/上年度三公经费总额]×100%。变动率≤0,计5分;否则不得分。 5",
      "过程 预算执行 预算完成率 10 预算完成率=(预算完成数/预算数)×100%。完成率100%,计10分;每低1%扣0.5分,扣完为止。 9.5",
      "过程 预算执行 预算调整率 5 预算调整率=(预算调整数/预算数)×100%。调整率≤10%,计5分;每超出1%扣0.5分,扣完为止。 4",
      "过程 预算执行 支付进度率 5 支付进度率=(实际支付进度/既定支付进度)×100%。支付进度率≥90%,计5分;每低1%扣0.5分,扣完为止。 5",
      "过程 预算管理 公用经费控制率 5 公用经费控制率=(实际支出公用经费总额/预算安排公用经费总额)×100%。控制率≤100%,计5分;否则不得分。 5",
    ];
    expect(detectShape([...baseData, ...rows].join("\n"))).toBe("linear");
  });

  it("reads the 一级 name broken over lines, the two-row header and each row", async () => {
    const f = (await parse(SHEET, { path: "sheet.txt" })).forms[0]!;
    expect(f.template).toBe("department");
    expect(f.indicators.map((i) => [i.level1, i.level1Weight, i.level2, i.level3, i.weight, i.score])).toEqual([
      ["履职效能管理", 60, "资金管理(20分)", "资金使用", 12, 11],
      ["履职效能管理", 60, "资金管理(20分)", "资产管理", 8, 6.5],
    ]);
    expect(f.indicators.map((i) => i.method)).toEqual([
      "1.资金使用符合财务管理制度规定、无截留挤占挪用的,得6分,否则酌情扣分。2.建立支出台账并按月核对、年底账表相符的,得6分,否则不得分。设有专项资金的部门,按专项资金的使用情况评分,未设专项资金的部门,按部门整体支出评分。",
      "资产配置、使用、处置按规定报批,资产账实相符、账账相符的,得8分;每发现一处不符扣2分,未按规定报批处置资产的每项扣2分,扣完为止。",
    ]);
  });
});

describe("the same sheet as other pages give it", () => {
  it("reads a 二级 name whose points are in lenticular brackets (资金管理【20分】) as a group name", async () => {
    const f = (await parse(SHEET.replace("资金管理(20分)", "资金管理【20分】"), { path: "sheet.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level1, i.level1Weight, i.level2, i.level3, i.weight, i.score])).toEqual([
      ["履职效能管理", 60, "资金管理【20分】", "资金使用", 12, 11],
      ["履职效能管理", 60, "资金管理【20分】", "资产管理", 8, 6.5],
    ]);
  });

  it("reads a 二级 name whose points are printed bare (资金管理20分) as a group name", async () => {
    const f = (await parse(SHEET.replace("资金管理(20分)", "资金管理20分"), { path: "sheet.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level1, i.level1Weight, i.level2, i.level3, i.weight, i.score])).toEqual([
      ["履职效能管理", 60, "资金管理20分", "资金使用", 12, 11],
      ["履职效能管理", 60, "资金管理20分", "资产管理", 8, 6.5],
    ]);
  });

  it("reads a pipe scoring sheet's 一级 and 二级 names with bare points (规划 15分), the 一级's points its weight", async () => {
    const f = (
      await parse(
        [
          "2022年度部门整体支出绩效评价自评表",
          "| 序号 | 一级指标 | 二级指标 | 三级指标 | 指标分值 | 指标解释 | 评分标准 | 自评得分 |",
          "| 1 | 规划 15分 | 基础信息 3分 | 基础信息完整性 | 3 | 基础资料是否完整 | 完整得3分，缺一项扣1分 | 3 |",
          "| 2 | | 工作计划 6分 | 年度工作计划完整性 | 3 | 工作计划是否完整 | 完整得3分，否则不得分 | 3 |",
          "| 3 | | | 年度工作计划明确性 | 3 | 工作计划是否明确 | 明确得3分，否则不得分 | 2 |",
        ].join("\n"),
        { path: "sheet.txt" },
      )
    ).forms[0]!;
    expect(f.indicators.map((i) => [i.level1, i.level1Weight, i.level2, i.level3, i.weight, i.score])).toEqual([
      // (Text values lose the space a page prints between Chinese and a figure, as every name does.)
      ["规划", 15, "基础信息3分", "基础信息完整性", 3, 3],
      ["规划", 15, "工作计划6分", "年度工作计划完整性", 3, 3],
      ["规划", 15, "工作计划6分", "年度工作计划明确性", 3, 2],
    ]);
  });

  it("reads a funds header's 分值 with its points printed bare (分值10分) as the 分值 column", async () => {
    const f = (
      await parse(
        [
          "某镇2022年度部门整体支出绩效自评表",
          "| 部门(单位)名称 | 某镇人民政府 |",
          "| 部门(单位)总体资金(万元) | 资金来源 | 年初预算数(A) | 全年执行数(B) | 分值10分 | 得分 |",
          "| | 年度资金总额 | 1172.55 | 1268.72 | 10 | 10 |",
        ].join("\n"),
        { path: "mirror.txt" },
      )
    ).forms[0]!;
    const total = f.funds.rows.find((r) => r.key === "total");
    expect([total?.initialBudget, total?.executed, f.funds.weight, f.funds.score]).toEqual([1172.55, 1268.72, 10, 10]);
  });

  it("keeps each row whole when an exporter dropped the empty 备注 cells", async () => {
    const f = (await parse(SHEET.replace(/\n \n/g, "\n"), { path: "sheet.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level3, i.weight, i.score])).toEqual([
      ["资金使用", 12, 11],
      ["资产管理", 8, 6.5],
    ]);
  });
});

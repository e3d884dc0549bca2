import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

// Run-together rows (cells joined with nothing, one row a line) whose long 三级 name a converter
// wrapped, the name's first line holding a figure of its own. All text made up.
const form = (rows: string[]) =>
  [
    "项目支出绩效自评表",
    "项目名称某某设施建设项目",
    "主管部门某某局实施单位某某中心",
    "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施",
    ...rows,
    "合计10090",
  ].join("\n");

const rows = async (text: string) => (await parse(text, { path: "wrapped.txt" })).forms[0]!.indicators.map((i) => [i.level3, i.target, i.actual, i.weight, i.score]);

describe("a wrapped 三级 name whose first line holds a figure", () => {
  it("reads the line and the next one as one row", async () => {
    const read = await rows(form(["产出指标数量指标860平方米仓库及配套设施建设和", "附属用房改造≥860平方米860平方米1515", "质量指标验收合格率≥95%96%1010"]));
    expect(read).toEqual([
      ["860平方米仓库及配套设施建设和附属用房改造", "≥860平方米", "860平方米", 15, 15],
      ["验收合格率", "≥95%", "96%", 10, 10],
    ]);
  });

  it("leaves a row that prints its target and its completion whole, though its points are blank", async () => {
    const read = await rows(form(["产出指标数量指标培训人数≥100人120人暂未评分", "培训满意率≥90%95%1010"]));
    expect(read).toHaveLength(2);
    expect(read[1]).toEqual(["培训满意率", "≥90%", "95%", 10, 10]);
  });

  it("leaves the line alone when the next opens on a name of its own", async () => {
    const read = await rows(form(["产出指标数量指标860平方米仓库及配套设施建设和", "质量指标验收合格率≥95%96%1010"]));
    expect(read.at(-1)).toEqual(["验收合格率", "≥95%", "96%", 10, 10]);
    expect(read).toHaveLength(2);
  });
});

import { describe, expect, it } from "vitest";
import { indicatorPlausibility, splitNumericRun } from "../../src/reconstruct/run-together.js";

// Made-up runs of a row's figures.
describe("run-together figures of more than two decimals", () => {
  it("are read wherever a run holds a part of three or four decimals, not only before a rate", () => {
    // A completion of four decimals before 分值 and 得分 of two: 32.9999 | 22.50 | 22.50.
    expect(splitNumericRun("41.999918.5018.50")).toContainEqual(["41.9999", "18.50", "18.50"]);
    // A short run, or one of two decimals at most, is read as before.
    expect(splitNumericRun("10.510.5").every((r) => r.every((p) => !/\.\d{3}/.test(p)))).toBe(true);
  });

  it("price points of more than two decimals above points of two", () => {
    const v = (o: Record<string, string>) => new Map(Object.entries(o));
    expect(indicatorPlausibility(v({ weight: "18.502", score: "8.50" }))).toBeGreaterThan(indicatorPlausibility(v({ weight: "18.50", score: "18.50" })));
  });
});

describe("a run of figures that ends on one figure with decimals twice", () => {
  it("reads the two as the row's last two numbers, 分值 and 得分 printed alike", async () => {
    // A Yunnan-style table (指标性质 with its code, 度量单位), points printed with two decimals. Made up.
    const text = [
      "项目支出绩效自评表",
      "项目名称某某能源项目经费",
      "绩效指标年度指标值实际完成值分值得分偏差原因分析及改进措施",
      "一级指标二级指标三级指标指标性质指标值度量单位",
      "产出指标数量指标某某巡查次数004 >=20次2510.0010.00",
      "效益指标经济效益某某投资带动额004 >=2亿元5亿8.008.00",
      "合计10090",
    ].join("\n");
    const { parse } = await import("../../src/pipeline.js");
    const read = (await parse(text, { path: "twin.txt" })).forms[0]!.indicators.map((i) => [i.level3, i.target, i.actual, i.weight, i.score]);
    expect(read).toEqual([
      ["某某巡查次数", "≥20次", "25次", 10, 10],
      ["某某投资带动额", "≥2亿元", "5亿", 8, 8],
    ]);
  });
});

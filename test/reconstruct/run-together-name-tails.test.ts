import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { atomize, indicatorPlausibility } from "../../src/reconstruct/run-together.js";

const atoms = (text: string) => atomize({ text, source: { line: 1 } }).map((c) => c.text);

// Made-up rows.
describe("run-together 三级 names and the digits after them", () => {
  it("keeps a value's word inside a name that ends on its unit in brackets", () => {
    expect(atoms("某某任务完成时限(天)1515")[0]).toBe("某某任务完成时限(天)");
    expect(atoms("资金拨付及时率(次)≥95次")[0]).toBe("资金拨付及时率(次)");
    // 数 after it makes a name's word too (增加数, 完成数: a count), as 率, 性 and 度 do.
    expect(atoms("某某投资增加数≥2亿元")[0]).toBe("某某投资增加数");
    // A value's word before other words is still cut there.
    expect(atoms("某某任务完成情况良好")).toContain("完成");
  });

  it("prices a completion read with no target beside it", () => {
    const v = (o: Record<string, string>) => new Map(Object.entries(o));
    expect(indicatorPlausibility(v({ actual: "101010.5", weight: "1", score: "0.5" }))).toBeGreaterThan(indicatorPlausibility(v({ target: "10", actual: "10", weight: "10", score: "10" })));
    expect(indicatorPlausibility(v({ target: "10", actual: "10" }))).toBe(0);
  });

  it("reads a run of a target, its completion and points whose weight carries a decimal", async () => {
    const text = [
      "项目支出绩效自评表",
      "项目名称某某设施维护经费",
      "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施",
      "产出指标时效指标某某任务完成时限(天)202010.510.5",
      "合计10090",
    ].join("\n");
    const ind = (await parse(text, { path: "tails.txt" })).forms[0]!.indicators[0]!;
    expect([ind.level3, ind.target, ind.actual, ind.weight, ind.score]).toEqual(["某某任务完成时限(天)", "20", "20", 10.5, 10.5]);
  });
});

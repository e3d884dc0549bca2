/**
 * An excerpt that starts at the second line of a two-line indicator header (一级指标 … 指标性质 | 指标值
 * | 度量单位), the first line (实际完成值 | 分值 | 得分 | 偏差原因) cut away with the page before: the
 * rows go on past the named columns in the template's order. Each text written for this test, its
 * expected reading typed by hand from the text.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

describe("a header cut after its target's columns", () => {
  it("reads the completion, 分值 and 得分 the rows print past 度量单位", async () => {
    const text = [
      "一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 |",
      "产出指标 | 数量指标 | 巡查河道次数 | >= | 40 | 次 | 46 | 30.00 | 30.00 |",
      "产出指标 | 成本指标 | 巡查经费支出 | <= | 12 | 万元 | 11.8 | 30.00 | 28.00 |",
      "满意度指标 | 服务对象满意度指标 | 沿河群众满意度 | >= | 90 | % | 93 | 40.00 | 40.00 |",
    ].join("\n");
    const doc = await parse(text, { path: "cut-header.txt" });
    const inds = doc.forms[0]!.indicators;
    expect(inds.map((i) => [i.level3, i.actual, i.weight, i.score])).toEqual([
      ["巡查河道次数", "46次", 30, 30],
      ["巡查经费支出", "11.8万元", 30, 28],
      ["沿河群众满意度", "93%", 40, 40],
    ]);
  });

  it("leaves a header that names its completion as it is (a form that prints no points)", async () => {
    const text = [
      "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |",
      "产出指标 | 数量指标 | 巡查河道次数 | ≥40次 | 46次 |",
      "产出指标 | 质量指标 | 隐患整改率 | 100% | 100% |",
    ].join("\n");
    const doc = await parse(text, { path: "no-points.txt" });
    const inds = doc.forms[0]!.indicators;
    expect(inds.map((i) => [i.level3, i.target, i.actual, i.weight ?? null, i.score ?? null])).toEqual([
      ["巡查河道次数", "≥40次", "46次", null, null],
      ["隐患整改率", "100%", "100%", null, null],
    ]);
  });
});

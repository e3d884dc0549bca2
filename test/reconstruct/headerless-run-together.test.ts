import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { headerlessIndicatorPlausibility } from "../../src/reconstruct/run-together.js";

// An excerpt that starts at an indicator row under merged cells, no header above it, its rows run
// together one a line (a Sichuan-style table: 指标性质 | 指标值 | 度量单位 | 完成值 | 分值 | 得分, the
// 得分 left blank). All text made up.
const excerpt = [
  "某某标识更新及时率=100%1008",
  "成本指标某某维护成本预算=8万元85",
  "某某巡查成本预算=2万元25",
  "效益指标社会效益指标某某环境改善率≥85%8810",
  "合计100",
].join("\n");

const rows = async (text: string) =>
  (await parse(text, { path: "excerpt.txt" })).forms[0]!.indicators.map((i) => [i.level3, i.target, i.actual, i.weight, i.score]);

describe("run-together rows with no header above them", () => {
  it("reads the excerpt's first row, which no 一级/二级 name opens, as an indicator", async () => {
    const read = await rows(excerpt);
    expect(read[0]).toEqual(["某某标识更新及时率", "=100%", "100%", 8, null]);
    expect(read).toHaveLength(4);
  });

  it("reads a figure equal to the target's right after it as the completion, the unit shared", async () => {
    // 8 | 5: the completion 8 (= the target's 8) and 分值 5, not 分值 8 and 得分 5.
    expect((await rows(excerpt))[1]).toEqual(["某某维护成本预算", "=8万元", "8万元", 5, null]);
    expect((await rows(excerpt))[2]).toEqual(["某某巡查成本预算", "=2万元", "2万元", 5, null]);
  });

  it("reads one number of points after the completion as 分值, not cut into 分值 and a 得分 of 0", async () => {
    // 8810: 88 | 10, not 88 | 1 | 0.
    expect((await rows(excerpt))[3]).toEqual(["某某环境改善率", "≥85%", "88%", 10, null]);
  });

  it("gives a bare completion the percent sign its target printed once, in a 度量单位 column", async () => {
    // = | 100 | % | 100 | 5 | 5 run together: the completion is 100%, 分值 and 得分 5.
    const read = await rows(["某某讲座知晓率=100%10055", "满意度指标服务对象满意度指标某某满意度≥95%9654", "合计100"].join("\n"));
    expect(read).toEqual([
      ["某某讲座知晓率", "=100%", "100%", 5, 5],
      ["某某满意度", "≥95%", "96%", 5, 4],
    ]);
  });

  it("reads a 定性 row whose grades end the line and whose completion and 分值 the next line holds", async () => {
    const text = ["某某标识更新及时率=100%1008", "可持续影响指标某某管理制度健全性定性优良中差", "优8", "满意度指标服务对象满意度指标某某满意度≥90%928", "合计100"].join("\n");
    expect(await rows(text)).toEqual([
      ["某某标识更新及时率", "=100%", "100%", 8, null],
      ["某某管理制度健全性", "定性优良中差", "优", 8, null],
      ["某某满意度", "≥90%", "92%", 8, null],
    ]);
    // 稳定性 keeps its 定; 定性评价 is a name's word.
    const { atomize } = await import("../../src/reconstruct/run-together.js");
    expect(atomize({ text: "某某系统稳定性定性好坏", source: { line: 1 } }).map((c) => c.text).slice(0, 2)).toEqual(["某某系统稳定性", "定性"]);
    expect(atomize({ text: "某某服务质量定性评价", source: { line: 1 } }).map((c) => c.text)).toEqual(["某某服务质量定性评价"]);
  });

  it("prices the target's figure read as the 分值 with no completion", () => {
    const v = (o: Record<string, string>) => new Map(Object.entries(o));
    const asPoints = headerlessIndicatorPlausibility(v({ target: "=8万元", weight: "8", score: "5" }));
    const asCompletion = headerlessIndicatorPlausibility(v({ target: "=8万元", actual: "8", weight: "5" }));
    expect(asPoints).toBeGreaterThan(asCompletion);
    // (A compared value alone in the completion's column is the target.)
    expect(headerlessIndicatorPlausibility(v({ actual: "=8万元", weight: "8", score: "5" }))).toBe(asPoints);
    // Points that differ from the target's figure are not priced.
    expect(headerlessIndicatorPlausibility(v({ target: "=8万元", weight: "6", score: "5" }))).toBe(0);
  });

  it("leaves a line of prose, or a name with a compared target and text after it, where it was", async () => {
    const doc = await parse(["某某单位完成全年任务目标≥90%的情况说明", "某某服务满意度≥90%较好"].join("\n"), { path: "prose.txt" });
    expect(doc.forms).toHaveLength(0);
  });
});

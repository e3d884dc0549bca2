import { describe, expect, it } from "vitest";
import { bareCompletionAfterUnit, bareCompletionBesideTarget } from "../../src/reconstruct/bare-completion.js";
import type { RawIndicator } from "../../src/reconstruct/raw-form.js";
import { parse } from "../../src/pipeline.js";

// With no column heads, where a bare figure after a compared target goes. All text made up.
const value = (text: string) => ({ text, source: { line: 1 } });
const v = (t: string | null) => (t === null ? null : value(t));
const row = (target: string, weight: string | null, score: string | null): RawIndicator => ({
  level1: null, level2: null, level3: value("检查企业数"), nature: null, target: value(target), unit: null,
  actual: null, weight: v(weight), score: v(score), method: null, deviation: null,
});

describe("a bare figure beside a compared bare target", () => {
  it.each([
    // [target, weight, score, header seen] → [actual, weight, score]
    ["≥3", "4", null, false, "4", null, null],
    ["≥124", null, "253", false, "253", null, null],
    ["不少于20", "26", null, false, "26", null, null],
    // a target with a unit: the figure is points (a completion would carry the unit)
    ["=100%", "22.5", null, false, null, "22.5", null],
    ["≤10次", "10", null, false, null, "10", null],
    // points with decimals, both points printed, or the header's columns: untouched
    ["≥90", null, "9.5", false, null, null, "9.5"],
    ["≥90", "10", "10", false, null, "10", "10"],
    ["≥3", "4", null, true, null, "4", null],
  ] as const)("%s | %s | %s (header %s)", (target, weight, score, header, actual, w, s) => {
    const ind = row(target, weight, score);
    bareCompletionBesideTarget(ind, header);
    expect([ind.actual?.text ?? null, ind.weight?.text ?? null, ind.score?.text ?? null]).toEqual([actual, w, s]);
  });

  it("reads the completions of an excerpt that starts mid-table, in linear rows", async () => {
    const text = [
      "数量指标 检查食品企业数 ≥120 136",
      "抽检批次 ≥40 52",
      "质量指标 问题整改率 100% 100%",
      "效益指标 社会效益指标 群众投诉下降 明显下降 明显下降",
    ].join("\n");
    const doc = await parse(text, { path: "mid-table-linear.txt" });
    const inds = doc.forms[0]!.indicators;
    expect(inds.map((i) => [i.level3, i.target, i.actual])).toEqual([
      ["检查食品企业数", "≥120", "136"],
      ["抽检批次", "≥40", "52"],
      ["问题整改率", "100%", "100%"],
      ["群众投诉下降", "明显下降", "明显下降"],
    ]);
  });
});

describe("a bare figure beside a compared bare target under Beijing's columns (分值 before the target)", () => {
  it.each([
    // [target, weight, score, completion beside the target in the header] → [actual, weight, score]
    ["≥3", null, "4", true, "4", null, null],
    ["≥124", "253", null, true, "253", null, null],
    // the header's completion elsewhere: the header's columns say
    ["≥3", null, "4", false, null, null, "4"],
  ] as const)("%s | %s | %s (beside %s)", (target, weight, score, beside, actual, w, s) => {
    const ind = row(target, weight, score);
    bareCompletionBesideTarget(ind, true, beside);
    expect([ind.actual?.text ?? null, ind.weight?.text ?? null, ind.score?.text ?? null]).toEqual([actual, w, s]);
  });

  it("reads a linear page in Beijing's 2016 columns with no points printed", async () => {
    const text = [
      "项目支出绩效自评表",
      "项目名称 某某食品安全抽检",
      "主管部门 某某区市场监管局 实施单位 某某区食品检验所",
      "一级指标 二级指标 三级指标 分值 年度指标值(A) 全年实际值(B) 得分计算方法 得分 未完成原因分析",
      "产出指标 数量指标 抽检食品批次 ≥40 52 完成指标值得满分",
      "检查企业户数 ≥120 136 完成指标值得满分",
      "质量指标 问题整改完成率 =100% 100% 完成指标值得满分",
    ].join("\n");
    const f = (await parse(text, { path: "beijing-linear.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level3, i.target, i.actual, i.score])).toEqual([
      ["抽检食品批次", "≥40", "52", null],
      ["检查企业户数", "≥120", "136", null],
      ["问题整改完成率", "=100%", "100%", null],
    ]);
  });
});

describe("a figure after the target's unit under Sichuan's columns (指标值 | 度量单位 | 完成值)", () => {
  const cut = (target: string, unit: string | null, weight: string | null, score: string | null): RawIndicator => ({
    ...row(target, weight, score),
    unit: v(unit),
  });
  it.each([
    // [target, unit, weight, score, the header's unit right before the completion] → [actual, weight, score]
    ["100", "%", null, "100", true, "100", null, null],
    ["2", "次", "3", null, true, "3", null, null],
    // no unit printed, a target with its unit, points with decimals, both points, or no such header: untouched
    ["100", null, null, "100", true, null, null, "100"],
    ["100%", "%", null, "100", true, null, null, "100"],
    ["90", "%", null, "9.5", true, null, null, "9.5"],
    ["90", "%", "10", "10", true, null, "10", "10"],
    ["100", "%", null, "100", false, null, null, "100"],
  ] as const)("%s | %s | %s | %s (unit before completion %s)", (target, unit, weight, score, header, actual, w, s) => {
    const ind = cut(target, unit, weight, score);
    bareCompletionAfterUnit(ind, header);
    expect([ind.actual?.text ?? null, ind.weight?.text ?? null, ind.score?.text ?? null]).toEqual([actual, w, s]);
  });

  it("reads a linear page in Sichuan's columns whose rows print no points", async () => {
    const text = [
      "项目支出绩效自评表",
      "项目名称 某某农产品质量检测",
      "主管部门 某某县农业农村局 实施单位 某某县农产品检测站",
      "一级指标 二级指标 三级指标 指标性质 指标值 度量单位 完成值 权重 得分 未完成原因分析",
      "产出指标 数量指标 抽检样品批次 ≥ 200 236",
      "质量指标 检测结果上报率 100 % 100",
      "不合格产品处置率 95 % 98",
    ].join("\n");
    const f = (await parse(text, { path: "sichuan-linear.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level3, i.target, i.actual, i.weight, i.score])).toEqual([
      ["抽检样品批次", "≥200", "236", null, null],
      ["检测结果上报率", "100%", "100%", null, null],
      ["不合格产品处置率", "95%", "98%", null, null],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { comparatorQualifiesNextFigure, comparedValueIsTarget } from "../../src/reconstruct/compared-target.js";
import { rowReadings } from "../../src/reconstruct/run-together.js";
import type { RawIndicator } from "../../src/reconstruct/raw-form.js";
import { parse } from "../../src/pipeline.js";

// Evidence for where a value goes when a row's cells ran together. All text made up.
const value = (text: string) => ({ text, source: { line: 1 } });
const row = (target: string | null, actual: string | null): RawIndicator => ({
  level1: null, level2: null, level3: value("巡查覆盖率"), nature: null, target: target === null ? null : value(target), unit: null,
  actual: actual === null ? null : value(actual), weight: null, score: null, method: null, deviation: null,
});

describe("a value opened by a comparator is a target", () => {
  it.each([
    // [target, actual, boundaries] → [target, actual]
    [null, "≥95%", "none", "≥95%", null],
    [null, "=100%", "spaces", "=100%", null],
    [null, "不少于12次", "none", "不少于12次", null],
    // a completion with no comparator stays one
    [null, "96%", "none", null, "96%"],
    // a target printed: nothing moves
    ["≥90%", "≥95%", "none", "≥90%", "≥95%"],
    // in a table whose cells are known, the column says
    [null, "≥95%", "exact", null, "≥95%"],
  ] as const)("%s | %s (%s)", (t, a, boundaries, target, actual) => {
    const ind = row(t, a);
    comparedValueIsTarget(ind, boundaries);
    expect([ind.target?.text ?? null, ind.actual?.text ?? null]).toEqual([target, actual]);
  });
});

describe("a run of digits before a percent sign", () => {
  it("prices a cut of the percent's digits as a cut before a unit", () => {
    const cells = ["=", "100", "%"].map((text) => ({ text, source: {} }));
    const readings = rowReadings(cells);
    const whole = readings.find((r) => r.cells.length === 3)!;
    const cut = readings.find((r) => r.cells.map((c) => c.text).join("|") === "=|10|0|%")!;
    expect(cut.cost - whole.cost).toBeGreaterThan(1);
  });

  it("reads a headerless excerpt's rows: a target and one number each", async () => {
    const text = "产出指标数量指标巡查覆盖率=100% 20 整改次数≤12次 20 时效指标按时完成率=100% 20 效益指标社会效益指标群众知晓率≥90% 20 满意度指标服务对象满意度指标群众满意度≥95% 20 合计100";
    expect(text.length).toBeGreaterThanOrEqual(100);
    const f = (await parse(text, { path: "rows.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level3, i.target, i.actual])).toEqual([
      ["巡查覆盖率", "=100%", null],
      ["整改次数", "≤12次", null],
      ["按时完成率", "=100%", null],
      ["群众知晓率", "≥90%", null],
      ["群众满意度", "≥95%", null],
    ]);
  });
});

describe("a comparator in the 指标性质 column qualifies the figure after it", () => {
  const sichuan = (nature: string | null, target: string | null, actual: string | null, weight: string | null, score: string | null): RawIndicator => ({
    ...row(target, actual), nature: nature === null ? null : value(nature), weight: weight === null ? null : value(weight), score: score === null ? null : value(score),
  });
  it.each([
    // [nature, target, actual, weight, score, boundaries] → [target, actual, weight, score]
    ["≥", null, null, "3", "4", "spaces", ["3", "4", null, null]],
    ["=", null, null, "12", "12", "none", ["12", "12", null, null]],
    // a comparator in words, as a split target with a direction column prints it (大于等于 for ≥)
    ["大于等于", null, null, "3", "4", "spaces", ["3", "4", null, null]],
    ["小于", null, null, "2", "1", "none", ["2", "1", null, null]],
    // a direction is no comparator
    ["正向", null, null, "3", "4", "spaces", [null, null, "3", "4"]],
    // the points printed where they belong stay
    ["≥", "95", "96", "10", "10", "spaces", ["95", "96", "10", "10"]],
    // no comparator: a 定性 row's figures are its points
    ["定性", null, null, "10", "9", "spaces", [null, null, "10", "9"]],
    // one figure only: it may be either
    ["≥", null, null, "10", null, "spaces", [null, null, "10", null]],
    // cells known: the columns say
    ["≥", null, null, "3", "4", "exact", [null, null, "3", "4"]],
  ] as const)("%s %s %s %s %s (%s)", (nature, t, a, w, sc, boundaries, expected) => {
    const ind = sichuan(nature, t, a, w, sc);
    comparatorQualifiesNextFigure(ind, boundaries);
    expect([ind.target?.text ?? null, ind.actual?.text ?? null, ind.weight?.text ?? null, ind.score?.text ?? null]).toEqual(expected);
  });

  it("reads a linear page in Sichuan's columns with no points printed", async () => {
    const text = [
      "项目支出绩效自评表",
      "项目名称 某某乡村道路养护",
      "主管部门 某某县交通运输局 实施单位 某某县公路事务中心",
      "一级指标 二级指标 三级指标 指标性质 指标值 度量单位 完成值 权重 得分 未完成原因分析",
      "产出指标 数量指标 养护道路里程 ≥ 120 公里 126",
      "巡查次数 ≥ 24 30",
      "质量指标 路面完好率 ≥ 90 93",
    ].join("\n");
    const f = (await parse(text, { path: "sichuan-linear.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level3, i.target, i.actual, i.weight, i.score])).toEqual([
      ["养护道路里程", "≥120公里", "126公里", null, null],
      ["巡查次数", "≥24", "30", null, null],
      ["路面完好率", "≥90", "93", null, null],
    ]);
  });
});

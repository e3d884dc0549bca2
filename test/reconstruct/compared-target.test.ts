import { describe, expect, it } from "vitest";
import { comparedValueIsTarget } from "../../src/reconstruct/compared-target.js";
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

import { describe, expect, it } from "vitest";
import { comparatorQualifiesCompletion } from "../../src/reconstruct/compared-target.js";
import { headerlessIndicatorPlausibility } from "../../src/reconstruct/run-together.js";
import type { RawIndicator } from "../../src/reconstruct/raw-form.js";
import { parse } from "../../src/pipeline.js";

// A headerless excerpt's row `名称≤10次 22.5`: a counted target, then the row's points with a decimal.
// All text made up.
const value = (text: string) => ({ text, source: { line: 1 } });
const row = (nature: string | null, target: string | null, unit: string | null, actual: string | null): RawIndicator => ({
  level1: null, level2: null, level3: value("整改次数"), nature: nature === null ? null : value(nature), target: target === null ? null : value(target),
  unit: unit === null ? null : value(unit), actual: actual === null ? null : value(actual), weight: value("12.5"), score: null, method: null, deviation: null,
});

describe("a comparator in the 指标性质 column before a figure aligned as the completion", () => {
  it.each([
    // [nature, target, unit, actual, boundaries] → [target, actual]
    ["≤", null, null, "10次", "spaces", "10次", null],
    ["≥", null, null, "3个", "none", "3个", null],
    // a target printed, or a unit printed apart: the completion stays one
    ["≥", "3", null, "4", "spaces", "3", "4"],
    ["≥", null, "个", "4", "spaces", null, "4"],
    // no comparator, or cells known: nothing moves
    ["定量", null, null, "10次", "spaces", null, "10次"],
    ["≤", null, null, "10次", "exact", null, "10次"],
  ] as const)("%s %s %s %s (%s)", (nature, t, unit, a, boundaries, target, actual) => {
    const ind = row(nature, t, unit, a);
    comparatorQualifiesCompletion(ind, boundaries);
    expect([ind.target?.text ?? null, ind.actual?.text ?? null]).toEqual([target, actual]);
  });
});

describe("a bare completion after a counted target", () => {
  it("prices above a completion printed with its count's unit", () => {
    const v = (o: Record<string, string>) => new Map(Object.entries(o));
    expect(headerlessIndicatorPlausibility(v({ target: "≤10次", actual: "2", weight: "2.5" }))).toBeGreaterThan(
      headerlessIndicatorPlausibility(v({ target: "≤10次", actual: "2次", weight: "2.5" })),
    );
    // (A bare figure equal to the target's is its completion, the unit shared.)
    expect(headerlessIndicatorPlausibility(v({ target: "=6万元", actual: "6", weight: "5" }))).toBe(headerlessIndicatorPlausibility(v({ target: "=6万元", actual: "6万元", weight: "5" })));
  });

  it("reads the points after a counted target whole", async () => {
    const text = "产出指标数量指标巡查覆盖率=100% 12.5 整改次数≤10次 12.5 时效指标按时完成率=100% 25 效益指标社会效益指标群众知晓率≥90% 25 满意度指标服务对象满意度指标群众满意度≥95% 25 合计100";
    const f = (await parse(text, { path: "count-points.txt" })).forms[0]!;
    expect(f.indicators[1]!).toMatchObject({ level3: "整改次数", target: "≤10次", actual: null, weight: 12.5 });
  });
});

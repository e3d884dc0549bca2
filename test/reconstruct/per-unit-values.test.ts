/**
 * Values measured in a unit per another (元/人、天, 万元/年, 元/次): quantities, as 400元/人 is. Read
 * as text, in a table whose header was not seen (an excerpt that starts mid-table) and whose rows
 * print no points, a target and its completion were put in the completion and the 偏差原因. Small
 * texts written for this test, the expected readings typed by hand.
 */
import { describe, expect, it } from "vitest";
import { classify } from "../../src/reconstruct/classify.js";
import { parse } from "../../src/pipeline.js";

describe("a value in a unit per another unit", () => {
  it.each([
    ["350元/人、天", "quantity"],
    ["≤1.2万元/年", "quantity"],
    ["25元/次", "quantity"],
    ["60元/人·天", "quantity"],
    ["3个/村", "quantity"],
    ["培训成本/人", "text"],
  ])("%s is a %s", (text, kind) => {
    expect(classify(text).kind).toBe(kind);
  });

  it("is the target and the completion of a headerless row without points", async () => {
    const text = [
      "数量指标 指标1.巡回义诊场次 ≥12 15",
      "成本指标 指标1.义诊人均补助 350元/人、天 300元/人、天",
      "指标2.设备运维费用 ≤1.2万元/年 1.1万元/年",
    ].join("\n");
    const f = (await parse(text, { path: "per-unit.txt" })).forms[0]!;
    const rows = (f.indicators as Array<Record<string, unknown>>).map((i) => [i.level2, i.target, i.actual, i.deviation]);
    expect(rows).toEqual([
      ["数量指标", "≥12", "15", null],
      ["成本指标", "350元/人、天", "300元/人、天", null],
      ["成本指标", "≤1.2万元/年", "1.1万元/年", null],
    ]);
  });
});

/**
 * zero-completion.ts: a headerless row with its cells known that prints a target, a lone 0 and the
 * reason nothing was done is the target, its completion 0 and the reason — not a completion with
 * no target and a 得分 of 0 with no 分值. Rows of made-up text, read whole through the pipeline.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { zeroCompletionAfterTarget } from "../../src/reconstruct/zero-completion.js";
import type { RawIndicator } from "../../src/reconstruct/raw-form.js";

const source = { row: 0, col: 0 } as never;
const v = (text: string) => ({ text, source });
const raw = (over: Partial<Record<keyof RawIndicator, string>>): RawIndicator => {
  const keys = ["level1", "level2", "level3", "nature", "target", "unit", "actual", "weight", "score", "method", "deviation"] as const;
  const ind = Object.fromEntries(keys.map((k) => [k, over[k] === undefined ? null : v(over[k]!)])) as unknown as RawIndicator;
  return ind;
};
const pickValues = (i: RawIndicator) => [i.target?.text ?? null, i.actual?.text ?? null, i.weight?.text ?? null, i.score?.text ?? null];

describe("zeroCompletionAfterTarget", () => {
  it.each([
    ["a 得分 of 0 alone", { level3: "修缮面积", actual: "120平方米", score: "0", deviation: "资金未到位" }, ["120平方米", "0", null, null]],
    ["a 分值 of 0 alone", { level3: "培训场次", actual: "≥4场", weight: "0", deviation: "疫情影响未开展" }, ["≥4场", "0", null, null]],
  ])("moves %s", (_, over, expected) => {
    const ind = raw(over);
    zeroCompletionAfterTarget(ind);
    expect(pickValues(ind)).toEqual(expected);
  });

  it.each([
    ["a target printed", { level3: "修缮面积", target: "120平方米", actual: "100平方米", score: "0", deviation: "未完成" }],
    ["分值 and 得分 printed", { level3: "修缮面积", actual: "120平方米", weight: "10", score: "0", deviation: "未完成" }],
    ["no reason", { level3: "修缮面积", actual: "120平方米", score: "0" }],
    ["points other than 0", { level3: "修缮面积", actual: "120平方米", score: "5", deviation: "未完成" }],
    ["a bare figure for the completion", { level3: "修缮面积", actual: "120", score: "0", deviation: "未完成" }],
  ])("leaves a row with %s", (_, over) => {
    const ind = raw(over);
    const before = pickValues(ind);
    zeroCompletionAfterTarget(ind);
    expect(pickValues(ind)).toEqual(before);
  });

  it("reads a pipe table cut below its header so", async () => {
    const text = [
      "| 产出指标 | 数量指标 | 修缮面积 | 120平方米 | 0 | 资金未到位,工程未开工 |",
      "| | 质量指标 | 验收合格率 | 100% | 0 | 工程未开工,未验收 |",
      "| | 时效指标 | 完工时间 | 12月底前 | 未完工 | 资金未到位 |",
      "| 效益指标 | 社会效益指标 | 群众出行条件 | 有所改善 | 未改善 | 工程未开工 |",
    ].join("\n");
    const f = (await parse(text, { path: "cut.txt" })).forms[0]!;
    const inds = f.indicators as Record<string, unknown>[];
    expect(inds.map((i) => [i.level3, i.target, i.actual, i.score ?? null])).toEqual([
      ["修缮面积", "120平方米", "0", null],
      ["验收合格率", "100%", "0", null],
      ["完工时间", "12月底前", "未完工", null],
      ["群众出行条件", "有所改善", "未改善", null],
    ]);
  });
});

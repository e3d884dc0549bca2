import { describe, expect, it } from "vitest";
import { rowsBefore, unlikeRowsBeforeCost } from "../../src/reconstruct/completionless-rows.js";
import type { RawIndicator } from "../../src/reconstruct/raw-form.js";
import { parse } from "../../src/pipeline.js";

// Run together with no header: what the rows before print none of is priced when cut out of a row's
// digits. All text made up.
const v = (t: string | null) => (t === null ? null : { text: t, source: { line: 1 } });
const row = (actual: string | null, weight: string | null, score: string | null): RawIndicator => ({
  level1: null, level2: null, level3: v("培训人次"), nature: null, target: v("≥90%"), unit: null,
  actual: v(actual), weight: v(weight), score: v(score), method: null, deviation: null,
});

describe("rows before that print no completion, no 得分", () => {
  it.each([
    // [rows (actual, weight, score)] → [no completion, no score]
    [[[null, "20", null]], true, true],
    [[[null, "20", null], [null, "15", "15"]], true, false],
    [[["95%", "20", null], [null, "15", null]], false, true],
    [[], false, false],
    [[[null, null, null]], false, false],
  ] as const)("%j → %s, %s", (rows, noCompletion, noScore) => {
    expect(rowsBefore(rows.map(([a, w, s]) => row(a, w, s)))).toEqual({ noCompletion, noScore });
  });

  it.each([
    // [values] → cost, with rows before of 分值 alone
    [[["target", "5"], ["actual", "2"]], 1],
    [[["target", "≥1"], ["actual", "2次"]], 1],
    [[["target", "5%"], ["actual", "2%"], ["weight", "2.5"]], 1],
    // a completion with no target is the target misplaced; a text completion is no cut of digits
    [[["actual", "12次"]], 0],
    [[["target", "按时"], ["actual", "按时完成"]], 0],
    [[["weight", "22.5"]], 0],
    [[["weight", "2"], ["score", "0"]], 1],
  ] as const)("prices %j", (entries, cost) => {
    expect(unlikeRowsBeforeCost({ noCompletion: true, noScore: true }, new Map(entries as unknown as [string, string][]))).toBe(cost);
    expect(unlikeRowsBeforeCost({ noCompletion: false, noScore: false }, new Map(entries as unknown as [string, string][]))).toBe(0);
  });

  it("reads each row's points whole after rows of points alone", async () => {
    const text =
      "产出指标数量指标培训覆盖率=100% 20 培训场次≥12次 20 时效指标按时完成率=100% 20 效益指标社会效益指标投诉率(投诉数/服务人次)≤5% 12.5 合计100 " +
      "评价结论按计划完成。存在问题无改进措施无项目负责人:财务负责人:";
    const doc = await parse(text, { path: "completionless.txt" });
    const inds = doc.forms[0]!.indicators;
    expect(inds.map((i) => [i.level3, i.target, i.actual, i.weight, i.score])).toEqual([
      ["培训覆盖率", "=100%", null, 20, null],
      ["培训场次", "≥12次", null, 20, null],
      ["按时完成率", "=100%", null, 20, null],
      ["投诉率(投诉数/服务人次)", "≤5%", null, 12.5, null],
    ]);
  });
});

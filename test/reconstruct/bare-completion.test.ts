import { describe, expect, it } from "vitest";
import { bareCompletionBesideTarget } from "../../src/reconstruct/bare-completion.js";
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

/**
 * An excerpt that starts inside the indicator table, space-separated (a page's text or a preview),
 * whose row prints its target in the last words of its 三级 name (`…种植技术推广覆盖 技术推广覆盖`)
 * and its completion in words: with no header to name the columns, the repeated words are the
 * target, a cell of their own, not the name's rest. A small text written for this test, its
 * expected reading typed by hand from the text.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

describe("a headerless row whose target repeats its name's last words", () => {
  it("reads the repeated words as the target and the row's figures as 分值 and 得分", async () => {
    const text = [
      "产出指标(50分) 数量指标 举办农技培训班 ≥4期 5 10 10",
      "质量指标 果树种植技术推广覆盖 技术推广覆盖 基本达成目标 20 18",
      "效益指标(30分) 社会效益指标 农户增收意识增强 增收意识增强 达成预期指标 10 10",
      "满意度指标(10分) 满意度指标 参训农户满意度 ≥90% 95% 10 10",
    ].join("\n");
    const f = (await parse(text, { path: "headerless-spaced.txt" })).forms[0]!;
    const rows = (f.indicators as Array<Record<string, unknown>>).map((i) => [i.level3, i.target, i.actual, i.weight, i.score]);
    expect(rows).toEqual([
      ["举办农技培训班", "≥4期", "5", 10, 10],
      ["果树种植技术推广覆盖", "技术推广覆盖", "基本达成目标", 20, 18],
      ["农户增收意识增强", "增收意识增强", "达成预期指标", 10, 10],
      ["参训农户满意度", "≥90%", "95%", 10, 10],
    ]);
  });
});

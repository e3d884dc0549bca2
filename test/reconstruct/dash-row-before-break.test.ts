/**
 * A row of dashes only (`- -`), a blank row the page marked, followed by blank lines (a page break)
 * in an excerpt that starts inside the indicator table: no indicator, and not the start of one the
 * break would join to the next row. A small text written for this test, its expected reading typed
 * by hand from the text.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

describe("a row of dashes before a page break", () => {
  it("is no indicator, and the group after the break keeps its own names", async () => {
    const text = [
      "数量指标 新建村级书屋 8个 8个 20 20  ",
      "-          ",
      "质量指标 书屋验收合格率 100% 100% 20 20  ",
      "- -          ",
      "",
      "",
      "(40分)",
      "社会效益",
      "指标",
      "村民阅读条件改善 明显 明显 20 19  ",
    ].join("\n");
    const f = (await parse(text, { path: "dash-row.txt" })).forms[0]!;
    const rows = (f.indicators as Array<Record<string, unknown>>).map((i) => [i.level2, i.level3, i.target, i.actual, i.weight, i.score]);
    expect(rows).toEqual([
      ["数量指标", "新建村级书屋", "8个", "8个", 20, 20],
      ["质量指标", "书屋验收合格率", "100%", "100%", 20, 20],
      ["社会效益指标", "村民阅读条件改善", "明显", "明显", 20, 19],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import type { Cell } from "../../src/layout/grid.js";
import type { ColumnSpec } from "../../src/reconstruct/align.js";
import { unknownLevel1Opening } from "../../src/reconstruct/unknown-level1-opening.js";
import { parse } from "../../src/pipeline.js";

// Linear rows with empty cells dropped: a 一级 name the template does not know before a 二级 it knows.
// All text made up.
const cells = (texts: string[]): Cell[] => texts.map((text) => ({ text, source: { line: 1 } }) as Cell);
const cols: ColumnSpec[] = [
  { name: "level1", type: "level1" },
  { name: "level2", type: "level2" },
  { name: "level3", type: "level3" },
  { name: "target", type: "value" },
];

describe("a row opening on an unknown 一级 name", () => {
  it.each([
    [["项目产出", "数量指标", "举办活动场次", "12场"], "项目产出"],
    [["项目效益", "社会效益指标", "居民文化生活", "明显改善"], "项目效益"],
    // a known 一级, a 三级 name first, a figure, too few cells: aligned as before
    [["产出指标", "数量指标", "举办活动场次", "12场"], null],
    [["举办活动场次", "12场", "15场"], null],
    [["第1项", "数量指标", "举办活动场次"], null],
    [["项目产出", "数量指标"], null],
    [["项目产出", "举办活动场次", "12场"], null],
  ])("%j → %s", (texts, level1) => {
    expect(unknownLevel1Opening(cells(texts), cols)?.level1.text ?? null).toBe(level1);
  });

  it("needs the 一级 column first and the 二级 next", () => {
    expect(unknownLevel1Opening(cells(["项目产出", "数量指标", "举办活动场次"]), cols.slice(1))).toBeNull();
    expect(unknownLevel1Opening(cells(["项目产出", "数量指标", "举办活动场次"]), cols)?.columns.map((c) => c.name)).toEqual(["level2", "level3", "target"]);
  });

  it("reads such names as the 一级 of linear rows under a header", async () => {
    const text = [
      "项目支出绩效自评表",
      "项目名称 社区文化活动补助",
      "一级指标 二级指标 三级指标 指标值 实际完成值 分值 得分",
      "项目产出 数量指标 举办活动场次 不少于12场 完成15场 20 20",
      "质量指标 活动参与率 ≥80% 85% 20 20",
      "项目效益 社会效益指标 居民文化生活 明显改善 明显改善 30 30",
    ].join("\n");
    const doc = await parse(text, { path: "unknown-level1.txt" });
    const inds = doc.forms[0]!.indicators;
    expect(inds.map((i) => [i.level1, i.level2, i.level3])).toEqual([
      ["项目产出", "数量指标", "举办活动场次"],
      ["项目产出", "质量指标", "活动参与率"],
      ["项目效益", "社会效益指标", "居民文化生活"],
    ]);
  });
});

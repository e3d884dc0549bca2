import { describe, expect, it } from "vitest";
import { level1ForRowsAbove } from "../../src/reconstruct/level1-after-rows.js";
import type { RawIndicator, RawValue } from "../../src/reconstruct/raw-form.js";
import { parse } from "../../src/pipeline.js";

// A merged 一级 cell whose name the text prints after rows it spans (drawn at its middle, or after
// the table's other cells). All text made up.
const v = (text: string): RawValue => ({ text, source: { line: 1 } });
const row = (level1: RawValue | null, level2: string | null, level3: string): RawIndicator =>
  ({ level1, level2: level2 ? v(level2) : null, level3: v(level3), nature: null, target: null, unit: null, actual: null, weight: null, score: null, method: null, deviation: null }) as RawIndicator;
const level1s = (rows: RawIndicator[]) => rows.map((r) => r.level1?.text ?? null);

describe("level1ForRowsAbove", () => {
  it("gives the rows above whose 二级 it holds the 一级 printed after them", () => {
    const rows = [row(null, "数量指标", "巡查次数"), row(null, "质量指标", "巡查合格率")];
    level1ForRowsAbove(rows, v("产出指标 (60 分)"));
    expect(level1s(rows)).toEqual(["产出指标 (60 分)", "产出指标 (60 分)"]);
  });

  it("replaces a 一级 carried down from the group before when the row's 二级 is not under it", () => {
    const output = v("产出指标");
    const rows = [row(output, "数量指标", "巡查次数"), row(output, "社会效益指标", "群众知晓率")];
    level1ForRowsAbove(rows, v("效益指标"));
    expect(level1s(rows)).toEqual(["产出指标", "效益指标"]);
  });

  it("stops at a row with no 二级 name, one not under the new 一级, or a 一级 of its own", () => {
    const a = [row(null, "数量指标", "巡查次数"), row(null, null, "巡查合格率")];
    level1ForRowsAbove(a, v("产出指标"));
    expect(level1s(a)).toEqual([null, null]);
    const b = [row(null, "社会效益指标", "群众知晓率")];
    level1ForRowsAbove(b, v("产出指标"));
    expect(level1s(b)).toEqual([null]);
    const c = [row(v("效益指标"), "数量指标", "巡查次数")];
    level1ForRowsAbove(c, v("产出指标"));
    expect(level1s(c)).toEqual(["效益指标"]);
  });
});

describe("a table whose merged 一级 cell is printed in the middle of its rows", () => {
  it("reads the 一级 for the rows above it too", async () => {
    const text = [
      "项目支出绩效自评表",
      "| 项目名称 | 河道巡查经费 |",
      "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
      "|  | 数量指标 | 巡查次数 | ≥50次 | 52次 | 10 | 10 |",
      "| 产出指标 | 质量指标 | 巡查合格率 | 100% | 100% | 10 | 10 |",
      "|  | 时效指标 | 按时完成率 | 100% | 100% | 10 | 10 |",
      "|  | 社会效益指标 | 群众知晓率 | ≥90% | 92% | 10 | 10 |",
      "| 效益指标 | 可持续影响指标 | 长效管护机制 | 健全 | 健全 | 10 | 10 |",
      "| 总分 | 100 | 100 |",
    ].join("\n");
    const f = (await parse(text, { path: "merged-middle.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level1, i.level2])).toEqual([
      ["产出指标", "数量指标"],
      ["产出指标", "质量指标"],
      ["产出指标", "时效指标"],
      ["效益指标", "社会效益指标"],
      ["效益指标", "可持续影响指标"],
    ]);
  });
});

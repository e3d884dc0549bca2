import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { cutLevel1Candidates, isCutLevel1 } from "../../src/reconstruct/cut-level1.js";

// A 一级 name cut to its first characters, completed from the 二级 under it. All text made up.
describe("a 一级 name cut short", () => {
  it.each([
    ["产", true],
    ["產", true],
    ["满", true],
    ["效", true],
    // whole names (产出, 效益 are names of some templates), and words that begin no 一级 name
    ["产出", false],
    ["效益", false],
    ["产出指标", false],
    ["数", false],
    ["产品", false],
  ] as const)("%s → %s", (text, cut) => {
    expect(isCutLevel1(text)).toBe(cut);
  });

  it.each([
    // [cut, 二级 under it, a project's form] → candidates
    ["产", "数量指标", true, ["产出指标"]],
    ["產", "數量指標", true, ["產出指標"]],
    ["效", "社会效益指标", true, ["效益指标"]],
    ["满", "服务对象满意度指标", true, ["满意度指标"]],
    // the department-wide form's names too: 产出目标 holds 数量指标 as 产出指标 does
    ["产", "数量指标", false, ["产出指标", "产出目标"]],
    // no 一级 that begins so holds that 二级
    ["效", "数量指标", true, []],
  ] as const)("%s over %s (project %s)", (cut, level2, project, want) => {
    expect(cutLevel1Candidates(cut, level2, project)).toEqual(want);
  });
});

describe("pages whose first 一级 was cut to one character", () => {
  const table = [
    "一级指标 |",
    "二级指标 |",
    "三级指标 |",
    "年度指标值 |",
    "实际完成值 |",
    "分值 |",
    "得分 |",
    "||||||",
    "产 |",
    "数量指标 |",
    "培训基层干部人次 |",
    "≥500人次 |",
    "526人次 |",
    "20 |",
    "20 |",
    "||||||",
    "质量指标 |",
    "培训合格率 |",
    "≥95% |",
    "97% |",
    "20 |",
    "20 |",
  ];

  it("reads a project form's 产 as 产出指标", async () => {
    const text = ["项目支出绩效自评表", "项目名称 |", "某某县干部教育培训 |", "||||||", ...table].join("\n");
    const f = (await parse(text, { path: "cut-level1.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level1, i.level2, i.level3])).toEqual([
      ["产出指标", "数量指标", "培训基层干部人次"],
      ["产出指标", "质量指标", "培训合格率"],
    ]);
  });

  it("leaves it null where the form may be the department-wide one (产出目标 fits too)", async () => {
    const doc = await parse(table.join("\n"), { path: "cut-level1-untitled.txt" });
    const f = doc.forms[0]!;
    expect(f.indicators.map((i) => [i.level1, i.level2])).toEqual([
      [null, "数量指标"],
      [null, "质量指标"],
    ]);
    expect(JSON.stringify(doc)).toContain("产出目标");
  });
});

/**
 * A layout-ordered excerpt that starts inside the indicator table, each row's figures drawn first
 * on a line of their own, then its 三级 name, its sign and its unit one a line
 * (mid-table-figures-first.ts): the first line of figures opens the table, so no row takes the
 * next row's figures and names. Each text written for this test, its expectations typed by hand.
 */
import { describe, expect, it } from "vitest";
import type { Cell } from "../../src/layout/grid.js";
import { opensFiguresFirstMidTable } from "../../src/reconstruct/mid-table-figures-first.js";
import { parse } from "../../src/pipeline.js";

/** Cells as a layout-ordered dump gives them: a line's figures one cell each. */
function cellsOf(lines: string[]): Cell[] {
  return lines.flatMap((l, line) => l.split(" ").map((text) => ({ text, source: { line } })));
}

describe("opensFiguresFirstMidTable", () => {
  const cases: [string, string[], number, boolean][] = [
    ["figures, a name, its sign", ["98 97 10", "道路清扫覆盖率", "≥", "%"], 0, true],
    ["figures, a name wrapped over two lines, its sign", ["12 12 5 5", "乡村公路养护", "里程", "=", "公里"], 0, true],
    ["the second figure of the line opens nothing", ["98 97 10", "道路清扫覆盖率", "≥", "%"], 1, false],
    ["one figure (a page number) before a name", ["3", "道路清扫覆盖率", "≥", "%"], 0, false],
    ["figures and a name with no sign after it", ["98 97 10", "道路清扫覆盖率", "项目负责人"], 0, false],
    ["figures before a label of the form", ["2023 12", "项目名称", "=", "%"], 0, false],
    ["figures, then a sign with no name between", ["98 97 10", "≥", "%"], 0, false],
  ];
  it.each(cases)("%s", (_, lines, at, expected) => {
    expect(opensFiguresFirstMidTable(cellsOf(lines), at)).toBe(expected);
  });
});

describe("a figures-first layout-ordered excerpt read from its first row", () => {
  it("every row keeps its own 三级 name, the first one too", async () => {
    const text = [
      "98 97 10",
      "道路清扫覆盖率",
      "≥",
      "%",
      "30 30 10",
      "质量指标",
      "垃圾清运及时率",
      "=",
      "%",
      "45 44 10",
      "时效指标",
      "公厕保洁完成时限",
      "≤",
      "天",
      "8 8 10",
      "成本指标",
      "经济成本指标",
      "保洁人员工资支出",
      "≤",
      "万元",
      "90 92 20",
      "效益指标",
      "社会效益指标",
      "村容村貌改善程度",
      "≥",
      "%",
      "合计",
      "60",
      "评价结论",
      "完成年度目标。",
    ].join("\n");
    const f = (await parse(text, { path: "figures-first-excerpt.txt" })).forms[0]!;
    const rows = (f.indicators as { level2: string | null; level3: string | null; target: string | null; actual: string | null; weight: number | null; score: number | null }[]).map((i) => [i.level2, i.level3, i.target, i.actual, i.weight, i.score]);
    expect(rows).toEqual([
      [null, "道路清扫覆盖率", "≥98%", "97%", 10, null],
      ["质量指标", "垃圾清运及时率", "=30%", "30%", 10, null],
      ["时效指标", "公厕保洁完成时限", "≤45天", "44天", 10, null],
      ["经济成本指标", "保洁人员工资支出", "≤8万元", "8万元", 10, null],
      ["社会效益指标", "村容村貌改善程度", "≥90%", "92%", 20, null],
    ]);
  });

  it("a qualitative row among them (no figure but its 分值, printed last) keeps its 分值, and the next row its figures", async () => {
    const text = [
      "98 97 10",
      "道路清扫覆盖率",
      "≥",
      "%",
      "30 30 10",
      "质量指标",
      "垃圾清运及时率",
      "=",
      "%",
      "可持续影响指标",
      "村庄保洁长效机制健全性",
      "定性",
      "优良中差",
      "良",
      "10",
      "95 96 10",
      "满意度指标",
      "服务对象满意度指标",
      "村民满意度",
      "≥",
      "%",
      "合计",
      "40",
      "评价结论",
      "完成年度目标。",
    ].join("\n");
    const f = (await parse(text, { path: "figures-first-qualitative.txt" })).forms[0]!;
    const rows = (f.indicators as { level3: string | null; target: string | null; actual: string | null; weight: number | null }[]).map((i) => [i.level3, i.target, i.actual, i.weight]);
    expect(rows).toEqual([
      ["道路清扫覆盖率", "≥98%", "97%", 10],
      ["垃圾清运及时率", "=30%", "30%", 10],
      ["村庄保洁长效机制健全性", "定性优良中差", "良", 10],
      ["村民满意度", "≥95%", "96%", 10],
    ]);
  });
});

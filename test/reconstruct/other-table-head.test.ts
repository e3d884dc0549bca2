/**
 * A table that is not the form's printed after its indicator table (the project's own detail: a
 * list of schools and their subsidies): its column heads end the indicator table. Each case a
 * small text written for this test, the expected reading typed by hand.
 */
import { describe, expect, it } from "vitest";
import type { Boundaries, Row } from "../../src/layout/grid.js";
import { classifyRow, type RowKind } from "../../src/reconstruct/row-classifier.js";
import { prepareRow } from "../../src/reconstruct/row-prepare.js";
import { parse } from "../../src/pipeline.js";

function row(cells: string[], boundaries: Boundaries = "exact"): Row {
  return { cells: cells.map((text, col) => ({ text, col, source: { line: 1 } })), boundaries };
}

const DETAIL_HEADS = ["序号", "学校性质", "培训机构", "补助标准(元/人)", "培训人数", "合格人数", "补助资金", "备注"];

const CASES: Array<[string, string[], number, RowKind, Boundaries?]> = [
  ["another table's heads, three columns wider than the indicator table", DETAIL_HEADS, 5, "otherTableHead"],
  ["the same heads before any indicator header was read", DETAIL_HEADS, 0, "indicatorRow"],
  ["the same heads as wide as the indicator table", DETAIL_HEADS, 8, "indicatorRow"],
  ["one cell wider only", DETAIL_HEADS.slice(0, 6), 5, "indicatorRow"],
  ["heads parted by a layout's spaces (boundaries not marked)", DETAIL_HEADS, 5, "indicatorRow", "spaces"],
  ["an indicator row of words only, as wide as its heads", ["项目管理", "制度建设", "制度健全", "健全", "健全", "无"], 6, "indicatorRow"],
  ["a wide row holding a figure", ["培训", "学校", "人数", "达标", "达标", "10", "10", "无"], 5, "indicatorRow"],
  ["a wide row holding a level's name", ["效益指标", "社会效益", "就业", "达标", "达标", "好", "好", "无"], 5, "indicatorRow"],
  ["a wide row with an empty cell among its cells", ["序号", "", "培训机构", "补助标准", "培训人数", "合格人数", "补助资金", "备注"], 5, "indicatorRow"],
];

describe("classifyRow: the heads of another table after the indicator table", () => {
  it.each(CASES)("%s", (_name, cells, indicatorColumns, kind, boundaries) => {
    const v = prepareRow(row(cells, boundaries), "indicators")!;
    expect(classifyRow(v, "indicators", { indicatorColumns }).kind).toBe(kind);
  });
});

describe("a detail table printed after the form", () => {
  it("ends the indicator table: its rows are no indicators, and its text is kept as unplaced", async () => {
    const text = [
      "2021年度项目支出绩效自评表",
      "一级指标 | 二级指标 | 三级指标 | 目标值 | 完成值 |",
      "产出指标 | 数量指标 | 培训人数 | 300人 | 296人 |",
      "效益指标 | 社会效益 | 就业人数 | 200人 | 188人 |",
      `${DETAIL_HEADS.join(" | ")} |`,
      "1 | 民办 | 某职业培训学校 | 2600 | 90 | 88 | 22.88 | |",
      "2 | 公办 | 某技工学校 | 2600 | 120 | 120 | 31.2 | |",
    ].join("\n");
    const doc = await parse(text, { path: "detail-table-after.txt" });
    expect(doc.forms).toHaveLength(1);
    expect(doc.forms[0]!.indicators.map((i) => i.level3)).toEqual(["培训人数", "就业人数"]);
    const unplaced = doc.diagnostics.filter((d) => d.code === "unplaced-text").map((d) => d.source?.text ?? "");
    expect(unplaced.some((t) => t.includes("学校性质"))).toBe(true);
    expect(unplaced.some((t) => t.includes("某技工学校"))).toBe(true);
  });
});

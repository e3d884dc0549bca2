/**
 * A cover's year line whose digits a page set apart with spaces (`( 20 21 年度 )`) is the year line,
 * not a row of figures (text-rows/spaced-year-line.ts). Text written for this test.
 */
import { describe, expect, it } from "vitest";
import type { Row } from "../../../src/layout/grid.js";
import { joinSpacedYearLines } from "../../../src/reconstruct/text-rows/spaced-year-line.js";
import { parse } from "../../../src/pipeline.js";

const row = (...texts: string[]): Row => ({ boundaries: "spaces", cells: texts.map((text, i) => ({ text, source: { line: 1 + i } })) });
const texts = (rows: Row[]) => rows.map((r) => r.cells.map((c) => c.text));

describe("a year line set apart by spaces", () => {
  it.each<[string[], string[]]>([
    [["(", "20", "19", "年度", ")"], ["(2019年度)"]],
    [["（", "2022", "年", "度", "）"], ["（2022年度）"]],
    [["20", "23", "年"], ["2023年"]],
    // Not a year line alone: left as read.
    [["20", "21", "年度", "预算"], ["20", "21", "年度", "预算"]],
    [["20", "21"], ["20", "21"]],
    [["(", "2021", "年度", ")", "10"], ["(", "2021", "年度", ")", "10"]],
  ])("%j → %j", (cells, expected) => {
    expect(texts(joinSpacedYearLines([row(...cells)]))).toEqual([expected]);
  });

  it("gives a report cover its year", async () => {
    const text = ["某县水务局部门整体支出绩效自评报告", "( 20 22 年度 )", "部门(单位)名称: 某县水务局", "预算编码: 208001", ""].join("\n");
    const forms = (await parse(text, { path: "cover.txt" })).forms;
    expect(forms.map((f) => [f.template, f.year, f.department])).toEqual([["department", 2022, "某县水务局"]]);
  });
});

/**
 * One cell a line: a header label broken in its narrow column, its value drawn on the first piece's
 * line (`项目名 某某工程` / `称`), is the label's cell and the value's. Texts written for these tests.
 */
import { describe, expect, it } from "vitest";
import type { Grid } from "../../../src/layout/grid.js";
import { splitLabelPieceValues } from "../../../src/reconstruct/text-rows/label-piece-value.js";
import { parse } from "../../../src/pipeline.js";

const grid = (...lines: string[]) =>
  ({ rows: [{ boundaries: "exact", cells: lines.map((text, i) => ({ text, source: { line: i + 1 } })) }] }) as unknown as Grid;
const cells = (g: Grid) => g.rows[0]!.cells.map((c) => c.text);

describe("splitLabelPieceValues", () => {
  it.each([
    [["项目名 2020年乡村道路养护", "称", "主管部 某县交通局", "门"], ["项目名称", "2020年乡村道路养护", "主管部门", "某县交通局"]],
    [["部门（单 某县水务局", "位）名称"], ["部门（单位）名称", "某县水务局"]],
    [["实施单 某镇人民政府", "位"], ["实施单位", "某镇人民政府"]],
  ])("splits %j", (input, expected) => {
    expect(cells(splitLabelPieceValues(grid(...input)))).toEqual(expected);
  });

  it.each([
    // The pieces spell no label.
    [["年度目标 完成养护", "任务"]],
    // The next line is more than a label's rest.
    [["项目名 2020年乡村道路养护", "称及代码说明文字"]],
    // A figure on the next line.
    [["主管部 某县交通局", "12"]],
    // No value on the first line.
    [["项目名", "称"]],
  ])("leaves %j", (input) => {
    expect(cells(splitLabelPieceValues(grid(...input)))).toEqual(input);
  });
});

describe("a form whose header labels pdftotext broke, their values on the first pieces' lines", () => {
  it("reads the project and the department", async () => {
    const text = ["项目支出绩效自评表", "项目名 2020年乡村道路养护", "称", "主管部 某县交通局", "门", "实施单 某县公路站", "位", "年初预算数", "全年预算数"].join("\n");
    const form = (await parse(text, { path: "plain.txt" })).forms[0]!;
    expect([form.projectName, form.department, form.implementingUnit]).toEqual(["2020年乡村道路养护", "某县交通局", "某县公路站"]);
  });
});

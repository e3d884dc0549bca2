import { describe, expect, it } from "vitest";
import type { Row } from "../../../src/layout/grid.js";
import { joinBrokenLabels } from "../../../src/reconstruct/text-rows/broken-labels.js";
import { parse } from "../../../src/pipeline.js";

// Labels a converter broke over lines (pdftotext -raw: the page's drawing order). All text made up.
const rowsOf = (text: string): Row[] =>
  text.split("\n").map((line, i) => ({ boundaries: "spaces", cells: line.split(" ").map((t) => ({ text: t, source: { line: i + 1 } })) }));
const linesOf = (rows: Row[]) => rows.map((r) => r.cells.map((c) => c.text).join(" | "));

describe("a row label broken over lines is one cell again", () => {
  it.each([
    // the label's value on the line after its last piece
    ["项目名\n称\n某某河道保洁经费", ["项目名称 | 某某河道保洁经费"]],
    ["主管部\n门\n某某水务局", ["主管部门 | 某某水务局"]],
    // the last piece followed on its line by the value, or by the row's figures
    ["项目\n名称 某某河道保洁经费", ["项目名称 | 某某河道保洁经费"]],
    ["年度资金总\n额 120.5 118.2 100.00 10", ["年度资金总额 | 120.5 | 118.2 | 100.00 | 10"]],
    // a fund row's label, its figures on the line below (not taken into the label's row)
    ["上年结转资\n金\n12.00 12.00 12.00", ["上年结转资金", "12.00 | 12.00 | 12.00"]],
    ["其中：当\n年财政拨\n款\n8.2 8.2 8.2", ["其中：当年财政拨款", "8.2 | 8.2 | 8.2"]],
    // three pieces and more; the longest label spelt (主管部门, then 主管部门及代码)
    ["主管\n部门\n及代\n码\n101-某某局", ["主管部门及代码 | 101-某某局"]],
    ["实施单位(盖\n章)\n某某中心", ["实施单位(盖章) | 某某中心"]],
    ["年度总\n体目标\n预期目标 实际完成情况", ["年度总体目标", "预期目标 | 实际完成情况"]],
    // the line below holding the next label and its value too
    ["主管部门\n及代码\n某某局 实施单位 某某中心", ["主管部门及代码 | 某某局 | 实施单位 | 某某中心"]],
    // a label's first piece drawn at the end of the line before, after the value before it
    ["主管\n部门 某某局 实施\n单位 某某中心", ["主管部门 | 某某局", "实施单位 | 某某中心"]],
    // a header label ending a line, its note and its value opening the next
    ["主管部门 某某局 实施单位\n(盖章) 某某中心", ["主管部门 | 某某局 | 实施单位(盖章) | 某某中心"]],
    // a header label's next line that is a label itself is not its value
    ["项目名\n称\n主管部门 某某局", ["项目名称", "主管部门 | 某某局"]],
  ])("%j", (text, expected) => {
    expect(linesOf(joinBrokenLabels(rowsOf(text)))).toEqual(expected);
  });

  it.each([
    // pieces that spell no label stay as they are
    "项目名\n单位\n某某局",
    "年度资金\n结余 12.0",
    // a first piece on a line a table's label opens is no broken header label's
    "数量指标 项目\n名称",
    // a piece holding a figure is a value, not a label's piece
    "年度资金总\n额5",
    // a line's last word that spells no label with the next line's first stays where it is
    "主管部门 某某局 实施\n计划 某某中心",
    // a note that makes no longer label stays on its line
    "主管部门 某某局 实施单位\n(万元) 12.00",
    // a whole label alone is left alone: nothing to join
    "项目名称\n某某河道保洁经费",
  ])("%j", (text) => {
    expect(linesOf(joinBrokenLabels(rowsOf(text)))).toEqual(linesOf(rowsOf(text)));
  });
});

describe("a form whose labels a converter broke, read end to end", () => {
  it("reads the header and the funds' total", async () => {
    const text = [
      "项目支出绩效自评表",
      "( 2021 年度 )",
      "项目名",
      "称",
      "某某河道保洁经费",
      "主管部",
      "门",
      "某某水务局",
      "实施单位(盖",
      "章)",
      "某某河道管理所",
      "项目资",
      "金(万",
      "元)",
      "年初预算数 全年预算数 全年执行数 分值 执行率 得分",
      "年度资金总",
      "额 120.00 118.00 100.00 10 84.75% 8",
      "其他资金 120.00 118.00 100.00",
    ].join("\n");
    const doc = await parse(Buffer.from(text), { path: "made-up.txt", input: "text" });
    const form = doc.forms[0]!;
    expect(form.projectName).toBe("某某河道保洁经费");
    expect(form.department).toBe("某某水务局");
    expect(form.implementingUnit).toBe("某某河道管理所");
    const total = form.funds.rows.find((r) => r.key === "total");
    expect(total?.initialBudget).toBe(120);
    expect(total?.executed).toBe(100);
  });
});

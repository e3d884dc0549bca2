/**
 * A space after a list's 、 (`甲镇政府、乙镇政府、 丙镇政府`) is no gap between a linear line's
 * cells: the list goes on. A numbering's 、 (`一、 概况`) still parts as a gap does.
 */
import { describe, expect, it } from "vitest";
import { readLines } from "../../src/extract/text/stream.js";
import { parse } from "../../src/pipeline.js";

describe("a linear line whose list has a space after a 、", () => {
  it("keeps the list one cell, a numbering's 、 parted as before", () => {
    const rows = readLines(["实施单位 东山镇政府、西山镇政府、 南山镇政府", "一、 项目概况 说明"].join("\n"), "spaces").rows;
    expect(rows[0]!.cells.map((c) => c.text)).toEqual(["实施单位", "东山镇政府、西山镇政府、 南山镇政府"]);
    expect(rows[1]!.cells.map((c) => c.text)).toEqual(["一、", "项目概况", "说明"]);
  });
  it("reads the whole list as the implementing unit", async () => {
    const text = ["项目支出绩效自评表", "项目名称:乡村道路养护", "主管部门:某县交通运输局", "项目实施单位:东山镇政府、西山镇政府、 南山镇政府、北山镇政府", "年度资金总额 10 10 10"].join("\n");
    const doc = await parse(new TextEncoder().encode(text), { path: "x.txt" });
    expect(doc.forms[0]!.implementingUnit).toBe("东山镇政府、西山镇政府、南山镇政府、北山镇政府");
  });
});

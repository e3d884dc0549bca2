import { describe, expect, it } from "vitest";
import type { Row } from "../../src/layout/grid.js";
import { spacedLayoutRows } from "../../src/layout/spaced-rows.js";
import { splitStackedHeaderRows } from "../../src/reconstruct/text-rows/spaced-stacked-header-rows.js";

const texts = (rows: readonly Row[]) => rows.map((r) => r.cells.map((c) => c.text));
const row = (cells: [string, number][]): Row => ({ cells: cells.map(([text, line]) => ({ text, source: { line } })), boundaries: "spaces" });

// Made-up text in the shape pdftotext -layout gives a tight print's header rows (not any fixture's text).
describe("splitStackedHeaderRows: header rows on consecutive lines taken for one row", () => {
  it("parts a layout's row of two header lines into a row a line", () => {
    const text = [
      "                                   项目支出绩效自评表",
      "                                           ( 2020 年度 )",
      " 项目名称     某某道路桥梁维修改造工程",
      " 主管部门     某某县交通运输管理局                        实施单位         某某县公路养护管理中心",
      "                   年初预算数       全年预算数       全年执行数           分值      执行率              得分",
      "          年度资金总额     10,600     10,600      9,959.11        10     93.95%           9.40",
    ].join("\n");
    const rows = splitStackedHeaderRows(spacedLayoutRows(text));
    expect(texts(rows).slice(2, 4)).toEqual([
      ["项目名称", "某某道路桥梁维修改造工程"],
      ["主管部门", "某某县交通运输管理局", "实施单位", "某某县公路养护管理中心"],
    ]);
  });

  const cases: { name: string; row: Row; want: string[][] }[] = [
    {
      name: "cells interleaved by their columns go back to their lines",
      row: row([["项目名称", 3], ["主管部门", 4], ["某某工程", 3], ["某某局", 4], ["实施单位", 4], ["某某中心", 4]]),
      want: [["项目名称", "某某工程"], ["主管部门", "某某局", "实施单位", "某某中心"]],
    },
    {
      name: "a line that opens on no header label: left as it is (a wrapped value's line)",
      row: row([["项目名称", 3], ["某某工程", 3], ["二期", 4], ["续建", 4]]),
      want: [["项目名称", "某某工程", "二期", "续建"]],
    },
    {
      name: "a line of a label alone: left as it is (a label broken over lines)",
      row: row([["项目名称", 3], ["某某工程", 3], ["主管部门", 4]]),
      want: [["项目名称", "某某工程", "主管部门"]],
    },
    {
      name: "one line: left as it is",
      row: row([["项目名称", 3], ["某某工程", 3]]),
      want: [["项目名称", "某某工程"]],
    },
  ];
  for (const c of cases) it(c.name, () => expect(texts(splitStackedHeaderRows([c.row]))).toEqual(c.want));
});

import { describe, expect, it } from "vitest";
import { spacedLayoutRows } from "../../src/layout/spaced-rows.js";

/** The rows as lists of cell texts. */
const rows = (text: string) => spacedLayoutRows(text).map((r) => r.cells.map((c) => c.text));
/** A line with each text starting at its character column. */
const at = (cells: [number, string][]) => cells.reduce((s, [x, t]) => s.padEnd(x, " ") + t, "");

// Made-up text in the shape pdftotext -layout gives a ruled table whose merged 二级 and 一级 cells
// print their names on the middle line of the rows they span (not any fixture's text).
const head = at([[6, "一级指标"], [15, "二级指标"], [24, "三级指标"], [35, "年度值"], [46, "实际值"], [56, "分值"], [61, "得分"], [66, "偏差原因"]]);
const body = [
  at([[35, "1、120"]]),
  at([[24, "1、修缮房屋"], [46, "达成预期"]]),
  at([[35, "0间；2、"], [56, "5"], [61, "5"]]),
  at([[24, "数2、验收"], [46, "指标"]]),
  at([[15, "甲类指标"], [35, "按期完成"]]),
  at([[66, "个别单位配合"]]),
  at([[24, "检查单位数"], [35, "≥1400家"], [46, "1119家"], [56, "4"], [61, "3.2"]]),
  at([[66, "不够"]]),
  at([[15, "乙类指标"], [24, "差错率"], [35, "≤2%"], [46, "3%"], [56, "3"], [61, "2"]]),
];
const rowA = ["1、修缮房屋数2、验收", "1、1200间；2、按期完成", "达成预期指标", "5", "5"];
const rowB = ["检查单位数", "≥1400家", "1119家", "4", "3.2", "个别单位配合不够"];
const rowC = ["乙类指标", "差错率", "≤2%", "3%", "3", "2"];

describe("spacedLayoutRows: a merged name printed on the middle line of the rows it spans", () => {
  it("goes to the first row it spans, beside a wrapped cell's last line (no row of its own, the wrapped cell not cut there)", () =>
    expect(rows([head, ...body].join("\n")).slice(1)).toEqual([["甲类指标", ...rowA], rowB, rowC]));

  it("a 一级 name running on to the next page is centred on its rows down to the page's foot", () => {
    const lines = [head, ...body.slice(0, 5), body[5] + "", body[6]!, body[7]!, body[8]!, "", "", at([[36, "-1-"]])];
    lines[6] = at([[6, "甲组指标"], [66, "个别单位配合"]]);
    expect(rows(lines.join("\n")).slice(1, 3)).toEqual([["甲组指标", "甲类指标", ...rowA], rowB]);
  });

  it("stays put where no run of rows is centred on it: a run ends at a row with a name of its own", () => {
    const lines = [head, ...body];
    // Three lines lower, the rows it could span (down to the next name's row) centre above it.
    lines[5] = at([[35, "按期完成"]]);
    lines[8] = at([[15, "甲类指标"], [66, "不够"]]);
    expect(rows(lines.join("\n"))[1]).toEqual(rowA);
  });

  it("on the first line of a row's wrapped cell it may head that row's run: a run ending at that row is no reading", () => {
    const lines = [head, ...body];
    lines[5] = at([[35, "按期完成"]]);
    lines[6] = at([[15, "甲类指标"], [66, "个别单位配合"]]);
    expect(rows(lines.join("\n"))[1]).toEqual(rowA);
  });

  it("does not run over a head row (no figure): a name just under the head spans only the rows under it", () => {
    // The head moved down onto the first row's lines would centre the run on the name; it is no table's row.
    const lines = [at([[35, "1、120"]]), head, ...body.slice(1)];
    expect(rows(lines.join("\n"))).not.toContainEqual(expect.arrayContaining(["甲类指标", "一级指标"]));
  });

  // A name alone on its line, between two rows (its span's rows above and below it).
  const aloneBody = [
    at([[24, "修缮道路长"], [35, "≥12公里"], [46, "13公里"], [56, "5"], [61, "5"]]),
    at([[24, "度"]]),
    at([[15, "甲类指标"]]),
    at([[24, "新建站点数"], [35, "≥9座"], [46, "9座"], [56, "5"], [61, "5"]]),
    at([[24, "量"]]),
  ];
  it("alone on its line, its run starting under the head, goes to the first row it spans", () =>
    expect(rows([head, ...aloneBody].join("\n")).slice(1)).toEqual([
      ["甲类指标", "修缮道路长度", "≥12公里", "13公里", "5", "5"],
      ["新建站点数量", "≥9座", "9座", "5", "5"],
    ]));
  it("alone on its line under a row with a name of its own (which may span rows under it too), stays a row of its own", () => {
    const above = at([[15, "丙类指标"], [24, "差错率"], [35, "≤2%"], [46, "3%"], [56, "3"], [61, "2"]]);
    expect(rows([head, above, ...aloneBody].join("\n")).slice(2)).toEqual([["修缮道路长度", "≥12公里", "13公里", "5", "5"], ["甲类指标"], ["新建站点数量", "≥9座", "9座", "5", "5"]]);
  });
});

describe("spacedLayoutRows: a merged name broken over the lines of the rows it spans (a tight print)", () => {
  // Made-up text: each row one line, the 二级 name broken over the two rows' lines.
  const lines = [
    at([[6, "甲类指标"], [15, "修缮道路长度"], [30, "≥12公里"], [40, "13公里"], [50, "5"], [55, "5"]]),
    at([[6, "乙类指"], [12, "新建站点数量"], [30, "≥9座"], [40, "9座"], [50, "5"], [55, "5"]]),
    at([[6, "标"], [15, "维修及时率"], [30, "≥95%"], [40, "96%"], [50, "5"], [55, "5"]]),
    at([[15, "管护面积"], [30, "≥3亩"], [40, "3亩"], [50, "5"], [55, "5"]]),
  ];
  it("keeps the name whole in the first row it spans", () =>
    expect(rows(lines.join("\n"))).toEqual([
      ["甲类指标", "修缮道路长度", "≥12公里", "13公里", "5", "5"],
      ["乙类指标", "新建站点数量", "≥9座", "9座", "5", "5"],
      ["维修及时率", "≥95%", "96%", "5", "5"],
      ["管护面积", "≥3亩", "3亩", "5", "5"],
    ]));
  it("leaves a one-line cell standing apart from its row's cells over the next row's cell cut (no broken name: its line fills no narrow column)", () => {
    const text = [at([[4, "丁类指标"], [20, "群众满意度"], [32, "96%"], [40, "10"]]), at([[4, "合计"], [40, "100"]])].join("\n");
    expect(rows(text)).toEqual([["丁类指标", "群众满意度", "96%", "10"], ["合计", "100"]]);
  });
  it("leaves a cell whose next line is the next row's cell, names left of them around, cut (a 三级 name over the total row's label)", () => {
    const text = [at([[2, "丙类"], [10, "社会评价良好"], [30, "满意"], [40, "满意"], [50, "5"], [55, "5"]]), at([[10, "总分"], [50, "100"], [55, "95"]])].join("\n");
    expect(rows(text)).toEqual([["丙类", "社会评价良好", "满意", "满意", "5", "5"], ["总分", "100", "95"]]);
  });
});


describe("spacedLayoutRows: a page going on from the page before, no name in the name column above a name", () => {
  // Made-up text: a page's top rows belong to a span begun on the page before (no name printed
  // for them here); a one-line name between the next two rows (beside a figure's wrapped unit),
  // 丙类指标, two lines over a
  // wider name broken over its rows (丁类效益指 / 标).
  const page2 = [
    at([[24, "完工时间"], [35, "≤12月"], [46, "11月"], [56, "3"], [61, "3"]]),
    "",
    at([[46, "1.7万"]]),
    at([[24, "每场活动成本"], [35, "≤2万元"], [56, "3"], [61, "3"]]),
    at([[15, "丙类指标"], [46, "元"]]),
    at([[24, "单位维修成本"], [35, "≤450元"], [46, "376元"], [56, "4"], [61, "4"]]),
    at([[15, "丁类效益指"]]),
    at([[24, "节约运行成本"], [35, "≥12%"], [46, "10%"], [56, "15"], [61, "15"]]),
    at([[15, "标"]]),
  ];
  it("a name centred on a run of rows goes to the run's first row; the rows above it stay with the name before", () =>
    expect(rows(["上页内容", "\f" + page2[0], ...page2.slice(1)].join("\n")).slice(1)).toEqual([
      ["完工时间", "≤12月", "11月", "3", "3"],
      ["丙类指标", "每场活动成本", "≤2万元", "1.7万元", "3", "3"],
      ["单位维修成本", "≤450元", "376元", "4", "4"],
      ["丁类效益指标", "节约运行成本", "≥12%", "10%", "15", "15"],
    ]));
});

describe("spacedLayoutRows: a merged name printed at the top of the rows it spans", () => {
  // Made-up text: the name set at its span's top, on the first line of the first row's wrapped
  // 偏差 cell (the row's one-line cells a line lower), the span going on to the next row.
  const above = at([[6, "丁组指标"], [15, "丁类指标"], [24, "检查单位数"], [35, "≥14家"], [46, "11家"], [56, "4"], [61, "3"]]);
  const table = (lines: string[]) => rows([head, "", above, "", ...lines].join("\n")).slice(2);
  const firstRow = ["修缮道路长度", "≥12公里", "13公里", "5", "5", "个别单位配合不够及时"];
  const secondRow = ["新建站点数量", "≥9座", "9座", "5", "5"];
  const last = at([[15, "乙类指标"], [24, "差错率"], [35, "≤2%"], [46, "3%"], [56, "3"], [61, "2"]]);
  const lastRow = ["乙类指标", "差错率", "≤2%", "3%", "3", "2"];

  it("a 二级 name goes to the first row it spans (the reader carries it down), not a row of its own", () =>
    expect(
      table([
        at([[15, "甲类指标"], [66, "个别单位"]]),
        at([[24, "修缮道路长度"], [35, "≥12公里"], [46, "13公里"], [56, "5"], [61, "5"], [66, "配合不够"]]),
        at([[66, "及时"]]),
        at([[24, "新建站点数量"], [35, "≥9座"], [46, "9座"], [56, "5"], [61, "5"]]),
        "",
        last,
      ]),
    ).toEqual([["甲类指标", ...firstRow], secondRow, lastRow]));

  it("a 一级 name over the 二级 names of its rows goes to its first row too", () =>
    expect(
      table([
        at([[6, "甲组指标"], [66, "个别单位"]]),
        at([[15, "甲类指标"], ...([[24, "修缮道路长度"], [35, "≥12公里"], [46, "13公里"], [56, "5"], [61, "5"], [66, "配合不够"]] as [number, string][])]),
        at([[66, "及时"]]),
        at([[15, "乙类指标"], [24, "新建站点数量"], [35, "≥9座"], [46, "9座"], [56, "5"], [61, "5"]]),
        "",
        at([[6, "丙组指标"], [15, "丙类指标"], [24, "差错率"], [35, "≤2%"], [46, "3%"], [56, "3"], [61, "2"]]),
      ]),
    ).toEqual([["甲组指标", "甲类指标", ...firstRow], ["乙类指标", ...secondRow], ["丙组指标", "丙类指标", "差错率", "≤2%", "3%", "3", "2"]]));

  it("where the next row has a name of its own the text does not settle a span: the name stays a row of its own", () =>
    expect(
      table([
        at([[15, "甲类指标"], [66, "个别单位"]]),
        at([[24, "修缮道路长度"], [35, "≥12公里"], [46, "13公里"], [56, "5"], [61, "5"], [66, "配合不够"]]),
        at([[66, "及时"]]),
        "",
        last,
      ]),
    ).toEqual([["甲类指标"], firstRow, lastRow]));

  it("on the first line of the last row's wrapped cell of a run it is centred on, it goes to that run's first row", () =>
    expect(
      table([
        at([[24, "修缮道路长度"], [35, "≥12公里"], [46, "13公里"], [56, "5"], [61, "5"]]),
        "",
        at([[15, "甲类指标"], [66, "个别单位"]]),
        at([[24, "新建站点数量"], [35, "≥9座"], [46, "9座"], [56, "5"], [61, "5"], [66, "配合不够"]]),
        at([[66, "及时"]]),
        "",
        last,
      ]),
    ).toEqual([["甲类指标", "修缮道路长度", "≥12公里", "13公里", "5", "5"], [...secondRow, "个别单位配合不够及时"], lastRow]));
});

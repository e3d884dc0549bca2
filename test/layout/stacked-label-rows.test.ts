import { describe, expect, it } from "vitest";
import { spacedLayoutRows } from "../../src/layout/spaced-rows.js";

/** The rows as lists of cell texts. */
const rows = (text: string) => spacedLayoutRows(text).map((r) => r.cells.map((c) => c.text));
/** A line with each text starting at its character column. */
const at = (cells: [number, string][]) => cells.reduce((s, [x, t]) => s.padEnd(x, " ") + t, "");

// Made-up text in the shape pdftotext -layout gives a form's header: two labels on consecutive
// lines, each with its value beside it (not any fixture's text).
const title = at([[20, "某某自评表"]]);
const tail = [
  at([[14, "年初预算数"], [30, "全年执行数"], [46, "得分"]]),
  at([[2, "年度资金总额"], [14, "1200.5"], [30, "1100.25"], [46, "9.2"]]),
  at([[2, "其他资金"], [14, "0"], [30, "0"], [46, "—"]]),
  at([[2, "年度目标"], [14, "完成某项建设任务"]]),
  at([[2, "完成情况"], [14, "已完成"]]),
  at([[2, "说明"], [14, "无"]]),
];

describe("spacedLayoutRows: a header's labels stacked on consecutive lines, each with its value", () => {
  it("reads each line as a row of its own (the labels not one text, nor the values)", () => {
    // The funds' table under it, its vertical label printed on one line: without the rule the two labels were one text.
    const text = [
      at([[54, "某某项目支出自评表"]]),
      at([[59, "( 2020 年度 )"]]),
      at([[1, "甲乙名称"], [11, "某区道路养护维修工程"]]),
      at([[1, "丙丁部门"], [11, "某区交通运输管理局"], [74, "实施单位"], [86, "某区养护所一"]]),
      at([[26, "年初预算数"], [46, "全年预算数"], [73, "全年执行数"], [89, "分值"], [100, "执行率"], [118, "得分"]]),
      at([[14, "年度资金总额"], [26, "2200.50"], [46, "2200.50"], [73, "2100.25"], [90, "10"], [100, "95.44%"], [118, "9.54"]]),
      at([[0, "项目资金 (元)"]]),
      at([[12, "其中：本年财政拨款"], [26, "2200.50"], [46, "2200.50"], [73, "2100.25"], [90, "—"]]),
    ].join("\n");
    expect(rows(text).slice(2, 4)).toEqual([
      ["甲乙名称", "某区道路养护维修工程"],
      ["丙丁部门", "某区交通运输管理局", "实施单位", "某区养护所一"],
    ]);
  });

  it("leaves a vertical label's lines one label (one or two characters a line, `项目` / `资金`)", () => {
    const text = [title, at([[1, "项目"], [8, "其中：当"]]), at([[1, "资金"], [8, "年财政拨"], [20, "300"], [30, "300"], [40, "—"]]), at([[1, "(元)"], [8, "款"]]), ...tail].join("\n");
    expect(rows(text)[1]).toEqual(["项目资金(元)", "其中：当年财政拨款", "300", "300", "—"]);
  });
});

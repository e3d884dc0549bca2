import { describe, expect, it } from "vitest";
import type { Row } from "../../src/layout/grid.js";
import { splitHeaderRunOnRows } from "../../src/reconstruct/header-run-on-rows.js";
import { parse } from "../../src/pipeline.js";

// A line parted by spaces holding the indicator header and the table's first rows. All text made up.
const row = (texts: readonly string[], boundaries: Row["boundaries"] = "spaces"): Row => ({ cells: texts.map((text) => ({ text, source: { line: 1 } })), boundaries });
const HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];

describe("rows run on after the indicator header", () => {
  it.each([
    // [cells] → the rows' cells
    [[...HEADER, "数量指标", "指标1:巡查次数", "12次", "12次", "20", "20", "指标2:整改率", "100%", "95%", "20", "19"],
      [HEADER, ["数量指标", "指标1:巡查次数", "12次", "12次", "20", "20"], ["指标2:整改率", "100%", "95%", "20", "19"]]],
    [["绩效指标", ...HEADER, "产出指标", "数量指标", "巡查次数", "12次", "12次", "20", "20"],
      [["绩效指标", ...HEADER], ["产出指标", "数量指标", "巡查次数", "12次", "12次", "20", "20"]]],
    // a header alone, or followed by what opens no row: as read
    [HEADER, [HEADER]],
    [[...HEADER, "备注"], [[...HEADER, "备注"]]],
    // too few column names to be the header
    [["三级指标", "分值", "数量指标", "巡查次数"], [["三级指标", "分值", "数量指标", "巡查次数"]]],
  ] as const)("%j", (cells, rows) => {
    expect(splitHeaderRunOnRows(row(cells)).map((r) => r.cells.map((c) => c.text))).toEqual(rows);
  });

  it("leaves a row whose cells are known as it is", () => {
    const cells = [...HEADER, "数量指标", "指标1:巡查次数", "12次", "12次", "20", "20"];
    expect(splitHeaderRunOnRows(row(cells, "exact"))).toHaveLength(1);
  });

  it("reads a page whose header line holds the first two rows", async () => {
    const text = [
      "项目支出绩效自评表",
      "项目名称  河道巡查",
      "主管部门  某县水利局",
      "项目资金(万元)  年初预算数  全年预算数  全年执行数  分值  执行率  得分",
      "年度资金总额  20  20  20  10  100%  10",
      "一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分  偏差原因分析及改进措施  产出指标  数量指标  指标1:巡查次数  12次  12次  30  30  指标2:巡查河道长度  40公里  40公里  30  30",
      "质量指标  指标1:问题整改率  100%  95%  30  28  个别问题整改滞后",
    ].join("\n");
    const f = (await parse(text, { path: "run-on.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level1, i.level2, i.level3, i.target, i.actual, i.weight, i.score])).toEqual([
      ["产出指标", "数量指标", "巡查次数", "12次", "12次", 30, 30],
      ["产出指标", "数量指标", "巡查河道长度", "40公里", "40公里", 30, 30],
      ["产出指标", "质量指标", "问题整改率", "100%", "95%", 30, 28],
    ]);
  });
});

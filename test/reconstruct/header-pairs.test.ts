/**
 * A header block printed as `label：value` pairs on one line (a web form's or a Word template's),
 * in a pipe table whose header lines hold no pipe: made-up text, expected values typed by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { splitLabelPairs } from "../../src/reconstruct/label-pairs.js";

const cell = (text: string) => ({ text, source: { line: 1 } });

describe("header pairs on one line", () => {
  it("each pair is read for its own label; a value's own single space stays", async () => {
    const text = [
      "某县某项目支出绩效自评表 | ||||",
      "项目名称：某道路 养护项目",
      "主管部门：某县交通运输局　　实施单位：某县公路养护中心",
      "项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
      "年度资金总额 | 20 | 20 | 19 | 10 | 95% | 9.5 |",
      "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |",
      "产出指标 | 数量指标 | 养护里程 | 120公里 | 120公里 | 20 | 20 | |",
    ].join("\n");
    const f = (await parse(text, { path: "pairs.txt" })).forms[0]!;
    expect([f.projectName, f.department, f.implementingUnit]).toEqual(["某道路养护项目", "某县交通运输局", "某县公路养护中心"]);
  });

  it("cuts only at a wide gap before a short label and its colon, and only a cell that opens on a header pair", () => {
    const texts = (cells: string[]) => splitLabelPairs(cells.map(cell)).map((c) => c.text);
    expect(texts(["主管部门：某局  实施单位：某中心  主要领导签字:"])).toEqual(["主管部门：某局", "实施单位：某中心", "主要领导签字:"]);
    // One space is a value's own.
    expect(texts(["主管部门：某局 实施单位：某中心"])).toEqual(["主管部门：某局 实施单位：某中心"]);
    // A goal's text is no header pair.
    expect(texts(["目标1：完成养护　　目标2：提升路况"])).toEqual(["目标1：完成养护　　目标2：提升路况"]);
  });
});

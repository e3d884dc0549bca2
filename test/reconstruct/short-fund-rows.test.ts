import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

// One cell a line; every fund row a cell short of the header (a converter dropped the blank first budget). All text made up.
const form = (total: string[], part: string[]) =>
  [
    "项目支出绩效自评表",
    "(2022年度)",
    "项目名称",
    "乡村道路养护经费",
    "主管部门",
    "某县交通运输局",
    "实施单位",
    "某县公路养护站",
    "项目资金",
    "(万元)",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "分值",
    "执行率",
    "得分",
    "年度资金总额",
    ...total,
    "其中:当年财政拨款",
    ...part,
    "年度总体目标",
  ].join("\n");
const funds = async (text: string) => {
  const f = (await parse(text, { path: "form.txt" })).forms[0]!.funds;
  return { rows: f.rows.map((r) => [r.key, r.annualBudget, r.executed]), weight: f.weight, rate: f.executionRatePercent, score: f.score };
};

describe("fund rows a cell short of the header", () => {
  it("are read with their cells ending on the last columns when a part's row shows it", async () => {
    expect(await funds(form(["48", "45", "10", "93.75%", "9.4"], ["48", "45", "", "93.75%", ""]))).toEqual({
      rows: [
        ["total", 48, 45],
        ["currentYear", 48, 45],
      ],
      weight: 10,
      rate: 93.75,
      score: 9.4,
    });
  });

  it("keep the printed points when the score is above them (the audit's to report)", async () => {
    const read = await funds(form(["20", "20", "10", "100%", "96"], ["20", "20", "", "100%", ""]));
    expect([read.rows[0], read.weight, read.rate, read.score]).toEqual([["total", 20, 20], 10, 100, 96]);
  });
});

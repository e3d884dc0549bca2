/**
 * A page break inside the indicator table (perturb.ts layout-page-break): the page number between
 * the pages, then the table's heading row again (a table that repeats its heading on each page).
 * Texts written for this test.
 */
import { describe, expect, it } from "vitest";
import { readCellPerLine } from "../../src/extract/text/stream.js";
import { parse } from "../../src/pipeline.js";

const HEAD = ["项目支出绩效自评表", "（2023年度）", "项目名称", "社区图书室建设", "主管部门", "文化局", "实施单位", "文化馆"];
const FUNDS = ["项", "目", "资", "金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总额", "40", "40", "38", "10", "95%", "9.5"];
const INDICATOR_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"];

describe("a page break inside the indicator table", () => {
  it("drops the page number a page's one-cell-a-line text prints between pages", () => {
    const cells = readCellPerLine(["三级指标", "图书册数", "- 2 -", "≥3000册", "第 3 页", "3200册"].join("\n")).rows[0]!.cells;
    expect(cells.map((c) => c.text)).toEqual(["三级指标", "图书册数", "≥3000册", "3200册"]);
  });

  it("reads the rows on both sides of a dump's repeated heading", async () => {
    const text = [
      ...HEAD,
      ...FUNDS,
      ...INDICATOR_HEAD,
      "产出指标", "数量指标", "新增图书册数", "≥3000册", "3200册", "20", "20",
      "质量指标", "图书上架率", "100%", "98%", "20", "18",
      "- 1 -",
      ...INDICATOR_HEAD,
      "时效指标", "完成时限", "12月底前", "11月底", "20", "20",
      "满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", "94%", "30", "30",
      "总分", "100", "97.5",
    ].join("\n");
    const form = (await parse(new TextEncoder().encode(text), { path: "made-up.txt" })).forms[0]!;
    expect(form.indicators.map((i) => [i.level1, i.level2, i.level3, i.target, i.actual, i.weight, i.score])).toEqual([
      ["产出指标", "数量指标", "新增图书册数", "≥3000册", "3200册", 20, 20],
      ["产出指标", "质量指标", "图书上架率", "100%", "98%", 20, 18],
      ["产出指标", "时效指标", "完成时限", "12月底前", "11月底", 20, 20],
      ["满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", "94%", 30, 30],
    ]);
  });
});

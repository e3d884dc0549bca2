/**
 * The Jiangxi department layout's funds, run together by a document site's preview: under
 * 整体支出规模 | 全年预算数 | 全年执行数 | 执行率, the funds by source (资金来源: (1)财政拨款 …
 * (2)其他资金 …) and by kind (资金结构: (1)基本支出 … (2)项目支出 …). 资金来源 is the block's
 * label as 资金结构 is (template fundsLabel), and a part's number before a row's label is that row's
 * (flattened-form.ts). Text written for this test, each value typed by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const HEAD = "1、某镇卫生院整体支出绩效自评表(2022年度)评价部门名称某县某镇卫生院下属单位个数0整体支出规模全年预算数全年执行数执行率";
const TAIL =
  "年度总年初设定目标全年完成情况体目标门诊人次达到1万人次,三公经费控制达标门诊人次1.2万人次,三公经费控制达标分解目标自评权重二级指标三级指标年度指标值全年完成值分值得分偏差及原因分析管理指标30预算编审管理完整、准确率100%100%44";

const read = async (funds: string) => {
  const doc = await parse(`某镇卫生院整体支出绩效自评表.docx\n${HEAD}${funds}${TAIL}\n`, { path: "preview.txt" });
  const f = doc.forms[0]!;
  return { rows: f.funds.rows.map((r) => [r.key, r.annualBudget, r.executed, r.parent ?? null]), rate: f.funds.executionRatePercent };
};

describe("the funds by source and by kind of a run-together Jiangxi department form", () => {
  it("reads 资金来源's 财政拨款 row with its amounts, and the form's rate from it", async () => {
    expect(await read("资金来源:(1)财政拨款620.00636.77102.70%资金结构:(1)基本支出410.00420.15102.48%(2)项目支出210.00216.62103.15%")).toEqual({
      rows: [
        ["currentYear", 620, 636.77, null],
        ["basic", 410, 420.15, null],
        ["project", 210, 216.62, null],
      ],
      rate: 102.7,
    });
  });

  it("keeps (2) with 其他资金: the 财政拨款 row keeps its amounts, and 基本支出 / 项目支出 are no parts of 其他资金", async () => {
    expect(await read("资金来源:(1)财政拨款620.00636.77102.70%(2)其他资金30.5030.50100%资金结构:(1)基本支出440.50450.65102.30%(2)项目支出210.00216.62103.15%")).toEqual({
      rows: [
        ["currentYear", 620, 636.77, null],
        ["other", 30.5, 30.5, null],
        ["basic", 440.5, 450.65, null],
        ["project", 210, 216.62, null],
      ],
      rate: 102.7,
    });
  });
});

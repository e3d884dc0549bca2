/**
 * Column names of the department form in the spellings some layouts print: bare level names
 * (二级 | 三级 instead of 二级指标 | 三级指标) in a flattened preview, and 指标说明及评分办法 for the
 * 评分标准. Text written for this test, each value typed by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

describe("department column names in other spellings", () => {
  it("reads the rows of a flattened form after such a header", async () => {
    const line =
      "1、某镇卫生院整体支出绩效自评表(2022年度)评价部门名称某县某镇卫生院下属单位个数0整体支出规模全年预算数全年执行数执行率资金来源:(1)财政拨款98.50%" +
      "分解目标自评权重二级指标三级年度指标值全年完成值分值得分偏差及原因分析管理指标30预算编审管理完整、准确率100%100%66" +
      "政府采购管理执行率100%100%55";
    const f = (await parse(line + "\n", { path: "flat.txt" })).forms[0]!;
    expect(f.template).toBe("department");
    expect(f.indicators.map((i) => [i.level1, i.level2, i.level3, i.target, i.actual, i.weight, i.score])).toEqual([
      ["管理指标", "预算编审管理", "完整、准确率", "100%", "100%", 6, 6],
      ["管理指标", "政府采购管理", "执行率", "100%", "100%", 5, 5],
    ]);
  });

  it("reads 指标说明及评分办法 as the 评分标准", async () => {
    const f = (
      await parse(
        [
          "2022年度部门整体支出绩效评价自评表",
          "| 序号 | 一级指标 | 二级指标 | 三级指标 | 指标分值 | 指标解释 | 指标说明及评分办法 | 自评得分 |",
          "| 1 | 投入 | 预算编制 | 预算编制科学性 | 5 | 预算编制是否合理 | 合理得5分，否则不得分 | 5 |",
          "| 2 | 投入 | 预算编制 | 基础信息完整性 | 3 | 基础信息是否完整 | 完整得3分，缺一项扣1分 | 2 |",
        ].join("\n"),
        { path: "sheet.txt" },
      )
    ).forms[0]!;
    expect(f.indicators.map((i) => i.method)).toEqual(["合理得5分，否则不得分", "完整得3分，缺一项扣1分"]);
  });
});

describe("points printed in lenticular brackets (规划【15分】, 分值【10分】)", () => {
  it("reads a 一级 name's points in 【】 as its level1Weight, as (15分) is", async () => {
    const f = (
      await parse(
        [
          "2022年度部门整体支出绩效评价自评表",
          "| 序号 | 一级指标 | 二级指标 | 三级指标 | 指标分值 | 指标解释 | 评分标准 | 自评得分 |",
          "| 1 | 规划【15分】 | 基础信息【3分】 | 基础信息完整性 | 3 | 基础信息是否完整 | 完整得3分，缺一项扣1分 | 2 |",
          "| 2 | | 工作计划【6分】 | 年度工作计划完整性 | 6 | 计划是否完整可行 | 完整可行得6分 | 6 |",
          "| 3 | 执行【35分】 | 预算执行【18分】 | 预算执行率 | 5 | 实际支出与预算之比 | 执行率×分值 | 4.5 |",
        ].join("\n"),
        { path: "sheet.txt" },
      )
    ).forms[0]!;
    expect(f.indicators.map((i) => [i.level1, i.level1Weight, i.level2, i.level3, i.weight, i.score])).toEqual([
      ["规划", 15, "基础信息【3分】", "基础信息完整性", 3, 2],
      ["规划", 15, "工作计划【6分】", "年度工作计划完整性", 6, 6],
      ["执行", 35, "预算执行【18分】", "预算执行率", 5, 4.5],
    ]);
  });

  it("reads a funds block's 分值【10分】 column as its 分值", async () => {
    const f = (
      await parse(
        [
          "部门整体支出绩效自评表 |",
          "部门(单位)名称 | 某镇人民政府 |",
          "部门(单位)总体资金(万元) | 资金来源 | 年初预算数(A) | 全年执行数(B) | 分值【10分】 | 得分 |",
          "| 年度资金总额: | 100 | 95 | 10 | 9.5 |",
          "| 基本支出 | 80 | 78 | | |",
          "| 项目支出 | 20 | 17 | | |",
        ].join("\n"),
        { path: "mirror.txt" },
      )
    ).forms[0]!;
    expect([f.funds.weight, f.funds.score, f.funds.rows.map((r) => [r.key, r.initialBudget, r.executed])]).toEqual([
      10,
      9.5,
      [["total", 100, 95], ["basic", 80, 78], ["project", 20, 17]],
    ]);
  });
});

describe("a cover's label spaced out a character apart, its colon and value run onto its last character", () => {
  const cover = (code: string) =>
    ["某县2021年度部门(单位)整体支出", "绩效评价自评报告", "部门(单位)名称: 某县文化馆", code, "评价方式:部门(单位)绩效自评", "评价机构:部门(单位)评价组"].join("\n");

  it("is the label and its value (预 算 编 码:601002)", async () => {
    const f = (await parse(cover("预 算 编 码:601002"), { path: "cover.txt" })).forms[0]!;
    expect([f.template, f.department, f.departmentCode]).toEqual(["department", "某县文化馆", "601002"]);
  });
});

describe("a linear cover's label whose colon only a space follows", () => {
  it("takes the next token for its value (部门(单位)全称: 某镇人民政府), the sign-off labels after it no value of it", async () => {
    const text = ["部门整体支出绩效评价自评报告", "( 2021 年度)", "评价类型: 项目实施过程评价 项目完成结果评价", "部门(单位)全称: 某镇人民政府 (公章)", "主管部门审核意见:", "财政部门审核意见:"].join("\n");
    const f = (await parse(text, { path: "cover.txt" })).forms[0]!;
    expect([f.template, f.year, f.department]).toEqual(["department", 2021, "某镇人民政府"]);
  });
});

describe("spellings of the department's budget code on a cover", () => {
  it.each(["预算编码", "部门预算编码", "预算单位编码", "单位预算编码", "预算代码"])("%s", async (label) => {
    const text = ["某县2021年度部门(单位)整体支出", "绩效评价自评报告", "部门(单位)名称: 某县文化馆", `${label}:601002`, "评价方式:部门(单位)绩效自评"].join("\n");
    const f = (await parse(text, { path: "cover.txt" })).forms[0]!;
    expect([f.department, f.departmentCode]).toEqual(["某县文化馆", "601002"]);
  });
});

describe("spellings of the department's name on a cover", () => {
  it.each(["部门全称", "被评价部门", "预算部门"])("%s", async (label) => {
    const text = ["某县2021年度部门整体支出绩效评价自评报告", `${label}:某县文化馆`, "预算编码:601002", "评价方式:部门(单位)绩效自评"].join("\n");
    const f = (await parse(text, { path: "cover.txt" })).forms[0]!;
    expect([f.template, f.department]).toEqual(["department", "某县文化馆"]);
  });
});

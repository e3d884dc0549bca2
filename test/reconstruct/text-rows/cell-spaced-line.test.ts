/**
 * A form run onto one line whose cells a space still parts (a document site's preview of a linear
 * page or of a PDF's text layer): its rows are cut where they start, and each row keeps its spaces
 * as cell edges (cell-spaced.ts), as a linear line does. Texts written for this test.
 */
import { describe, expect, it } from "vitest";
import { formRowsFrom, inTemplateOrder, labelsStandApart, partsCellsBySpaces, piecesWithSpaces, withoutInnerSpaces } from "../../../src/reconstruct/text-rows/cell-spaced.js";
import { parse } from "../../../src/pipeline.js";

const FORM =
  "发布时间:2023-04-11 09:20 来源:某县文化局\n" +
  "展馆维护专项经费绩效自评表(2022年度)项目名称 展馆维护专项经费主管部门 某县文化和旅游局 实施单位 某县博物馆项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分(万元) " +
  "年度资金总额 40 40 36.5 10 0.913 9其中:当年财政拨款 40 40 36.5 10 0.913 9上年结转资金其他资金年度总体目标 预期目标 实际完成情况 完成展柜更新与日常维护。 已完成。" +
  "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施产出指标 数量指标 指标1:更新展柜数量 12个 12个 10 10指标2:举办展览场次 ≥6场 8场 10 10" +
  "质量指标 指标1:展品完好率 100% 98% 10 9时效指标 完成时间 2022年底 2022年11月 10 10效益指标 社会效益指标 观众接待人次 ≥2万人次 2.3万人次 20 20" +
  "满意度指标 服务对象满意度指标 观众满意度 ≥90% 93% 10 10总分 100 95\n";

describe("a form run onto one line with its cells parted by spaces", () => {
  it("reads each row's cells at its spaces: the funds' amounts and rate, a target and its completion", async () => {
    const f = (await parse(FORM, { path: "a.txt" })).forms[0]!;
    expect(f.funds.rows.find((r) => r.key === "total")).toMatchObject({ initialBudget: 40, annualBudget: 40, executed: 36.5 });
    expect([f.funds.weight, f.funds.executionRatePercent, f.funds.score]).toEqual([10, 91.3, 9]);
    const byName = new Map(f.indicators.map((i) => [i.level3, i]));
    expect(byName.get("完成时间")).toMatchObject({ target: "2022年底", actual: "2022年11月" });
    expect(byName.get("观众接待人次")).toMatchObject({ target: "≥2万人次", actual: "2.3万人次", weight: 20, score: 20 });
  });

  it("reads a goal run into its column's name and heads printed over two lines (joined-heads.ts)", async () => {
    // Where the page broke its lines nothing parts two cells: 实际完成情况完成…, …改进措施指标值.
    const text = FORM.replace("实际完成情况 完成展柜", "实际完成情况完成展柜").replace("年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施", "年度 实际 分值 得分 偏差原因分析及改进措施指标值 完成值");
    const f = (await parse(text, { path: "a.txt" })).forms[0]!;
    expect(f.goals).toMatchObject({ expected: "完成展柜更新与日常维护。", actual: "已完成。" });
    expect(f.indicators.find((i) => i.level3 === "展品完好率")).toMatchObject({ target: "100%", actual: "98%", weight: 10, score: 9 });
  });

  it.each([
    // A linear page run onto one line: short words, a space between most cells.
    ["项目名称 某项目主管部门 某局 实施单位 某中心项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 10 10 9 10 0.9 9", true],
    // A preview that wrapped its lines: a few spaces in long runs of text.
    ["项目名称某项目主管部门某局实施单位某中心项目资金年初预算数全年预算数全年执行数分值执行率得分 年度资金总额1010910909其中:当年财政拨款1010910909上年结转资金其他资金 年度总体目标预期目标实际完成情况完成全年任务已完成 绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分", false],
    // Labels spaced out a character apart in a run-together preview: each label one word.
    ["项 目 名 称某项目主 管 部 门某局实 施 单 位某中心项目资金(万元)年初预算数全年预算数全年执行数分 值执 行 率得 分年 度 资 金 总 额303010100%10其中:当年财政拨款303030100%", false],
    // Too few words to tell.
    ["项目名称 某项目 主管部门 某局", false],
  ])("partsCellsBySpaces(%j) is %j", (line, spaced) => {
    expect(partsCellsBySpaces(line)).toBe(spaced);
  });

  it("maps the rows cut from the line without its wrapping spaces back onto the line, spaces kept", () => {
    const line = "项目名称 某项目主管部门 某局 年度资金总额 10 10 9";
    expect(piecesWithSpaces(line, ["项目名称某项目", "主管部门某局", "年度资金总额10 10 9"])).toEqual(["项目名称 某项目", "主管部门 某局 ", "年度资金总额 10 10 9"]);
    // Pieces that are not the flat line's (a label put back whole elsewhere): not mapped.
    expect(piecesWithSpaces(line, ["主管部门某局", "项目名称某项目", "年度资金总额10 10 9"])).toBeNull();
  });

  it.each([
    // Rows that open on their label standing apart: the spaces part the cells.
    [["年度资金总额 40 40 36.5", "其中:当年财政拨款 40 40 36.5", "上年结转资金其他资金", "质量指标 指标1:完好率 100% 98% 10 9"], true],
    // Rows whose cells ran together, a space only before the points: the first word holds the row.
    [["数量指标展柜更新率=100 % 20", "时效指标按时完成率=100 % 20", "合计100", "效益指标 社会效益指标开放天数≥300天 20"], false],
  ])("labelsStandApart(%j) is %j", (rows, apart) => {
    expect(labelsStandApart(rows)).toBe(apart);
  });

  it.each([
    // The header, the funds, the indicator table, the total: a row-ordered page.
    [["项目名称 某项目", "主管部门 某局", "实施单位 某中心", "项目资金 年初预算数", "年度资金总额 40 40", "一级指标 二级指标", "总分 100 95"], true],
    // A layout dump in drawing order: 实施单位 drawn after the funds.
    [["项目名称 某项目", "主管部门 某局", "项目资金 年初预算数", "年度资金总额 40 40", "实施单位 某中心"], false],
    // … in the spellings of other templates (its brackets no pattern's group).
    [["项目名称 某项目", "主管部门 某局", "项目资金 年初预算数", "年度资金总额 40 40", "实施(主管)单位 某中心"], false],
    [["项目名称 某项目", "主管部门 某局", "项目资金 年初预算数", "年度资金总额 40 40", "实施（主管）单位 某中心"], false],
    [["项目名称 某项目", "项目资金 年初预算数", "年度资金总额 40 40", "资金使用单位 某中心"], false],
    [["项目名称 某项目", "实施(主管)单位 某中心", "项目资金 年初预算数", "年度资金总额 40 40", "一级指标 二级指标", "总分 100 95"], true],
    // The total drawn before the header, its labels spaced out.
    [["自评总分: 95", "项 目 名 称 某项目", "主管部门 某局"], false],
    // Two forms one after the other, each from its header to its total (a dossier's projects).
    [["项目名称 某项目", "年度资金总额 40 40", "一级指标 二级指标", "总分 100 95", "项目名称 另一项目", "主管部门 某局", "年度资金总额 8 8", "总分 100 98"], true],
    // … but not a form that ends before its total and starts again: drawing order.
    [["项目名称 某项目", "一级指标 二级指标", "项目名称 另一项目", "总分 100 98"], false],
  ])("inTemplateOrder(%j) is %j", (rows, ordered) => {
    expect(inTemplateOrder(rows)).toBe(ordered);
  });

  it("takes out the space between a figure and its percent sign, and no other", () => {
    expect(withoutInnerSpaces("质量指标 完好率 100 % 98 % 10 9")).toBe("质量指标 完好率 100% 98% 10 9");
  });

  it("keeps what comes before the form's first row run together (a dossier's contents, its title)", () => {
    expect(formRowsFrom(["1、封面 2、自评工作小组", "3、项目支出绩效自评表", "某项目绩效自评表 (2022 年度)", "项目名称 某项目", "主管部门 某局"])).toBe(3);
    expect(formRowsFrom(["附件 清单 1、封面", "2、名单"])).toBe(2);
  });
});

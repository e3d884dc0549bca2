import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { withoutTrailingOption } from "../../src/reconstruct/trailing-option.js";

/**
 * A header name's value as a dump draws it: with a choice list's numbered option after it, or named
 * again by a note's words after the form's tables. Every text made up.
 */
describe("a choice list's option drawn after a header name", () => {
  it.each([
    ["某县规划服务中心□3、一次性项目□", "某县规划服务中心"],
    ["某县规划服务中心 □ 2、延续性项目", "某县规划服务中心"],
    ["某县规划服务中心☑1.常年性项目", "某县规划服务中心"],
    // No box before the number: a name's own words (第3、4标段).
    ["某县道路第3、4标段建设指挥部", "某县道路第3、4标段建设指挥部"],
    // A box with no numbered option after it says nothing.
    ["某县规划服务中心□", "某县规划服务中心□"],
    // Nothing of a name before the box: kept whole.
    ["□3、一次性项目", "□3、一次性项目"],
  ])("%s → %s", (text, expected) => {
    expect(withoutTrailingOption({ text, source: {} }).text).toBe(expected);
  });
});

describe("a 实施单位 label in the notes after the form's tables", () => {
  const text = [
    "某县农村公路养护项目支出绩效自评表",
    "项目名称 某县农村公路养护",
    "主管部门 某县交通运输局",
    "实施单位 某县公路事务中心",
    "资金情况(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
    "年度资金总额 120 120 110 10 91.67% 9.2",
    "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
    "产出指标 数量指标 养护里程 ≥80公里 86公里 20 20 无",
    "效益指标 社会效益指标 群众出行条件 改善 改善 30 30 无",
    "总分 100 89.2",
    "备注:1.预算执行情况口径:执行数按",
    "资金使用单位 当年实际列支的财政资金填列。",
  ].join("\n");

  it("keeps the header's value and reports the note's words", async () => {
    const doc = await parse(Buffer.from(text), { path: "made-up.txt" });
    const form = doc.forms[0]!;
    expect(form.implementingUnit).toBe("某县公路事务中心");
    expect(doc.diagnostics.some((d) => d.code === "unplaced-text" && d.message.includes("当年实际列支"))).toBe(true);
  });
});

describe("a 主管部门 label in the notes after the form's tables", () => {
  const text = [
    "某县农村公路养护项目支出绩效自评表",
    "项目名称 某县农村公路养护",
    "主管部门 某县交通运输局",
    "实施单位 某县公路事务中心",
    "资金情况(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
    "年度资金总额 120 120 110 10 91.67% 9.2",
    "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
    "产出指标 数量指标 养护里程 ≥80公里 86公里 20 20 无",
    "效益指标 社会效益指标 群众出行条件 改善 改善 30 30 无",
    "总分 100 89.2",
    "备注:1.本表由项目实施单位填报,报",
    "主管部门 审核后报财政局。",
  ].join("\n");

  it("keeps the header's value", async () => {
    const doc = await parse(Buffer.from(text), { path: "made-up.txt" });
    expect(doc.forms[0]!.department).toBe("某县交通运输局");
    expect(doc.diagnostics.some((d) => d.code === "unplaced-text" && d.message.includes("审核后报财政局"))).toBe(true);
  });
});

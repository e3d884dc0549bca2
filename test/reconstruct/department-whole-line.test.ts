/**
 * A department page whose site lines and form a document site ran together onto one line, no
 * line break and no cell edge left (flattened-form.ts, titleBegin): the title run on after the
 * site's text begins the form, as a title at a line's start does. Text written for this test,
 * each value typed by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const read = async (line: string) => parse(line + "\n", { path: "whole-line.txt" });

const DUTIES =
  "一是负责全县民政事业发展规划的拟订和实施,统筹推进基层政权建设。 二是负责社会救助和养老服务工作,落实困难群众基本生活保障。 三是负责社会组织登记管理和区划地名工作,完成县委县政府交办的其他任务。";

describe("a department form run together with its site's lines onto one line", () => {
  it("reads a short form whose title comes after the site's labels left with no value (文号, 浏览量)", async () => {
    const doc = await read(
      "索引号11530000-6-/2021-0001发布机构某县民政局公开目录自评报告发布日期2021-06-30文号浏览量2020年度部门整体支出绩效自评表部门名称某县民政局内容说明部门总体目标部门职责" +
        DUTIES,
    );
    const f = doc.forms[0]!;
    expect([doc.forms.length, f.template, f.title, f.year, f.department]).toEqual([1, "department", "2020年度部门整体支出绩效自评表", 2020, "某县民政局"]);
  });

  it("cuts a 基础数据表's title after an attachment number run into its year, and the form's after the signer's name", async () => {
    const doc = await read(
      "当前位置:首页>工作动态>财务资产部某县总工会2022年绩效自评附表发布时间:2023-03-17来源:某县总工会附件12022年度部门整体支出绩效评价基础数据表" +
        "财政供养人员情况(人)编制数2022年实际在职人数控制率3030100%经费控制情况(万元)2021年决算数2022年预算数2022年决算数支出总额500.00520.00515.00" +
        "填表人:某某填报日期:2023.03.15单位负责人签字:张某某附件22022年度部门整体支出绩效自评表预算部门某县总工会",
    );
    expect(doc.diagnostics.filter((d) => d.code === "other-form").map((d) => d.message.includes("2022年度部门整体支出绩效评价基础数据表"))).toEqual([true]);
    expect(doc.forms.map((f) => [f.template, f.title, f.year])).toEqual([["department", "2022年度部门整体支出绩效自评表", 2022]]);
  });

  it("reports a 部门整体支出绩效目标表 run together with its site's lines as another form, not a self-evaluation", async () => {
    const doc = await read(
      "2021年度部门整体支出绩效目标时间:2021-12-31 15:38:36 来源::附件3:部门整体支出绩效目标表.xls部门整体支出绩效目标表(2021年度)部门(单位)名称 某市档案馆 部门预算编码 901002年度预算安排(万元)资金总额 120.50项目支出 40.50基本支出 80.00年度总体目标目标1:保障在职人员工资按时发放;目标2:完成档案接收和数字化任务。" +
        "年度绩效指标一级指标二级指标三级指标指标值产出指标数量指标档案数字化页数≥10万页质量指标档案接收合格率100%时效指标工资发放及时率100%效益指标社会效益指标查档服务满意度≥95%",
    );
    expect([doc.forms.length, doc.diagnostics.some((d) => d.code === "other-form" && d.message.includes("部门整体支出绩效目标表"))]).toEqual([0, true]);
  });
});

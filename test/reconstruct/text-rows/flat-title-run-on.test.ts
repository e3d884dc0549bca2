import { describe, expect, it } from "vitest";
import { cutAtRowStarts } from "../../../src/reconstruct/text-rows/flattened-form.js";

// A project form's title run on after a site's or a dossier's words, on a form flattened onto one
// line: it begins a row of its own at its year. All text made up.
const FORM = "项目名称某某工程主管部门某某局实施单位某某馆项目资金(万元)年初预算数全年预算数全年执行数年度资金总额5555";

describe("a project title run on after a site's words begins its row at its year", () => {
  it.each([
    // after an attachment's number (附表2, 附件3)
    ["作者:暂无上传时间:2023-08-14浏览次数:次返回上级附表22022年度某某工程项目自评表", "2022年度某某工程项目自评表"],
    ["附件32021年度某某工程项目支出绩效自评表", "2021年度某某工程项目支出绩效自评表"],
    // after the site's 来源 and its unit: the unit is the source's
    ["发布时间:2023-05-17来源:某某市科学技术协会2022年度某某经费项目自评表", "2022年度某某经费项目自评表"],
  ])("%s", (head, title) => {
    expect(cutAtRowStarts(head + FORM)).toContain(title);
  });

  it.each([
    // after a site's label left with no value (背景色:), the page's title a dossier's other form
    ["某某局2022年项目支出绩效目标表浏览次数:来源:某某局文字大小:背景色:项目支出绩效自评表(2022年度)", "项目支出绩效自评表(2022年度)"],
    // after a breadcrumb's mark
    ["首页>信息公开>项目支出绩效自评表", "项目支出绩效自评表"],
  ])("%s: the title begins at 项目", (head, title) => {
    expect(cutAtRowStarts(head + FORM)).toContain(title);
  });

  it.each([
    // a unit's name before the year, at the line's start: the title's own
    ["某某县文化馆2022年度某某工程项目自评表", "某某县文化馆2022年度某某工程项目自评表"],
    // a sentence's words before the year: no site's or dossier's words, no cut
    ["根据要求编制2022年度某某工程项目自评表", "根据要求编制2022年度某某工程项目自评表"],
  ])("leaves %s whole", (head, title) => {
    expect(cutAtRowStarts(head + FORM)[0]).toBe(title);
  });
});

// A department-wide form's title whose 部门 carries its bracketed 单位 before 整体支出, flattened with
// the form onto one line: the bracketed word is the title's, not an edge to cut at. All text made up.
describe("a department title's 部门（单位） stays in the title", () => {
  const DEPARTMENT_FORM = "部门(单位)名称某某区农业农村局部门预算编码151002年度主要任务任务名称主要内容预算金额(万元)总额财政拨款其他资金";
  it.each([
    ["某某区农业农村局2021年度部门（单位）整体支出绩效自评表", "某某区农业农村局2021年度部门（单位）整体支出绩效自评表"],
    ["某某区农业农村局2021年度部门(单位)整体支出绩效自评表", "某某区农业农村局2021年度部门(单位)整体支出绩效自评表"],
    // after a site's label left with no value, the title still begins at its unit's name
    ["浏览次数:某某区农业农村局2021年度部门（单位）整体支出绩效自评表", "某某区农业农村局2021年度部门（单位）整体支出绩效自评表"],
  ])("%s", (head, title) => {
    expect(cutAtRowStarts(head + DEPARTMENT_FORM)).toContain(title);
  });
});

// A page of several department forms run together onto one line: the next form's title runs on after
// the form before it ends on its total and the total's figures. The title begins after the figures (at
// its year when it prints one first), and the total keeps them. All text made up.
describe("a department title run on after a total's figures", () => {
  const NEXT = "部门(单位)名称某某区林业局部门预算编码402001年度主要任务任务名称主要内容预算金额(万元)总额财政拨款其他资金";
  it.each([
    ["服务对象满意度≥90%92%2020总分10089.7", "某某区林业局2021年度部门整体支出绩效自评表", "总分10089.7"],
    ["服务对象满意度≥90%92%2020自评总分10096", "部门整体支出绩效自评表", "自评总分10096"],
    ["服务对象满意度≥90%92%2020合计:10088", "2022年度某某区林业局部门整体支出绩效自评表", "合计:10088"],
  ])("%s / %s", (before, title, total) => {
    const pieces = cutAtRowStarts(before + title + NEXT);
    expect(pieces).toContain(title);
    expect(pieces.some((p) => p.endsWith(total))).toBe(true);
  });
});

// A portal's article line ending on its validity (效力状态:有效, 有效性:现行有效) before a project title, and a
// page's heading naming an attached file (…自评表.xlsx) before the form's own title: the site's words
// and the file's extension are no part of the title. All text made up.
describe("a project title after a portal's validity or an attached file's name", () => {
  it.each([
    ["索引号:000111/2023-00042发布日期:2023年05月06日主题分类:财政效力状态:有效项目支出绩效自评表(2022年度)", "项目支出绩效自评表(2022年度)"],
    ["发文单位:某某局有效性:现行有效2022年度某某工程项目自评表", "2022年度某某工程项目自评表"],
  ])("%s", (head, title) => {
    expect(cutAtRowStarts(head + FORM)).toContain(title);
  });

  it.each([
    ["某某专项资金绩效自评表.xlsx某某县项目支出绩效自评表(2022年度)", ["某某专项资金绩效自评表.xlsx", "某某县项目支出绩效自评表(2022年度)"]],
    ["2022年度某某维护项目绩效自评表.pdf某某市财政预算支出项目绩效目标自评表", ["2022年度某某维护项目绩效自评表.pdf", "某某市财政预算支出项目绩效目标自评表"]],
  ])("%s", (head, rows) => {
    expect(cutAtRowStarts(head + FORM).slice(0, 2)).toEqual(rows);
  });

  it("leaves a title after a sentence's 有效 whole (no validity label)", () => {
    expect(cutAtRowStarts("措施切实有效2022年度某某工程项目自评表" + FORM)[0]).toBe("措施切实有效2022年度某某工程项目自评表");
  });
});

// A document site's page: each page's thumbnail captioned with the title and its page mark
// (…自评报告表_第2页), then its lead-in (文档简介) before the form's own title. All text made up.
describe("a document site's page marks after titles and its lead-in before the form's title", () => {
  it("cuts after each page mark and begins the form's title after the lead-in", () => {
    const head = "2022年项目绩效自评报告表_第1页2022年项目绩效自评报告表_第2页已阅读2页,还剩1页未读文档简介2022年项目绩效自评报告表(实施单位用)";
    expect(cutAtRowStarts(head + FORM).slice(0, 4)).toEqual(["2022年项目绩效自评报告表_第1页", "2022年项目绩效自评报告表_第2页", "已阅读2页,还剩1页未读文档简介", "2022年项目绩效自评报告表(实施单位用)"]);
  });
});

// The form's year in brackets run on after a site's words, right before the form's first label: a row of
// its own, as the form prints it under its title. All text made up.
describe("a bracketed year before a row's label", () => {
  it.each([
    ["某某专项资金转移支付区域(项目)绩效自评表发布日期:2025-01-17项目地区:某省某市(2024年度)", "(2024年度)"],
    ["某某专项资金转移支付区域(项目)绩效自评表招标公司:某某县人民政府( 2024 年度)", "( 2024 年度)"],
  ])("%s", (head, year) => {
    expect(cutAtRowStarts(head + FORM)).toContain(year);
  });

  it("leaves a year that ends a sentence's bracket before a value, not a label, in its row", () => {
    expect(cutAtRowStarts("项目支出绩效自评表" + FORM + "年度总体目标完成某某建设(2024年度)任务")).not.toContain("(2024年度)任务");
  });
});

// A project's self-evaluation printed as a report (项目支出绩效自评报告), its title printed twice by the
// page (a heading, then the report's own with its year), run onto one line. All text made up.
describe("a project self-evaluation report's title ends its row", () => {
  it("cuts after each copy of the title", () => {
    const rows = cutAtRowStarts("某某县某某局2023年某某补助资金项目支出绩效自评报告某某县某某局2023年某某补助资金项目支出绩效自评报告(2024年度)部门名称(公章):某某县某某局项目单位:某某县某某局某某科主管部门:某某县某某局" + FORM);
    expect(rows.slice(0, 3)).toEqual(["某某县某某局2023年某某补助资金项目支出绩效自评报告", "某某县某某局2023年某某补助资金项目支出绩效自评报告(2024年度)", "部门名称(公章):某某县某某局"]);
  });
});

// A bare project title with its year after it (`项目支出绩效自评表(2021年度)`, the national template's
// title line) run on after a report's prose or a list of projects, a whole page on one line: it begins
// its row at its kind; after a dossier's attachment number, a titled project's name stays its own. All
// text made up.
describe("a bare project title with its year run on after other text", () => {
  it.each([
    // after a sentence's end
    ["下一步将按绩效目标逐项推进各项工作。项目支出绩效自评表(2021年度)", "项目支出绩效自评表(2021年度)"],
    // its opening bracket lost, the year spaced
    ["下一步将按绩效目标逐项推进各项工作。项目支出绩效自评表2021 年度)", "项目支出绩效自评表"],
    // after a list of projects run together, longer than a unit's name with no edge
    ["序号项目名称1某某街道公共照明维护项目2某某社区道路修缮工程项目项目支出绩效自评表(2023年度)", "项目支出绩效自评表(2023年度)"],
    // after an attachment's number: the project's name is the title's
    ["附件2某某县道路养护专项资金项目绩效目标自评表(2022年度)", "某某县道路养护专项资金项目绩效目标自评表(2022年度)"],
    ["目录为某某社区道路修缮工程项目支出绩效评价得分表附件1某某社区道路修缮工程项目绩效目标自评表(2022年度)", "某某社区道路修缮工程项目绩效目标自评表(2022年度)"],
  ])("%s", (head, title) => {
    expect(cutAtRowStarts(head + FORM)).toContain(title);
  });

  it.each([
    // a unit's name before it, an edge within a name's length: the title's own head
    ["主题:某某县项目支出绩效自评表(2022年度)", "某某县项目支出绩效自评表(2022年度)"],
    // a year in the head: left to the rules of titles with a year
    ["某某县人民政府办公室印发通知2021年度某某县项目支出绩效自评表(2021年度)", "项目支出绩效自评表(2021年度)"],
    // no year after it: a mention in a sentence, no title line
    ["按要求填写了某某街道公共照明维护项目与某某社区道路修缮工程的项目支出绩效自评表并报送", "项目支出绩效自评表并报送"],
  ])("does not cut %s at the kind", (head, piece) => {
    expect(cutAtRowStarts(head + FORM).some((p) => p.startsWith(piece))).toBe(false);
  });
});

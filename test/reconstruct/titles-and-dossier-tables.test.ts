/**
 * Titles and the parts of a dossier around a form, as the field corpus showed them: a document
 * site's lead-in in traditional characters, a title's note of who fills it in run into a flattened
 * preview, the 基本情况 labels of a 项目绩效自评报告表, a table of contents naming the forms a report
 * holds, an evaluation report, and an attachment's table of amounts before a 绩效目标表. All text is
 * made up.
 */
import { describe, expect, it } from "vitest";
import { cutAtRowStarts } from "../../src/reconstruct/text-rows/flattened-form.js";
import { parse } from "../../src/pipeline.js";
import { isTitle, isTitledFileName, otherFormName } from "../../src/reconstruct/row-classifier.js";
import { coverMarksSelfEvaluation } from "../../src/reconstruct/self-evaluation-cover.js";

const read = (text: string) => parse(Buffer.from(text), { path: "made-up.txt" });
const otherForms = (doc: Awaited<ReturnType<typeof read>>) => doc.diagnostics.filter((d) => d.code === "other-form").length;

describe("a title", () => {
  it.each([
    ["文档介绍:项目支出绩效自评表", true],
    ["文檔介紹:項目支出績效自評表", true],
    ["文檔簡介:項目支出績效自評表", true],
    ["內容預覽:項目支出績效自評表", true],
    ["1、项目支出绩效自评表", true],
    // a covering notice's sentence run onto the title's line
    ["予以公布,详细情况列后:项目支出绩效自评表(2022年度)", true],
    ["现将有关情况公布如下:项目支出绩效自评表", true],
    ["项目支出绩效自评表填报说明如下:", false],
    // a portal's heading over the article run onto the title's line (printed twice by some portals)
    ["政府信息公开某某补助资金区域绩效目标自评表", true],
    ["内容详情内容详情区级部门预算项目支出绩效自评表", true],
    ["信息公开 某某县项目支出绩效自评表", true],
    ["附件2、项目支出绩效自评表", true],
    // an entry of a table of contents run on after the one before it
    ["主管部门项目绩效自评报告4、项目绩效目标自评表", false],
    ["项目基本情况3、项目支出绩效自评表", false],
  ])("%s → %s", (text, expected) => {
    expect(isTitle(text)).toBe(expected);
  });

  it("keeps an attachment's number and its part (附件3-2) out of the title", async () => {
    const text = ["附件3-2项目支出绩效自评表(2022年度)", "项目名称某某项目经费", "主管部门某某县民政局", "实施单位某某县民政局", ""].join("\n");
    const doc = await read(text);
    expect(doc.forms.map((f) => [f.title, f.year])).toEqual([["项目支出绩效自评表", 2022]]);
  });

  it("keeps a covering notice's words out of the title", async () => {
    const text = ["现把某某县2022年某某项目绩效目标申报表予以公布,详细情况列后:项目支出绩效自评表(2022年度)", "项目名称某某项目经费", "主管部门某某县民政局", "实施单位某某县民政局", ""].join("\n");
    const doc = await read(text);
    expect(doc.forms.map((f) => [f.title, f.year, f.projectName])).toEqual([["项目支出绩效自评表", 2022, "某某项目经费"]]);
  });

  it("keeps a traditional document site's lead-in out of the title", async () => {
    const text = ["文檔介紹:項目支出績效自評表", "（2022年度）", "項目名稱", "某某鎮道路養護經費", "主管部門", "某某縣交通運輸局", "實施單位", "某某鎮人民政府", ""].join("\n");
    const doc = await read(text);
    expect(doc.forms[0]?.title).toBe("項目支出績效自評表");
    expect(doc.forms[0]?.projectName).toBe("某某鎮道路養護經費");
  });
});

describe("the other forms of a dossier", () => {
  it.each([
    ["某某县某某局部门整体支出绩效评价报告", "绩效评价报告"],
    ["某某市2020年度项目支出绩效评价报告", "绩效评价报告"],
    // a department's self-evaluation report is a form of ours
    ["某某县2021年度项目支出绩效评价自评报告", null],
  ])("%s → %s", (text, expected) => {
    expect(otherFormName(text)).toBe(expected);
  });

  it("reads an evaluation report flattened onto one line, its table of contents naming a self-evaluation, as another form", async () => {
    const line =
      "某某县某某服务中心部门整体支出绩效评价报告 某某县某某服务中心 目 录 1、项目基本情况 2、项目支出明细表 3、主管部门项目绩效自评报告 4、项目绩效目标自评表 5、附件 " +
      "某某县预算支出项目绩效评价报告 项目名称 乡村助理员补贴 项目单位 某某县某某服务中心 主管部门 某某县某某服务中心 项目负责人 某某某 计划安排资金(万元) 12.5 实际支出(万元) 12.5";
    const doc = await read(line + "\n");
    expect(doc.forms).toHaveLength(0);
    expect(otherForms(doc)).toBeGreaterThan(0);
  });

  it("drops an attachment's table of amounts before a 绩效目标表: no form, one other form", async () => {
    const text = [
      "附件1 | | | |",
      "2019年某某补助资金安排表 | | | |",
      "单位:元 | | | |",
      "单 位 | 全年补助资金 | 其中:提前下达 | 其中:本次下达 |",
      "小计 | 提前下达 | 本次下达 | 小计 |",
      "某某县第一职业中学 | 1,250,000 | 1,000,000 | 250,000 |",
      "附件2 | | | |",
      "某某补助资金绩效目标表 | | | |",
      "(2019年度) | | | |",
      "专项名称 | 某某补助资金 | | |",
      "",
    ].join("\n");
    const doc = await read(text);
    expect(doc.forms).toHaveLength(0);
    expect(otherForms(doc)).toBe(1);
  });

  it("keeps a form whose funds come before a title-less header when no other form follows", async () => {
    const text = [
      "项目名称 | 某某经费 | | |",
      "项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 |",
      "年度资金总额 | 10 | 10 | 9 |",
      "",
    ].join("\n");
    const doc = await read(text);
    expect(doc.forms).toHaveLength(1);
    expect(doc.forms[0]?.funds.rows[0]?.executed).toBe(9);
  });
});

describe("a 项目绩效自评报告表 flattened onto one line", () => {
  const line =
    "2023年项目绩效自评报告表(实施单位用)填报单位:某某县农业技术推广站填报日期:2024年3月1日基本情况项目名称某某良种示范推广经费项目主要内容推广新品种三个并开展技术培训四期,建成示范片两处。" +
    "项目单位某某县农业技术推广站主管部门某某县农业农村局单位负责人某某某项目负责人某某某项目属性√经常性□一次性资金总额及构成总额20万元项目起止时间2023年1月起至2023年12月止";

  it("keeps the title's note of who fills it in on the title's row", () => {
    expect(cutAtRowStarts(line)[0]).toBe("2023年项目绩效自评报告表(实施单位用)");
  });

  it("reads the title, and the project's name apart from its main content", async () => {
    const doc = await read(line + "\n");
    const form = doc.forms[0]!;
    expect(form.title).toBe("2023年项目绩效自评报告表(实施单位用)");
    expect(form.year).toBe(2023);
    expect(form.projectName).toBe("某某良种示范推广经费");
    expect(form.implementingUnit).toBe("某某县农业技术推广站");
    expect(form.department).toBe("某某县农业农村局");
  });

  it("reads the same in traditional characters", async () => {
    const { toTraditional } = await import("../../src/normalise/script.js");
    const doc = await read(toTraditional(line) + "\n");
    const form = doc.forms[0]!;
    expect(form.title).toBe(toTraditional("2023年项目绩效自评报告表(实施单位用)"));
    expect(form.projectName).toBe(toTraditional("某某良种示范推广经费"));
  });
});

describe("a self-evaluation whose title was lost, after another form of the dossier", () => {
  // An evaluation report's title and its list of projects, then the report's self-evaluation
  // table printed with no title of its own (a page that starts after it, a converter that dropped it).
  const report = ["某某县某某局2022年度项目绩效评价报告", "序号 |", "项目名称 |", "1 |", "乡村道路养护经费 |", "2 |", "办公设备购置经费 |"];
  const table = (fundsHeader: string[]) => [
    "(2022年度) |",
    "项目名称 |",
    "乡村道路养护经费 |",
    "主管部门 |",
    "某某县某某局 |",
    "实施单位 |",
    "某某县某某局 |",
    "项目资金 |",
    ...fundsHeader.map((c) => `${c} |`),
    "年度资金总额: |",
    "80 |",
    "80 |",
    "76 |",
    "10 |",
    "95% |",
    "9.5 |",
  ];

  it("reads the table as a self-evaluation from its header block on", async () => {
    const doc = await read([...report, ...table(["年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"])].join("\n"));
    expect(otherForms(doc)).toBe(1);
    expect(doc.forms).toHaveLength(1);
    const form = doc.forms[0]!;
    expect(form.projectName).toBe("乡村道路养护经费");
    expect(form.department).toBe("某某县某某局");
    expect(form.year).toBe(2022);
    const total = form.funds.rows.find((r) => r.key === "total");
    expect([total?.annualBudget, total?.executed]).toEqual([80, 76]);
    expect([form.funds.executionRatePercent, form.funds.score]).toEqual([95, 9.5]);
  });

  it("reads the header block on over the funds label whose unit and points stand on lines of their own", async () => {
    // (预算执行情况(万元) / (20分) / 预算数(A) …: the label's points under it, then the column names.)
    const lines = [
      "某某县某某局2022年度项目绩效评价报告",
      "单位名称:某某县某某局 填报日期:2023年5月10日",
      "项目名称 乡村道路养护经费",
      "主管部门 某某县某某局 项目实施单位 某某县公路站",
      "预算执行情况(万元)",
      "(20分)",
      "预算数(A) 执行数(B) 执行率(B/A) 得分",
      "年度财政资金总额 80 76 95 19",
      "一级指标 二级指标 三级指标 年初目标值(A) 实际完成值(B) 得分",
      "产出指标 数量指标 养护里程 ≥30公里 32公里 20",
    ];
    const doc = await read(lines.join("\n"));
    expect(otherForms(doc)).toBe(1);
    expect(doc.forms).toHaveLength(1);
    const form = doc.forms[0]!;
    expect([form.projectName, form.department, form.implementingUnit]).toEqual(["乡村道路养护经费", "某某县某某局", "某某县公路站"]);
    expect([form.funds.unit, form.funds.weight]).toEqual(["万元", 20]);
  });

  it("reads it after a 基础数据表 too (the base-data table printed before the form whose title was lost)", async () => {
    // A base-data table is a table of its own, and scores nothing: a funds header that scores
    // spending after it begins the self-evaluation, as in a report.
    const baseData = ["部门整体支出绩效评价基础数据表", "财政供养人员情况 |", "编制数 |", "实际在职人数 |", "12 |", "11 |", "三公经费 |", "3.5 |", "3.1 |"];
    const doc = await read([...baseData, ...table(["年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"])].join("\n"));
    expect(otherForms(doc)).toBe(1);
    expect(doc.forms).toHaveLength(1);
    expect(doc.forms[0]!.projectName).toBe("乡村道路养护经费");
    const total = doc.forms[0]!.funds.rows.find((r) => r.key === "total");
    expect([total?.annualBudget, total?.executed]).toEqual([80, 76]);
  });

  it("leaves even a table that scores spending inside a 绩效目标表 (contract: another form of the dossier is never read as a Form)", async () => {
    const doc = await read(["某某县某某局2022年项目支出绩效目标表", ...table(["年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"])].join("\n"));
    expect(otherForms(doc)).toBe(1);
    expect(doc.forms).toHaveLength(0);
  });

  it("leaves a table that scores no spending inside the other form (an application's budget, a monitoring sheet)", async () => {
    const doc = await read([...report, ...table(["年初预算数", "全年预算数", "1-9月执行数", "执行率", "全年预计执行数", "偏差原因"])].join("\n"));
    expect(otherForms(doc)).toBe(1);
    expect(doc.forms).toHaveLength(0);
  });
});

describe("an evaluation report whose cover says the unit evaluated itself", () => {
  const cover = (ticks: string[]) => ["某某县财政支出政策绩效评价报告", "项目名称 2020年乡村文化活动专项资金", "项目单位 某某县文化和广电旅游体育局", "主管部门 某某县财政局", ...ticks, "2021年 11月15日"];
  const rows = (lines: string[]) => lines.map((text) => ({ cells: [{ text, source: { line: 1 } }], boundaries: "exact" as const }));

  it.each([
    [["评价方式:部门(单位)绩效自评R 财政部门组织评价□"], true],
    [["评价方式:部门(单位)绩效自评☑ 财政部门组织评价□"], true],
    [["组织方式:□财政部门□主管部门☑项目单位", "评价机构:□中介机构□专家组☑项目单位评价组"], true],
    [["评价方式:√单位自评 □财政部门组织评价"], true],
    // the ticked box's glyph lost with its font, the empty boxes kept
    [["组织方式:□财政部门□主管部门 项目单位", "评价机构:□中介机构□专家组 项目单位评价组"], true],
    [["评价机构:□中介机构 专家组 □项目单位评价组"], false],
    // a cover run together, cut again at its labels: the ticked box ends one row, its option opens the next
    [["评价机构:□中介机构□专家组☑", "项目单位", "评价组"], true],
    [["评价机构:□中介机构☑", "专家组□", "项目单位评价组"], false],
    // unticked, or ticked for someone else
    [["评价方式:部门(单位)绩效自评□ 财政部门组织评价R"], false],
    [["评价机构:☑中介机构 □项目单位评价组"], false],
    [["评价方式:部门(单位)绩效自评 财政部门组织评价"], false],
  ])("%j → %s", (ticks, expected) => {
    expect(coverMarksSelfEvaluation(rows(cover(ticks)), 0)).toBe(expected);
  });

  it("reads the report as a form when the self-evaluation is ticked, and as another form when not", async () => {
    const own = await read(cover(["评价方式:部门(单位)绩效自评R 财政部门组织评价□"]).join("\n"));
    expect(own.forms).toHaveLength(1);
    expect(own.forms[0]!.title).toBe("某某县财政支出政策绩效评价报告");
    expect(own.forms[0]!.projectName).toBe("2020年乡村文化活动专项资金");
    expect(own.forms[0]!.implementingUnit).toBe("某某县文化和广电旅游体育局");
    expect(otherForms(own)).toBe(0);
    // The cover's option lists name no field, whatever label an option spells (项目单位, 主管部门),
    // even when a cell holds the option alone (a spreadsheet's cells, a reader's split).
    const cells = ["某某县财政支出项目绩效评价报告", "项目名称:\t某某县森林补偿基金", "项目单位:\t某某县林业局生态中心", "主管部门:\t某某县林业局", "组织方式:□财政部门\t□主管部门\t项目单位", "评价机构:\t□中介机构□专家组\t项目单位\t评价组"];
    const options = await read(cells.join("\n"));
    expect(options.forms.map((f) => [f.implementingUnit, f.department])).toEqual([["某某县林业局生态中心", "某某县林业局"]]);
    const financeBureaus = await read(cover(["评价方式:部门(单位)绩效自评□ 财政部门组织评价R"]).join("\n"));
    expect(financeBureaus.forms).toHaveLength(0);
    expect(otherForms(financeBureaus)).toBe(1);
  });
});

// A document site's or portal's link to the form's file, named as a title with its extension: page
// furniture, not a title and not a fund row (项目支出 is a department form's fund row label). All text made up.
describe("a title with a file's extension", () => {
  it.each([
    ["项目支出绩效自评表.docx", true],
    ["某某专项资金绩效自评表.xlsx", true],
    ["2022年度某某维护项目绩效自评表.pdf", true],
    ["项目支出绩效自评表", false],
    ["某某局工作总结.docx", false],
    ["项目支出.docx", false],
  ])("%s → %s", (text, expected) => {
    expect(isTitledFileName(text)).toBe(expected);
  });

  it("leaves a portal's heading out of the title it runs into", async () => {
    const doc = await read("政府信息公开某某补助资金区域绩效目标自评表\n项目名称 某某补助资金\n主管部门 某某局\n");
    expect(doc.forms.map((f) => f.title)).toEqual(["某某补助资金区域绩效目标自评表"]);
  });

  it("reads the form after a preview's file links run onto its line", async () => {
    const line = "文档名称:项目支出绩效自评表.docx格式:docx大小:57KB项目支出绩效自评表.docx上传人:某某文档介绍:项目支出绩效自评表(2022年度)项目名称某某检测经费主管部门某某局实施单位某某局项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额30301010100%10";
    const doc = await read(line + "\n");
    expect(doc.forms.map((f) => [f.template, f.title, f.year, f.projectName])).toEqual([["project", "项目支出绩效自评表", 2022, "某某检测经费"]]);
  });
});

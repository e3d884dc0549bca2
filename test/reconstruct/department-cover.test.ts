/**
 * The department-wide form told apart without a title that names it, and its cover page as pages
 * give it: one cell a line, the title broken over two lines, run together onto one line. Text
 * written for this test, each value typed by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const read = async (lines: string[]) => (await parse(lines.join("\n"), { path: "cover.txt" })).forms[0]!;

describe("a department-wide form whose title does not name it", () => {
  const sheet = [
    "序号 | 一级指标 | 二级指标 | 三级指标 | 指标分值 | 指标解释 | 评分标准 | 自评得分 |",
    "1 | 投入 | 预算编制 | 预算编制科学性 | 5 | 预算编制是否合理 | 合理得5分，否则不得分 | 5 |",
    "2 | 投入 | 预算编制 | 基础信息完整性 | 3 | 基础信息是否完整 | 完整得3分，缺一项扣1分 | 2 |",
  ];

  it("reads an untitled scoring sheet (指标解释, 评分标准) as the department form, its 评分标准 kept", async () => {
    const f = await read(sheet);
    expect(f.template).toBe("department");
    expect(f.indicators.map((i) => [i.level3, i.weight, i.score, i.method])).toEqual([
      ["预算编制科学性", 5, 5, "合理得5分，否则不得分"],
      ["基础信息完整性", 3, 2, "完整得3分，缺一项扣1分"],
    ]);
  });

  it("keeps the same sheet a project form when it names its project", async () => {
    const f = await read(["项目名称 | 某县图书馆免费开放 |", ...sheet]);
    expect(f.template).toBe("project");
    expect(f.projectName).toBe("某县图书馆免费开放");
  });

  it("reads a form under the family's bare name with 部门(单位)名称 as the department form", async () => {
    const f = await read([
      "2022年度绩效自评表 |",
      "部门(单位)名称 | 某县农业农村局 |",
      "年度总体目标 | 预期目标 | 实际完成情况 |",
      "| 完成全年农业技术推广任务 | 已完成全年农业技术推广任务 |",
    ]);
    expect([f.template, f.department, f.goals.expected]).toEqual(["department", "某县农业农村局", "完成全年农业技术推广任务"]);
  });

  it("keeps an untitled project form with 项目名称 and 主管部门 a project form", async () => {
    const f = await read(["| 项目名称 | 某县图书馆免费开放 |", "| 主管部门 | 某县文化和旅游局 |", "| 实施单位 | 某县图书馆 |"]);
    expect([f.template, f.department]).toEqual(["project", "某县文化和旅游局"]);
  });
});

describe("a department form's cover page", () => {
  const expected = ["department", "某县2022年度部门整体支出绩效评价自评报告", 2022, "某县农业农村局"];
  const fields = (f: Awaited<ReturnType<typeof read>>) => [f.template, f.title, f.year, f.department];

  it("ends the unit's name at the cover's next label when each cell is a line (评价方式, 评价机构)", async () => {
    const f = await read([
      "某县2022年度部门整体支出绩效评价自评报告", "",
      "部门(单位)名称", "", "某县农业农村局", "",
      "评价方式", "", "部门(单位)绩效自评", "",
      "评价机构", "", "部门(单位)评价组", "",
      "联系人", "", "张三", "",
    ]);
    expect(fields(f)).toEqual(expected);
  });

  it("joins a title the page broke over two lines, which then names the department form", async () => {
    const f = await read(["某县2022年度部门整体支出", "绩效评价自评报告", "(2022年度)", "部门(单位)名称", "某县农业农村局", "评价方式", "部门(单位)绩效自评"]);
    expect(fields(f)).toEqual(expected);
  });

  it("keeps a year line printed above the title as the form's year", async () => {
    const f = await read(["2022年度", "部门整体支出绩效评价自评报告", "部门(单位)名称：某县农业农村局", "评价方式：部门(单位)绩效自评"]);
    expect(fields(f)).toEqual(["department", "部门整体支出绩效评价自评报告", 2022, "某县农业农村局"]);
  });

  it("does not join a sentence before a title", async () => {
    const f = await read(["本表由各单位填报，报送财政局。", "绩效自评表", "项目名称", "某县图书馆免费开放", "主管部门", "某县文化和旅游局"]);
    expect([f.title, f.projectName]).toEqual(["绩效自评表", "某县图书馆免费开放"]);
  });

  it("cuts a cover run together onto one line at its title and its labels", async () => {
    const f = await read([
      "某县2022年度部门整体支出绩效评价自评报告部门(单位)名称:某县农业农村局评价方式:部门(单位)绩效自评评价机构:部门(单位)评价组报告日期:2023年3月1日一、部门(单位)基本概况联系人张三联络电话0730-1234567",
    ]);
    expect(fields(f)).toEqual(expected);
  });

  it("cuts a flattened page before a title run on after the site's text, and after the year that follows it", async () => {
    const f = await read([
      "信息公开>审计信息>某县农业农村局部门整体支出绩效评价自评报告浏览次数:3 附件1:某县2022年度部门整体支出绩效评价自评报告2022年度)部门(单位)名称某县农业农村局部门(单位)主要负责人李四评价方式:部门(单位)绩效自评评价机构:部门(单位)评价组",
    ]);
    expect(fields(f)).toEqual(expected);
  });
});

describe("a department form's cover on a document site's flattened page", () => {
  const fields = (f: Awaited<ReturnType<typeof read>>) => [f.template, f.title, f.year, f.department];

  it("leaves a site's counter or an attachment's number before the title out of it (digits that are no year)", async () => {
    const f = await read([
      "信息公开>某县农业农村局 2023-03-01 浏览量:1某县2022年度部门整体支出绩效评价自评报告部门(单位)名称:某县农业农村局评价方式:部门(单位)绩效自评评价机构:部门(单位)评价组报告日期:2023年3月1日",
    ]);
    expect(fields(f)).toEqual(["department", "某县2022年度部门整体支出绩效评价自评报告", 2022, "某县农业农村局"]);
  });

  it("keeps 部门(单位) in a title run on after an attachment's number", async () => {
    const f = await read([
      "附件2-1某区2021年度部门(单位)整体支出绩效评价自评报告部门(单位)名称:某区文化旅游局预算编码:601001评价方式:部门(单位)绩效自评评价机构:部门(单位)评价组报告日期:2022年6月25日",
    ]);
    expect(fields(f)).toEqual(["department", "某区2021年度部门(单位)整体支出绩效评价自评报告", 2021, "某区文化旅游局"]);
  });

  it("cuts a preview that begins with the form's title at the one label after it", async () => {
    const f = await read([
      "2020年度部门整体支出绩效自评表部门名称某县司法局年度总体目标年初设定目标全年完成情况一是研究全县法治建设中的重要问题，向县委县政府提出推进依法治县的工作建议。已研究全县法治建设中的重要问题，提出工作建议。",
    ]);
    expect(fields(f)).toEqual(["department", "2020年度部门整体支出绩效自评表", 2020, "某县司法局"]);
  });

  it("reads a year run onto a 自评报告 title as the year, not part of the title", async () => {
    const f = await read([
      "部门整体支出绩效评价自评报告(2023年度)评价类型:项目完成结果评价部门(单位)全称:某市人民检察院主管部门审核意见:财政部门审核意见:填报日期2024年2月26日某市财政局制部门整体支出绩效评价报告(参考提纲)一、部门基本情况(一)部门职能与机构设置",
    ]);
    expect(fields(f)).toEqual(["department", "部门整体支出绩效评价自评报告", 2023, "某市人民检察院"]);
  });
});

describe("a site's heading above a cover whose title is broken over two lines", () => {
  it("takes the cover's own title, joined, over the site's heading", async () => {
    const f = await read([
      "某县纪念馆2020年度部门整体支出绩效评价自评报告",
      "附件2-1",
      "某市2020年度部门整体支出",
      "绩效评价自评报告",
      "部门(单位)名称: 某县纪念馆",
      "评价方式:部门(单位)绩效自评",
    ]);
    expect([f.template, f.title, f.year, f.department]).toEqual(["department", "某市2020年度部门整体支出绩效评价自评报告", 2020, "某县纪念馆"]);
  });
});

describe("a cover after another form of the dossier", () => {
  it("joins the cover's title broken over two lines after a 基础数据表, whose rows stay its own", async () => {
    const doc = await parse(
      [
        "部门整体支出绩效评价基础数据表",
        "财政供养人员情况", "编制数", "2022年实际在职人数", "控制率",
        "45", "43", "95.56%",
        "三公经费", "12.5", "10", "9.8",
        "某区2022年度部门(单位)整体支出",
        "绩效评价自评报告",
        "部门(单位)名称: 某区文化旅游局",
        "评价方式:部门(单位)绩效自评",
      ].join("\n"),
      { path: "cover.txt" },
    );
    const f = doc.forms[0]!;
    expect([doc.forms.length, f.template, f.title, f.year, f.department]).toEqual([1, "department", "某区2022年度部门(单位)整体支出绩效评价自评报告", 2022, "某区文化旅游局"]);
  });
});

describe("a department title that does not print 部门", () => {
  it("reads 某镇整体支出绩效评价表 as the department form's title", async () => {
    const f = await read([
      "某镇2022年度整体支出绩效评价表 |",
      "单位名称 | 某镇人民政府 |",
      "年度总体目标 | 预期目标 | 实际完成情况 |",
      "| 保障机构正常运转，完成年度各项工作任务 | 机构运转正常，年度各项工作任务已完成 |",
    ]);
    expect([f.template, f.title, f.year, f.department]).toEqual(["department", "某镇2022年度整体支出绩效评价表", 2022, "某镇人民政府"]);
  });
});

describe("单位名称 before what makes a form the department's", () => {
  it("names the department when a 预算编码 after it makes the untitled form the department form", async () => {
    const f = await read([
      "单位名称 | 某镇人民政府 |",
      "预算编码 | 601001 |",
      "年度总体目标 | 预期目标 | 实际完成情况 |",
      "| 保障机构正常运转 | 机构运转正常 |",
    ]);
    expect([f.template, f.department, f.departmentCode]).toEqual(["department", "某镇人民政府", "601001"]);
  });

  it("leaves a project form's 单位名称 out of its 主管部门", async () => {
    const f = await read(["单位名称 | 某县图书馆 |", "项目名称 | 某县图书馆免费开放 |", "实施单位 | 某县图书馆 |"]);
    expect([f.template, f.department, f.projectName]).toEqual(["project", null, "某县图书馆免费开放"]);
  });
});

describe("the Yunnan layout's rows under 部门名称, one cell a line", () => {
  it("ends the unit's name at 内容 | 说明 and 部门总体目标 | 部门职责", async () => {
    const f = await read([
      "2020年度部门整体支出绩效自评表",
      "部门名称", "某县司法局",
      "内容", "说明",
      "部门总体目标", "部门职责",
      "一是研究全县法治建设中的重要问题，向县委县政府提出推进依法治县的工作建议。二是牵头推进法治政府建设。",
    ]);
    expect([f.template, f.title, f.year, f.department]).toEqual(["department", "2020年度部门整体支出绩效自评表", 2020, "某县司法局"]);
  });
});

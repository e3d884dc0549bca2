/**
 * A government portal's article line (索引号 | 主题分类 | 发布机构 | 成文日期 | 文件编号 | 有效性) run
 * together with the form's title on one line: the 有效性 label's value (有效, 现行有效, 失效) is the
 * site's, not the head of the title's unit name (flattened-form.ts, titleBegin). Text written for this test.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const page = (validity: string, title: string) =>
  `索 引 号: 1234/2023-00012主题分类: 财政、金融、审计发布机构: 某县某镇成文日期: 2023-06-30文件编号:${validity}${title}( 2022 年度)` +
  "评价类型: 项目实施过程评价 项目完成结果评价部门(单位)全称: 某镇人民政府 (公章)主管部门审核意见:财政部门审核意见:填报日期 年 月 日" +
  "某县财政局制某镇人民政府部门整体支出绩效评价报告一、部门基本情况(一)部门职能与机构设置根据有关规定，某镇人民政府负责全镇经济社会发展各项工作。\n";

const read = async (text: string) => (await parse(text, { path: "portal.txt" })).forms.map((f) => [f.template, f.title, f.year, f.department]);

describe("a portal's 有效性 value run into a department title", () => {
  it.each([["有 效 性: 有效"], ["有效性:有效"], ["有效性：现行有效"], ["有效性: 失效"]])("%s is the site's", async (validity) => {
    expect(await read(page(validity, "部门整体支出绩效评价自评报告"))).toEqual([["department", "部门整体支出绩效评价自评报告", 2022, "某镇人民政府"]]);
  });

  it("keeps a unit's name after the value", async () => {
    expect(await read(page("有效性: 有效", "某镇人民政府部门整体支出绩效评价自评报告"))).toEqual([["department", "某镇人民政府部门整体支出绩效评价自评报告", 2022, "某镇人民政府"]]);
  });
});

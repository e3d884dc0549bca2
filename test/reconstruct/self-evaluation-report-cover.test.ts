/**
 * The cover of a 项目支出绩效自评报告 (the national self-evaluation report's layout, as Guangdong and
 * Yunnan units publish it): its title names the form, and 预算部门单位(公章) its department. Texts
 * written for this test; the expected values typed from them.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { isTitle } from "../../src/reconstruct/row-classifier.js";

describe("a 项目支出绩效自评报告's cover", () => {
  it("is a self-evaluation: title, project, year and department", async () => {
    const text = [
      "附件2",
      "项目支出绩效自评报告",
      "项目名称:某镇农村饮水安全巩固提升工程",
      "评价年度:2023",
      "预算部门单位(公章):某县水利局",
      "填报日期:2024年3月8日",
      "一、基本情况",
      "(一)项目概况",
      "1.工程覆盖三个行政村,新建蓄水池两座,铺设供水管网若干公里,解决群众饮水问题。",
      "2.项目的立项依据。按照上级有关文件要求立项实施。",
    ].join("\n");
    const f = (await parse(text + "\n", { path: "cover.txt" })).forms[0]!;
    expect([f.title, f.year, f.projectName, f.department]).toEqual(["项目支出绩效自评报告", 2023, "某镇农村饮水安全巩固提升工程", "某县水利局"]);
  });

  it.each([
    ["项目支出绩效自评报告", true],
    ["某县林业局2023年造林补助资金项目支出绩效自评报告", true],
    ["項目支出績效自評報告", true],
    // The evaluation report a third party writes is another form of the dossier.
    ["某县2023年造林补助资金项目支出绩效评价报告", false],
  ])("isTitle(%j) is %j", (text, title) => {
    expect(isTitle(text)).toBe(title);
  });
});

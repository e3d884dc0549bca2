/**
 * A department cover's title broken over three lines, the unit and year on the first
 * (`某县水利局2019年度` / `部门整体支出` / `绩效评价自评报告`): the three are one title and give the year
 * (split-title.ts); a year printed in Chinese numerals is the form's year (normalise/form.ts). Text
 * written for this test, each value typed by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const read = async (text: string) => (await parse(text, { path: "cover.txt" })).forms[0]!;

describe("a cover title broken over three lines", () => {
  it("joins the unit-and-year line, the kind and the family's name, in either script", async () => {
    const simplified = await read("附件6\n某县水利局2019年度\n部门整体支出\n绩效评价自评报告\n部门(单位)名称 某县水利局\n预算编码 301001\n评价方式:部门(单位)绩效自评\n");
    expect([simplified.template, simplified.title, simplified.year, simplified.department]).toEqual(["department", "某县水利局2019年度部门整体支出绩效评价自评报告", 2019, "某县水利局"]);
    const traditional = await read("某縣水利局2019年度\n部門整體支出\n績效評價自評報告\n部門(單位)名稱 某縣水利局\n預算編碼 301001\n");
    expect([traditional.title, traditional.year]).toEqual(["某縣水利局2019年度部門整體支出績效評價自評報告", 2019]);
  });

  it("joins them where each line is a paragraph of its own (an empty line after each), in either script", async () => {
    // The stream reads the first two lines as one row: the title's head starts two lines further up.
    const traditional = await read("某縣水利局2019年度\n\n部門整體支出\n\n績效評價自評報告\n\n部門(單位)名稱\n\n某縣水利局\n\n預算編碼\n\n301001\n\n");
    expect([traditional.template, traditional.title, traditional.year, traditional.department]).toEqual(["department", "某縣水利局2019年度部門整體支出績效評價自評報告", 2019, "某縣水利局"]);
    const simplified = await read("附件6\n\n某县水利局2019年度\n\n部门整体支出\n\n绩效评价自评报告\n\n部门(单位)名称\n\n某县水利局\n\n评价方式\n\n部门(单位)绩效自评\n\n");
    expect([simplified.title, simplified.year]).toEqual(["某县水利局2019年度部门整体支出绩效评价自评报告", 2019]);
  });

  it("joins a two-line title's head and tail run onto one line, where the head holds a label's words (部门(单位))", async () => {
    // A cover flattened with its lines parted by spaces: the head is no header row (部门(单位) is no
    // label there), and the tail cut from the same line joins it.
    const f = await read("2021年某馆绩效评价 附件2-1 某区2021年度部门(单位)整体支出 绩效评价自评报告 部门(单位)名称: 某区文化馆 预算编码:601002 评价方式:部门(单位)绩效自评 评价机构:部门(单位)评价组\n");
    expect([f.template, f.title, f.year, f.department, f.departmentCode]).toEqual(["department", "某区2021年度部门(单位)整体支出绩效评价自评报告", 2021, "某区文化馆", "601002"]);
  });

  it("reads a year printed in Chinese numerals (二〇一九年度, 二零二一年)", async () => {
    const a = await read("二〇一九年度部門整體支出績效自評報告\n部門(單位)名稱:某縣水利局\n預算編碼:301001\n");
    const b = await read("某县水利局二零二一年度部门整体支出绩效自评表\n部门(单位)名称:某县水利局\n");
    expect([a.year, b.year]).toEqual([2019, 2021]);
  });

  it("leaves a line above a two-line title that prints its own year apart", async () => {
    const f = await read("某县水利局2019年度\n某县2020年度部门整体支出\n绩效评价自评报告\n部门(单位)名称 某县水利局\n");
    expect([f.title, f.year]).toEqual(["某县2020年度部门整体支出绩效评价自评报告", 2020]);
  });
});

describe("a cover's year line labelled or in Chinese numerals", () => {
  it.each(["年度:2021", "评价年度:2021年", "所属年度:2021", "（二〇二一年度）"])("%s", async (line) => {
    const f = await read(["部门整体支出绩效评价自评报告", line, "部门(单位)名称 | 某县文化馆 |", "预算编码 | 601002 |", "联系人 | 张三 |", "联系电话 | 12345 |"].join("\n") + "\n");
    expect([f.template, f.year, f.department]).toEqual(["department", 2021, "某县文化馆"]);
  });
});

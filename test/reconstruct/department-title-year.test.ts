/**
 * A department cover whose title a PDF broke over two lines and whose 年 its font decoded as a dash
 * (`某县20 19 -度部门(单位)整体支出` / `绩效评价自评报告`), under an attachment's number line. Text
 * written for this test, each value typed by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const read = async (lines: string[]) => (await parse(lines.join("\n"), { path: "cover.txt" })).forms[0]!;

const TITLE = "某县20 19 -度部门(单位)整体支出绩效评价自评报告";

describe("a title whose 年 was decoded as a dash", () => {
  const cover = ["附件3", "某县20 19 -度部门(单位)整体支出", "绩效评价自评报告", "部门(单位)名称 某县某某服务中心", "评价方式:部门(单位)绩效自评"];

  it("joins the title's two lines and reads the year, the text spaced", async () => {
    const f = await read(cover);
    expect([f.template, f.title, f.year, f.department]).toEqual(["department", TITLE, 2019, "某县某某服务中心"]);
  });

  it("does the same one cell a line, the attachment's number no part of the title", async () => {
    const f = await read(["附件3", "某县20 19 -度部门(单位)整体支出", "绩效评价自评报告", "部门(单位)名称", "某县某某服务中心", "评价方式:部门(单位)绩效自评"]);
    expect([f.template, f.title, f.year, f.department]).toEqual(["department", TITLE, 2019, "某县某某服务中心"]);
  });

  it("reads no year from a dash that is no 年 (a range of years, 2018-2019年度)", async () => {
    const f = await read(["某县2018-2019年度部门整体支出绩效评价自评报告", "部门(单位)名称 某县某某服务中心"]);
    expect(f.year).toBe(2019);
  });
});

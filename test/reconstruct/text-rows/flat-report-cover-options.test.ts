/**
 * An evaluation report's cover and attachments run together onto one line by a document site's
 * preview: the cover's lists of options (组织方式, 评价机构) spell labels of the header (主管部门,
 * 项目单位) that start no row, 评价时间 ends the value before it, and the attachments' titles after a
 * page's number (项目绩效目标表, 项目基本信息) are rows of their own. All text made up for this test.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../../src/pipeline.js";
import { cutAtRowStarts } from "../../../src/reconstruct/text-rows/flattened-form.js";

const COVER =
  "1、2019年某某河道整治项目财政支出绩效评价报告评价类型:□实施过程评价☑完成结果评价项目名称:2019年某某河道整治项目" +
  "项目单位:某某县水务局主管部门:某某县人民政府评价时间:2020年3月2日至2020年3月9日" +
  "组织方式:□财政部门□主管部门☑项目单位评价机构:□中介机构□专家组☑项目单位评价组评价单位(盖章):某某县水务局上报时间:2020年3月20日-7-";

describe("a report's cover flattened onto one line", () => {
  it.each([
    // the boxes kept
    ["组织方式:□财政部门□主管部门☑项目单位", "评价机构:□中介机构□专家组☑项目单位评价组"],
    // the boxes lost
    ["组织方式:财政部门主管部门项目单位", "评价机构:中介机构专家组项目单位评价组"],
  ])("the options are no rows: %s", (organised, evaluator) => {
    const line = `某某报告项目名称:某某工程项目单位:某某局主管部门:某某县政府${organised}${evaluator}评价单位(盖章):某某局`;
    const rows = cutAtRowStarts(line);
    // (组织方式 itself starts no row of a flattened form: its row is cut into cells later.)
    expect(rows.filter((r) => /^(?:主管部门|项目单位)(?![:：])/.test(r))).toEqual([]);
    expect(rows).toContain(evaluator);
    expect(rows).toContain("评价单位(盖章):某某局");
  });

  it("the options end at the first label with a value after it (the labels after a choice printed with no colon)", () => {
    const line = "某某县财政支出项目绩效评价自评报告评价类型:项目实施过程评价□项目完成结果评价■项目名称某某专项项目单位某某局主管部门评价方式:部门(单位)绩效自评评价机构:部门(单位)评价组报告日期:2017年7月15日";
    const rows = cutAtRowStarts(line);
    expect(rows).toContain("项目名称某某专项");
    expect(rows).toContain("项目单位某某局");
  });

  it("names the department and the unit from their own labels, not the options", async () => {
    const doc = await parse(COVER + "项目绩效目标表项目名称:2019年某某河道整治项目指标类型绩效指标绩效目标\n", { path: "cover.txt" });
    const f = doc.forms[0]!;
    expect([f.department, f.implementingUnit]).toEqual(["某某县人民政府", "某某县水务局"]);
  });

  it.each([
    ["项目绩效目标表项目名称:某某工程", "项目绩效目标表"],
    ["项目基本信息一、项目基本情况", "项目基本信息"],
  ])("a dossier page's title after a page's number is a row: %s", (tail, title) => {
    expect(cutAtRowStarts(COVER + tail)).toContain(title);
  });

  it("the targets' page after the cover is another form of the dossier, the report's form goes on", async () => {
    const doc = await parse(COVER + "项目绩效目标表项目名称:2019年某某河道整治项目指标类型绩效指标绩效目标\n", { path: "cover.txt" });
    expect(doc.forms).toHaveLength(1);
    expect(doc.diagnostics.filter((d) => d.code === "other-form").map((d) => d.source?.text)).toEqual(["项目绩效目标表"]);
  });
});

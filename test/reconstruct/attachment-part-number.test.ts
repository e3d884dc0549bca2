/**
 * A dossier numbers a report's attachments with a part's number (附件3-2, 附件4-1): before a title it
 * is the publication's, not the title's. Texts made up for this test.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { ATTACHMENT_NUMBER } from "../../src/reconstruct/row-classifier.js";

describe("an attachment's number before a title", () => {
  it.each([
    ["附件1项目支出绩效自评表", "附件1"],
    ["附件3-2某某县财政支出项目绩效评价自评报告", "附件3-2"],
    ["附件 4－1:某某项目支出绩效自评表", "附件 4－1:"],
    // the digits of a year run on after it are the title's
    ["附件3-22019年度某某项目支出绩效自评表", "附件3"],
  ])("%s", (text, number) => {
    expect(ATTACHMENT_NUMBER.exec(text)?.[0]).toBe(number);
  });

  it("is no part of the title read", async () => {
    const text = [
      "附件3-2某某县2021年度项目支出绩效自评表",
      "| 项目名称 | 某某村道路维修 | | |",
      "| 主管部门 | 某某县交通运输局 | 实施单位 | 某某县公路站 |",
      "| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 |",
      "| 年度资金总额 | 50 | 50 | 50 |",
    ].join("\n");
    const f = (await parse(text + "\n", { path: "attachment.txt" })).forms[0]!;
    expect(f.title).toBe("某某县2021年度项目支出绩效自评表");
  });
});

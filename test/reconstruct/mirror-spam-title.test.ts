/**
 * A mirror site that put gambling words in place of a unit's name (`888娱乐app下载_bet999网址大全_…`):
 * its runs of Latin letters and digits lengthen the title without making it a sentence, so a
 * title's length counts each run as one word (row-classifier.ts). Text written for this test.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const read = async (lines: string[]) => (await parse(lines.join("\n") + "\n", { path: "mirror.txt" })).forms;
const SPAM = "888娱乐app下载_bet999网址大全_sports777官方入口";

describe("a cover title with a mirror's injected words", () => {
  it("is the title, its words as printed", async () => {
    const forms = await read([`${SPAM}水利局部门整体支出绩效自评报告`, "(2022年度)", `部门(单位)名称: ${SPAM}水利局`, "预算编码: 208001"]);
    expect(forms.map((f) => [f.template, f.title, f.year, f.department])).toEqual([["department", `${SPAM}水利局部门整体支出绩效自评报告`, 2022, `${SPAM}水利局`]]);
  });

  it("leaves a long Chinese sentence ending in a form's name no title", async () => {
    const forms = await read([
      "某县水利局部门整体支出绩效自评报告",
      "(2022年度)",
      "部门(单位)名称: 某县水利局",
      "根据县财政局关于开展二〇二二年度预算绩效自评工作的通知要求我局认真组织编制了部门整体支出绩效自评报告",
    ]);
    expect(forms).toHaveLength(1);
  });
});

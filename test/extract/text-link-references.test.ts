/**
 * A text browser's link marks (`[3]某某`) and its link list at the end (`References`, numbered
 * URLs) are not the page's text: the marks the list gives are dropped and the list blanked.
 */
import { describe, expect, it } from "vitest";
import { dropLinkReferences } from "../../src/extract/text/link-references.js";
import { parse } from "../../src/pipeline.js";

describe("dropLinkReferences", () => {
  it("drops the listed marks and blanks the list, the lines above keeping their numbers", () => {
    const text = ["   [1]甲页 > [2]乙页", "   名称 [3]丙工程", "", "References", "", "   1. https://a.example/x", "   2. file:///y/", "   3. http://a.example/z.html", ""].join("\n");
    expect(dropLinkReferences(text)).toBe(["   甲页 > 乙页", "   名称 丙工程", "", "", "", "", "", "", ""].join("\n"));
  });
  it("keeps a bracketed number the list does not give", () => {
    const text = ["指标[7] [1]甲", "References", "   1. http://a.example/"].join("\n");
    expect(dropLinkReferences(text)).toBe(["指标[7] 甲", "", ""].join("\n"));
  });
  it("leaves a text with no link list alone", () => {
    expect(dropLinkReferences("说明[1]\n注[2]：某某\n")).toBeNull();
    // (A list followed by more of the page is no browser's trailer.)
    expect(dropLinkReferences("[1]甲\nReferences\n   1. http://a.example/\n正文继续\n")).toBeNull();
  });
});

describe("a lynx dump with links read end to end", () => {
  it("reads the name and the figures without the marks", async () => {
    const text = [
      "   [1]首页 > [2]信息公开",
      "   项目支出绩效自评表",
      "   项目名称 [3]某某示范工程",
      "   主管部门 某某局 实施单位 某某中心",
      "",
      "References",
      "",
      "   1. http://a.example/",
      "   2. http://a.example/xxgk/",
      "   3. http://a.example/p/1.html",
    ].join("\n");
    const doc = await parse(text, { input: "text" });
    expect(doc.forms[0]?.projectName).toBe("某某示范工程");
  });
});

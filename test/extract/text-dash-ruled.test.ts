/**
 * A table ruled with runs of dashes (pandoc's plain text) is read as tab-separated rows, each cell
 * the text under its run of dashes, placed by display width.
 */
import { describe, expect, it } from "vitest";
import { dashRuledAsTabs } from "../../src/extract/text/dash-ruled.js";
import { parse } from "../../src/pipeline.js";

describe("dashRuledAsTabs", () => {
  it("cuts each line under the runs, a cell keeping its own spaces", () => {
    const text = ["某某页", "  -------- ------------ -----", "  名称     甲乙 丙丁     9", "           总额         10", "  -------- ------------ -----", "页脚"].join("\n");
    expect(dashRuledAsTabs(text)).toBe(["某某页", "名称\t甲乙 丙丁\t9", "\t总额\t10", "页脚"].join("\n"));
  });
  it("parts a multiline table's rows at blank lines, a cell's lines joined", () => {
    const text = ["------ ------", "甲乙   丙", "丁     戊己", "", "ab     1", "------ ------"].join("\n");
    expect(dashRuledAsTabs(text)).toBe(["甲乙丁\t丙戊己", "ab\t1"].join("\n"));
  });
  it("places the columns by display width: a CJK character is two columns", () => {
    const text = ["------- ---", "中文字  x", "abc     y", "------- ---"].join("\n");
    expect(dashRuledAsTabs(text)).toBe(["中文字\tx", "abc\ty"].join("\n"));
  });
  it("leaves text without two matching rules alone", () => {
    expect(dashRuledAsTabs("---- ----\n甲   乙\n")).toBeNull();
    expect(dashRuledAsTabs("---- ----\n甲   乙\n------ --\n")).toBeNull();
    expect(dashRuledAsTabs("----------\n说明\n----------\n")).toBeNull();
    expect(dashRuledAsTabs("| a | b |\n|---|---|\n| c | d |\n")).toBeNull();
  });
});

describe("a form's dash-ruled table read end to end", () => {
  it("keeps an empty cell in its column: the figures stay under their heads", async () => {
    const text = [
      "项目支出绩效自评表",
      "  ---------- -------------- ---------- ---------- ---------- ------ ------ ------",
      "  项目名称   某某示范工程",
      "  项目资金                  年初预算数 全年预算数 全年执行数 分值   执行率 得分",
      "             年度资金总额              120        90         10     75%    7.5",
      "  ---------- -------------- ---------- ---------- ---------- ------ ------ ------",
    ].join("\n");
    const doc = await parse(text, { input: "text" });
    const total = doc.forms[0]?.funds.rows.find((r) => r.key === "total");
    expect(doc.forms[0]?.projectName).toBe("某某示范工程");
    expect(total?.annualBudget).toBe(120);
    expect(total?.executed).toBe(90);
  });
});

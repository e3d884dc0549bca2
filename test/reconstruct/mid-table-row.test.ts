/**
 * A run-together excerpt that starts inside the indicator table opens on one of its rows: a 三级
 * name, a target with a comparison sign, figures. Each case a small text written for this test,
 * its expected reading typed by hand from the text.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { opensMidTableRow } from "../../src/reconstruct/mid-table-row.js";
import { isKnownLabel } from "../../src/reconstruct/row-prepare.js";

describe("a row that opens an excerpt mid-table", () => {
  it.each([
    ["培训覆盖率≥95%9610", true],
    ["河道保洁及时率=100%1005", true],
    ["年度巡查次数不少于12次1455", true],
    ["“三公”经费控制率≤100%10010", true],
    // a label's value, a goal's sentence, a breadcrumb: no indicator row
    ["年度资金总额=120", false],
    ["项目名称≥某某", false],
    ["全年完成培训3次,覆盖率达95%", false],
    ["首页>信息公开>财政资金", false],
  ])("%s → %s", (text, expected) => {
    expect(opensMidTableRow(text, isKnownLabel)).toBe(expected);
  });

  it("reads the excerpt's first row as an indicator of the table that follows", async () => {
    // A document site's preview of a form's second page: one line, its cells run together.
    const text = "河道保洁及时率=100%100%55数量指标巡查河段数≥20个22个55质量指标河面漂浮物清理率≥95%97%1010时效指标问题整改时限≤7天5天1010效益指标社会效益指标沿河环境改善明显改善明显改善1515满意度指标服务对象满意度指标沿河群众满意度≥90%93%1010合计10095";
    const doc = await parse(text, { path: "mid-table-run-together.txt" });
    expect(doc.forms).toHaveLength(1);
    const inds = doc.forms[0]!.indicators;
    expect(inds).toHaveLength(6);
    expect([inds[0]!.level3, inds[0]!.target, inds[0]!.actual, inds[0]!.weight, inds[0]!.score]).toEqual(["河道保洁及时率", "=100%", "100%", 5, 5]);
    expect(inds[1]!.level3).toBe("巡查河段数");
  });
});

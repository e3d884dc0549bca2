import { withTextRows } from "../../src/reconstruct/text-rows/index.js";
import { describe, expect, it } from "vitest";
import { dropLeftMarkup, LEFT_MARKUP } from "../../src/extract/text/left-markup.js";
import { readTextInput } from "../../src/extract/text/read-text.js";

// Made-up lines, each the way one converter leaves a page's markup behind.
const CASES: Array<[string, string, string]> = [
  ["no-break space", "年度资金总额\u00a0120.00\u00a0118.50", "年度资金总额 120.00 118.50"],
  ["named entity", "项目名称&nbsp;|&nbsp;示例道路养护", "项目名称 | 示例道路养护"],
  ["named entity", "满意度&ge;90%，偏差&lt;5%&amp;按期", "满意度≥90%，偏差<5%&按期"],
  ["numeric entity", "实施单位&#12288;示例县交通局&#x3001;", "实施单位\u3000示例县交通局、"],
  ["line-break tag", "完成设备购置。<br>已完成", "完成设备购置。已完成"],
  ["line-break tag", "| 目标1：示例<BR/>目标2：示例 | 100<br />200 |", "| 目标1：示例目标2：示例 | 100 200 |"],
  ["emphasis", "| **项目名称** | 示例道路养护 |", "| 项目名称 | 示例道路养护 |"],
  ["emphasis", "__一级指标__ 产出指标", "一级指标 产出指标"],
];

describe("markup a converter left in the text", () => {
  it.each(CASES)("%s: %s", (name, input, expected) => {
    expect(LEFT_MARKUP.some((m) => m.name === name)).toBe(true);
    expect(dropLeftMarkup(input)).toBe(expected);
  });

  it("keeps what only looks like markup", () => {
    expect(dropLeftMarkup("填表人：____ 日期：____")).toBe("填表人：____ 日期：____");
    expect(dropLeftMarkup("A&B 公司 &unknownentity; 3*4*5")).toBe("A&B 公司 &unknownentity; 3*4*5");
    expect(dropLeftMarkup("&#0; &#xD800;")).toBe("&#0; &#xD800;");
  });

  it("reads a form whose labels a converter made bold and whose blanks are &nbsp;", () => {
    const text = ["**项目名称**", "示例道路养护", "**主管部门**", "示例县交通运输局", "&nbsp;", "**实施单位**", "示例县公路站"].join("\n");
    const grid = withTextRows(readTextInput(Buffer.from(text, "utf8"))).grid!;
    const cells = grid.rows.flatMap((r) => r.cells.map((c) => c.text));
    expect(cells).toContain("项目名称");
    expect(cells).toContain("实施单位");
    expect(cells.some((c) => c.includes("*") || c.includes("&"))).toBe(false);
  });
});

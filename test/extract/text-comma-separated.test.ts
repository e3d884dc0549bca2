/**
 * A spreadsheet's CSV export (commas between fields, quoting for a field with a comma, a quote or a
 * line break) is read as the tab shape it is; text whose commas are inside figures or prose is not.
 */
import { describe, expect, it } from "vitest";
import { commaSeparatedAsTabs } from "../../src/extract/text/comma-separated.js";
import { parse } from "../../src/pipeline.js";

describe("commaSeparatedAsTabs", () => {
  const cases: { name: string; text: string; expected: string | null }[] = [
    {
      name: "a padded sheet, quoted thousands",
      text: 'A表,,\n名称,某某工程,\n总额,"1,200.50",9\n',
      expected: "A表\t\t\n名称\t某某工程\t\n总额\t1,200.50\t9",
    },
    {
      name: "a quoted field over two lines stays quoted for the tab reader",
      text: '甲,乙,丙\n1,"第一行\n第二行",3\n4,5,6\n',
      expected: '甲\t乙\t丙\n1\t"第一行\n第二行"\t3\n4\t5\t6',
    },
    { name: "doubled quotes inside a field", text: 'a,"说""好""",c\nd,e,f\ng,h,i\n', expected: 'a\t说"好"\tc\nd\te\tf\ng\th\ti' },
    { name: "two sheets of two widths, a blank line between", text: "a,b,c\nd,e,f\n\ng,h,i,j\nk,l,m,n\n", expected: "a\tb\tc\nd\te\tf\n\ng\th\ti\tj\nk\tl\tm\tn" },
    { name: "linear text whose figures carry thousands commas", text: "某某表\n总额 1,200.50 1,100.00 9\n名称 某某工程\n目标 甲乙丙\n", expected: null },
    { name: "prose with a few commas", text: "一, 二, 三\n说明文字\n另一行文字\n又一行\n", expected: null },
    { name: "a quote never closed", text: 'a,"b,c\nd,e,f\ng,h,i\n', expected: null },
    { name: "already tab-separated", text: "a\tb,c\td\ne\tf\tg\nh\ti\tj\n", expected: null },
    { name: "rows of unlike widths (no sheet)", text: "a,b,c\nd,e,f,g\nh,i,j,k,l\nm,n,o,p,q,r\n", expected: null },
  ];
  for (const c of cases) it(c.name, () => expect(commaSeparatedAsTabs(c.text)).toBe(c.expected));
});

describe("a form's CSV export read end to end", () => {
  it("reads the project's name and funds as the tab shape does", async () => {
    const tab = [
      "项目支出绩效自评表\t\t\t\t\t\t\t",
      "项目名称\t某某示范工程\t\t\t\t\t\t",
      "主管部门\t某某局\t\t\t实施单位\t某某中心\t\t",
      "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
      "\t年度资金总额\t1,234.50\t1,234.50\t1,000.00\t10\t81%\t8",
    ].join("\n");
    const csv = tab
      .split("\n")
      .map((l) => l.split("\t").map((f) => (f.includes(",") ? `"${f}"` : f)).join(","))
      .join("\n");
    const fromTab = await parse(tab, { input: "text" });
    const fromCsv = await parse(csv, { input: "text" });
    expect(fromCsv.forms[0]?.projectName).toBe("某某示范工程");
    expect(JSON.stringify(fromCsv.forms)).toBe(JSON.stringify(fromTab.forms));
  });
});

/**
 * A numbered project scoring sheet that prints its rule before its points (序号 | 一级 | 二级 | 三级 | 指标说明 |
 * 分值 | 评分), run together as a page flattened onto one line gives it: each row's points run into the next
 * row's number (src/reconstruct/numbered-rule-first-sheet.ts). Text written for this test, each value typed by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { readNumberedRuleFirst, restatedNames } from "../../src/reconstruct/numbered-rule-first-sheet.js";

const read = async (text: string) => (await parse(text, { path: "sheet.txt" })).forms;
const diagnostics = async (text: string) => (await parse(text, { path: "sheet.txt" })).diagnostics;

// Row 1 restates its 三级 name (立项程序立项程序规范…); row 2's names run into its rule with nothing to end them;
// row 3 opens 过程 (20); row 4 has a second rule of its own points (…得3分33单据齐全…) before row 5.
// The points columns' header is two rows run together: 指标 | 县级 | 市级 over 分值 | 评分 | 评分.
const SHEET =
  "某镇2022年度村级道路养护项目绩效评价自评表\n填报单位:某镇财政所\n" +
  "序号一级指标二级指标三级指标指标说明指标县级市级分值评分评分" +
  "1决策(10)项目立项立项程序立项程序规范,得3分;不规范扣1分332方案编制养护方案完整,得2分;缺一项扣1分21" +
  "3过程(20)资金管理资金拨付及时拨付的,得4分444财务核算专账核算的,得3分33单据齐全的,得2分225组织实施制度健全,得5分55\n";

describe("a numbered rule-first project sheet run together", () => {
  it("reads each row's points by the next row's number, and names only where the rule restates them", async () => {
    const [form] = await read(SHEET);
    expect(form!.indicators.map((i) => [i.level1, i.level1Weight, i.level2, i.level3, i.weight, i.score])).toEqual([
      ["决策", 10, "项目立项", "立项程序", 3, 3],
      ["决策", 10, null, null, 2, 1],
      ["过程", 20, null, null, 4, 4],
      ["过程", 20, null, null, 3, 3],
      ["过程", 20, null, null, 2, 2],
      ["过程", 20, null, null, 5, 5],
    ]);
    // (The names not read are said so.)
    expect((await diagnostics(SHEET)).filter((d) => /二级、三级指标名称|二级 and 三级 names/.test(d.message))).toHaveLength(5);
  });

  it.each([
    ["项目立项民主议事民主议事记录完整", { level2: "项目立项", level3: "民主议事" }],
    ["监督考核监督考核制度健全", { level2: "", level3: "监督考核" }],
    // Two characters restated (整合整合其他…) end no name; nor does text with nothing restated.
    ["资金整合整合其他涉农资金", null],
    ["申报审批村级申请材料齐全", null],
  ] as const)("names in %s: %j", (text, names) => {
    expect(restatedNames(text)).toEqual(names);
  });

  it("prefers the next row's number, and takes a pair that ends in none as a second rule of the row", () => {
    // 222: 2 | 2 and row 2 (not 22 | 2); 123: 1 | 2 and row 3 (two digits, one each); 22 before no 4: a pair.
    const rows = readNumberedRuleFirst("1决策(10)甲乙丙丁规则,得2分222戊己庚辛规则,得1分123壬癸子丑规则,得2分22寅卯规则,得1分11");
    expect(rows.map((r) => [r.seq, r.weight, r.score])).toEqual([
      ["1", "2", "2"],
      ["2", "1", "2"],
      ["3", "2", "2"],
      ["", "1", "1"],
    ]);
  });

  it("is no such sheet where row 1 opens no 一级 with its points", () => {
    expect(readNumberedRuleFirst("1项目立项民主议事规则,得2分222")).toEqual([]);
  });
});

/**
 * Labels as a county template spells them (政策(项目)名称) and a fund row whose name lists its
 * sources with a 、 (其中:中央、省补助): made-up text, expected values typed by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

describe("county template spellings in a pipe table", () => {
  it("政策(项目)名称 names the project; 其中:中央、省补助 is a fund row even with its amounts blank", async () => {
    const text = [
      "某项目绩效目标自评表 |",
      "(2023年度) |",
      "政策(项目)名称 | 某服务站建设 |",
      "项目主管部门 | 某县某局 |",
      "项目资金 | 全年预算数 | 全年执行数 | 预算执行率 |",
      "年度资金总额: | 30 | 30 | 100% |",
      "其中:中央、省补助 | | | |",
      "县级财政资金 | 30 | 30 | 100% |",
    ].join("\n");
    const f = (await parse(text, { path: "county.txt" })).forms[0]!;
    expect(f.projectName).toBe("某服务站建设");
    expect(f.funds.rows.map((r) => [r.label, r.annualBudget, r.executed])).toEqual([
      ["年度资金总额:", 30, 30],
      ["其中:中央、省补助", null, null],
      ["县级财政资金", 30, 30],
    ]);
  });
});

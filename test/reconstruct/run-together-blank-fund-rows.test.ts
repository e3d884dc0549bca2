import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

// Run-together rows (cells joined with nothing, one row a line): fund rows named in words of the
// unit's own whose amounts are blank print their name alone on the line. All text made up.
const form = (fundRows: string[]) =>
  [
    "某某县转移支付项目绩效目标自评表",
    "项目名称某某道路养护",
    "主管部门某某局实施单位某某中心",
    "项目资金全年预算数全年执行数预算执行率",
    ...fundRows,
    "一级指标二级指标三级指标指标值全年实际完成值",
    "产出指标数量指标养护里程≥20公里22公里",
  ].join("\n");

const funds = async (text: string) => (await parse(text, { path: "funds.txt" })).forms[0]!.funds.rows.map((r) => [r.label, r.annualBudget, r.executed]);

describe("run-together fund rows whose amounts are blank", () => {
  it("reads a row named in the unit's own words, alone on its line, as a fund row with no amounts", async () => {
    const read = await funds(form(["年度资金总额:6060100%", "其中:中央、省补助", "市级财政资金", "县级财政资金6060100%", "其他资金"]));
    expect(read).toEqual([
      ["年度资金总额:", 60, 60],
      ["其中:中央、省补助", null, null],
      ["市级财政资金", null, null],
      ["县级财政资金", 60, 60],
      ["其他资金", null, null],
    ]);
  });
});

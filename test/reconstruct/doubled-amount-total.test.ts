import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

// A funds block run together whose 合计 row prints one amount twice (budget and spending alike). All text made up.
describe("a run-together 合计 row holding one amount printed twice", () => {
  it("is the funds' total row, its run read as the two amounts", async () => {
    const line =
      "项目支出绩效自评表项目名称某某馆免费开放经费主管部门某某事务局实施单位某某事务局资金情况(万元)年初预算资金总额实际投入资金额产生差异的原因合计236236其中:财政拨款236236其他资金" +
      "年度总体目标完成情况保障场馆全年免费开放。全年开放场馆365天。绩效指标一级指标二级指标三级指标指标值全年实际完成值产出指标数量指标开放天数=365天=365天";
    const f = (await parse(line, { path: "doubled-total.txt" })).forms[0]!;
    expect(f.funds.rows.map((r) => [r.key, r.initialBudget, r.executed])).toEqual([
      ["total", 236, 236],
      ["currentYear", 236, 236],
      ["other", null, null],
    ]);
  });
});

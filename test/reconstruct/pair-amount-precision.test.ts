import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { cutAtBlockPrecision } from "../../src/reconstruct/pair-amount-precision.js";

describe("a pair's amount run into the figure after it", () => {
  it.each([
    ["5.4710", 2, ["5.47", "10"]],
    ["12.5015", 2, ["12.50", "15"]],
    ["3.820", 1, ["3.8", "20"]],
    // Printed at the block's precision, or no precision to go by: nothing is cut.
    ["5.47", 2, null],
    ["5.4710", 0, null],
    // A tail that opens on 0 is no figure.
    ["5.4705", 2, null],
  ] as const)("%s at %i decimals", (amount, decimals, expected) => {
    expect(cutAtBlockPrecision(amount, decimals)).toEqual(expected);
  });

  it("reads the run-together block's last amount at the block's precision", async () => {
    // Made up: a regional form's funds as pairs, its points printed after the last amount.
    const text = [
      "某某补助资金区域绩效目标自评表专项名称某某补助资金中央主管部门某某总局自评得分省级财政部门某某省财政厅",
      "预算执行情况预算数:5.47执行数:5.4710年度目标完成情况预期目标目标实际完成情况某某目标。已完成某某目标。",
    ].join("");
    const f = (await parse(text, { path: "pairs.txt" })).forms[0]!;
    const total = f.funds.rows.find((r) => r.key === "total");
    expect([total?.annualBudget, total?.executed]).toEqual([5.47, 5.47]);
  });
});

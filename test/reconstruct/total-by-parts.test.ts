/**
 * A funds total row run together (`年度资金总额606010100%`, one of its three amounts blank) is read
 * again when the funds block has ended, by its parts' sums (total-by-parts.ts). Texts and rows
 * made up for this test; the expected values typed from them.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { agreesWithParts, partSums } from "../../src/reconstruct/total-by-parts.js";
import type { RawFundRow } from "../../src/reconstruct/raw-form.js";
import type { FundColumn } from "../../src/template/project.js";

const source = { line: 1 };
function fundRow(key: RawFundRow["key"], values: Partial<Record<FundColumn, string>>, parentIndex?: number): RawFundRow {
  const row: RawFundRow = { key, label: { text: String(key), source }, values: {} };
  for (const [k, v] of Object.entries(values)) row.values[k as FundColumn] = { text: v!, source };
  if (parentIndex !== undefined) row.parentIndex = parentIndex;
  return row;
}

describe("the parts' sums", () => {
  it("add each amount column over the rows after the total, a part's own parts and the next total's left out", () => {
    const rows = [
      fundRow("total", { annualBudget: "601", executed: "0" }),
      fundRow("currentYear", { initialBudget: "40", annualBudget: "40", executed: "38.5" }),
      fundRow(null, { annualBudget: "1" }, 1),
      fundRow("carryOver", {}),
      fundRow("other", { initialBudget: "20", annualBudget: "20", executed: "20" }),
      fundRow("total", { annualBudget: "7" }),
      fundRow("currentYear", { annualBudget: "7" }),
    ];
    expect([...partSums(rows, 0)]).toEqual([["initialBudget", 60], ["annualBudget", 60], ["executed", 58.5]]);
    // (Under a header of two amount columns, the parts print both.)
    expect([...partSums(rows, 5, ["annualBudget"])]).toEqual([["annualBudget", 7]]);
  });

  it("give nothing where a part prints fewer amounts than the header names (where its figure stood is a guess)", () => {
    const rows = [
      fundRow("total", { initialBudget: "3", executed: "7" }),
      fundRow("currentYear", { initialBudget: "3749.90" }),
      fundRow("other", { initialBudget: "0.00" }),
    ];
    expect(partSums(rows, 0).size).toBe(0);
  });

  it.each([
    // every printed amount its sum
    [{ initialBudget: "60", annualBudget: "60", executed: "58.5" }, true],
    // an amount left blank is no disagreement
    [{ annualBudget: "60", executed: "58.5" }, true],
    [{ annualBudget: "601", executed: "0" }, false],
    // nothing compared
    [{ weight: "10", rate: "100%" }, false],
  ])("agreesWithParts(%j) is %j", (values, agrees) => {
    const sums = new Map<FundColumn, number>([["initialBudget", 60], ["annualBudget", 60], ["executed", 58.5]]);
    expect(agreesWithParts(new Map(Object.entries(values)) as Map<FundColumn, string>, sums)).toBe(agrees);
  });
});

const FORM = (total: string, part: string) =>
  [
    "项目支出绩效自评表",
    "(2021年度)",
    "项目名称某某村道路硬化工程",
    "主管部门某某县交通运输局",
    "实施单位某某县公路养护中心",
    "项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分",
    `年度资金总额${total}`,
    `其中:当年财政拨款${part}`,
    "上年结转资金",
    "其他资金",
    "年度总体目标预期目标实际完成情况",
    "完成村道硬化三公里,改善群众出行条件。已完成",
    "绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施",
    "产出指标数量指标硬化里程3公里3公里2020",
    "质量指标验收合格率100%100%2020",
    "效益指标社会效益指标群众出行时间缩短明显明显3030",
    "满意度指标服务对象满意度指标群众满意度≥90%95%2020",
    "总分10090",
  ].join("\n") + "\n";

describe("a run-together total row read by its parts", () => {
  it("one of three amounts blank: the reading its part's sums give, the budget its rate is reckoned on kept", async () => {
    const f = (await parse(FORM("606010100%", "606060100%"), { path: "total.txt" })).forms[0]!;
    const total = f.funds.rows.find((r) => r.key === "total")!;
    expect([total.initialBudget, total.annualBudget, total.executed, f.funds.weight, f.funds.executionRatePercent]).toEqual([null, 60, 60, 10, 100]);
  });

  it("a total its parts agree with is read as its digits read", async () => {
    const f = (await parse(FORM("60606010100%", "606060100%"), { path: "total.txt" })).forms[0]!;
    const total = f.funds.rows.find((r) => r.key === "total")!;
    expect([total.initialBudget, total.annualBudget, total.executed, f.funds.executionRatePercent]).toEqual([60, 60, 60, 100]);
  });
});

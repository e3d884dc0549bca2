import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

/**
 * One cell a line in a converter's block order: the funds label, centred down its merged cell,
 * printed below the table's first head (年初预算数 / 资金情况（万元） / 全年预算数 / 全年执行数). The
 * label opens the header row of all three heads, so each fund row holds three figures. Every text
 * made up.
 */
const form = (heads: string[]) =>
  [
    "2031年度部门整体支出绩效自评表",
    "部门名称",
    "某县某某局",
    ...heads,
    "年度资金总额",
    "120.5",
    "118",
    "96.4",
    "其中：财政拨款",
    "100",
    "98",
    "80.2",
    "其他资金",
    "20.5",
    "20",
    "16.2",
    "年度总体目标",
    "预期目标",
    "实际完成情况",
    "完成某某设施维护，保障某某工作正常开展。",
    "某某设施维护全部完成，某某工作正常开展。",
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "产出指标",
    "数量指标",
    "维护设施数量",
    "≥10处",
    "12处",
    "",
  ].join("\n");

describe("the funds label printed below its table's first head", () => {
  const table: { name: string; heads: string[] }[] = [
    { name: "label after the first head", heads: ["年初预算数", "资金情况（万元）", "全年预算数", "全年执行数"] },
    { name: "label first (as printed in order)", heads: ["资金情况（万元）", "年初预算数", "全年预算数", "全年执行数"] },
  ];
  for (const t of table)
    it(t.name, async () => {
      const f = (await parse(form(t.heads), { path: "funds-label-after-head.txt" })).forms[0]!;
      const total = f.funds.rows.find((r) => r.key === "total")!;
      expect([total.initialBudget, total.annualBudget, total.executed]).toEqual([120.5, 118, 96.4]);
      const other = f.funds.rows.find((r) => r.key === "other")!;
      expect([other.initialBudget, other.annualBudget, other.executed]).toEqual([20.5, 20, 16.2]);
    });
});

describe("one cell a line, an empty line after most lines: the funds rows' empty cells are no columns", () => {
  it("reads each fund row's figures under the heads an empty cell parts", async () => {
    const heads = ["资金结构", "（万元）", "年初预算数", "", "年中调整金额", "", "全年预算数", "", "全年执行数", "", "执行率", ""];
    const row = (label: string, figures: string[]) => [label, "", ...figures.flatMap((f) => [f, ""])];
    const text = [
      "2031年度部门整体支出绩效自评表",
      "部门名称",
      "某县某某局",
      ...heads,
      ...row("合计", ["300.5", "20", "320.5", "288.45", "90%"]),
      ...row("财政拨款", ["280", "20", "300", "270", "90%"]),
      ...row("其他资金", ["20.5", "0", "20.5", "18.45", "90%"]),
      "年度总体目标",
      "预期目标",
      "实际完成情况",
      "完成某某设施维护，保障某某工作正常开展。",
      "某某设施维护全部完成，某某工作正常开展。",
      "一级指标",
      "二级指标",
      "三级指标",
      "年度指标值",
      "实际完成值",
      "产出指标",
      "数量指标",
      "维护设施数量",
      "≥10处",
      "12处",
      "",
    ].join("\n");
    const f = (await parse(text, { path: "funds-blanks-apart.txt" })).forms[0]!;
    const total = f.funds.rows.find((r) => r.key === "total")!;
    expect([total.initialBudget, total.adjustment, total.annualBudget, total.executed]).toEqual([300.5, 20, 320.5, 288.45]);
    const other = f.funds.rows.find((r) => r.key === "other")!;
    expect([other.initialBudget, other.annualBudget, other.executed]).toEqual([20.5, 20.5, 18.45]);
  });
});

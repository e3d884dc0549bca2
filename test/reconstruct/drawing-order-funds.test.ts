/**
 * The funds block of a PDF dumped in drawing order and flattened onto one line by a document
 * site: header labels followed by the funds table's column names, the fund rows' labels printed
 * before every row's values. Texts written for this test; the expected values typed from them.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { fundValueAtoms } from "../../src/reconstruct/sections/funds.js";

const funds = (f: { funds: { rows: { key: string | null; initialBudget: number | null; annualBudget: number | null; executed: number | null }[] } }) =>
  f.funds.rows.map((r) => [r.key, r.initialBudget, r.annualBudget, r.executed]);

describe("funds in drawing order", () => {
  it("a header value stops at the funds table's column names", async () => {
    const text =
      "某县项目支出绩效自评表 (2021年度) 项目名称 乡村道路养护 主管部门 某县交通运输局 项目资金(万元) 实施单位 某县公路段 年初预算数 全年预算数 全年执行数 分值 执行率 得分 " +
      "年度资金总额 30 30 29 10 96.7% 9.7 其中:当年财政拨款 30 30 29 — — — 上年结转资金 其他资金\n";
    const f = (await parse(text, { path: "a.txt" })).forms[0]!;
    expect(f.implementingUnit).toBe("某县公路段");
    expect(f.department).toBe("某县交通运输局");
    expect(f.funds.rows.map((r) => r.key)).toEqual(["total", "currentYear", "carryOver", "other"]);
  });

  it("rows' labels first, then the column names and every row's values: shared out in order, to the columns named", async () => {
    const text =
      "某县项目支出绩效自评表 (2020年度) 项目名称 困难群众救助补助 主管部门 某县民政局 项目资金 年初预算数 (万元) 年度资金总额 其中:当年财政拨款 " +
      "实施单位 全年预算数 全年执行数 分值 执行率 得分 48.2 47.5 10 98.5%9.8 48.2 47.5—98.5%— 上年结转资金 — — 其他资金 — —\n";
    const f = (await parse(text, { path: "b.txt" })).forms[0]!;
    // 实施单位's value is not beside it: none, rather than the column names.
    expect(f.implementingUnit).toBeNull();
    expect(funds(f).slice(0, 2)).toEqual([
      ["total", null, 48.2, 47.5],
      ["currentYear", null, 48.2, 47.5],
    ]);
    expect([f.funds.weight, f.funds.executionRatePercent, f.funds.score]).toEqual([10, 98.5, 9.8]);
  });

  it("values that do not share out evenly among the rows waiting for them are placed nowhere", async () => {
    const text =
      "某县项目支出绩效自评表 (2020年度) 项目名称 困难群众救助补助 主管部门 某县民政局 项目资金 年初预算数 (万元) 年度资金总额 其中:当年财政拨款 " +
      "实施单位 全年预算数 全年执行数 分值 执行率 得分 48.2 47.5 10 98.5% 9.8 48.2 47.5 上年结转资金 — — 其他资金 — —\n";
    const doc = await parse(text, { path: "c.txt" });
    const f = doc.forms[0]!;
    expect(funds(f).slice(0, 2)).toEqual([
      ["total", null, null, null],
      ["currentYear", null, null, null],
    ]);
    expect(doc.diagnostics.some((d) => d.code === "unplaced-text" && /48\.2/.test(d.source?.text ?? ""))).toBe(true);
  });

  it.each([
    ["65.66 65.07 10 99%9", ["65.66", "65.07", "10", "99%", "9"]],
    ["65.66 65.07—99%—", ["65.66", "65.07", "—", "99%", "—"]],
    ["1,200.5 - / 80%", ["1,200.5", "-", "/", "80%"]],
    ["65.6665.07", null],
    ["48.2 万元", null],
  ])("fundValueAtoms(%j)", (text, atoms) => {
    expect(fundValueAtoms(text)).toEqual(atoms);
  });
});

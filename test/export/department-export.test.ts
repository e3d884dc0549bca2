/**
 * CSV and XML carry the department-wide form's fields: 评分标准, the 资金结构 columns, parent, and
 * 年度主要任务. Values are those typed by hand into fixtures/department/national-tab.txt.
 */
import { readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { csvColumns, serialiseCsv } from "../../src/export/csv.js";
import { serialiseXml } from "../../src/export/xml.js";

const text = readFileSync(new URL("../../fixtures/department/national-tab.txt", import.meta.url), "utf8");

/** Splits simple CSV (no quoted newlines in these rows) into records keyed by the header. */
function records(csv: string): Record<string, string>[] {
  const lines = csv.replace(/^\ufeff/, "").trim().split("\r\n");
  const split = (line: string): string[] => {
    const out: string[] = [];
    let cur = "";
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (quoted && ch === '"' && line[i + 1] === '"') { cur += '"'; i++; }
      else if (ch === '"') quoted = !quoted;
      else if (ch === "," && !quoted) { out.push(cur); cur = ""; }
      else cur += ch;
    }
    out.push(cur);
    return out;
  };
  const head = split(lines[0]!);
  return lines.slice(1).map((l) => Object.fromEntries(split(l).map((v, i) => [head[i]!, v])));
}

describe("exports of a department-wide form", async () => {
  const doc = await parse(text, { path: "national-tab.txt" });

  it("CSV, form level: the total row's 资金结构 columns and the tasks", () => {
    const [row] = records(serialiseCsv([doc], "form"));
    expect(csvColumns("form")).toEqual(expect.arrayContaining(["adjustment", "balance", "balanceRatePercent", "tasks"]));
    expect(row).toMatchObject({ template: "department", department: "某市林业局", departmentCode: "306001", initialBudget: "300", adjustment: "20", annualBudget: "320", executed: "300", balance: "20", balanceRatePercent: "6.25" });
    expect(JSON.parse(row!.tasks!)).toEqual([
      { name: "森林防火", content: "巡山护林、防火宣传", budget: { total: 120, fiscal: 100, other: 20 } },
      { name: "造林绿化", content: "新造林1000亩", budget: { total: 80, fiscal: 80, other: null } },
      { name: "林业宣传", content: "宣传活动", budget: { total: 30, fiscal: 20, other: 5 } },
    ]);
  });

  it("CSV, indicator level: 评分标准 as method", () => {
    const rows = records(serialiseCsv([doc], "indicator"));
    expect(rows.map((r) => r.method)).toEqual(["完成得满分", "达到得满分", "达到得满分"]);
  });

  it("XML: fund rows with parent and the optional columns, tasks, method", () => {
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", parseAttributeValue: true }).parse(serialiseXml([doc]));
    const form = xml.jixiao.document.form;
    const rows = form.funds.row as Record<string, string>[];
    expect(rows.map((r) => [r.key, r.parent ?? null, r.initialBudget, r.adjustment, r.annualBudget, r.executed, r.balance, r.balanceRatePercent, r["#text"]])).toEqual([
      ["total", null, 300, 20, 320, 300, 20, 6.25, "合计"],
      ["extra1", null, 280, 20, 300, 285, 15, 5, "财政资金小计"],
      ["project", "extra1", 100, 20, 120, 110, 10, 8.33, "①项目支出"],
      ["basic", "extra1", 180, 0, 180, 175, 5, 2.78, "②基本支出"],
      ["unitIncome", null, 20, 0, 20, 15, 5, 25, "单位其它收入"],
    ]);
    expect((form.tasks.task as Record<string, unknown>[]).map((t) => [t.index, t.name, t.content, t.total, t.fiscal, t.other ?? null])).toEqual([
      [0, "森林防火", "巡山护林、防火宣传", 120, 100, 20],
      [1, "造林绿化", "新造林1000亩", 80, 80, null],
      [2, "林业宣传", "宣传活动", 30, 20, 5],
    ]);
    expect((form.indicators.indicator as Record<string, unknown>[]).map((i) => i.method)).toEqual(["完成得满分", "达到得满分", "达到得满分"]);
  });
});

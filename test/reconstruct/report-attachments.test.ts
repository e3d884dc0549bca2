import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

// An evaluation report the unit made of itself, with its numbered attachments, one cell a line. All text made up.
const REPORT = [
  "附件4-1",
  "财政支出项目绩效评价报告",
  "评价类型:□实施过程评价 ☑完成结果评价",
  "项目名称:某县农村饮水巩固提升工程",
  "项目单位:某县农村供水管理总站",
  "主管部门:某县水务局",
  "评价机构:□中介机构□专家组☑项目单位评价组",
  "附件4-2",
  "项目绩效目标表",
  "项目名称:某县农村饮水巩固提升工程",
  "附件4-3",
  "项目基本信息",
  "一、项目基本情况",
  "项目实施单位 县供水站 主管部门 县水务局",
  "计划投资额",
  "(万元)260.00",
  "实际到位资金",
  "(万元)",
  "240.00",
  "实际使用情况",
  "(万元)",
  "236.50",
].join("\n");

describe("an evaluation report read as the unit's self-evaluation, with its attachments", () => {
  it("reads its 基本信息 page into the form, the cover's names standing, and reports the targets table", async () => {
    const doc = await parse(REPORT, { path: "report.txt" });
    expect(doc.forms).toHaveLength(1);
    const f = doc.forms[0]!;
    expect([f.projectName, f.department, f.implementingUnit]).toEqual(["某县农村饮水巩固提升工程", "某县水务局", "某县农村供水管理总站"]);
    expect(f.funds.unit).toBe("万元");
    expect(f.funds.rows.map((r) => [r.key, r.initialBudget, r.annualBudget, r.executed])).toEqual([["total", 260, 240, 236.5]]);
    expect(f.goals.expected).toBeNull();
    const others = doc.diagnostics.filter((d) => d.code === "other-form").map((d) => d.message);
    expect(others.some((m) => m.includes("项目绩效目标表"))).toBe(true);
    expect(others.some((m) => m.includes("项目基本信息"))).toBe(false);
  });
});

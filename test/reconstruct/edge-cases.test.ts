/**
 * The contract's settled edge cases, each on a small tab-separated form written here; expected
 * values follow from the contract's text, worked by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const T = (rows: string[][]) => rows.map((r) => r.join("\t")).join("\n") + "\n";

function form(opts: { title?: string; fundsLabel?: string; total?: string[][]; rate?: string; extraIndicators?: string[][]; dept?: string } = {}) {
  return T([
    [opts.title ?? "财政项目支出绩效自评表", "", "", "", "", "", "", "", ""],
    ["(2021年度)"],
    ["项目名称", "社区养老服务"],
    ["主管部门", opts.dept ?? "219-某市民政局", "", "", "实施单位", "219001-某市养老服务中心"],
    [opts.fundsLabel ?? "项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["", "年度资金总额", "100", "100", "100", "10", opts.rate ?? "100%", "10"],
    ["", "其中：当年财政拨款", "100", "100", "100", "—"],
    ["年度总体目标", "预期目标", "", "", "实际完成情况"],
    ["", "为老年人提供助餐服务。", "", "", "已为老年人提供助餐服务。"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["", "产出指标(50分)", "数量指标", "指标1：助餐人次", "≥1000人次", "1200人次", "50", "50", ""],
    ["", "效益指标(30分)", "社会效益指标", "老年人生活质量", "有所提升", "有所提升", "30", "30", ""],
    ["", "满意度指标(10分)", "服务对象满意度指标", "老年人满意度", "≥90%", "95%", "10", "10", ""],
    ...(opts.extraIndicators ?? []),
    ...(opts.total ?? [["总分", "", "", "", "", "", "100", "100", ""]]),
  ]);
}

describe("settled edge cases", () => {
  it("a budget code printed after the name, six digits or more", async () => {
    expect((await parse(form({ dept: "某市民政局116422210101621779" }))).forms[0]).toMatchObject({ department: "某市民政局", departmentCode: "116422210101621779" });
    expect((await parse(form({ dept: "某市民政局 219001" }))).forms[0]).toMatchObject({ department: "某市民政局", departmentCode: "219001" });
    // a name's own short number stays the name's
    expect((await parse(form({ dept: "某市第302医院" }))).forms[0]!.department).toBe("某市第302医院");
  });

  it("a weight printed with the 一级 name, template numbering, codes before names", async () => {
    const doc = await parse(form());
    const f = doc.forms[0]!;
    expect(f.department).toBe("某市民政局");
    expect(f.departmentCode).toBe("219");
    expect(f.implementingUnit).toBe("某市养老服务中心");
    expect(f.implementingUnitCode).toBe("219001");
    expect(f.indicators[0]).toMatchObject({ level1: "产出指标", level1Weight: 50, level3: "助餐人次" });
    expect(f.funds.unit).toBe("万元");
    expect(f.audit.findings).toEqual([]);
  });

  it("a title carrying the year gives the year; all such titles are project forms", async () => {
    const doc = await parse(form({ title: "2022年度专项资金绩效目标自评表" }).replace("(2021年度)", ""));
    expect(doc.forms[0]).toMatchObject({ template: "project", title: "2022年度专项资金绩效目标自评表", year: 2022 });
  });

  it("总分:91 in one cell is total.score", async () => {
    const doc = await parse(form({ total: [["总分:100"]] }));
    expect(doc.forms[0]!.total).toEqual({ weight: null, score: 100 });
  });

  it("a total printed in the header (自评总分) is total.score", async () => {
    const text = form({ total: [] }).replace("项目名称\t社区养老服务", "项目名称\t社区养老服务\t\t自评总分\t100");
    expect(doc(await parse(text)).total.score).toBe(100);
  });

  it("template placeholder rows and rows with no values are not indicators", async () => {
    const doc = await parse(form({ extraIndicators: [["", "", "", "指标2：", "", "", "", "", ""], ["", "", "", "……", "", "", "", "", ""], ["", "", "时效指标", "", "/", "/", "", "", ""]] }));
    expect(doc.forms[0]!.indicators).toHaveLength(3);
    expect(doc.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });

  it("budget execution scored as a row of the indicator table gives funds.weight and score", async () => {
    const text = form()
      .replace("年度资金总额\t100\t100\t100\t10\t100%\t10", "年度资金总额\t100\t100\t100")
      .replace("\t产出指标(50分)", "\t预算执行率\t\t\t\t\t10\t10\t\n\t产出指标(50分)");
    const f = doc(await parse(text));
    expect(f.funds.weight).toBe(10);
    expect(f.funds.score).toBe(10);
    expect(f.indicators).toHaveLength(3);
    expect(f.indicators.map((i) => i.level1)).not.toContain("预算执行率");
  });

  it("执行率 printed without % is read in percent; a fraction the amounts confirm becomes percent", async () => {
    expect(doc(await parse(form({ rate: "100" }))).funds.executionRatePercent).toBe(100);
    const f = doc(await parse(form({ rate: "1" })));
    expect(f.funds.executionRatePercent).toBe(100);
    expect(f.sources?.["/funds/executionRatePercent"]?.corrected?.from).toBe("1");
  });

  it("an amount with its unit in the cell is the number; another unit than the header's is a diagnostic", async () => {
    const text = form().replace("年度资金总额\t100\t100\t100", "年度资金总额\t100万元\t100\t1000000元");
    const d = await parse(text);
    const f = doc(d);
    expect(f.funds.rows[0]!.initialBudget).toBe(100);
    expect(f.funds.rows[0]!.executed).toBe(1000000);
    const mismatch = d.diagnostics.find((x) => x.code === "unit-mismatch");
    expect(mismatch?.path).toBe("/forms/0/funds/rows/0/executed");
  });

  it("a number that cannot be read is null, its text kept, and the audit says so", async () => {
    const text = form().replace("\t50\t50\t", "\t50\tl0\t");
    const f = doc(await parse(text));
    expect(f.indicators[0]!.score).toBeNull();
    expect(f.sources?.["/indicators/0/score"]?.text).toBe("l0");
    expect(f.audit.findings.map((x) => x.rule)).toContain("unreadable");
    expect(f.audit.ok).toBe(false);
  });

  it("a department-wide form is recognised and read like the project form where the two share a part", async () => {
    const project = await parse(form());
    const d = await parse(form({ title: "部门整体支出绩效自评表" }));
    expect(d.forms[0]!.template).toBe("department");
    expect(d.forms[0]!.indicators.map((i) => i.level3)).toEqual(project.forms[0]!.indicators.map((i) => i.level3));
    expect(d.forms[0]!.indicators.length).toBeGreaterThan(0);
    expect(d.forms[0]!.total.score).toBe(100);
  });

  it("another form of a project's dossier is reported once as other-form and not read", async () => {
    const d = await parse(form({ title: "项目支出绩效目标申报表" }));
    expect(d.forms).toEqual([]);
    expect(d.diagnostics.filter((x) => x.code === "other-form")).toHaveLength(1);
  });

  it("two forms in one file, the second without its title, are two forms", async () => {
    const second = form().split("\n").slice(2).join("\n");
    const d = await parse(form() + "\n" + second);
    expect(d.forms).toHaveLength(2);
    expect(d.forms[1]!.title).toBeNull();
    expect(d.forms[1]!.projectName).toBe("社区养老服务");
  });
});

function doc(d: Awaited<ReturnType<typeof parse>>) {
  return d.forms[0]!;
}

/**
 * A PDF dumped in drawing order and flattened onto one line. The indicator table's column names
 * begin at 三级指标 (its vertical 一级/二级 names drawn after the table), right after the funds'
 * figures, and its first row follows the names on the same run. Texts written for this test.
 */
import { describe, expect, it } from "vitest";
import { headerNamesEnd } from "../../../src/reconstruct/text-rows/flattened-form.js";
import { parse } from "../../../src/pipeline.js";

describe("a flattened dump's indicator header opening at 三级指标", () => {
  it("cuts the header from the funds before it and the first row from the names", async () => {
    const text =
      "某区专项资金项目自评表 项目名称 外贸促进专项资金 主管部门 某区商务局 预算执行情况(万元) (20 分) 年度财政资金总额 项目实施单位 某区外贸中心 预算数 (A) 执行数(B) 执行率(B/A) 得分 120.5 118 97.9% 19.6 " +
      "三级指标 年初目标值 (A) 实际完成值 (B) 得分 参展企业数(家) 30 34 10 出口订单金额(万元) 800 912.4 10 企业培训场次 4 5 10 数量指标 产出指标 总分\n";
    const f = (await parse(text, { path: "a.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level3, i.target, i.actual, i.score])).toEqual([
      ["参展企业数(家)", "30", "34", 10],
      ["出口订单金额(万元)", "800", "912.4", 10],
      ["企业培训场次", "4", "5", 10],
    ]);
  });

  it.each([
    // The names, then a row's name and figures: cut after the names.
    ["三级指标年初目标值(A)实际完成值(B)得分参展企业数30 34 10", "三级指标年初目标值(A)实际完成值(B)得分".length],
    // An empty note after a name is the name's.
    ["一级指标二级指标三级指标年初目标值()实际完成值()得分产出指标数量指标培训人次100 120 10", "一级指标二级指标三级指标年初目标值()实际完成值()得分".length],
    // A column name the list lacks, wrapped (偏差原因分析 / 及改进措施): more of the header, no cut.
    ["三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施数量指标8 8 10 10", -1],
    // Fewer than three names: no header to cut after.
    ["三级指标得分培训人次100 120 10", -1],
  ])("headerNamesEnd(%j)", (key, end) => {
    expect(headerNamesEnd(key)).toBe(end);
  });
});

describe("run-together words found on the simplified key", () => {
  it("keep their printed characters (及時, not 及时)", async () => {
    const { atomize } = await import("../../../src/reconstruct/run-together.js");
    const atoms = atomize({ text: "資金撥付及時性98%以上", source: {} }).map((c) => c.text);
    expect(atoms.join("")).toBe("資金撥付及時性98%以上");
    expect(atoms).not.toContain("及时");
  });
});

describe("a flattened dump's header labels", () => {
  it("自评总分 is cut whole, a sign-off label ends its value, 项目主管单位 names the department", async () => {
    const text =
      "某市财政预算支出项目绩效目标自评表 填报日期:2020 年 3 月 2 日 自评总分: 88 单位领导审签: 项目名称 机房空调维修费 项目实施单位 某市机关事务中心 项目主管单位 某市档案局 项目负责人 张三 " +
      "一级指标 二级指标 三级指标 年初目标值 实际完成值 分值 得分 产出指标 数量指标 维修空调台数 6台 6台 20 20 总分 100 88\n";
    const f = (await parse(text, { path: "d.txt" })).forms[0]!;
    expect(f.total.score).toBe(88);
    expect(f.implementingUnit).toBe("某市机关事务中心");
    expect(f.department).toBe("某市档案局");
  });
});

describe("a flattened dump's goals", () => {
  it("column names drawn before the block's vertical label start the goals row", async () => {
    const text =
      "某县项目支出绩效自评表 (2020年度) 项目名称 农村饮水安全维修 主管部门 某县水利局 项目资金 年初预算数 (万元) 年度资金总额 其中:当年财政拨款 实施单位 全年预算数 全年执行数 分值 执行率 得分 20 19 10 95% 9.5 20 19 — 95% — 上年结转资金 — — 其他资金 — — " +
      "预期目标 实际完成情况 保障群众安全饮水,维修供水管网十处 保障群众安全饮水,维修了供水管网十二处 年度总 体目标 一级 指标 二级指标 三级指标 数量指标 指标1:维修管网处数 总分\n";
    const f = (await parse(text, { path: "g.txt" })).forms[0]!;
    expect(f.goals).toMatchObject({ expected: "保障群众安全饮水,维修供水管网十处", actual: "保障群众安全饮水,维修了供水管网十二处" });
    // The same with the columns' other spellings (预算目标 | 年度目标完成情况).
    const other = text.replace("预期目标 实际完成情况", "预算目标 年度目标完成情况");
    const g = (await parse(other, { path: "g2.txt" })).forms[0]!;
    expect(g.goals).toMatchObject({ expected: "保障群众安全饮水,维修供水管网十处", actual: "保障群众安全饮水,维修了供水管网十二处" });
  });
});

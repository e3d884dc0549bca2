/**
 * A PDF's text layer run onto one line by a document site, its cells parted by spaces (perturb.ts
 * layout-one-line). The line is cut where rows start with the page's wrapping spaces taken out;
 * the spaces still tell where a cell begins and where a row's figures end. Texts written for this test.
 */
import { describe, expect, it } from "vitest";
import { cutFlattenedLine, snapToWords } from "../../../src/reconstruct/text-rows/spaced-cuts.js";
import { parse } from "../../../src/pipeline.js";

describe("a row cut inside a word of a spaced dump", () => {
  it("starts at the word: 中央主管部门, not 主管部门 after a value run into 中央", async () => {
    const text =
      "救灾物资储备资金转移支付项目绩效目标自评表 (2023年度) 转移支付(项目)名称 救灾物资储备资金 中央主管部门 应急管理部 地方主管部门 某县应急管理局 资金使用单位 某县物资储备中心 " +
      "资金投入情况(万元) 全年预算数(A) 全年执行数(B) 预算执行率(B/A×100%) 年度资金总额: 120万 118万 98.3%\n";
    const f = (await parse(text, { path: "a.txt" })).forms[0]!;
    expect(f.projectName).toBe("救灾物资储备资金");
    expect(f.department).toBe("某县应急管理局");
    expect(f.implementingUnit).toBe("某县物资储备中心");
  });

  it.each([
    // A word that is a header label the template knows (中央主管部门): its row starts where it does.
    ["项目名称 某项目 中央主管部门 某部 地方主管部门 某局", ["项目名称某项目", "中央主管部门某部", "地方主管部门某局"]],
    // A scrambled vertical label's pieces run into a label: no label of the template, left before it.
    ["得分 20 级标一指二级指标 三级指标", ["得分20级标一指", "二级指标三级指标"]],
    // A word longer than a qualifier before the label: a value run into it, left with its row.
    ["项目名称 某项目 某县财政局主管部门 某局 实施单位 某中心", ["项目名称某项目某县财政局", "主管部门某局", "实施单位某中心"]],
    // No spaces at all (a run-together preview): the cuts as they were.
    ["项目名称某项目中央主管部门某部地方主管部门某局", ["项目名称某项目中央", "主管部门某部地方", "主管部门某局"]],
  ])("snapToWords(%j)", (line, rows) => {
    const flat = line.replace(/ /g, "");
    // The cuts a label list makes, then moved to the words they fall in.
    const atLabels = flat.split(/(?=主管部门|实施单位|二级指标)/);
    expect(snapToWords(line, flat, atLabels)).toEqual(rows);
  });

  it.each([
    // A site's words before the title, the year printed apart: the title with its year is a row.
    ["浏览次数:3 返回上级 附表2 2021 年度城区绿化养护项目自评表 项目名称 城区绿化养护 主管部门 某局 实施单位 某中心 项目类别 部门预算项目", "2021年度城区绿化养护项目自评表"],
    ["浏览次数:3 返回上级 附表2 ２０２１ 年度城区绿化养护项目自评表 项目名称 城区绿化养护 主管部门 某局 实施单位 某中心 项目类别 部门预算项目", "２０２１年度城区绿化养护项目自评表"],
    ["返回上级 附表1 城区绿化养护项目自评表 项目名称 城区绿化养护 主管部门 某局 实施单位 某中心 项目类别 部门预算项目", "城区绿化养护项目自评表"],
  ])("cuts a title standing as a word after other words: %j", (line, title) => {
    expect(cutFlattenedLine(line)).toContain(title);
  });

  it("leaves an entry of a table of contents in its row (6、项目绩效目标自评表)", () => {
    const rows = cutFlattenedLine("目 录 5、主管部门项目绩效自评报告 6、项目绩效目标自评表 7、附件 项目名称 村道养护 主管部门 某局 实施单位 某站 项目负责人 某人");
    expect(rows.some((r) => r.startsWith("6、"))).toBe(false);
  });

  it("ends an indicator row at its score standing as a word before the next row's name (no 二级 name to cut at)", () => {
    const line =
      "项目名称 某项目 主管部门 某局 实施单位 某中心 一级指标 二级指标 三级指标 年初目标值 实际完成值 得分 产出指标 数量指标 服务器台数 2台 2台 10 WIFI覆盖率 100% 100% 10 质量指标 系统可用率 ≥99% 99.5% 10 未达标原因已整改";
    const rows = cutFlattenedLine(line);
    expect(rows).toContain("WIFI覆盖率100%100%10");
    // Text after the points with no figure before the next cut is the row's 偏差原因.
    expect(rows.at(-1)).toBe("质量指标系统可用率≥99%99.5%10未达标原因已整改");
  });

  it("cuts a spaced dump's rows at the 分值 and 得分 the dump parted by a space (`6 5 下一行`)", () => {
    const line =
      "项目名称 某项目 主管部门 某局 实施单位 某中心 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标 数量指标 培训场次 = 6 场 6 5 5 宣传材料印制 = 5 千份 5 5 4 质量指标 培训合格率 ≥ 90 % 93 10 10";
    const rows = cutFlattenedLine(line);
    expect(rows).toContain("宣传材料印制=5千份5 5 4");
  });
});

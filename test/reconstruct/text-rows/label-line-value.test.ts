/**
 * Run-together rows: a name's label alone on its line (部门名称, 项目名称) and the name alone on the
 * next are one row. Texts written for these tests.
 */
import { describe, expect, it } from "vitest";
import type { Row } from "../../../src/layout/grid.js";
import { joinLabelLineValues } from "../../../src/reconstruct/text-rows/label-line-value.js";
import { parse } from "../../../src/pipeline.js";

const rows = (...lines: string[]): Row[] =>
  lines.map((text, i) => ({ boundaries: "none", cells: [{ text, source: { line: i + 1 } }] }) as Row);
const texts = (out: Row[]) => out.map((r) => r.cells.map((c) => c.text));

describe("joinLabelLineValues", () => {
  it.each([
    [["部门名称", "某某县文化局", "内容"], [["部门名称", "某某县文化局"], ["内容"]]],
    [["项目名称", "乡村道路养护", "主管部门", "某县交通局"], [["项目名称", "乡村道路养护"], ["主管部门", "某县交通局"]]],
    [["实施单位", "某某镇人民政府"], [["实施单位", "某某镇人民政府"]]],
  ])("joins %j", (input, expected) => {
    expect(texts(joinLabelLineValues(rows(...input)))).toEqual(expected);
  });

  it.each([
    // The next line is a label of its own.
    [["部门名称", "部门职责"]],
    // A sentence, not a name.
    [["部门名称", "督促各乡镇落实政策,协调执法工作"]],
    // A figure.
    [["项目名称", "120.5"]],
    // A label of no name (年度总体目标) before its text.
    [["年度总体目标", "完成道路养护"]],
    // A name longer than a name is.
    [["项目名称", "某某县某某镇某某村某某组某某道路两侧绿化美化亮化工程及配套设施建设项目"]],
  ])("leaves %j", (input) => {
    expect(texts(joinLabelLineValues(rows(...input)))).toEqual(input.map((t) => [t]));
  });
});

describe("a department form one cell a line whose duties wrap over many lines", () => {
  it("reads the department below its label, not from a sentence naming 部门", async () => {
    const prose =
      "一是指导全县公共文化服务体系建设,向县委县政府提出推进文化强县的工作建议,跟踪督促重要部署的落实。二是牵头推进公共文化建设。督促县级部门和各乡镇严格落实文化惠民政策,协调文化执法工作,推动体制改革,促进文化市场规范化。组织开展群众文化活动和非遗保护工作,承办以县政府名义举办的文化节庆活动。三是负责全县文物保护工作,编制并实施全县文物保护规划,开展各类文化宣传活动,组织群众参与文化实践。四是指导和管理图书馆、文化馆、博物馆工作,合理配置城乡文化资源。五是统筹文化工作队伍建设,指导全县文化系统的思想政治和业务能力建设。";
    const lines = ["2021年度部门整体支出绩效自评表", "部门名称", "某某县文化局", "内容", "说明", "部门总体目标", "部门职责"];
    for (let i = 0; i < prose.length; i += 20) lines.push(prose.slice(i, i + 20));
    const form = (await parse(lines.join("\n"), { path: "duties.txt" })).forms[0]!;
    expect(form.department).toBe("某某县文化局");
  });
});

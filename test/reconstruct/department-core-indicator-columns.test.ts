/**
 * The department template's indicator columns as forms.md lists them (指标名称 | 计量单位 | 指标性质 | 年初指标值
 * | 调整指标值 | 全年完成值 | 得分系数 | 指标权重 | 指标得分 | 是否核心指标): 调整指标值, 得分系数 and 是否核心指标
 * are columns of their own, read to keep the others in place and kept in no field (template/project.ts).
 * Text written for this test, each value typed by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const HEAD = ["一级指标", "二级指标", "指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "全年完成值", "得分系数", "指标权重", "指标得分", "是否核心指标"];
const ROWS = [
  ["产出指标", "数量指标", "完成地籍调查宗数", "宗", "≥", "1200", "", "1260", "1", "20", "20", "是"],
  ["", "质量指标", "调查成果合格率", "%", "≥", "95", "90", "92", "0.9", "20", "18", "否"],
  ["效益指标", "社会效益指标", "群众办事满意度", "%", "≥", "90", "", "93", "1", "10", "10", "否"],
];
const TOTAL = ["总分", "", "", "", "", "", "", "", "", "50", "48", ""];

const read = async (text: string) => (await parse(Buffer.from(text), { path: "core.txt" }));
const expected = [
  ["完成地籍调查宗数", "≥1200宗", "1260宗", 20, 20, null],
  ["调查成果合格率", "≥95%", "92%", 20, 18, null],
  ["群众办事满意度", "≥90%", "93%", 10, 10, null],
];

describe("the department template's 调整指标值 / 得分系数 / 是否核心指标 columns", () => {
  it("a pipe table: the target is 年初指标值, the points and score their own, 是 / 否 no deviation", async () => {
    const pipe = (cells: string[]) => `| ${cells.join(" | ")} |`;
    const doc = await read(["某县自然资源局2023年度部门整体支出绩效自评表", "| 部门名称 | 某县自然资源局 |", ...[HEAD, ...ROWS, TOTAL].map(pipe)].join("\n") + "\n");
    const [form] = doc.forms;
    expect(form!.indicators.map((i) => [i.level3, i.target, i.actual, i.weight, i.score, i.deviation])).toEqual(expected);
    expect(form!.total).toEqual({ weight: 50, score: 48 });
    // (Every cell has its column: nothing left unplaced.)
    expect(doc.diagnostics.filter((d) => d.code === "unplaced-text")).toEqual([]);
  });

  it("tab-separated, the same", async () => {
    const doc = await read(["某县自然资源局2023年度部门整体支出绩效自评表", "部门名称\t某县自然资源局", ...[HEAD, ...ROWS, TOTAL].map((r) => r.join("\t"))].join("\n") + "\n");
    expect(doc.forms[0]!.indicators.map((i) => [i.level3, i.target, i.actual, i.weight, i.score, i.deviation])).toEqual(expected);
    expect(doc.diagnostics.filter((d) => d.code === "unplaced-text")).toEqual([]);
  });
});

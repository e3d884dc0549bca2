/**
 * A PDF's text layer that draws a row's figures on one line (`15 13`, `80 80 78 10 97.5% 9.8`),
 * before or after the row's names (perturb.ts layout-numbers-first). Each figure is a cell, and
 * such lines tell a dump from a page's one-cell-a-line export, which puts every cell on a line of
 * its own. Texts written for this test.
 */
import { textReadings } from "../../../src/extract/text/read-text.js";
import { describe, expect, it } from "vitest";
import { detectShape as shapeOfReadings } from "../../../src/reconstruct/text-rows/detect-shape.js";
import { layoutPieces } from "../../../src/reconstruct/text-rows/layout-ordered.js";
import { parse } from "../../../src/pipeline.js";

/** The shape the text-rows stage tells for a text, as the text reader hands it on. */
const detectShape = (text: string) => shapeOfReadings(textReadings(text));

const DUMP = [
  "项目支出绩效自评表",
  "（2022年度）",
  "项目名称",
  "农村饮水安全维修养护",
  "主管部门",
  "水利局",
  "实施单位",
  "农村供水管理站",
  "项目资金（万元）",
  "年初预算数",
  "全年预算数",
  "全年执行数",
  "分值",
  "执行率",
  "得分",
  "80 80 78 10 97.5% 9.8",
  "年度资金总额",
  "一级指标",
  "二级指标",
  "三级指标",
  "年度指标值",
  "实际完成值",
  "分值",
  "得分",
  "20 18",
  "产出指标",
  "数量指标",
  "维修供水站数量",
  "≥12处",
  "11处",
  "10 10",
  "满意度指标",
  "服务对象满意度指标",
  "受益群众满意度",
  "≥90%",
  "95%",
  "总分",
  "30 28",
].join("\n");

describe("a row's figures on one line of a dump", () => {
  it("are a cell each", () => {
    const pieces = layoutPieces(textReadings(["年度资金总额", "80 80 78 10 97.5% 9.8", "- 2 -", "其他资金", "— —"].join("\n")).dumpLines());
    expect(pieces.map((p) => p.cell.text)).toEqual(["年度资金总额", "80", "80", "78", "10", "97.5%", "9.8", "其他资金", "—", "—"]);
  });

  it("keep a line with words among its figures whole", () => {
    const pieces = layoutPieces(textReadings(["≥12处", "维修 12 处"].join("\n")).dumpLines());
    expect(pieces.map((p) => p.cell.text)).toEqual(["≥12处", "维修 12 处"]);
  });

  it("make the text a dump, not one cell a line, and its rows are read", async () => {
    expect(detectShape(DUMP + "\n")).toBe("layout-ordered");
    const form = (await parse(new TextEncoder().encode(DUMP), { path: "made-up.txt" })).forms[0]!;
    expect(form.funds.rows.find((r) => r.key === "total")).toMatchObject({ initialBudget: 80, annualBudget: 80, executed: 78 });
    expect(form.indicators.map((i) => [i.level1, i.level2, i.level3, i.target, i.actual, i.weight, i.score])).toEqual([
      ["产出指标", "数量指标", "维修供水站数量", "≥12处", "11处", 20, 18],
      ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "95%", 10, 10],
    ]);
    expect(form.total).toMatchObject({ weight: 30, score: 28 });
  });
});

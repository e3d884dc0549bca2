/**
 * A layout-ordered dump whose indicator rows print their figures first on one line (an Excel sheet
 * printed to PDF), in the national layout: a percentage target and actual are drawn with the 分值
 * and 得分, a target with its sign (≥95%) stays after the row's name (layout-rows.ts). The text is
 * written for this test, its expectations typed by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

describe("layout-ordered rows whose figures come first", () => {
  it("reads each row's figures as its own, the target among them or after the name", async () => {
    const text = [
      "项目支出绩效自评表",
      "项目名称",
      "乡村道路养护",
      "绩效指标",
      "一级指标",
      "二级指标",
      "三级指标",
      "年度指标值",
      "实际完成值",
      "分值",
      "得分",
      "偏差原因分析及改进措施",
      "100% 98% 20 18",
      "产出指标",
      "数量指标",
      "道路养护完成率",
      "96% 10 10",
      "质量指标",
      "养护工程验收合格率",
      "≥95%",
      "100% 100% 10 10",
      "时效指标",
      "养护任务按时完成率",
      "85% 10 10",
      "满意度指标",
      "服务对象满意度指标",
      "沿线群众满意度",
      "≥80%",
      "合计",
      "50 48",
    ].join("\n");
    const f = (await parse(text, { path: "figures-first-national.txt" })).forms[0]!;
    const rows = (f.indicators as { level2: string | null; level3: string | null; target: string | null; actual: string | null; weight: number | null; score: number | null }[]).map((i) => [i.level2, i.level3, i.target, i.actual, i.weight, i.score]);
    expect(rows).toEqual([
      ["数量指标", "道路养护完成率", "100%", "98%", 20, 18],
      ["质量指标", "养护工程验收合格率", "≥95%", "96%", 10, 10],
      ["时效指标", "养护任务按时完成率", "100%", "100%", 10, 10],
      ["服务对象满意度指标", "沿线群众满意度", "≥80%", "85%", 10, 10],
    ]);
  });
});

/**
 * Two department forms of a linear page run together onto one line (a document site's text
 * version), the first one's total printed `自评总分 100 94` (its 分值 and 得分 a space apart) right
 * before the second one's title: the title begins after the figures and the total keeps both.
 * Text written for this test.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { cutFlattenedLine } from "../../src/reconstruct/text-rows/spaced-cuts.js";

const form = (title: string, unit: string, total: string) =>
  `${title} 部门 ${unit} 年度总体目标 预期目标 年度目标完成情况 完成年度培训任务。 已完成年度培训任务。 ` +
  `一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 评分标准 ` +
  `产出指标 数量指标 培训人次 ≥500人次 620人次 50 50 达到目标值得满分 ` +
  `满意度指标 服务对象满意度指标 学员满意度 ≥90% 86% 50 ${total}`;

describe("a spaced total before the next form's title on one line", () => {
  it("cuts the title off the total's figures, and no figure off the total", () => {
    const line = "满意度指标 服务对象满意度指标 学员满意度 ≥90% 86% 50 44 达到目标值得满分 自评总分 100 94部门整体支出绩效自评表（2023年度）部门 某县人社局 年度总体目标";
    const rows = cutFlattenedLine(line);
    expect(rows.some((r) => /^自评总分\s*100\s+94\s*$/.test(r))).toBe(true);
    expect(rows).toContain("部门整体支出绩效自评表（2023年度）");
  });

  it.each([
    ["自评总分 100 94", 94],
    ["总分   100   93.5", 93.5],
  ])("reads %s as the first form's total", async (totalRow, score) => {
    const [label, ...figures] = totalRow.split(/\s+/);
    const text =
      form("部门整体支出绩效自评表（2022年度）", "某县文旅局", `44 达到目标值得满分 ${label} ${figures.join("   ")}`) +
      form("某县人社局2022年度部门整体支出绩效自评表", "某县人社局", "47 达到目标值得满分 总分 100 97") +
      "\n";
    const doc = await parse(text, { path: "two-forms-one-line.txt" });
    expect(doc.forms.map((f) => f.title)).toEqual(["部门整体支出绩效自评表", "某县人社局2022年度部门整体支出绩效自评表"]);
    expect(doc.forms.map((f) => [f.total.weight, f.total.score])).toEqual([
      [100, score],
      [100, 97],
    ]);
  });
});
